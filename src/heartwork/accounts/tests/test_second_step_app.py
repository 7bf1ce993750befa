"""An authenticator app as a second step: set up from settings, then asked for at sign-in."""

from __future__ import annotations

from conftest import PASSWORD, Clock, People, client_for
from django.core import mail
from django.test import Client

from heartwork.accounts.tests.second_step import (
    ACTIVATE,
    AUTHENTICATE,
    app_code,
    set_up_app,
    sign_in,
    signed_in,
    text,
    wrong_code,
)


def test_setting_up_asks_for_the_password_first(people: People) -> None:
    client = client_for(people.alice)
    response = client.get(ACTIVATE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")


def test_the_setup_page_shows_a_qr_code_and_the_key_as_text(people: People) -> None:
    client = client_for(people.alice)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": ACTIVATE})
    page = client.get(ACTIVATE)
    html = page.content.decode()
    secret = page.context["form"].secret
    assert 'src="data:image/svg+xml;base64,' in html
    assert secret[:4] + " " + secret[4:8] in html  # the key, in groups of four
    assert "otpauth://totp/" in html  # for setting up on the same phone


def test_after_setup_signing_in_takes_the_password_and_a_code(people: People, clock: Clock) -> None:
    set_up = set_up_app(client_for(people.alice))
    clock.advance(seconds=30)
    client = sign_in("alice@example.com")
    assert not signed_in(client)
    assert client.get("/").status_code == 302  # nothing opens before the code
    response = client.post(AUTHENTICATE, {"code": app_code(set_up.secret)})
    assert response.status_code == 302
    assert signed_in(client)


def test_a_wrong_code_does_not_sign_in(people: People) -> None:
    set_up = set_up_app(client_for(people.alice))
    client = sign_in("alice@example.com")
    response = client.post(AUTHENTICATE, {"code": wrong_code(set_up.secret)})
    assert response.status_code == 200
    assert "That code isn't right" in text(response)
    assert not signed_in(client)


def test_a_code_cannot_be_used_twice(people: People) -> None:
    """Someone who watched the owner type a code cannot use it again a moment later."""
    set_up = set_up_app(client_for(people.alice))
    code = app_code(set_up.secret)
    owner = sign_in("alice@example.com")
    assert owner.post(AUTHENTICATE, {"code": code}).status_code == 302
    onlooker = sign_in("alice@example.com", address="198.51.100.20")
    onlooker.post(AUTHENTICATE, {"code": code})
    assert not signed_in(onlooker)


def test_without_a_second_step_the_password_alone_signs_in(people: People) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"login": "bob@example.com", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert signed_in(client)


def test_the_owner_is_emailed_when_the_app_is_added(
    people: People, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        set_up_app(client_for(people.alice))
    [message] = [m for m in mail.outbox if "second step was added" in m.subject]
    assert message.to == ["alice@example.com"]
    assert "/accounts/password/reset/" in str(message.body)
