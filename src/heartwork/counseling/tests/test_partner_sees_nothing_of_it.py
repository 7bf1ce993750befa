"""The partner's pages are byte for byte the same whether or not the other person looked
for help: opened the counseling page, chose a country, read the API's suggestion for
them, or kept, changed and deleted a private plan.

It reuses the safety screen's walk (``safety/tests/test_partner_sees_nothing.py``): every
GET route of the URL configuration as Bob, with ids of the couple's shared things filled
in, recorded before and after. No email is sent and nothing is logged.
"""

from __future__ import annotations

import logging

import pytest
from conftest import People, client_for
from django.apps import apps
from django.core import mail

from heartwork.safety.tests.test_partner_sees_nothing import (  # noqa: F401 - fixtures
    Couple,
    couple,
    frozen,
    snapshot,
)

# Tables every request may write to (who is signed in where), not anything about help.
BOOKKEEPING = {"sessions", "usersessions", "django_cache"}


def row_counts() -> dict[str, int]:
    """How many rows each table holds, but the bookkeeping of sessions."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in BOOKKEEPING
    }


def alice_looks_for_help(people: People) -> None:
    alice = client_for(people.alice)
    for path in ("/counseling/", "/counseling/?country=AU", "/api/counseling"):
        assert alice.get(path).status_code == 200, path
    assert alice.post("/counseling/plan/", {"body": "See someone on my own."}).status_code == 302
    put = alice.put(
        "/api/counseling/plan", {"body": "Ask Sam to come."}, content_type="application/json"
    )
    assert put.status_code == 200
    assert alice.get("/api/counseling/plan").status_code == 200


def test_bob_gets_the_same_bytes_whether_or_not_alice_looked_for_help(
    couple: Couple,  # noqa: F811 - the fixture imported above
    caplog: pytest.LogCaptureFixture,
) -> None:
    snapshot(couple)  # first visits may change state (appreciations become "seen")
    before = snapshot(couple)
    assert any(url.startswith("/counseling/") for url in before)  # the walk reaches the page
    assert "/api/counseling" in before
    mail.outbox.clear()
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        alice_looks_for_help(couple.people)
    logged = [f"{r.name}: {r.getMessage()}" for r in caplog.records]
    after = snapshot(couple)
    changed = [url for url in before if before[url] != after[url]]
    assert not changed, f"Bob's view changed at {changed}"
    # And after she deletes the plan again.
    assert client_for(couple.people.alice).delete("/api/counseling/plan").status_code == 204
    again = snapshot(couple)
    assert [url for url in before if before[url] != again[url]] == []
    assert mail.outbox == []
    assert logged == []


def test_looking_stores_nothing_but_the_plan_she_chose_to_keep(people: People) -> None:
    before = row_counts()
    alice = client_for(people.alice)
    alice.get("/counseling/")
    alice.get("/api/counseling")
    assert row_counts() == before
    alice_looks_for_help(people)
    grown = {k: v - before[k] for k, v in row_counts().items() if v != before[k]}
    assert grown == {"counseling.CounselingNote": 1}
