"""The OpenAPI schema declares every status each endpoint can answer."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from conftest import People, client_for
from django.test import Client
from django.utils import timezone


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    from heartwork.api import api

    return api.get_openapi_schema()


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]


def declared(schema: dict[str, Any], method: str, path: str) -> set[int]:
    return {int(code) for code in schema["paths"][path][method.lower()]["responses"]}


def test_every_operation_declares_the_answers_the_api_itself_gives(schema) -> None:
    missing = []
    for method, path, operation in operations(schema):
        codes = {int(code) for code in operation["responses"]}
        expected = {401}
        if method in {"POST", "PUT", "PATCH", "DELETE"}:
            expected.add(403)
        if "{" in path:
            expected |= {404, 422}
        if "requestBody" in operation:
            expected |= {400, 422}
        if path.startswith("/api/coach/"):
            expected.add(429)
        if not expected <= codes:
            missing.append(f"{method} {path}: {sorted(expected - codes)}")
    assert missing == []


def test_errors_are_described_as_json(schema) -> None:
    for method, path, operation in operations(schema):
        for code, answer in operation["responses"].items():
            if 400 <= int(code) < 500:
                assert "application/json" in answer["content"], f"{method} {path} {code}"


@pytest.mark.parametrize(
    "method,path,codes",
    [
        ("POST", "/api/couple", {201, 400, 429}),
        ("GET", "/api/couple", {200, 404}),
        ("GET", "/api/daily/today", {200, 404}),
        ("PUT", "/api/daily/today/answer", {200, 400}),
        ("POST", "/api/journal", {201, 400}),
        ("POST", "/api/checkup/rounds/{response_id}/finish", {200, 400, 404}),
    ],
)
def test_what_a_service_can_refuse_is_declared_where_it_happens(
    schema, method: str, path: str, codes: set[int]
) -> None:
    assert codes <= declared(schema, method, path)


def test_the_declared_answers_are_the_ones_given(people: People, schema) -> None:
    anonymous, csrf = Client(), Client(enforce_csrf_checks=True)
    csrf.force_login(people.alice)
    alice = client_for(people.alice)
    seen = {
        ("GET", "/api/me", anonymous.get("/api/me").status_code),
        ("POST", "/api/journal", csrf.post("/api/journal", {}).status_code),
        ("POST", "/api/journal", alice.post("/api/journal", "{", "application/json").status_code),
        ("GET", "/api/journal/{entry_id}", alice.get(f"/api/journal/{uuid4()}").status_code),
        ("GET", "/api/journal/{entry_id}", alice.get("/api/journal/abc").status_code),
        ("GET", "/api/couple", client_for(people.alice).get("/api/couple").status_code),
    }
    assert {code for *_, code in seen} == {401, 403, 400, 404, 422, 200}
    for method, path, code in seen:
        assert code in declared(schema, method, path), (method, path, code)


def test_every_body_and_answer_has_a_schema_name_of_its_own(schema) -> None:
    """The OpenAPI document keys each shape by its class name, so two classes with one name
    silently share the first one's shape: the coach's body once showed the daily answer's
    ``body`` field where it takes ``text``, and a new plan was documented with the export's
    fields."""
    from ninja import Schema

    def subclasses(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))]

    ours: dict[str, set[str]] = {}
    for cls in subclasses(Schema):
        if cls.__module__.startswith("heartwork."):
            ours.setdefault(cls.__name__, set()).add(cls.__module__)
    shared = {name: sorted(modules) for name, modules in ours.items() if len(modules) > 1}
    assert shared == {}
    assert set(schema["components"]["schemas"]) <= set(ours)


def test_every_422_is_described_as_the_list_of_problems_it_is(schema) -> None:
    """A 422 lists each problem with its field (``{"detail": [...]}``); making a token once
    documented it as a single sentence."""
    for method, path, operation in operations(schema):
        if "422" in operation["responses"]:
            answer = operation["responses"]["422"]["content"]["application/json"]["schema"]
            assert answer == {"$ref": "#/components/schemas/InvalidOut"}, f"{method} {path}"


def test_every_limit_is_written_in_json_schemas_own_words(schema) -> None:
    """``minimum``/``maximum``, never pydantic's ``ge``/``le``, which clients ignore. pydantic
    writes those when a validator wraps an optional integer (see ``WholeOrNull``), and a
    plan's ``how_it_felt`` then reads as any integer while the API refuses 0."""

    def keys(node: object) -> set[str]:
        if isinstance(node, dict):
            return set(node) | {k for value in node.values() for k in keys(value)}
        if isinstance(node, list):
            return {k for value in node for k in keys(value)}
        return set()

    assert not keys(schema["components"]) & {"ge", "le", "gt", "lt"}


def test_an_unknown_or_revoked_token_gets_401_on_a_write_too(people: People) -> None:
    """As documented; a write used to get 403 "CSRF check Failed" instead, which sent a
    script's author looking for a CSRF token (found by schemathesis)."""
    from conftest import token_for

    from heartwork.accounts.models import ApiToken

    revoked = token_for(people.alice)
    ApiToken.objects.filter(user=people.alice).update(revoked_at=timezone.now())
    for token in (revoked, "hw_000000000000_unknown", "not-a-token"):
        # As a real script: Django's test client skips the CSRF check unless told not to.
        script = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {token}"})
        answer = script.post("/api/journal", {"body": "Hi"}, content_type="application/json")
        assert answer.status_code == 401, (token, answer.content)
        assert script.delete("/api/couple").status_code == 401


def test_a_browser_session_still_needs_its_csrf_token_to_write(people: People) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people.alice)
    answer = browser.post("/api/journal", {"body": "Hi"}, content_type="application/json")
    assert answer.status_code == 403
    assert Client(enforce_csrf_checks=True).post("/api/journal", {}).status_code == 401


def test_every_text_a_body_takes_says_it_takes_no_nul(schema) -> None:
    """The API refuses a NUL by name (422); the schema says so too, so a client generating
    requests from it (schemathesis did) does not send what is bound to be refused."""
    from heartwork.core.validation import NO_NUL

    def texts(node: dict[str, Any]) -> list[dict[str, Any]]:
        found = [node] if node.get("type") == "string" and "maxLength" in node else []
        inner = [*node.get("properties", {}).values(), *node.get("anyOf", [])]
        for value in [*inner, *([node["items"]] if "items" in node else [])]:
            found += texts(value)
        return found

    bodies = [
        described["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
        for _, _, described in operations(schema)
        if "requestBody" in described
    ]
    fields = [text for name in bodies for text in texts(schema["components"]["schemas"][name])]
    assert len(fields) > 20
    assert all(text.get("pattern") == NO_NUL for text in fields), fields
