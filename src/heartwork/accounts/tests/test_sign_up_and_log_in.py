"""Accounts through django-allauth: sign up, log in and out, change and reset a password."""

from __future__ import annotations

import re

import pytest
from conftest import PASSWORD, Clock, People, client_for, emailed_link
from django.core import mail
from django.test import Client

from heartwork.accounts.models import User


def sign_up(client: Client, email: str = "new@example.com", name: str = "Robin"):
    return client.post(
        "/accounts/signup/",
        {"email": email, "name": name, "password1": PASSWORD, "password2": PASSWORD},
    )


@pytest.mark.django_db
def test_signing_up_creates_an_account_with_an_argon2_hash(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    response = sign_up(Client())
    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    assert user.name == "Robin"
    assert user.password.startswith("argon2")


@pytest.mark.django_db
def test_a_failed_sign_up_keeps_what_was_typed() -> None:
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {"email": "new@example.com", "name": "Robin", "password1": PASSWORD, "password2": "other"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="new@example.com"' in html
    assert 'value="Robin"' in html
    assert "aria-invalid" in html


def test_logging_in_and_out(people: People) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"login": "alice@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert "Hello, Alice" in client.get("/").content.decode()
    client.post("/accounts/logout/")
    assert client.get("/").status_code == 302


def test_failed_logins_cool_off_but_never_lock_the_account(people: People, clock: Clock) -> None:
    client = Client()
    for _ in range(5):
        client.post("/accounts/login/", {"login": "alice@example.com", "password": "wrong"})
    refused = client.post("/accounts/login/", {"login": "alice@example.com", "password": PASSWORD})
    assert refused.status_code in (200, 429)
    assert "_auth_user_id" not in client.session

    clock.advance(minutes=16)
    allowed = client.post("/accounts/login/", {"login": "alice@example.com", "password": PASSWORD})
    assert allowed.status_code == 302
    people.alice.refresh_from_db()
    assert people.alice.is_active


def test_changing_the_password(people: People) -> None:
    client = client_for(people.alice)
    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a new quiet river",
            "password2": "a new quiet river",
        },
    )
    assert response.status_code == 302
    people.alice.refresh_from_db()
    assert people.alice.check_password("a new quiet river")


def test_resetting_a_forgotten_password_by_email(
    people: People, django_capture_on_commit_callbacks
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "alice@example.com"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.com"]
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", str(message.body))
    assert link is not None
    form_page = client.get(link.group(1), follow=True)
    reset_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1)
    response = client.post(
        reset_url, {"password1": "a new quiet river", "password2": "a new quiet river"}
    )
    assert response.status_code == 302
    people.alice.refresh_from_db()
    assert people.alice.check_password("a new quiet river")


def test_a_reset_answers_the_same_for_known_and_unknown_emails(people: People) -> None:
    known = Client().post("/accounts/password/reset/", {"email": "alice@example.com"})
    unknown = Client().post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_an_account_whose_email_was_never_confirmed_is_sent_a_link_at_log_in(
    db, django_capture_on_commit_callbacks
) -> None:
    User.objects.create_user("old@example.com", PASSWORD, name="Old")  # made before verifying
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/login/", {"login": "old@example.com", "password": PASSWORD}
        )
    assert response["Location"] == "/accounts/confirm-email/"
    assert [m.to for m in mail.outbox] == [["old@example.com"]]
    assert (
        client.post(emailed_link("old@example.com", "/accounts/confirm-email/")).status_code == 302
    )
    assert "Hello, Old" in client.get("/").content.decode()
