"""What every API operation can answer besides its own success, for the OpenAPI schema.

Apps build their endpoints on this module's ``Router``, which declares the answers that
the API's own machinery gives, the same for every operation:

- 401 when nobody is signed in (every operation needs a session or a token);
- 400 for a body that cannot be read (not JSON, or too large);
- 403 when a browser session writes (POST, PUT, PATCH, DELETE) without its CSRF token;
- 404 for an id in the path that the reader may not see (it answers as if it were not
  there);
- 422 for a body or parameter that does not fit the schema, naming the field;
- 429 where the router throttles.

What only some operations answer, each declares itself with ``ErrorOut``: 400 for a
request a service refuses (a ``DomainError``), 404 without an id in the path, and 429
from a service's own rate limit. ``core/tests/test_api_answers.py`` checks the
declarations, and the bad-input test checks that no operation answers anything else.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, get_type_hints

import ninja
from ninja import Field, Schema
from ninja.constants import NOT_SET
from ninja.schema import DjangoGetter
from pydantic import BaseModel, BeforeValidator, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class ErrorOut(Schema):
    detail: str


class InvalidOut(Schema):
    detail: list[dict[str, Any]]


class InputSchema(Schema):
    """A request body whose values must already be of the type its schema declares.

    pydantic's default would quietly read ``"shared": 0`` as false and ``"mood": "3"`` as
    3, although the OpenAPI document promises a boolean and an integer; a script relying on
    that breaks the day the rule is kept. Such a body is refused with 422, naming the field.
    """

    model_config = ConfigDict(strict=True)

    @model_validator(mode="before")
    @classmethod
    def _an_object(cls, values: object) -> object:
        """A body must be a JSON object. ninja reads every body by attribute, so without this
        ``[null, null]`` passed as a body whose fields all have defaults."""
        body = values._obj if isinstance(values, DjangoGetter) else values
        if not isinstance(body, dict):
            raise PydanticCustomError("model_type", "Send the body as a JSON object: {…}.")
        return values


def _calendar_day(value: object) -> object:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value  # pydantic then refuses a day that does not exist, such as 2030-02-30
    raise PydanticCustomError("date_type", "Give the date as YYYY-MM-DD, for example 2030-01-31.")


Day = Annotated[date, Field(strict=False), BeforeValidator(_calendar_day)]
"""A calendar day in a request body, written ``YYYY-MM-DD`` as its schema's ``format: date``
says: not a number of seconds, and not a date and time."""


def _whole_number(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON Schema counts 3.0 as the integer 3
    return value


Whole = Annotated[int, BeforeValidator(_whole_number)]
"""An integer in a request body: ``3`` or ``3.0`` as JSON Schema's ``integer`` allows, never
``"3"``, ``true`` or ``3.5``."""

WholeOrNull = Annotated[int | None, BeforeValidator(_whole_number)]
"""``Whole`` or null. Written as one type, not ``Whole | None``: pydantic would then put a
``Field``'s limits into the schema as ``ge``/``le``, words JSON Schema does not know."""


def common_answers(
    *,
    methods: list[str],
    path: str,
    has_params: bool,
    has_body: bool,
    throttled: bool,
    signed_in: bool,
) -> dict[int, type[Schema]]:
    answers: dict[int, type[Schema]] = {}
    if has_body:
        answers[400] = ErrorOut
    if signed_in:
        answers[401] = ErrorOut
    if UNSAFE & set(methods):
        answers[403] = ErrorOut
    if "{" in path:
        answers[404] = ErrorOut
    if has_params:
        answers[422] = InvalidOut
    if throttled:
        answers[429] = ErrorOut
    return answers


class Router(ninja.Router):
    """ninja's Router, declaring in each operation's responses the answers listed above."""

    def add_api_operation(
        self,
        path: str,
        methods: list[str],
        view_func: Callable[..., Any],
        *,
        response: Any = NOT_SET,
        **options: Any,
    ) -> None:
        declared = dict(response) if isinstance(response, dict) else {200: response}
        hints = get_type_hints(view_func)
        params = [hints.get(name) for name in inspect.signature(view_func).parameters][1:]
        throttle = options.get("throttle", NOT_SET)
        common = common_answers(
            methods=methods,
            path=path,
            has_params=bool(params),
            has_body=any(isinstance(p, type) and issubclass(p, BaseModel) for p in params),
            throttled=bool(throttle if throttle is not NOT_SET else self.throttle is not NOT_SET),
            signed_in=options.get("auth", NOT_SET) is not None,
        )
        answers = dict(sorted((common | declared).items(), key=lambda item: str(item[0])))
        super().add_api_operation(path, methods, view_func, response=answers, **options)
