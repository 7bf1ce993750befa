"""Turning the app off takes the password (or a code), and the owner is told by email."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from conftest import PASSWORD, Clock, People, client_for
from django.core import mail

from heartwork.accounts.tests.second_step import app_code, set_up_app, text

DEACTIVATE = "/accounts/2fa/totp/deactivate/"


def test_turning_off_asks_who_is_there_first(people: People, clock: Clock) -> None:
    client = client_for(people.alice)
    set_up_app(client)
    clock.advance(minutes=6)  # the password confirmed for setup no longer counts
    response = client.get(DEACTIVATE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    client.post(DEACTIVATE)
    assert Authenticator.objects.filter(user=people.alice).exists()


def test_turning_off_with_the_password(
    people: People, clock: Clock, django_capture_on_commit_callbacks
) -> None:
    client = client_for(people.alice)
    set_up_app(client)
    clock.advance(minutes=6)
    confirmed = client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": DEACTIVATE})
    assert confirmed.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(DEACTIVATE, follow=True)
    assert "The authenticator app is off" in text(done)
    assert not Authenticator.objects.filter(user=people.alice).exists()  # codes went with it
    [told] = [m for m in mail.outbox if "turned off" in m.subject]
    assert told.to == ["alice@example.com"]


def test_turning_off_with_a_code_instead_of_the_password(people: People, clock: Clock) -> None:
    client = client_for(people.alice)
    secret = set_up_app(client).secret
    clock.advance(minutes=6)
    confirmed = client.post(
        "/accounts/2fa/reauthenticate/", {"code": app_code(secret), "next": DEACTIVATE}
    )
    assert confirmed.status_code == 302
    client.post(DEACTIVATE)
    assert not Authenticator.objects.filter(user=people.alice, type="totp").exists()


def test_a_wrong_password_turns_nothing_off(people: People, clock: Clock) -> None:
    client = client_for(people.alice)
    set_up_app(client)
    clock.advance(minutes=6)
    refused = client.post(
        "/accounts/reauthenticate/", {"password": "not my password", "next": DEACTIVATE}
    )
    assert refused.status_code == 200
    assert "That password isn't right." in text(refused)
    client.post(DEACTIVATE)
    assert Authenticator.objects.filter(user=people.alice, type="totp").exists()
