"""Time the couple pages and count their queries with N couples in the database.

    HEARTWORK_DATA_DIR=$(mktemp -d) .venv/bin/python bench/pages_at_scale.py 2000
    DATABASE_URL=postgres://…/empty .venv/bin/python bench/pages_at_scale.py 2000

A quick check of the app's own queries (the full load run lives with the benchmark
seeding): fills an empty database with N couples of 30 days each (answers, check-ins,
appreciations, journal entries, plans, promises, one check-up round each) by bulk
inserts through the models, so text is encrypted as in production, plus one couple with
ten years of history. Then it renders each page and API list in-process for a person of
a one-month couple and of the ten-year couple, and prints the median time of 15 renders
and the number of queries. It refuses a database that holds any account.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import timedelta

import django

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
    "/api/journal",
    "/api/daily/checkins",
    "/api/daily/appreciations",
    "/api/daily/plans",
    "/api/daily/promises",
    "/api/checkup/rounds",
)
RUNS = 15


def seed(couples: int, days: int, *, first: int = 0) -> list[object]:
    """``couples`` linked couples with ``days`` of history each; returns their first users."""
    from django.utils import timezone

    from heartwork.accounts.models import Couple, Membership, User
    from heartwork.checkup.instrument import load
    from heartwork.checkup.models import CheckupAnswer, CheckupResponse, seal_key
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

    now = timezone.now()
    questions = list(Question.objects.values_list("pk", flat=True))
    items = [i.key for i in load().items]
    users = User.objects.bulk_create(
        User(email=f"p{first + n}@bench.example", name=f"P{first + n}", password="!")
        for n in range(couples * 2)
    )
    pairs = Couple.objects.bulk_create(Couple(created_at=now) for _ in range(couples))
    Membership.objects.bulk_create(
        Membership(couple=c, user=u) for n, c in enumerate(pairs) for u in users[2 * n : 2 * n + 2]
    )
    for n, couple in enumerate(pairs):
        a, b = users[2 * n], users[2 * n + 1]
        kw = {"couple": couple}
        dqs = DailyQuestion.objects.bulk_create(
            DailyQuestion(
                couple=couple,
                date=(now - timedelta(days=d + 1)).date(),
                question_id=questions[d % len(questions)],
            )
            for d in range(days)
        )
        rows: dict[type, list[object]] = {}
        for d, dq in enumerate(dqs):
            at = now - timedelta(days=d + 1)
            for who in (a, b):
                rows.setdefault(DailyAnswer, []).append(
                    DailyAnswer(
                        author=who,
                        daily_question=dq,
                        body="An answer of a few words.",
                        visibility=Visibility.SEALED,
                        seal_key=answer_seal(dq.pk),
                        created_at=at,
                        **kw,
                    )
                )
                rows.setdefault(CheckIn, []).append(
                    CheckIn(
                        author=who,
                        date=at.date(),
                        mood=3,
                        good_thing="Tea.",
                        visibility=Visibility.SHARED,
                        created_at=at,
                        **kw,
                    )
                )
            if d % 3 == 0:
                rows.setdefault(Appreciation, []).append(
                    Appreciation(
                        author=a,
                        body="Thank you.",
                        visibility=Visibility.SHARED,
                        created_at=at,
                        seen_at=at,
                        **kw,
                    )
                )
                rows.setdefault(JournalEntry, []).append(
                    JournalEntry(
                        author=b,
                        body="A page of thoughts.",
                        created_at=at,
                        visibility=Visibility.SHARED if d % 2 else Visibility.PRIVATE,
                        **kw,
                    )
                )
            if d % 10 == 0:
                rows.setdefault(Plan, []).append(
                    Plan(
                        author=a,
                        title="A walk",
                        planned_for=at.date(),
                        done_at=at,
                        visibility=Visibility.SHARED,
                        created_at=at,
                        **kw,
                    )
                )
                rows.setdefault(Promise, []).append(
                    Promise(
                        author=b,
                        text="Call my sister",
                        due=at.date(),
                        status=Promise.Status.KEPT,
                        visibility=Visibility.SHARED,
                        created_at=at,
                        **kw,
                    )
                )
        for model, objs in rows.items():
            model.objects.bulk_create(objs, batch_size=2000)
        rounds = max(1, days // 90)
        responses = CheckupResponse.objects.bulk_create(
            CheckupResponse(
                author=who,
                round_number=r + 1,
                finished_at=now,
                instrument_version=load().version,
                visibility=Visibility.SEALED,
                seal_key=seal_key(r + 1),
                **kw,
            )
            for who in (a, b)
            for r in range(rounds)
        )
        CheckupAnswer.objects.bulk_create(
            (
                CheckupAnswer(response=r, item_key=k, value=1 + (i + r.pk) % 7)
                for r in responses
                for i, k in enumerate(items)
            ),
            batch_size=5000,
        )
    return users[::2]


def measure(user: object) -> dict[str, tuple[float, int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    out = {}
    for path in PAGES:
        times = []
        for _ in range(RUNS):
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as ctx:
                start = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        out[path] = (statistics.median(times), len(ctx.captured_queries))
    return out


def main(couples: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from heartwork.accounts.models import User

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    if User.objects.exists():
        sys.exit("This benchmark needs an empty database: this one holds accounts.")
    start = time.perf_counter()
    for batch in range(0, couples, 200):
        seed(min(200, couples - batch), 30, first=2 * batch)
    (long,) = seed(1, 3650, first=2 * couples)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"{connection.vendor}: seeded {couples} couples in {time.perf_counter() - start:.0f} s")
    short = User.objects.get(email="p0@bench.example")
    month, decade = measure(short), measure(long)
    print(f"{'page':28} {'month ms':>9} {'q':>3} {'10 years ms':>11} {'q':>3}")
    for path in PAGES:
        (mt, mq), (dt, dq) = month[path], decade[path]
        print(f"{path:28} {mt:9.1f} {mq:3d} {dt:11.1f} {dq:3d}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
