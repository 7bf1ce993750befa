"""Bringing back reaches replies, check-up results and the conflict room too.

Alice and Bob answered each other, took the check-up and talked a topic through, then
parted and linked again. Each brings back only their own: a reply and a reaction come
back with their author's choice; a check-up result opens for the other only once both
brought their round back; a part of the conflict room comes back only with its topic.
Nothing of the other's comes back without the other's choice, and a new partner never
sees any of it.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import People, api_client, client_for, link, make_user

from heartwork import access
from heartwork.accounts import services as accounts
from heartwork.checkup.report import couple_report
from heartwork.checkup.tests.answering import EVERY_PART, finish_round
from heartwork.conflict.models import Account
from heartwork.conflict.tests.steps import ALICE_SIDE as OPENERS_SIDE
from heartwork.conflict.tests.steps import BOB_SIDE as JOINERS_SIDE
from heartwork.conflict.tests.steps import revealed
from heartwork.daily import services as daily
from heartwork.together import services as together
from heartwork.together.models import Response

ALICES_REPLY = "Let's go back there in spring."
BOBS_REPLY = "I still think of that morning."
BOBS, ALICES = OPENERS_SIDE, JOINERS_SIDE  # Bob opens the topic, Alice joins it


@pytest.fixture
def parted(people: People) -> dict[str, Any]:
    """A shared history of answering each other, then Bob leaves and they link again."""
    alice, bob = people.alice, people.bob
    question = daily.todays_question(alice)
    assert question is not None
    alices = daily.daily_answer(user=alice, daily_question_id=question.pk, body="The sea.")
    bobs = daily.daily_answer(user=bob, daily_question_id=question.pk, body="The hills.")
    together.response_reply(user=alice, kind="answer", item_id=bobs.public_id, body=ALICES_REPLY)
    together.response_react(user=alice, kind="answer", item_id=bobs.public_id, reaction="hug")
    together.response_reply(user=bob, kind="answer", item_id=alices.public_id, body=BOBS_REPLY)
    finish_round(alice, EVERY_PART)
    finish_round(bob, EVERY_PART)
    topic = revealed(bob, alice)  # Bob's topic; each wrote their side in it
    accounts.couple_leave(user=bob)
    link(bob, alice)
    return {"alices": alices, "bobs": bobs, "topic": topic}


def thread(who: Any, answer: Any) -> list[tuple[str, str, str]]:
    """The thread under ``answer`` as ``who`` reads it through the API (kind, words, by)."""
    found = api_client(who).get(f"/api/together/answer/{answer.public_id}/responses")
    if found.status_code != 200:
        return []
    return [(r["kind"], r["reaction"] or r["body"], r["author"]) for r in found.json()]


def partners_round(who: Any) -> Any:
    report = couple_report(who, 1)
    assert report is not None
    return report.partner


def sides_read(who: Any) -> set[str]:
    return {a.body for a in access.readable(who, Account)}


def test_each_is_offered_what_comes_back_now_and_no_more(people: People, parted: Any) -> None:
    alices = client_for(people.alice).get("/together/before/").content.decode()
    # Alice's side is in Bob's topic: it waits until Bob brings the topic back.
    assert "1 answer to a daily question, 2 reactions and replies, 1 check-up result." in alices
    assert "conflict room" not in alices
    bobs = api_client(people.bob).get("/api/together/before").json()["mine"]
    assert bobs == [
        "1 answer to a daily question",
        "1 reaction or reply",
        "1 check-up result",
        "2 things from the conflict room",  # his topic and his side in it
    ]


def test_what_one_brings_back_shows_nothing_of_the_others(people: People, parted: Any) -> None:
    alice, bob = people.alice, people.bob
    client_for(alice).post("/together/before/")
    # Bob's answer (and so the thread under it) and his round are still away: Alice's
    # reply, her hug and her results wait, unseen, until Bob brings his own back.
    assert thread(bob, parted["bobs"]) == []
    assert partners_round(bob) is None
    assert partners_round(alice) is None
    assert not access.readable(alice, Response).exclude(author=alice).exists()
    assert sides_read(bob) == {BOBS}
    assert sides_read(alice) == {ALICES}


def test_once_both_chose_each_reads_the_others_replies_results_and_side(
    people: People, parted: Any
) -> None:
    alice, bob = people.alice, people.bob
    client_for(alice).post("/together/before/")
    brought = api_client(bob).post("/api/together/before/bring-back").json()
    assert brought == {"brought_back": 5}
    assert thread(bob, parted["bobs"]) == [
        ("reply", ALICES_REPLY, "Alice"),
        ("reaction", "hug", "Alice"),
    ]
    assert thread(alice, parted["alices"]) == [("reply", BOBS_REPLY, "Bob")]
    assert partners_round(bob) == alice and partners_round(alice) == bob
    # Bob's topic is back, so Alice's side in it may come back now, by her choice only.
    assert sides_read(bob) == {BOBS}
    offer = client_for(alice).get("/together/before/").content.decode()
    assert "1 thing from the conflict room." in offer
    client_for(alice).post("/together/before/")
    assert sides_read(bob) == {BOBS, ALICES}
    room = client_for(bob).get(f"/conflict/{parted['topic'].public_id}/").content.decode()
    assert ALICES in room


def test_a_new_partner_never_sees_any_of_it(people: People, parted: Any) -> None:
    alice, bob = people.alice, people.bob
    client_for(alice).post("/together/before/")
    client_for(bob).post("/together/before/")
    client_for(alice).post("/together/before/")
    accounts.couple_leave(user=alice)
    dan = make_user("dan@example.com", "Dan")
    link(alice, dan)
    assert api_client(alice).get("/api/together/before").json() == {"mine": []}
    for model in (Response, Account):
        assert not access.readable(dan, model).exclude(author=dan).exists()
    finish_round(dan, EVERY_PART)  # his round 1 opens nothing of Alice's round 1
    assert partners_round(dan) is None
    assert thread(dan, parted["alices"]) == []
