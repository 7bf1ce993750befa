"""Feelings are read in words, never as a score: "feeling low", not "2/5"."""

from __future__ import annotations

import re
from datetime import date

from conftest import People, client_for

from heartwork.daily import services


def test_the_partner_reads_a_shared_check_in_mood_in_words(people: People) -> None:
    services.checkin_create(user=people.alice, mood=2, feelings=["tired"], shared=True)
    page = client_for(people.bob).get("/daily/checkins/").content.decode()
    assert "feeling low" in page
    assert not re.search(r"\b[1-5]/5\b", page)  # no score; a public id may hold "/5"


def test_a_memory_says_how_it_felt_in_a_word(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Picnic", planned_for=date(2030, 1, 1))
    services.plan_done(user=people.bob, plan_id=plan.public_id, memory="Sun", how_it_felt=5)
    page = client_for(people.alice).get("/daily/time/").content.decode()
    assert "it felt wonderful" in page
    assert "5/5" not in page


def test_a_good_check_in_gets_words_that_share_the_joy(people: People) -> None:
    services.checkin_create(
        user=people.alice,
        mood=4,
        feelings=["peaceful", "grateful"],
        good_thing="A long walk at lunch.",
        hard_thing="A tense meeting, but it passed.",
        shared=True,
    )
    page = client_for(people.bob).get("/daily/checkins/").content.decode()
    assert "<strong>Share the joy:</strong>" in page
    assert "It sounds like you&#x27;re feeling peaceful and grateful." in page
    assert "work taking over" not in page
