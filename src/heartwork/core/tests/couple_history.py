"""Couples with history, made fast by bulk inserts through the models (text encrypted as
in production): for the tests that compare a short history with a long one, the query
plan test, and ``bench/pages_in_process.py``; and the one list of the pages they open.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.db.models import Model
from django.utils import timezone

from heartwork.accounts.models import Couple, Membership, User
from heartwork.checkup import history
from heartwork.checkup.instrument import load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse, seal_key
from heartwork.conflict.models import Topic
from heartwork.core.models import Visibility
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

SHARED, SEALED, PRIVATE = Visibility.SHARED, Visibility.SEALED, Visibility.PRIVATE

# Every page and API list a person of a couple opens, to compare a short history with a
# long one: its queries (``test_pages_do_not_grow_with_history.py``) and its time
# (``bench/pages_in_process.py``). One list, so a new page is measured by both.
PAGES = (
    "/",
    "/daily/",
    "/daily/earlier/",
    "/daily/checkins/",
    "/daily/appreciations/",
    "/daily/time/",
    "/daily/promises/",
    "/journal/",
    "/checkup/",
    "/checkup/history/",
    "/conflict/",
    "/coach/",
    "/settings/",
    "/api/journal",
    "/api/daily/today",
    "/api/daily/checkins",
    "/api/daily/appreciations",
    "/api/daily/plans",
    "/api/daily/promises",
    "/api/daily/trust",
    "/api/checkup/rounds",
    "/api/conflict/topics",
    "/api/me",
)


def link_couples(couples: int, *, first: int = 0) -> list[tuple[Couple, User, User]]:
    """``couples`` new linked couples, their people named p{first}… at bench.example."""
    users = User.objects.bulk_create(
        User(email=f"p{first + n}@bench.example", name=f"P{first + n}", password="!")
        for n in range(couples * 2)
    )
    made = Couple.objects.bulk_create(Couple() for _ in range(couples))
    Membership.objects.bulk_create(
        Membership(couple=c, user=u) for n, c in enumerate(made) for u in users[2 * n : 2 * n + 2]
    )
    return [(c, users[2 * n], users[2 * n + 1]) for n, c in enumerate(made)]


def add_history(
    couples: list[tuple[Couple, User, User]], days: int, *, rounds: int | None = None
) -> None:
    """``days`` of every kind of history for each couple, ending yesterday, in one batch.

    Check-up rounds: one a season, at least two, unless ``rounds`` says how many.
    """
    now = timezone.now()
    questions = list(Question.objects.values_list("pk", flat=True))
    asked = DailyQuestion.objects.bulk_create(
        (
            DailyQuestion(
                couple=c,
                date=(now - timedelta(days=d + 1)).date(),
                question_id=questions[d % len(questions)],
            )
            for c, _, _ in couples
            for d in range(days)
        ),
        batch_size=2000,
    )
    rows: dict[type[Model], list[Model]] = defaultdict(list)
    for n, (couple, a, b) in enumerate(couples):
        for d in range(days):
            at, dq = now - timedelta(days=d + 1), asked[n * days + d]
            common = {"couple": couple, "created_at": at}
            for who in (a, b):
                rows[DailyAnswer].append(
                    DailyAnswer(
                        author=who,
                        daily_question=dq,
                        body="An answer of a few words.",
                        visibility=SEALED,
                        seal_key=answer_seal(dq.pk),
                        **common,
                    )
                )
                rows[CheckIn].append(
                    CheckIn(
                        author=who,
                        date=at.date(),
                        mood=3,
                        good_thing="Tea.",
                        visibility=SHARED if who == b else PRIVATE,
                        **common,
                    )
                )
            if d % 3 == 0:
                rows[Appreciation].append(
                    Appreciation(
                        author=a, body="Thank you.", visibility=SHARED, seen_at=at, **common
                    )
                )
                rows[JournalEntry].append(
                    JournalEntry(
                        author=b,
                        body="A page.",
                        visibility=SHARED if (n + d) % 2 else PRIVATE,
                        **common,
                    )
                )
            if d % 10 == 0:
                rows[Plan].append(
                    Plan(
                        author=a,
                        title="A walk",
                        planned_for=at.date(),
                        done_at=at,
                        visibility=SHARED,
                        **common,
                    )
                )
            if d % 30 == 0:
                rows[Topic].append(
                    Topic(
                        author=a if d % 60 else b,
                        title="Sunday nights",
                        status=Topic.Status.RESOLVED,
                        answered_at=at,
                        resolved_at=at,
                        visibility=SHARED,
                        **common,
                    )
                )
            if d % 10 == 0:
                rows[Promise].append(
                    Promise(
                        author=b,
                        text="Call my sister",
                        due=at.date(),
                        status=Promise.Status.KEPT,
                        visibility=SHARED,
                        **common,
                    )
                )
        soon = {"couple": couple, "visibility": SHARED}
        rows[Appreciation].append(Appreciation(author=b, body="New for you.", **soon))
        rows[Plan].append(
            Plan(author=b, title="Dinner", planned_for=now.date() + timedelta(days=2), **soon)
        )
        rows[Promise].append(
            Promise(author=a, text="Fix the shelf", due=now.date() + timedelta(days=3), **soon)
        )
    for model, objects in rows.items():
        model._default_manager.bulk_create(objects, batch_size=2000)
    add_checkup_rounds(couples, max(2, days // 90) if rounds is None else rounds)


def add_checkup_rounds(couples: list[tuple[Couple, User, User]], rounds: int) -> None:
    """``rounds`` finished check-up rounds for both partners, scored as finishing does."""
    if not rounds:
        return
    instrument = load()
    responses = CheckupResponse.objects.bulk_create(
        (
            CheckupResponse(
                author=who,
                couple=couple,
                round_number=r + 1,
                finished_at=timezone.now(),
                instrument_version=instrument.version,
                visibility=SEALED,
                seal_key=seal_key(r + 1),
            )
            for couple, a, b in couples
            for who in (a, b)
            for r in range(rounds)
        ),
        batch_size=2000,
    )
    answers = []
    for response in responses:
        values = {item.key: 1 + (i + response.pk) % 7 for i, item in enumerate(instrument.items)}
        response.stored_scores = history.scores_to_store(values, instrument.version)
        answers += [
            CheckupAnswer(response=response, item_key=k, value=v) for k, v in values.items()
        ]
    CheckupResponse.objects.bulk_update(responses, ["stored_scores"], batch_size=500)
    CheckupAnswer.objects.bulk_create(answers, batch_size=5000)


def seed(couples: int, days: int, *, first: int = 0) -> list[User]:
    """``couples`` linked couples with ``days`` of history each; returns their first users."""
    made = link_couples(couples, first=first)
    add_history(made, days)
    return [a for _, a, _ in made]


def seed_month_and_decade(couples: int) -> tuple[User, User]:
    """``couples`` month-old couples around, then one couple of a month and one of ten
    years, to be measured; returns a person of each (for the benchmarks)."""
    for first in range(0, couples, 200):
        seed(min(200, couples - first), 30, first=2 * first)
    (month,) = seed(1, 30, first=2 * couples)
    (decade,) = seed(1, 3650, first=2 * couples + 2)
    return month, decade
