"""Every text field of every form and API body has a length limit and refuses what
can't be stored as typed: a NUL character or an unpaired surrogate (finding 7)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from conftest import PASSWORD, People, api_client, client_for
from django import forms
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from pydantic import BaseModel, ValidationError

from heartwork.accounts.forms import TokenForm
from heartwork.accounts.models import ApiToken
from heartwork.api import api
from heartwork.core.validation import TextRules, text_problem

FORM_MODULES = [
    "heartwork.accounts.forms",
    "heartwork.checkup.forms",
    "heartwork.daily.forms",
    "heartwork.journal.forms",
]


def heartwork_forms() -> list[type[forms.Form]]:
    for module in FORM_MODULES:
        importlib.import_module(module)
    found, todo = [], list(forms.Form.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("heartwork.") and ".tests." not in cls.__module__:
            found.append(cls)
    return found


def api_bodies() -> list[tuple[str, type[BaseModel]]]:
    bodies = []
    for prefix, router in api._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                for model in operation.models:
                    if model.__ninja_param_source__ == "body":
                        for field in model.model_fields.values():
                            name = f"{operation.methods[0]} {prefix.rstrip('/')}{path}"
                            bodies.append((name, field.annotation))
    return bodies


def string_fields(schema: BaseModel | type[BaseModel]) -> dict[str, dict[str, Any]]:
    """Each field of ``schema`` that holds text, with its JSON-schema description."""
    found = {}
    for name, prop in schema.model_json_schema()["properties"].items():
        for option in prop.get("anyOf", [prop]):
            # A choice from a fixed list (an enum) cannot carry free text.
            text = option.get("type") == "string" and not {"format", "enum"} & option.keys()
            texts = option.get("type") == "array" and option["items"].get("type") == "string"
            if text or texts:
                found[name] = option
    return found


def test_every_form_holds_its_text_to_the_rules() -> None:
    ours = heartwork_forms()
    assert len(ours) >= 15
    allauths = [
        import_string(path)
        for path in [*settings.ACCOUNT_FORMS.values(), *settings.MFA_FORMS.values()]
    ]
    assert [f.__name__ for f in ours + allauths if not issubclass(f, TextRules)] == []


@pytest.mark.parametrize("name,schema", api_bodies(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_text_field_of_every_api_body_has_a_limit_and_refuses_bad_text(
    name: str, schema: type[BaseModel]
) -> None:
    for field, described in string_fields(schema).items():
        if described["type"] == "array":
            assert "maxItems" in described, f"{name}: {field} has no limit on its length"
            assert "maxLength" in described["items"], f"{name}: {field} items have no limit"
            bad: Any = ["ok\x00"]
        else:
            assert "maxLength" in described, f"{name}: {field} has no length limit"
            bad = "ok\x00"
        with pytest.raises(ValidationError) as refused:
            schema.model_validate({field: bad})
        named = [e for e in refused.value.errors() if e["loc"][0] == field]
        assert [e["type"] for e in named] == ["bad_text"], f"{name}: {field} took a NUL"
        assert named[0]["msg"].startswith(f"“{field}” contains a NUL character")


def test_text_problem_names_only_what_cannot_be_stored() -> None:
    for fine in [
        "",
        "plain",
        "emoji 😀👩‍❤️‍👨",
        "\u202eright to left\u202c",
        "é\u0301",
        "tab\tnew\nline",
    ]:
        assert text_problem(fine) is None
    assert "NUL" in (text_problem("a\x00b") or "")
    for broken in ["\ud800", "x\udfff", "\udc00\ud800"]:
        assert "surrogate" in (text_problem(broken) or "")


@pytest.mark.parametrize("value", ["a\x00b", "half \ud83d of a smile", "x" * 81])
def test_a_form_refuses_bad_text_by_the_fields_name(value: str) -> None:
    form = TokenForm({"name": value})
    assert not form.is_valid()
    [error] = form.errors["name"]
    if "x" not in value:
        assert str(error).startswith("“What is this token for?” contains")


def test_a_form_field_without_a_length_limit_is_a_programming_error() -> None:
    class Careless(TextRules, forms.Form):
        note = forms.CharField()

    with pytest.raises(ImproperlyConfigured, match=r"Careless\.note is a text field without"):
        Careless({"note": "hi"}).is_valid()


@pytest.mark.parametrize(
    "name,problem",
    [
        ("x" * 81, "at most 80 characters"),
        ("x" * 1_000_000, "at most 80 characters"),
        ("back\x00up", "“name” contains a NUL character"),
        ("back\ud800up", "“name” contains a broken character"),
    ],
    ids=["81 characters", "1 MB", "NUL", "lone surrogate"],
)
def test_the_api_refuses_a_bad_token_name_by_name_and_stores_nothing(
    people: People, name: str, problem: str
) -> None:
    response = client_for(people.alice).post(
        "/api/tokens", {"name": name, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"][-1] == "name"
    assert problem in error["msg"]
    assert not ApiToken.objects.exists()


def test_the_token_page_refuses_a_nul_by_name_and_stores_nothing(people: People) -> None:
    response = client_for(people.alice).post("/settings/tokens/", {"name": "back\x00up"})
    assert response.status_code == 400
    assert "“What is this token for?” contains a NUL character" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_right_to_left_marks_and_emoji_are_kept_as_typed(people: People) -> None:
    name = "\u202egnp.exe 😀 backup"
    made = client_for(people.alice).post(
        "/api/tokens", {"name": name, "password": PASSWORD}, content_type="application/json"
    )
    assert made.status_code == 201
    assert ApiToken.objects.get().name == name


def test_a_join_code_through_the_api_has_a_limit_too(people: People) -> None:
    response = api_client(people.eve).post(
        "/api/couple", {"code": "K" * 21}, content_type="application/json"
    )
    assert response.status_code == 422
