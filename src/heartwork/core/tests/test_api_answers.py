"""The OpenAPI schema declares every status each endpoint can answer."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from conftest import People, client_for
from django.test import Client


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
