"""How we fight, over time: counts per month for both partners, never a word."""

from __future__ import annotations

from datetime import timedelta

from conftest import People, client_for
from django.utils import timezone

from heartwork.conflict import services
from heartwork.conflict.models import Break
from heartwork.conflict.stats import conflict_counts
from heartwork.conflict.tests import steps
from heartwork.conflict.tests.test_coach_reads_each_turn import HARSH


def test_a_month_counts_topics_breaks_repairs_and_patterns(people: People) -> None:
    topic = steps.parts_said(people.alice, people.bob)
    t = topic.public_id
    services.break_call(user=people.bob, topic_id=t, minutes=20)
    # Twenty minutes on, they come back.
    Break.objects.update(ends_at=timezone.now() - timedelta(minutes=1))
    services.turn_send(user=people.bob, topic_id=t, kind="apology", body=HARSH, send_anyway=True)
    services.turn_send(user=people.alice, topic_id=t, kind="accept")
    services.turn_send(user=people.alice, topic_id=t, kind="plan", body="I will ask first.")
    services.turn_send(user=people.bob, topic_id=t, kind="plan", body="I will do them first.")
    services.topic_resolve(user=people.alice, topic_id=t)
    other = services.topic_open(user=people.bob, title="Money")
    services.topic_answer(user=people.alice, topic_id=other.public_id, join=False)
    for reader in (people.alice, people.bob):
        month = conflict_counts(reader)[-1]
        assert (month.opened, month.resolved, month.not_now) == (2, 1, 1)
        assert (month.breaks, month.honoured) == (1, 1)
        assert (month.repairs_offered, month.repairs_accepted) == (1, 1)
        assert month.patterns.get("criticism") == 1
    assert len(conflict_counts(people.alice)) == 12
    assert all(m.opened == 0 for m in conflict_counts(people.eve))


def test_the_chart_and_the_api_show_counts_and_never_words(people: People) -> None:
    topic = steps.planned(people.alice, people.bob)
    services.topic_resolve(user=people.bob, topic_id=topic.public_id)
    page = client_for(people.bob).get("/conflict/over-time/").content.decode()
    assert "Topics repaired" in page and "<svg" in page and "<table>" in page
    assert steps.TITLE not in page and steps.ALICE_SIDE not in page
    api = client_for(people.alice).get("/api/conflict/counts").json()
    assert api[-1]["opened"] == 1 and api[-1]["resolved"] == 1
    assert steps.TITLE not in str(api)
