"""Topics that keep ending unresolved bring the counselor card to both partners' Today.

Produced through the real room (``steps``, the services), read back from Today, the
counseling page and the API, on each side of ``UNRESOLVED_AT``.
"""

from __future__ import annotations

from datetime import timedelta

from conftest import People, api_client, client_for
from django.utils import timezone

from heartwork.accounts.models import User
from heartwork.conflict import services
from heartwork.conflict.models import Topic, Turn
from heartwork.conflict.tests import steps
from heartwork.conflict.unresolved import STALLED, WINDOW, unresolved_count
from heartwork.counseling.rules import UNRESOLVED_AT

CARD = "A counselor could help"
WHY = "A few topics keep ending without an answer"


def not_now(author: User, partner: User, title: str = "Money") -> Topic:
    topic = services.topic_open(user=author, title=title)
    services.topic_answer(user=partner, topic_id=topic.public_id, join=False)
    return topic


def aged(topic: Topic, age: timedelta) -> None:
    """Move a topic, and everything taken in it, ``age`` into the past."""
    then = timezone.now() - age
    Topic.objects.filter(pk=topic.pk).update(created_at=then, answered_at=then)
    Turn.objects.filter(topic=topic).update(created_at=then)


def stalled_open(alice: User, bob: User) -> Topic:
    """A topic joined and taken as far as the reflections, then left for weeks."""
    topic = steps.heard(alice, bob)
    aged(topic, STALLED + timedelta(days=1))
    return topic


def suggested(user: User) -> bool:
    today = client_for(user).get("/").content.decode()
    return CARD in today and WHY in today


def test_topics_that_keep_ending_unresolved_bring_the_card_to_both(people: People) -> None:
    for i in range(UNRESOLVED_AT - 2):
        not_now(people.alice, people.bob, f"Money {i}")
    not_now(people.bob, people.alice, "Holidays")
    assert unresolved_count(people.alice) == UNRESOLVED_AT - 1
    assert not suggested(people.alice) and not suggested(people.bob)
    stalled_open(people.alice, people.bob)
    assert unresolved_count(people.alice) == UNRESOLVED_AT
    assert suggested(people.alice) and suggested(people.bob)
    assert WHY in client_for(people.bob).get("/counseling/").content.decode()
    got = api_client(people.alice).get("/api/counseling").json()
    assert "unresolved" in [r["key"] for r in got["reasons"]]
    assert unresolved_count(people.eve) == 0 and not suggested(people.eve)


def test_kind_endings_moving_topics_and_old_ones_do_not_count(people: People) -> None:
    for i in range(UNRESOLVED_AT - 1):
        not_now(people.alice, people.bob, f"Money {i}")
    repaired = steps.planned(people.alice, people.bob)
    services.topic_resolve(user=people.alice, topic_id=repaired.public_id)
    aged(repaired, STALLED + timedelta(days=1))
    lasting = steps.with_an_option(people.alice, people.bob).topic
    assert lasting is not None
    services.outcome_propose(user=people.bob, topic_id=lasting.public_id, outcome="lasting")
    services.outcome_answer(user=people.alice, topic_id=lasting.public_id, agree=True)
    lasting.refresh_from_db()
    assert lasting.status == Topic.Status.LASTING
    aged(lasting, STALLED + timedelta(days=1))
    # Open for weeks, but they took a turn this week: it is moving.
    moving = stalled_open(people.alice, people.bob)
    services.turn_send(
        user=people.alice,
        topic_id=moving.public_id,
        kind="my_part",
        body="I snapped at you before asking.",
    )
    # A "not now" from before the window.
    aged(not_now(people.bob, people.alice, "The spring holidays"), WINDOW + timedelta(days=1))
    assert unresolved_count(people.alice) == UNRESOLVED_AT - 1
    assert not suggested(people.alice) and not suggested(people.bob)
