"""The coach reads every turn before it is sent, against the turn it answers: it flags
gently, offers a softer wording one tap away, and sending anyway is always allowed.
Three flagged turns in a row suggest a break."""

from __future__ import annotations

import pytest
from conftest import People, client_for, ref
from django.utils.html import escape

from heartwork.conflict import services
from heartwork.conflict.models import Turn
from heartwork.conflict.selectors import room_for
from heartwork.conflict.tests import steps

HARSH = "You always twist everything, you're so selfish."


def test_a_harsh_turn_is_held_back_with_softer_words_and_can_go_anyway(people: People) -> None:
    topic = steps.heard(people.alice, people.bob)
    alice = client_for(people.alice)
    url = f"/conflict/{ref(topic)}/turn/"
    held = alice.post(url, {"kind": "my_part", "body": HARSH})
    page = held.content.decode()
    assert held.status_code == 200 and "A gentle thought before this goes" in page
    assert "Use this wording" in page and "Send as it is" in page
    assert not Turn.objects.filter(kind="my_part").exists()
    suggestion = services.turn_check(
        user=people.alice, topic_id=topic.public_id, kind="my_part", body=HARSH
    ).suggestions[0]
    used = alice.post(url, {"kind": "my_part", "body": suggestion, "edit": "1"})
    assert (
        escape(suggestion) in used.content.decode()
        and not Turn.objects.filter(kind="my_part").exists()
    )
    sent = alice.post(url, {"kind": "my_part", "body": HARSH, "send_anyway": "1"})
    assert sent.status_code == 302
    turn = Turn.objects.get(kind="my_part")
    assert turn.body == HARSH and "criticism" in turn.flagged


def test_the_api_answers_409_with_softer_words_until_sent_anyway(people: People) -> None:
    topic = steps.heard(people.alice, people.bob)
    bob = client_for(people.bob)
    url = f"/api/conflict/topics/{ref(topic)}/turns"
    held = bob.post(url, {"body": HARSH}, content_type="application/json")
    assert held.status_code == 409
    assert held.json()["flagged"] and held.json()["suggestions"]
    sent = bob.post(url, {"body": HARSH, "send_anyway": True}, content_type="application/json")
    assert sent.status_code == 201


def test_advice_is_read_against_the_side_it_answers(people: People) -> None:
    topic = steps.revealed(people.alice, people.bob)
    check = services.turn_check(
        user=people.bob,
        topic_id=topic.public_id,
        kind="reflect",
        body="You should just leave the dishes for me next time.",
    )
    # Alice's side says how she felt: advice in answer to it is fixing.
    assert "fixing" in check.harmful


def test_three_flagged_turns_in_a_row_suggest_a_break(people: People) -> None:
    topic = steps.parts_said(people.alice, people.bob)
    t = topic.public_id
    alice, bob = client_for(people.alice), client_for(people.bob)
    services.turn_send(user=people.bob, topic_id=t, kind="apology", body=HARSH, send_anyway=True)
    services.turn_send(user=people.alice, topic_id=t, kind="not_yet", body=HARSH, send_anyway=True)
    assert not room_for(people.alice, t).heated
    assert "heating up" not in alice.get(f"/conflict/{ref(topic)}/").content.decode()
    services.turn_send(user=people.alice, topic_id=t, kind="plan", body=HARSH, send_anyway=True)
    assert room_for(people.bob, t).heated
    assert "heating up" in bob.get(f"/conflict/{ref(topic)}/").content.decode()
    assert bob.get(f"/api/conflict/topics/{ref(topic)}").json()["heated"] is True


@pytest.mark.parametrize("kind", ["confirm", "accept"])
def test_a_tap_reply_needs_no_words(people: People, kind: str) -> None:
    topic = steps.revealed(people.alice, people.bob)
    t = topic.public_id
    services.turn_send(
        user=people.bob, topic_id=t, kind="reflect", body="What I heard is you were worn out."
    )
    if kind == "accept":
        services.turn_send(user=people.alice, topic_id=t, kind="confirm")
        topic = steps.parts_said(people.eve, people.frank)
        t = topic.public_id
        services.turn_send(user=people.frank, topic_id=t, kind="apology", body="I'm sorry.")
        assert services.turn_send(user=people.eve, topic_id=t, kind="accept").body == ""
        return
    assert services.turn_send(user=people.alice, topic_id=t, kind=kind).kind == kind
