"""A partner whose safety screen shows risk is never drawn into the room, and the one who
invited them sees only "not now", byte for byte the same as any "not now"."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from conftest import People, client_for, ref
from django.db import transaction
from django.test import Client
from django.utils import timezone

from heartwork.conflict import services
from heartwork.conflict.models import Topic
from heartwork.conflict.tests import steps
from heartwork.core.errors import DomainError
from heartwork.safety.tests.answers import HIGH_RISK, answer

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
CSRF = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')


def alices_view(alice: Client, topic: Topic) -> dict[str, bytes]:
    """Everything Alice's side shows of the topic, CSRF tokens normalised."""
    urls = ["/", "/conflict/", f"/conflict/{ref(topic)}/", "/api/conflict/topics"]
    urls.append(f"/api/conflict/topics/{ref(topic)}")
    return {url: CSRF.sub(rb"\1.\2", alice.get(url).content) for url in urls}


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timezone, "now", lambda: NOW)


def test_the_inviter_sees_the_same_bytes_for_a_risk_and_a_plain_not_now(
    people: People, frozen: None
) -> None:
    topic = services.topic_open(user=people.alice, title=steps.TITLE)
    alice = client_for(people.alice)
    alices_view(alice, topic)  # first visits settle what they settle
    seen = {}
    for way in ("plain", "risk"):
        with transaction.atomic():
            bob = client_for(people.bob)
            if way == "plain":
                assert bob.post(f"/conflict/{ref(topic)}/answer/", {"join": "0"}).status_code == 302
            else:
                answer(bob, HIGH_RISK)
                page = bob.get(f"/conflict/{ref(topic)}/").content.decode()
                assert "Support for you" in page and steps.TITLE not in page
            topic.refresh_from_db()
            assert topic.status == Topic.Status.NOT_NOW
            seen[way] = alices_view(alice, topic)
            transaction.set_rollback(True)
    assert b"Not now." in seen["plain"][f"/conflict/{ref(topic)}/"]
    assert seen["risk"] == seen["plain"]


def test_a_partner_at_risk_who_presses_join_is_not_drawn_in(people: People) -> None:
    topic = services.topic_open(user=people.alice, title=steps.TITLE)
    bob = client_for(people.bob)
    answer(bob, HIGH_RISK)
    joined = bob.post(f"/api/conflict/topics/{ref(topic)}/join")
    assert joined.status_code == 200 and joined.json()["topic"]["status"] == "not_now"
    assert "Support for you" in bob.get("/conflict/").content.decode()
    with pytest.raises(DomainError, match="resting"):
        services.topic_open(user=people.bob, title="Anything")


def test_a_partner_at_risk_cannot_be_drawn_into_a_room_already_open(people: People) -> None:
    topic = steps.opened(people.alice, people.bob)
    answer(client_for(people.bob), HIGH_RISK)
    with pytest.raises(DomainError, match="resting"):
        services.account_write(
            user=people.bob, topic_id=topic.public_id, feelings=[], body="x", touched="y"
        )
    page = client_for(people.bob).get(f"/conflict/{ref(topic)}/").content.decode()
    assert "The conflict room is resting for now" in page


def test_the_screen_is_offered_once_before_the_room_is_first_used(people: People) -> None:
    alice = client_for(people.alice)
    assert "Before you start" in alice.get("/conflict/").content.decode()
    assert alice.post("/for-you/not-now/", {"next": "/conflict/"}).status_code == 302
    assert "Before you start" not in alice.get("/conflict/").content.decode()
