"""The OpenAPI schema documents token scope and expiry and the answers they give."""

from __future__ import annotations

import pytest
from django.test import Client

WRITES = {"post", "put", "patch", "delete"}


@pytest.fixture
def schema(db) -> dict:
    return dict(Client().get("/api/openapi.json").json())


def test_the_schema_documents_scope_and_expiry(schema: dict) -> None:
    components = schema["components"]["schemas"]
    made = components["TokenIn"]["properties"]
    assert made["scope"]["enum"] == ["read", "read-write"] and made["scope"]["default"] == "read"
    days = made["expires_in_days"]
    assert (days["default"], days["minimum"], days["maximum"]) == (90, 1, 365)
    assert "password" in components["TokenIn"]["required"]
    listed = components["TokenOut"]["properties"]
    assert listed["scope"]["enum"] == ["read", "read-write"]
    assert listed["expires_at"]["format"] == "date-time"


def test_making_a_token_documents_every_refusal(schema: dict) -> None:
    responses = schema["paths"]["/api/tokens"]["post"]["responses"]
    assert {"201", "400", "401", "403", "422"} <= set(responses)


def test_every_operation_documents_401_and_every_write_403(schema: dict) -> None:
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if not operation.get("security"):
                continue
            assert "401" in operation["responses"], f"{method} {path}"
            if method in WRITES:
                assert "403" in operation["responses"], f"{method} {path}"
