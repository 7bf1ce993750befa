"""The API is unaffected by a second step: tokens keep working, and a browser that has
typed only the password is not signed in, so it can neither call the API nor make one."""

from __future__ import annotations

from conftest import PASSWORD, People, client_for, token_for
from django.test import Client

from heartwork.accounts.tests.second_step import AUTHENTICATE, app_code, set_up_app, sign_in


def test_a_token_made_before_keeps_working_after(people: People) -> None:
    token = token_for(people.alice)
    set_up_app(client_for(people.alice))
    response = Client(headers={"Authorization": f"Bearer {token}"}).get("/api/me")
    assert response.status_code == 200


def test_the_password_alone_does_not_open_the_api(people: People) -> None:
    set_up_app(client_for(people.alice))
    halfway = sign_in("alice@example.com")
    assert halfway.get("/api/me").status_code == 401
    made = halfway.post(
        "/api/tokens",
        {"name": "script", "password": PASSWORD, "scope": "read"},
        content_type="application/json",
    )
    assert made.status_code == 401


def test_after_the_code_a_token_can_be_made_as_before(people: People) -> None:
    secret = set_up_app(client_for(people.alice)).secret
    client = sign_in("alice@example.com")
    client.post(AUTHENTICATE, {"code": app_code(secret)})
    made = client.post(
        "/api/tokens",
        {"name": "script", "password": PASSWORD, "scope": "read"},
        content_type="application/json",
    )
    assert made.status_code == 201
