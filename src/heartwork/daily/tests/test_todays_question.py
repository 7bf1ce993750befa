"""Today's question: one a day per couple, sealed until both answer, then a thread each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import People, client_for
from django.core.management import CommandError, call_command

from heartwork.daily import services
from heartwork.daily.models import DailyQuestion, DailySettings, Question, QuestionPack


def test_the_built_in_bank_has_at_least_200_questions_in_eight_packs(db) -> None:
    assert Question.objects.count() >= 200
    assert QuestionPack.objects.count() == 8
    assert set(Question.objects.values_list("depth", flat=True)) == {1, 2, 3}


def test_both_partners_get_the_same_question(people: People) -> None:
    assert services.todays_question(people.alice) == services.todays_question(people.bob)
    assert services.todays_question(people.eve) != services.todays_question(people.alice)


def test_the_day_follows_the_couples_time_zone(people: People) -> None:
    couple = people.alice.memberships.get().couple
    DailySettings.objects.create(couple=couple, timezone="Pacific/Auckland")
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # already the 26th in Auckland
    assert services.couple_today(couple, now).isoformat() == "2026-11-26"


def test_no_question_repeats_until_the_packs_are_used_up(people: People) -> None:
    couple = people.alice.memberships.get().couple
    settings = DailySettings.objects.create(couple=couple, max_depth=1)
    settings.packs.set(QuestionPack.objects.filter(key="fun"))
    pool = Question.objects.filter(pack__key="fun", depth=1).count()
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    seen = [
        services.todays_question(people.alice, start + timedelta(days=i)).question_id  # type: ignore[union-attr]
        for i in range(pool)
    ]
    assert len(set(seen)) == pool
    assert Question.objects.filter(pk__in=seen).exclude(pack__key="fun").count() == 0


def test_an_answer_stays_sealed_until_both_have_answered(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post("/daily/", {"body": "The night we got lost in Lisbon."})
    page = bob.get("/daily/").content.decode()
    assert "Lisbon" not in page
    bob.post("/daily/", {"body": "Our first flat with the broken heater."})
    assert "Lisbon" in bob.get("/daily/").content.decode()
    assert "broken heater" in alice.get("/daily/").content.decode()
    assert "Lisbon" not in client_for(people.eve).get("/daily/").content.decode()


def test_a_reply_to_an_answer_goes_into_its_thread_and_the_talk_can_go_on(
    people: People,
) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post("/daily/", {"body": "Lisbon."})
    bob.post("/daily/", {"body": "The heater."})
    alices = services.todays_question(people.alice).answers.get(author=people.alice)  # type: ignore[union-attr]
    page = bob.get("/daily/").content.decode()
    assert f'action="/together/answer/{alices.public_id}/reply/"' in page
    bob.post(f"/together/answer/{alices.public_id}/reply/", {"body": "I remember the rain!"})
    alice.post(f"/together/answer/{alices.public_id}/reply/", {"body": "And the tram."})
    bob.post(f"/together/answer/{alices.public_id}/reply/", {"body": "Let's go back."})
    page = alice.get("/daily/").content.decode()
    said = ["I remember the rain!", "And the tram.", "Let&#x27;s go back."]
    assert all(words in page for words in said)
    assert [page.index(words) for words in said] == sorted(page.index(words) for words in said)
    assert "Let's go back" not in client_for(people.eve).get("/daily/").content.decode()


def test_an_empty_answer_keeps_the_page_and_says_what_to_do(people: People) -> None:
    response = client_for(people.alice).post("/daily/", {"body": "  "})
    assert response.status_code == 400
    assert "there&#x27;s no wrong answer" in response.content.decode()


def test_someone_without_a_partner_is_invited_kindly(db) -> None:
    from conftest import make_user

    html = client_for(make_user("solo@example.com", "Solo")).get("/daily/").content.decode()
    assert "something you do together" in html


def test_importing_a_pack_validates_it_with_clear_errors(db, tmp_path: Path) -> None:
    good = tmp_path / "ours.json"
    good.write_text(
        '{"key": "ours", "title": "Ours", "description": "Made by us.", '
        '"questions": [{"key": "ours-1", "text": "What made you smile today?", "depth": 1}]}'
    )
    call_command("questions", "import", str(good))
    assert QuestionPack.objects.get(key="ours").builtin is False
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"key": "bad", "title": "Bad", "description": "x", '
        '"questions": [{"key": "b1", "text": "Fine?", "depth": 5}]}'
    )
    with pytest.raises(CommandError, match=r"question 1: \"depth\" must be 1"):
        call_command("questions", "import", str(bad))
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("questions", "import", str(broken))
    assert not QuestionPack.objects.filter(key="bad").exists()


def test_two_first_looks_at_once_agree_on_one_question(people: People) -> None:
    first = services.todays_question(people.alice)
    again = services.todays_question(people.bob)
    assert first == again
    assert DailyQuestion.objects.count() == 1


def test_earlier_days_show_both_answers_and_keep_unmatched_ones_sealed(people: People) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    two_days_ago = datetime.now(UTC) - timedelta(days=2)
    both = services.todays_question(people.alice, yesterday)
    one = services.todays_question(people.alice, two_days_ago)
    assert both is not None and one is not None
    services.daily_answer(
        user=people.alice, daily_question_id=both.pk, body="Alice on a shared day"
    )
    services.daily_answer(user=people.bob, daily_question_id=both.pk, body="Bob on a shared day")
    services.daily_answer(user=people.alice, daily_question_id=one.pk, body="Alice alone that day")
    bob_page = client_for(people.bob).get("/daily/earlier/").content.decode()
    assert "Alice on a shared day" in bob_page and "Bob on a shared day" in bob_page
    assert "Alice alone that day" not in bob_page
    assert (
        "Alice alone that day" in client_for(people.alice).get("/daily/earlier/").content.decode()
    )
