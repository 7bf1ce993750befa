"""Sign-up answers the same whether or not an email has an account (finding 3).

The person signing up always sees "check your email"; the owner of a taken address gets
an email saying someone tried, and nothing else changes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from conftest import PASSWORD, People, emailed_link
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import Client

from heartwork.accounts.models import User

CANARY_NAME = "Marigold Canary"


class CountingHasher(MD5PasswordHasher):
    calls: ClassVar[list[str]] = []

    def encode(self, password: str, salt: str) -> str:
        self.calls.append(password)
        return super().encode(password, salt)


def sign_up(email: str, capture) -> tuple[Client, Any, Any]:
    client = Client()
    with capture(execute=True):
        response = client.post(
            "/accounts/signup/",
            {"email": email, "name": CANARY_NAME, "password1": PASSWORD, "password2": PASSWORD},
        )
    page = client.get(response["Location"])
    return client, response, page


def test_a_taken_email_gets_exactly_the_answer_a_new_one_gets(
    people: People, django_capture_on_commit_callbacks
) -> None:
    _, new, new_page = sign_up("new@example.com", django_capture_on_commit_callbacks)
    _, taken, taken_page = sign_up("alice@example.com", django_capture_on_commit_callbacks)

    assert (new.status_code, new["Location"]) == (taken.status_code, taken["Location"])
    assert sorted(new.cookies) == sorted(taken.cookies)
    assert sorted(new.headers) == sorted(taken.headers)
    assert new_page.status_code == taken_page.status_code == 200
    new_html = new_page.content.decode().replace("new@example.com", "EMAIL")
    taken_html = taken_page.content.decode().replace("alice@example.com", "EMAIL")
    assert new_html == taken_html
    assert "Check your email" in new_html


def test_the_owner_of_a_taken_email_is_told_and_nothing_changes(
    people: People, django_capture_on_commit_callbacks
) -> None:
    password_before = people.alice.password
    sign_up("alice@example.com", django_capture_on_commit_callbacks)

    assert User.objects.filter(email="alice@example.com").count() == 1
    people.alice.refresh_from_db()
    assert people.alice.password == password_before
    assert people.alice.name == "Alice"
    [message] = mail.outbox
    assert message.to == ["alice@example.com"]
    assert message.subject == "Heartwork: Someone tried to sign up with your address"
    body = str(message.body)
    assert "If it was you, log in" in body
    assert "http://127.0.0.1:8000/accounts/login/" in body
    assert "http://127.0.0.1:8000/accounts/password/reset/" in body
    assert "/accounts/confirm-email/" not in body  # nothing that would let anyone in
    assert CANARY_NAME not in body and PASSWORD not in body


def test_a_new_email_gets_a_link_that_finishes_the_account(
    db, django_capture_on_commit_callbacks
) -> None:
    client, _, _ = sign_up("new@example.com", django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.to == ["new@example.com"]
    assert CANARY_NAME not in str(message.body) and PASSWORD not in str(message.body)

    assert "_auth_user_id" not in client.session  # not in until the address is confirmed
    confirmed = client.post(emailed_link("new@example.com", "/accounts/confirm-email/"))
    assert confirmed.status_code == 302
    assert f"Hello, {CANARY_NAME}" in client.get("/").content.decode()


def test_the_emails_go_out_only_when_the_work_is_committed(
    people: People, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks() as callbacks:
        Client().post(
            "/accounts/signup/",
            {"email": "alice@example.com", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]


def test_both_answers_take_the_time_of_hashing_the_password(
    people: People, settings, django_capture_on_commit_callbacks
) -> None:
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    CountingHasher.calls.clear()
    sign_up("new@example.com", django_capture_on_commit_callbacks)
    after_new = len(CountingHasher.calls)
    sign_up("alice@example.com", django_capture_on_commit_callbacks)
    assert after_new == 1
    assert len(CountingHasher.calls) - after_new == 1


def test_signing_up_again_with_the_same_new_email_answers_the_same_too(
    db, django_capture_on_commit_callbacks
) -> None:
    _, first, _ = sign_up("new@example.com", django_capture_on_commit_callbacks)
    _, second, _ = sign_up("new@example.com", django_capture_on_commit_callbacks)
    assert (first.status_code, first["Location"]) == (second.status_code, second["Location"])
    assert User.objects.filter(email="new@example.com").count() == 1
