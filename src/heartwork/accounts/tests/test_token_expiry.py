"""A token expires when chosen (90 days unless chosen otherwise, a year at most)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from conftest import PASSWORD, People, client_for
from django.test import Client
from django.utils import timezone


def make(user, **fields: object) -> dict:
    body = {"name": "backup", "password": PASSWORD, "scope": "read", **fields}
    made = client_for(user).post("/api/tokens", body, content_type="application/json")
    assert made.status_code == 201, made.content
    return dict(made.json())


def days_later(monkeypatch: pytest.MonkeyPatch, days: float) -> datetime:
    later = timezone.now() + timedelta(days=days)
    monkeypatch.setattr(timezone, "now", lambda: later)
    return later


def bearer(secret: str) -> Client:
    return Client(headers={"Authorization": f"Bearer {secret}"})


def test_a_token_lasts_90_days_unless_chosen_otherwise(
    people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = bearer(make(people.alice)["token"])
    days_later(monkeypatch, 89)
    assert script.get("/api/me").status_code == 200
    days_later(monkeypatch, 2)
    expired = script.get("/api/me")
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]


def test_a_token_ends_on_the_day_chosen(people: People, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make(people.alice, expires_in_days=7)
    expires_at = datetime.fromisoformat(made["expires_at"])
    assert timedelta(days=7) - (expires_at - timezone.now()) < timedelta(minutes=1)
    days_later(monkeypatch, 8)
    assert bearer(made["token"]).get("/api/me").status_code == 401


@pytest.mark.parametrize("days", [0, 366, 10_000])
def test_a_token_lasts_a_year_at_most(people: People, days: int) -> None:
    body = {"name": "n", "password": PASSWORD, "expires_in_days": days}
    response = client_for(people.alice).post("/api/tokens", body, content_type="application/json")
    assert response.status_code == 422


def test_an_expired_token_leaves_the_lists(people: People, monkeypatch: pytest.MonkeyPatch) -> None:
    make(people.alice, expires_in_days=7, name="weekly")
    days_later(monkeypatch, 8)
    client = client_for(people.alice)
    assert client.get("/api/tokens").json() == []
    assert "weekly" not in client.get("/settings/tokens/").content.decode()
