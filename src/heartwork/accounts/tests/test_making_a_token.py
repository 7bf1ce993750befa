"""Tokens are made by a signed-in person who types their password again, never by a token."""

from __future__ import annotations

import pytest
from conftest import PASSWORD, People, api_client, client_for
from django.test import Client

from heartwork.accounts.models import ApiToken


def make(client: Client, **fields: object):
    body = {"name": "backup", "password": PASSWORD, "scope": "read", **fields}
    return client.post("/api/tokens", body, content_type="application/json")


def test_a_token_cannot_make_a_token(people: People) -> None:
    script = api_client(people.alice)
    response = make(script)
    assert response.status_code == 403
    assert "A token can't make tokens" in response.json()["detail"]
    assert ApiToken.objects.count() == 1


def test_a_token_beside_a_session_cookie_still_cannot_make_a_token(people: People) -> None:
    script = api_client(people.alice)
    script.force_login(people.alice)
    assert make(script).status_code == 403
    assert ApiToken.objects.count() == 1


def test_a_signed_in_browser_makes_a_token_with_the_password(people: People) -> None:
    response = make(client_for(people.alice))
    assert response.status_code == 201
    assert response.json()["token"].startswith("hw_")


def test_a_wrong_password_makes_no_token(people: People) -> None:
    response = make(client_for(people.alice), password="a guess")
    assert response.status_code == 400
    assert "password isn't right" in response.json()["detail"]
    assert not ApiToken.objects.exists()


def test_no_password_makes_no_token(people: People) -> None:
    client = client_for(people.alice)
    response = client.post("/api/tokens", {"name": "backup"}, content_type="application/json")
    assert response.status_code == 422
    assert not ApiToken.objects.exists()


def test_guessing_the_password_there_is_limited(people: People, settings) -> None:
    settings.TOKEN_ATTEMPTS_PER_HOUR = 3
    client = client_for(people.alice)
    for _ in range(3):
        assert make(client, password="a guess").status_code == 400
    refused = make(client)
    assert refused.status_code == 400
    assert "Too many tries" in refused.json()["detail"]
    assert not ApiToken.objects.exists()


def test_the_token_page_asks_for_the_password(people: People) -> None:
    client = client_for(people.alice)
    page = client.get("/settings/tokens/").content.decode()
    assert 'type="password"' in page and 'autocomplete="current-password"' in page
    form = {"name": "backup", "scope": "read", "days": 90, "password": "a guess"}
    refused = client.post("/settings/tokens/", form)
    assert refused.status_code == 400
    assert "password isn&#x27;t right" in refused.content.decode()
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize(
    ("scope", "shown"), [("read", "Read only"), ("read-write", "Read and write")]
)
def test_the_token_page_shows_scope_and_expiry(people: People, scope: str, shown: str) -> None:
    client = client_for(people.alice)
    form = {"name": "backup", "scope": scope, "days": 30, "password": PASSWORD}
    assert client.post("/settings/tokens/", form).status_code == 200
    token = ApiToken.objects.get()
    assert token.scope == scope
    assert (token.expires_at - token.created_at).days == 30
    row = client.get("/settings/tokens/").content.decode()
    assert shown in row
    assert f'datetime="{token.expires_at.isoformat()}"' in row
