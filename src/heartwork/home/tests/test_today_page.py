"""The Today page: everything one tap away, in a fixed number of queries."""

from __future__ import annotations

from datetime import timedelta

from conftest import People, client_for
from django.utils import timezone

from heartwork.core.models import Visibility
from heartwork.daily import services
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    DailyQuestion,
    Plan,
    Promise,
    Question,
    answer_seal,
)
from heartwork.journal.models import JournalEntry


def a_year_of_history(people: People) -> None:
    couple = people.alice.memberships.get().couple
    questions = list(Question.objects.all()[:365])
    today = timezone.localdate()
    days = [
        DailyQuestion(
            couple=couple,
            date=today - timedelta(days=i + 1),
            question=questions[i % len(questions)],
        )
        for i in range(365)
    ]
    DailyQuestion.objects.bulk_create(days)
    answers = []
    for day in DailyQuestion.objects.filter(couple=couple).exclude(date=today):
        for person in (people.alice, people.bob):
            answers.append(
                DailyAnswer(
                    daily_question=day,
                    author=person,
                    couple=couple,
                    body="an answer",
                    visibility=Visibility.SEALED,
                    seal_key=answer_seal(day.pk),
                )
            )
    DailyAnswer.objects.bulk_create(answers)
    common = {"couple": couple, "visibility": Visibility.SHARED}
    CheckIn.objects.bulk_create(
        CheckIn(author=people.bob, date=today - timedelta(days=i), mood=3, **common)
        for i in range(365)
    )
    Appreciation.objects.bulk_create(
        Appreciation(author=people.bob, body="thanks", **common) for _ in range(365)
    )
    Plan.objects.bulk_create(
        Plan(author=people.bob, title="walk", planned_for=today + timedelta(days=i % 60), **common)
        for i in range(200)
    )
    Promise.objects.bulk_create(
        Promise(author=people.bob, text="call", due=today, **common) for _ in range(200)
    )
    JournalEntry.objects.bulk_create(
        JournalEntry(author=people.bob, body="entry", **common) for _ in range(365)
    )


def test_the_today_page_shows_the_day_at_a_glance(people: People) -> None:
    services.appreciation_send(user=people.bob, kind="thanks", body="For the soup.")
    services.plan_create(
        user=people.bob, title="Picnic", planned_for=timezone.localdate() + timedelta(days=1)
    )
    services.promise_make(
        user=people.bob, text="fix the tap", due=timezone.localdate() + timedelta(days=2)
    )
    html = client_for(people.alice).get("/").content.decode()
    assert services.todays_question(people.alice).question.text.replace("'", "&#x27;") in html  # type: ignore[union-attr]
    assert "1 new" in html and "Picnic" in html and "Bob will fix the tap" in html


def test_the_today_page_takes_the_same_queries_after_a_year(
    people: People, django_assert_max_num_queries
) -> None:
    client = client_for(people.alice)
    client.get("/")  # today's question is chosen on the first look
    # 40: the news since the last visit reads one small, limited query per kind.
    with django_assert_max_num_queries(40) as fresh:
        client.get("/")
    fresh_queries = len(fresh.captured_queries)
    a_year_of_history(people)
    # The first look after new shared words counts them again (five queries, the same
    # however long the history: counseling's test_today_reads_the_same_number_of_rows…).
    client.get("/")
    with django_assert_max_num_queries(fresh_queries):
        client.get("/")
