"""Account emails speak in Heartwork's voice, sign with the configured name and link to
the configured address, whatever Host the request came in with."""

from __future__ import annotations

import pytest
from conftest import PASSWORD, People
from django.core import mail
from django.test import Client

HOSTILE_HOST = "127.0.0.1:8101"


@pytest.fixture
def configured(settings):
    settings.SITE_URL = "https://us.example.org"
    settings.SITE_NAME = "Our Heartwork"
    settings.ALLOWED_HOSTS = ["127.0.0.1", "testserver", "us.example.org"]
    return settings


def only_email_to(address: str) -> mail.EmailMessage:
    messages = [m for m in mail.outbox if address in m.to]
    assert len(messages) == 1, [m.subject for m in mail.outbox]
    return messages[0]


def assert_in_our_voice(message: mail.EmailMessage) -> None:
    body = str(message.body)
    assert "Hello from" not in body
    assert "Thank you for using" not in body
    assert "127.0.0.1" not in body
    assert "With care,\nOur Heartwork\nhttps://us.example.org/" in body
    assert message.subject.startswith("Our Heartwork: ")


def test_the_reset_email_links_to_the_configured_address(
    people: People, configured, django_capture_on_commit_callbacks
) -> None:
    client = Client(HTTP_HOST=HOSTILE_HOST)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "alice@example.com"})
    message = only_email_to("alice@example.com")
    assert_in_our_voice(message)
    assert message.subject == "Our Heartwork: Choose a new password"
    assert "https://us.example.org/accounts/password/reset/key/" in str(message.body)
    assert "your password stays as it is" in str(message.body)


def test_the_sign_up_email_welcomes_by_the_configured_name(
    db, configured, django_capture_on_commit_callbacks
) -> None:
    client = Client(HTTP_HOST=HOSTILE_HOST)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/accounts/signup/",
            {
                "email": "new@example.com",
                "name": "Robin",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )
    message = only_email_to("new@example.com")
    assert_in_our_voice(message)
    assert "Welcome to Our Heartwork." in str(message.body)
    assert "https://us.example.org/accounts/confirm-email/" in str(message.body)


def test_signing_up_with_a_taken_address_tells_its_owner_with_our_links(
    people: People, configured, django_capture_on_commit_callbacks
) -> None:
    client = Client(HTTP_HOST=HOSTILE_HOST)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/accounts/signup/",
            {
                "email": "alice@example.com",
                "name": "A",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )
    message = only_email_to("alice@example.com")
    assert_in_our_voice(message)
    assert "https://us.example.org/accounts/login/" in str(message.body)


def test_a_reset_for_an_unknown_address_says_so_kindly(
    db, configured, django_capture_on_commit_callbacks
) -> None:
    client = Client(HTTP_HOST=HOSTILE_HOST)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    message = only_email_to("nobody@example.com")
    assert_in_our_voice(message)
    assert "has no account here, so nothing was changed" in str(message.body)
    assert "https://us.example.org/accounts/signup/" in str(message.body)
