"""One rule for the text people send, shared by every form and every API body.

Text is kept only if it can be stored and shown again exactly as typed. Two things can't
be: a NUL character (PostgreSQL refuses it) and an unpaired surrogate (half of a UTF-16
pair, which has no UTF-8 form, so it can be neither encrypted nor stored). Both are
refused with a message that names the field. Every text field also has a length limit,
stated where the field is declared: ``max_length`` on a form field or a schema ``Field``.

- Forms mix in ``TextRules``: every text field of the form gets the check, and a text
  field without a length limit is a programming error.
- API schemas declare text as ``Text`` (``Annotated[str, ...]``) with a ``Field`` that
  gives its ``max_length``.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from django import forms
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from pydantic import BeforeValidator, Field, ValidationInfo
from pydantic_core import PydanticCustomError

_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """What keeps ``value`` from being stored as typed, or None if nothing does."""
    if "\x00" in value:
        return "contains a NUL character, which can't be saved. Remove it and try again."
    if _SURROGATE.search(value):
        return (
            "contains a broken character (half of a surrogate pair), which can't be saved. "
            "Retype the text and try again."
        )
    return None


# Forms


class CleanText:
    """A form field validator: ``text_problem`` as a ``ValidationError`` naming the field."""

    code = "bad_text"

    def __init__(self, field: str) -> None:
        self.field = field

    def __call__(self, value: object) -> None:
        problem = text_problem(value) if isinstance(value, str) else None
        if problem:
            raise ValidationError(f"“{self.field}” {problem}", code=self.code)


class TextRules:
    """Mix into a form (before ``forms.Form``) to hold every text field to the rules.

    The rules are applied when the form is cleaned rather than when it is made, so they
    also reach fields that a parent form adds late (as allauth's forms do).
    ``text_limits`` gives a length limit to fields declared elsewhere without one.
    """

    text_limits: ClassVar[dict[str, int]] = {}
    fields: dict[str, forms.Field]

    def full_clean(self) -> None:
        for name, field in self.fields.items():
            if isinstance(field, forms.CharField):
                _hold_to_rules(self, name, field)
        super().full_clean()  # type: ignore[misc]


def _hold_to_rules(form: TextRules, name: str, field: forms.CharField) -> None:
    if any(isinstance(v, CleanText) for v in field.validators):
        return
    if field.max_length is None:
        limit = form.text_limits.get(name)
        if limit is None:
            raise ImproperlyConfigured(
                f"{type(form).__name__}.{name} is a text field without a length limit: give "
                "it max_length (or list it in text_limits)."
            )
        field.max_length = limit
        field.validators.append(MaxLengthValidator(limit))
    label = str(field.label or name.replace("_", " ").capitalize()).rstrip(" :")
    field.validators = [
        v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
    ]
    field.validators.append(CleanText(label))


# API schemas


def _check_text(value: Any, info: ValidationInfo) -> Any:
    problem = text_problem(value) if isinstance(value, str) else None
    if problem:
        raise PydanticCustomError(
            "bad_text", "“{field}” {problem}", {"field": info.field_name, "problem": problem}
        )
    return value


# The schema says what it can: no NUL. (An unpaired surrogate has no UTF-8 form, so a
# client that encodes its JSON properly cannot send one; JSON Schema has no word for it.)
NO_NUL = r"^[^\u0000]*$"

Text = Annotated[str, BeforeValidator(_check_text), Field(json_schema_extra={"pattern": NO_NUL})]
"""Text in an API body. Give it a length limit: ``name: Text = Field(..., max_length=80)``.
Its schema carries ``pattern`` against NUL, which ``_check_text`` refuses by name."""
