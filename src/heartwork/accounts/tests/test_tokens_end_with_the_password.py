"""Every API token of a person ends when their password is changed or reset."""

from __future__ import annotations

from conftest import People, api_client, client_for
from django.test import Client

from heartwork.accounts.tests.passwords import change_password, reset_password


def test_changing_the_password_ends_every_token(people: People) -> None:
    writer, reader = api_client(people.alice), api_client(people.alice, scope="read")
    change_password(client_for(people.alice))
    assert writer.get("/api/me").status_code == 401
    assert reader.get("/api/me").status_code == 401


def test_resetting_the_password_ends_every_token(people: People) -> None:
    script = api_client(people.alice)
    reset_password(Client(), "alice@example.com")
    assert script.get("/api/me").status_code == 401


def test_the_partners_tokens_are_left_alone(people: People) -> None:
    bobs = api_client(people.bob)
    change_password(client_for(people.alice))
    assert bobs.get("/api/me").status_code == 200


def test_a_token_made_after_the_change_works(people: People) -> None:
    browser = client_for(people.alice)
    change_password(browser)
    # the same browser is still signed in, so it can make a new token at once
    made = browser.post(
        "/api/tokens",
        {"name": "new", "password": "a new quiet river", "scope": "read"},
        content_type="application/json",
    )
    assert made.status_code == 201
    script = Client(headers={"Authorization": f"Bearer {made.json()['token']}"})
    assert script.get("/api/me").status_code == 200
