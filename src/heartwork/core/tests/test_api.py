"""The HTTP API: session and token auth, couple, invitations, journal, tokens."""

from __future__ import annotations

import pytest
from conftest import PASSWORD, People, api_client, client_for, make_user
from django.test import Client

from heartwork import access
from heartwork.accounts import services
from heartwork.accounts.models import ApiToken
from heartwork.journal.models import JournalEntry


def test_the_api_refuses_anyone_not_signed_in(db) -> None:
    assert Client().get("/api/me").status_code == 401
    bad = Client(headers={"Authorization": "Bearer hw_abc_not-a-token"})
    assert bad.get("/api/me").status_code == 401


def test_me_names_the_partner(people: People) -> None:
    body = api_client(people.alice).get("/api/me").json()
    assert body["email"] == "alice@example.com"
    assert body["partner"] == {"name": "Bob"}


def test_tokens_are_stored_hashed_shown_once_and_revocable(people: People) -> None:
    client = client_for(people.alice)
    made = client.post(
        "/api/tokens", {"name": "backup", "password": PASSWORD}, content_type="application/json"
    )
    assert made.status_code == 201
    secret = made.json()["token"]
    stored = ApiToken.objects.get()
    assert secret not in (stored.secret_hash, stored.prefix)
    assert "token" not in client.get("/api/tokens").json()[0]

    script = Client(headers={"Authorization": f"Bearer {secret}"})
    assert script.get("/api/me").status_code == 200
    assert client.delete(f"/api/tokens/{stored.public_id}").status_code == 204
    assert script.get("/api/me").status_code == 401


def test_the_token_page_shows_a_new_token_once(people: People) -> None:
    client = client_for(people.alice)
    form = {"name": "backup", "scope": "read", "days": 90, "password": PASSWORD}
    first = client.post("/settings/tokens/", form).content.decode()
    secret = services.TOKEN_PREFIX + ApiToken.objects.get().prefix
    assert secret in first
    again = client.get("/settings/tokens/").content.decode()
    assert 'id="new-token"' not in again


def test_session_writes_need_the_csrf_token(people: People) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(people.alice)
    response = client.post("/api/journal", {"body": "hi"}, content_type="application/json")
    assert response.status_code == 403


def test_linking_a_couple_through_the_api(db) -> None:
    robin, kai = make_user("robin@example.com", "Robin"), make_user("kai@example.com", "Kai")
    robin_api, kai_api = api_client(robin), api_client(kai)
    assert robin_api.get("/api/couple").status_code == 404
    invitation = robin_api.post("/api/invitations").json()
    assert "/couple/join/" in invitation["link"]
    assert robin_api.get("/api/invitations").json()[0]["code"] == invitation["code"]

    own = robin_api.post(
        "/api/couple", {"code": invitation["code"]}, content_type="application/json"
    )
    assert own.status_code == 400
    assert "your own invitation" in own.json()["detail"]

    joined = kai_api.post(
        "/api/couple", {"code": invitation["code"]}, content_type="application/json"
    )
    assert joined.status_code == 201
    assert joined.json()["partner"] == {"name": "Robin"}
    assert robin_api.get("/api/couple").json()["partner"] == {"name": "Kai"}

    assert kai_api.delete("/api/couple").status_code == 204
    assert access.partner_of(robin) is None


def test_cancelling_an_invitation(db) -> None:
    robin = make_user("robin@example.com", "Robin")
    api = api_client(robin)
    invitation = api.post("/api/invitations").json()
    assert api.delete(f"/api/invitations/{invitation['id']}").status_code == 204
    assert api.get("/api/invitations").json() == []


def test_journal_through_the_api(people: People) -> None:
    alice, bob = api_client(people.alice), api_client(people.bob)
    made = alice.post(
        "/api/journal", {"title": "t", "body": "Private thought"}, content_type="application/json"
    ).json()
    assert made["shared"] is False and made["mine"] is True
    assert bob.get(f"/api/journal/{made['id']}").status_code == 404
    assert bob.get("/api/journal").json() == []

    shared = alice.patch(
        f"/api/journal/{made['id']}", {"shared": True}, content_type="application/json"
    ).json()
    assert shared["shared"] is True
    seen = bob.get("/api/journal").json()
    assert [(e["body"], e["mine"], e["author"]) for e in seen] == [
        ("Private thought", False, "Alice")
    ]

    assert bob.delete(f"/api/journal/{made['id']}").status_code == 404
    assert alice.delete(f"/api/journal/{made['id']}").status_code == 204
    assert JournalEntry.objects.count() == 0


@pytest.mark.parametrize(
    "payload",
    [{}, {"body": ""}, {"body": "x" * 20_001}, {"body": "ok", "shared": "perhaps"}],
)
def test_bad_journal_input_gets_a_clear_error(people: People, payload: dict[str, object]) -> None:
    response = api_client(people.alice).post(
        "/api/journal", payload, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["detail"]


def test_the_openapi_schema_and_docs_are_served(db) -> None:
    schema = Client().get("/api/openapi.json").json()
    assert "/api/journal/{entry_id}" in schema["paths"]
    docs = Client().get("/api/docs").content.decode()
    assert "cdn." not in docs  # served from our own static files


def test_the_schema_lists_each_status_once_per_operation() -> None:
    """A status listed twice (as 401 and "401") is a duplicate key that breaks the docs page."""
    from heartwork.api import api

    for operations in api.get_openapi_schema()["paths"].values():
        for operation in operations.values():
            codes = [str(code) for code in operation["responses"]]
            assert len(codes) == len(set(codes)), codes
