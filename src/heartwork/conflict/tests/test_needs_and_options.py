"""Needs and options: needs private until both are written, options rated by each, those
meeting both partners' needs first, and a way to settle it that both agree to."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import People, client_for, ref
from django.utils import timezone

from heartwork.conflict import services
from heartwork.conflict.models import Option, Topic
from heartwork.conflict.selectors import room_for
from heartwork.conflict.stats import conflict_counts
from heartwork.conflict.tests import steps
from heartwork.core.errors import DomainError

ALICE_NEEDS = "To not carry the evenings alone."
BOB_NEEDS = "To rest after work before chores."


def with_needs(people: People) -> Topic:
    topic = steps.parts_said(people.alice, people.bob)
    services.need_write(user=people.alice, topic_id=topic.public_id, body=ALICE_NEEDS)
    services.need_write(user=people.bob, topic_id=topic.public_id, body=BOB_NEEDS)
    return topic


def test_needs_stay_sealed_until_both_have_written_on_web_and_api(people: People) -> None:
    topic = steps.parts_said(people.alice, people.bob)
    alice, bob = client_for(people.alice), client_for(people.bob)
    assert alice.post(f"/conflict/{ref(topic)}/need/", {"body": ALICE_NEEDS}).status_code == 302
    for url in (f"/conflict/{ref(topic)}/", f"/api/conflict/topics/{ref(topic)}"):
        assert ALICE_NEEDS not in bob.get(url).content.decode()
    put = bob.put(
        f"/api/conflict/topics/{ref(topic)}/need",
        {"body": BOB_NEEDS},
        content_type="application/json",
    )
    assert put.status_code == 200 and ALICE_NEEDS in put.content.decode()
    assert BOB_NEEDS in alice.get(f"/conflict/{ref(topic)}/").content.decode()


def test_needs_wait_until_each_has_been_heard(people: People) -> None:
    topic = steps.revealed(people.alice, people.bob)
    with pytest.raises(DomainError, match="once you've each been heard"):
        services.need_write(user=people.alice, topic_id=topic.public_id, body=ALICE_NEEDS)


def test_options_that_meet_both_rise_to_the_top(people: People) -> None:
    topic = with_needs(people)
    t = topic.public_id
    rota = services.option_add(user=people.alice, topic_id=t, body="A rota on the fridge")
    later = services.option_add(user=people.bob, topic_id=t, body="Dishes after a short rest")
    alice, bob = client_for(people.alice), client_for(people.bob)
    assert alice.post(f"/conflict/options/{ref(rota)}/rate/", {"value": "3"}).status_code == 302
    bob.put(
        f"/api/conflict/options/{ref(rota)}/rating", {"value": 1}, content_type="application/json"
    )
    services.option_rate(user=people.alice, option_id=later.public_id, value=2)
    services.option_rate(user=people.bob, option_id=later.public_id, value=3)
    ranked = [o.body for o, _, _ in room_for(people.alice, t).ranked_options()]
    assert ranked == ["Dishes after a short rest", "A rota on the fridge"]
    page = alice.get(f"/conflict/{ref(topic)}/").content.decode()
    assert page.index("Dishes after a short rest") < page.index("A rota on the fridge")


def test_trying_an_option_for_a_while_needs_both(people: People) -> None:
    topic = with_needs(people)
    t = topic.public_id
    option = services.option_add(user=people.bob, topic_id=t, body="Dishes after a short rest")
    until = (timezone.localdate() + timedelta(days=14)).isoformat()
    alice = client_for(people.alice)
    posted = alice.post(
        f"/conflict/{ref(topic)}/outcome/",
        {"outcome": "try", "option": ref(option), "until": until},
    )
    assert posted.status_code == 302
    with pytest.raises(DomainError, match="no proposal of your partner's"):
        services.outcome_answer(user=people.alice, topic_id=t, agree=True)
    agreed = client_for(people.bob).post(f"/api/conflict/topics/{ref(topic)}/outcome/agree")
    assert agreed.json()["outcome"] == "try" and agreed.json()["topic"]["status"] == "resolved"
    assert (
        "You're trying “Dishes after a short rest”"
        in alice.get(f"/conflict/{ref(topic)}/").content.decode()
    )


def test_a_lasting_difference_is_kept_kindly_and_counted(people: People) -> None:
    topic = with_needs(people)
    services.outcome_propose(user=people.bob, topic_id=topic.public_id, outcome="lasting")
    services.outcome_answer(user=people.alice, topic_id=topic.public_id, agree=True)
    topic.refresh_from_db()
    assert topic.status == Topic.Status.LASTING
    page = client_for(people.bob).get(f"/conflict/{ref(topic)}/").content.decode()
    assert "A lasting difference" in page
    assert conflict_counts(people.alice)[-1].lasting == 1


def test_an_option_of_another_couple_cannot_be_rated(people: People) -> None:
    topic = with_needs(people)
    option = services.option_add(user=people.alice, topic_id=topic.public_id, body="A rota")
    eve = client_for(people.eve)
    assert eve.post(f"/conflict/options/{ref(option)}/rate/", {"value": "3"}).status_code == 404
    assert not Option.objects.get().ratings.exists()
