"""Talk it through now: a gentle start-up read by the coach, speaker and listener taking
turns, and the partner's page following the turns without reloading."""

from __future__ import annotations

import pytest
from conftest import People, client_for, ref

from heartwork.conflict import services
from heartwork.conflict.models import Topic
from heartwork.conflict.selectors import room_for
from heartwork.core.errors import DomainError

HARSH_START = "You never help with the dishes, you are so lazy"


def talking(people: People) -> Topic:
    topic = services.topic_open(user=people.alice, title="The dishes", way="now")
    services.topic_answer(user=people.bob, topic_id=topic.public_id, join=True)
    return topic


def test_a_harsh_start_up_is_held_back_with_a_softer_one_a_tap_away(people: People) -> None:
    alice = client_for(people.alice)
    held = alice.post("/conflict/", {"title": HARSH_START, "way": "now"})
    page = held.content.decode()
    assert held.status_code == 200 and "Use this wording" in page
    assert not Topic.objects.exists()
    api = alice.post(
        "/api/conflict/topics",
        {"title": HARSH_START, "way": "now"},
        content_type="application/json",
    )
    assert api.status_code == 409 and api.json()["suggestions"]
    suggestion = api.json()["suggestions"][0]
    assert alice.post("/conflict/", {"title": suggestion, "way": "now"}).status_code == 302
    assert Topic.objects.get().title == suggestion
    sent = alice.post("/conflict/", {"title": HARSH_START, "way": "now", "send_anyway": "1"})
    assert sent.status_code == 302 and Topic.objects.count() == 2


def test_speaker_and_listener_alternate_and_swap_once_heard(people: People) -> None:
    topic = talking(people)
    t = topic.public_id
    assert room_for(people.alice, t).may == ["speak"]
    assert room_for(people.bob, t).may == []
    services.turn_send(
        user=people.alice, topic_id=t, body="I feel tired when the sink is full at night."
    )
    assert room_for(people.bob, t).may == ["reflect"]
    with pytest.raises(DomainError):
        services.turn_send(user=people.alice, topic_id=t, kind="speak", body="And another thing.")
    services.turn_send(user=people.bob, topic_id=t, body="What I heard is you're tired at night.")
    services.turn_send(
        user=people.alice, topic_id=t, kind="correct", body="Tired, and alone with it."
    )
    services.turn_send(user=people.bob, topic_id=t, body="So you feel tired and alone with it.")
    services.turn_send(user=people.alice, topic_id=t, kind="confirm")
    assert room_for(people.bob, t).may == ["speak"]  # the roles swap
    assert not room_for(people.bob, t).may_resolve
    services.turn_send(user=people.bob, topic_id=t, body="I feel stretched thin after work.")
    services.turn_send(user=people.alice, topic_id=t, body="What I heard is you're stretched thin.")
    services.turn_send(user=people.bob, topic_id=t, kind="confirm")
    assert room_for(people.alice, t).may_resolve
    assert services.topic_resolve(user=people.alice, topic_id=t).status == "resolved"


def test_the_page_follows_the_partners_turns(people: People) -> None:
    topic = talking(people)
    bob = client_for(people.bob)
    page = bob.get(f"/conflict/{ref(topic)}/").content.decode()
    assert 'hx-trigger="every 4s"' in page
    seen = room_for(people.bob, topic.public_id).version
    live = f"/conflict/{ref(topic)}/live/?seen={seen}"
    assert bob.get(live).status_code == 204  # nothing new
    services.turn_send(user=people.alice, topic_id=topic.public_id, body="I feel tired at night.")
    changed = bob.get(live)
    assert changed.status_code == 200
    assert "I feel tired at night." in changed.content.decode()
    assert "What I heard you say" in changed.content.decode()


def test_after_a_fight_pages_do_not_poll(people: People) -> None:
    topic = services.topic_open(user=people.alice, title="The dishes")
    assert (
        "hx-trigger"
        not in client_for(people.alice).get(f"/conflict/{ref(topic)}/").content.decode()
    )
