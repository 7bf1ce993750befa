"""Signing in from a browser new to the account emails its owner, with nothing in it
but when, which browser, and where to end the other sessions."""

from __future__ import annotations

import json
import re

from conftest import PASSWORD, People
from django.core import mail, signing
from django.test import Client

from heartwork.accounts.models import User
from heartwork.accounts.tests.browsers import FIREFOX_WINDOWS, SAFARI_IPHONE
from heartwork.accounts.tests.passwords import NEW_PASSWORD, change_password

ALICE = "alice@example.com"
ADDRESS = "203.0.113.30"


def sign_in(
    capture, email: str = ALICE, *, agent: str = FIREFOX_WINDOWS, client: Client | None = None
) -> Client:
    """Sign in through the real form; emails sent on commit go out."""
    client = client or Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=ADDRESS)
    with capture(execute=True):
        response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return client


def sign_out(client: Client) -> None:
    client.post("/accounts/logout/")


def signed_in_before(people: People, capture) -> Client:
    """Alice's phone, where she has signed in before; no email is waiting."""
    phone = sign_in(capture, agent=SAFARI_IPHONE)
    mail.outbox.clear()
    return phone


def test_a_first_login_ever_sends_nothing(
    people: People, django_capture_on_commit_callbacks
) -> None:
    sign_in(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_a_new_browser_emails_the_owner_when_and_which(
    people: People, django_capture_on_commit_callbacks
) -> None:
    signed_in_before(people, django_capture_on_commit_callbacks)
    sign_in(django_capture_on_commit_callbacks, agent=FIREFOX_WINDOWS)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [ALICE]
    assert message.subject == "A new sign-in to your Heartwork account"
    body = str(message.body)
    when = User.objects.get(email=ALICE).last_login
    assert when is not None
    assert f"{when:%H:%M}" in body and str(when.year) in body and "(UTC)" in body
    assert "Firefox on Windows 10" in body
    assert "change your password and end your other sessions here" in body
    assert "http://127.0.0.1:8000/settings/sessions/" in body


def test_the_email_holds_no_address_name_or_words(
    people: People, django_capture_on_commit_callbacks
) -> None:
    signed_in_before(people, django_capture_on_commit_callbacks)
    sign_in(django_capture_on_commit_callbacks)
    text = f"{mail.outbox[0].subject}\n{mail.outbox[0].body}"
    assert ADDRESS not in text and "203.0.113" not in text
    assert "Alice" not in text and "Bob" not in text
    assert PASSWORD not in text
    outside_the_link = text.replace("http://127.0.0.1:8000/", "")
    assert not re.search(r"\b\d{1,3}(\.\d{1,3}){3}\b", outside_the_link)


def test_the_same_browser_again_sends_nothing(
    people: People, django_capture_on_commit_callbacks
) -> None:
    phone = signed_in_before(people, django_capture_on_commit_callbacks)
    sign_out(phone)
    sign_in(django_capture_on_commit_callbacks, client=phone)
    assert mail.outbox == []


def test_the_email_goes_out_only_once_the_login_is_kept(
    people: People, django_capture_on_commit_callbacks
) -> None:
    signed_in_before(people, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        Client(HTTP_USER_AGENT=FIREFOX_WINDOWS).post(
            "/accounts/login/", {"login": ALICE, "password": PASSWORD}
        )
    assert mail.outbox == []
    assert len(waiting) == 1


def test_a_wrong_password_sends_nothing(people: People, django_capture_on_commit_callbacks) -> None:
    signed_in_before(people, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        Client().post("/accounts/login/", {"login": ALICE, "password": "a guess"})
    assert mail.outbox == []


def test_a_browser_the_partner_signs_in_on_is_still_new_to_the_owner(
    people: People, django_capture_on_commit_callbacks
) -> None:
    """The shared family laptop: known to Bob is not known to Alice; then to both."""
    signed_in_before(people, django_capture_on_commit_callbacks)
    sign_in(django_capture_on_commit_callbacks, "bob@example.com")  # Bob's first login
    laptop = sign_in(django_capture_on_commit_callbacks, "bob@example.com")
    mail.outbox.clear()
    sign_out(laptop)
    sign_in(django_capture_on_commit_callbacks, client=laptop)
    assert [m.to for m in mail.outbox] == [[ALICE]]
    mail.outbox.clear()
    sign_out(laptop)
    sign_in(django_capture_on_commit_callbacks, "bob@example.com", client=laptop)
    sign_out(laptop)
    sign_in(django_capture_on_commit_callbacks, client=laptop)
    assert mail.outbox == []


def test_after_a_password_change_only_the_browser_that_made_it_stays_known(
    people: People, django_capture_on_commit_callbacks
) -> None:
    phone = signed_in_before(people, django_capture_on_commit_callbacks)
    laptop = sign_in(django_capture_on_commit_callbacks, agent=FIREFOX_WINDOWS)
    mail.outbox.clear()
    change_password(phone)
    sign_out(phone)
    with django_capture_on_commit_callbacks(execute=True):
        phone.post("/accounts/login/", {"login": ALICE, "password": NEW_PASSWORD})
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        laptop.post("/accounts/login/", {"login": ALICE, "password": NEW_PASSWORD})
    assert [m.to for m in mail.outbox] == [[ALICE]]


def test_the_cookie_is_long_lived_http_only_and_unreadable(
    people: People, django_capture_on_commit_callbacks, settings
) -> None:
    settings.SESSION_COOKIE_SECURE = True
    phone = sign_in(django_capture_on_commit_callbacks)
    cookie = phone.cookies[settings.KNOWN_BROWSER_COOKIE]
    assert cookie["httponly"] and cookie["secure"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == 365 * 24 * 3600
    user = User.objects.get(email=ALICE)
    payload = signing.loads(cookie.value, salt="heartwork.accounts.known_browsers")
    readable = f"{cookie.value}\n{json.dumps(payload)}"
    for revealing in (ALICE, "alice", user.password):
        assert revealing not in readable
    assert set(payload) == {"b", "m"}
    assert all(len(mark) == 32 and mark != str(user.pk) for mark in payload["m"])


def test_the_cookie_is_not_secure_where_the_session_cookie_is_not(
    people: People, django_capture_on_commit_callbacks, settings
) -> None:
    settings.SESSION_COOKIE_SECURE = False  # development over plain http
    phone = sign_in(django_capture_on_commit_callbacks)
    assert not phone.cookies[settings.KNOWN_BROWSER_COOKIE]["secure"]
