"""The owner is emailed when a token is made: when, and how to revoke it; no secret."""

from __future__ import annotations

from conftest import PASSWORD, People, client_for
from django.core import mail

from heartwork.accounts.models import ApiToken

BODY = {"name": "Weekend diary sync", "password": PASSWORD, "scope": "read"}


def make_token(client, django_capture_on_commit_callbacks, **fields: object) -> dict:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/tokens", {**BODY, **fields}, content_type="application/json")
    return dict(response.json())


def test_the_owner_is_told_when_a_token_is_made(
    people: People, django_capture_on_commit_callbacks
) -> None:
    made = make_token(client_for(people.alice), django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.com"]
    assert "API token" in message.subject
    body = str(message.body)
    token = ApiToken.objects.get(public_id=made["id"])
    assert f"{token.created_at:%H:%M}" in body and str(token.created_at.year) in body
    assert "http://127.0.0.1:8000/settings/tokens/" in body
    assert "change your password" in body


def test_the_email_carries_no_secret(people: People, django_capture_on_commit_callbacks) -> None:
    made = make_token(client_for(people.alice), django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    text = f"{message.subject}\n{message.body}"
    assert made["token"] not in text
    assert made["prefix"] not in text
    assert "Weekend diary sync" not in text
    assert PASSWORD not in text


def test_the_email_is_sent_only_once_the_token_is_saved(
    people: People, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client_for(people.alice).post("/api/tokens", BODY, content_type="application/json")
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_no_email_when_no_token_is_made(people: People, django_capture_on_commit_callbacks) -> None:
    make_token(client_for(people.alice), django_capture_on_commit_callbacks, password="a guess")
    assert not ApiToken.objects.exists()
    assert mail.outbox == []


def test_a_token_made_on_the_web_page_is_emailed_too(
    people: People, django_capture_on_commit_callbacks
) -> None:
    form = {"name": "backup", "scope": "read", "days": 90, "password": PASSWORD}
    with django_capture_on_commit_callbacks(execute=True):
        client_for(people.alice).post("/settings/tokens/", form)
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]
