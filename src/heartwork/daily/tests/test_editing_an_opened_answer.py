"""The seal can't be gamed: an answer changed after both are open shows as edited, with the time.

The game: answer with a dummy, wait for the partner, read their answer, then rewrite
your own as if you had written it first. The rewrite is kept, and both see when it was made.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import Clock, People, api_client, client_for
from django.utils import timezone

from heartwork.daily import services
from heartwork.daily.models import DailyAnswer, DailySettings


@pytest.fixture
def at_2104_in_paris(people: People, clock: Clock) -> datetime:
    """Move the clock to 21:04 in Paris, the couple's time zone, and return that moment."""
    couple = people.alice.memberships.get().couple
    DailySettings.objects.create(couple=couple, timezone="Europe/Paris")
    target = datetime(2030, 6, 14, 19, 4, tzinfo=UTC)  # 21:04 in Paris in summer
    clock.advance(seconds=(target - timezone.now()).total_seconds())
    return target


def test_a_rewrite_after_reading_the_partners_answer_shows_as_edited_to_both(
    people: People, at_2104_in_paris: datetime
) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post("/daily/", {"body": "dummy"})
    bob.post("/daily/", {"body": "When you held my hand at the hospital."})
    assert "held my hand" in alice.get("/daily/").content.decode()

    alice.post("/daily/", {"body": "When you held my hand at the hospital, too."})

    for page in (bob.get("/daily/").content.decode(), alice.get("/daily/").content.decode()):
        assert "held my hand at the hospital, too." in page
        assert "edited" in page and "21:04" in page


def test_the_partner_sees_when_it_was_edited_through_the_api(
    people: People, at_2104_in_paris: datetime
) -> None:
    alice, bob = api_client(people.alice), api_client(people.bob)
    alice.put("/api/daily/today/answer", {"body": "dummy"}, content_type="application/json")
    bob.put("/api/daily/today/answer", {"body": "Our walk."}, content_type="application/json")

    alice.put(
        "/api/daily/today/answer", {"body": "Our walk, of course."}, content_type="application/json"
    )

    answers = {a["mine"]: a for a in bob.get("/api/daily/today").json()["answers"]}
    alices = answers[False]
    assert alices["body"] == "Our walk, of course."
    edited_at = datetime.fromisoformat(alices["edited_at"])
    assert timedelta(0) <= edited_at - at_2104_in_paris < timedelta(minutes=1)  # the clock runs on
    assert answers[True]["edited_at"] is None


def test_changing_a_sealed_answer_leaves_no_mark(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post("/daily/", {"body": "First thoughts."})
    alice.post("/daily/", {"body": "Better thoughts."})
    bob.post("/daily/", {"body": "Mine."})

    page = bob.get("/daily/").content.decode()
    assert "Better thoughts." in page and "edited" not in page
    assert api_client(people.bob).get("/api/daily/today").json()["answers"][0]["edited_at"] is None


def test_saving_the_same_words_again_is_no_edit(people: People) -> None:
    question = services.todays_question(people.alice)
    assert question is not None
    services.daily_answer(user=people.alice, daily_question_id=question.pk, body="Same.")
    services.daily_answer(user=people.bob, daily_question_id=question.pk, body="Mine.")

    services.daily_answer(user=people.alice, daily_question_id=question.pk, body="Same.")

    assert DailyAnswer.objects.get(author=people.alice).edited_at is None


def test_earlier_days_keep_the_mark(people: People, clock: Clock) -> None:
    question = services.todays_question(people.alice)
    assert question is not None
    services.daily_answer(user=people.alice, daily_question_id=question.pk, body="dummy")
    services.daily_answer(user=people.bob, daily_question_id=question.pk, body="Mine.")
    services.daily_answer(user=people.alice, daily_question_id=question.pk, body="Rewritten.")
    clock.advance(days=1)

    page = client_for(people.bob).get("/daily/earlier/").content.decode()
    assert "Rewritten." in page and "edited" in page
