"""A read-only token reads; it is refused on every write, and nothing changes."""

from __future__ import annotations

import re

import pytest
from conftest import PASSWORD, People, api_client, client_for
from django.test import Client

from heartwork.api import api
from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry

WRITES = ("post", "put", "patch", "delete")


def write_operations() -> list[tuple[str, str]]:
    """Every write the API offers, from its own schema, so a new one is covered too."""
    schema = api.get_openapi_schema()
    return sorted(
        (method, re.sub(r"\{\w+\}", "1", path))
        for path, operations in schema["paths"].items()
        for method in operations
        if method in WRITES
    )


@pytest.mark.parametrize(("method", "path"), write_operations())
def test_a_read_only_token_is_refused_on_every_write(
    people: People, method: str, path: str
) -> None:
    reader = api_client(people.alice, scope="read")
    response = getattr(reader, method)(path, {}, content_type="application/json")
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]


def test_a_refused_write_changes_nothing(people: People) -> None:
    entry = journal.journal_create(author=people.alice, body="kept")
    reader = api_client(people.alice, scope="read")
    assert reader.delete(f"/api/journal/{entry.public_id}").status_code == 403
    body = {"body": "new"}
    assert reader.post("/api/journal", body, content_type="application/json").status_code == 403
    assert list(JournalEntry.objects.values_list("pk", flat=True)) == [entry.pk]


def test_a_read_only_token_reads_what_its_owner_may_see(people: People) -> None:
    journal.journal_create(author=people.bob, body="for you", shared=True)
    reader = api_client(people.alice, scope="read")
    assert reader.get("/api/me").json()["partner"] == {"name": "Bob"}
    assert [e["body"] for e in reader.get("/api/journal").json()] == ["for you"]
    assert [t["scope"] for t in reader.get("/api/tokens").json()] == ["read"]


def test_a_read_write_token_writes(people: People) -> None:
    writer = api_client(people.alice, scope="read-write")
    made = writer.post("/api/journal", {"body": "hello"}, content_type="application/json")
    assert made.status_code == 201


def test_a_new_token_reads_only_unless_asked(people: People) -> None:
    made = (
        client_for(people.alice)
        .post("/api/tokens", {"name": "n", "password": PASSWORD}, content_type="application/json")
        .json()
    )
    assert made["scope"] == "read"
    script = Client(headers={"Authorization": f"Bearer {made['token']}"})
    assert (
        script.post("/api/journal", {"body": "x"}, content_type="application/json").status_code
        == 403
    )
