"""Seed N couples with a realistic history, for the scale benchmark (bench/load.py).

    HEARTWORK_DATA_DIR=/tmp/hw-scale .venv/bin/python bench/seed.py 2000
    DATABASE_URL=postgres://…/heartwork_bench .venv/bin/python bench/seed.py 2000

Most couples have about a month of history; a share of heavy couples (--heavy, 5% by
default) have a year, and one couple has ten years, so a page that grows with a couple's
history shows it. Everything goes through the models with ``bulk_create``, so free text
is encrypted with the configured key exactly as in production, and the rows carry the
shapes the services give them (sealed daily answers with their seal, finished check-up
rounds, shared appreciations). It refuses a database that already holds accounts.

Every person's password is ``PASSWORD``; the people are written to --people (JSON) for
bench/load.py to sign in with. Prints the rows made per table and the time taken.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import django

PASSWORD = "bench-only-password-4711"  # noqa: S105 - made-up accounts in a benchmark database
MONTH, YEAR, DECADE = 30, 365, 3650
CHUNK = 25  # couples per transaction

# Our own words, mixed at random into entries of different lengths.
SENTENCES = [
    "I noticed how tired you looked tonight and I wanted to say something kind.",
    "Work was loud today and I came home with nothing left to give.",
    "I felt close to you on the walk, even though we hardly spoke.",
    "When you asked how my day really was, I felt seen.",
    "I'm trying to say what I need before it turns into a complaint.",
    "We laughed about the burnt toast and it turned the whole morning around.",
    "I got defensive again and I want to own that.",
    "It means a lot when you put your phone away while I talk.",
    "I worry that I ask for too much, and I'd like to talk about it.",
    "Sunday felt slow and gentle, the way I like it.",
    "I was hurt when the plans changed without a word, and I said so calmly.",
    "You made tea without me asking and I noticed.",
    "I want us to try something new this month, even something small.",
    "The argument about money is not really about money for me.",
    "I felt lonely at dinner, and I'm not sure yet how to say it.",
    "Thank you for listening until I had finished.",
    "I'd like to plan a day with no screens at all.",
    "I kept my promise about the boiler and felt proud of it.",
    "I miss the long talks we used to have before the baby.",
    "I'm learning to take a break when things get heated, instead of going quiet.",
]
NAMES = ["Alex", "Sam", "Robin", "Jo", "Kim", "Noor", "Ari", "Lee", "Mika", "Priya", "Tom", "Ana"]
FEELINGS = ["relaxed", "tired", "grateful", "anxious", "hopeful", "lonely", "peaceful", "proud"]


def words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(low, high)))


def at(day: date, rng: random.Random) -> datetime:
    return datetime(
        day.year, day.month, day.day, rng.randint(7, 22), rng.randint(0, 59), tzinfo=UTC
    )


def utc_today() -> date:
    return datetime.now(UTC).date()


class Seeder:
    """Builds the rows of a chunk of couples in memory, then writes each table at once."""

    def __init__(self, rng: random.Random, password_hash: str, questions: list[int]) -> None:
        from heartwork.checkup.instrument import CLOSENESS, load

        self.rng = rng
        self.password_hash = password_hash
        self.questions = questions
        instrument = load()
        self.version = instrument.version
        self.item_keys = [item.key for item in instrument.items] + [CLOSENESS]
        self.share = [key for key, _ in instrument.share_choices]
        self.rows: Counter[str] = Counter()

    def chunk(self, couples: list[tuple[int, int]]) -> list[dict[str, Any]]:
        """Write ``(number, days of history)`` couples; returns who they are."""
        from allauth.account.models import EmailAddress
        from django.db import transaction

        from heartwork.accounts.models import Couple, Membership, User
        from heartwork.daily.models import ReminderPreference

        now = utc_today()
        with transaction.atomic():
            made = Couple.objects.bulk_create(
                Couple(created_at=at(now - timedelta(days=days), self.rng)) for _, days in couples
            )
            people: list[User] = []
            for (number, _days), couple in zip(couples, made, strict=True):
                for side in "ab":
                    people.append(
                        User(
                            email=f"bench{number:06d}{side}@bench.heartwork.test",
                            name=self.rng.choice(NAMES),
                            password=self.password_hash,
                            date_joined=couple.created_at,
                        )
                    )
            people = User.objects.bulk_create(people)
            pairs = [(people[2 * i], people[2 * i + 1]) for i in range(len(made))]
            self._add(
                EmailAddress,
                [EmailAddress(user=p, email=p.email, primary=True, verified=True) for p in people],
            )
            self._add(
                Membership,
                [
                    Membership(couple=c, user=p, joined_at=c.created_at)
                    for c, pair in zip(made, pairs, strict=True)
                    for p in pair
                ],
            )
            self._add(
                ReminderPreference,
                [
                    ReminderPreference(user=p, enabled=True)
                    for p in people
                    if self.rng.random() < 0.3
                ],
            )
            for (_, days), couple, pair in zip(couples, made, pairs, strict=True):
                self._history(couple, pair, days)
            self.rows["accounts.Couple"] += len(made)
            self.rows["accounts.User"] += len(people)
        return [
            {"days": days, "people": [a.email, b.email]}
            for (_, days), (a, b) in zip(couples, pairs, strict=True)
        ]

    def _add(self, model: Any, objects: list[Any]) -> list[Any]:
        self.rows[model._meta.label] += len(objects)
        return model.objects.bulk_create(objects, batch_size=2000) if objects else []

    def _history(self, couple: Any, pair: tuple[Any, Any], days: int) -> None:
        from heartwork.checkup.history import scores_to_store
        from heartwork.checkup.models import CheckupAnswer, CheckupResponse, seal_key
        from heartwork.core.models import Visibility
        from heartwork.daily.models import (
            Appreciation,
            CheckIn,
            DailyAnswer,
            DailyQuestion,
            Plan,
            Promise,
            answer_seal,
        )
        from heartwork.journal.models import JournalEntry
        from heartwork.together.models import ItemKind, Response

        rng, today = self.rng, utc_today()
        start = today - timedelta(days=days)
        span = [start + timedelta(days=n) for n in range(days)]
        shared, private, sealed = Visibility.SHARED, Visibility.PRIVATE, Visibility.SEALED
        offset = rng.randrange(len(self.questions))
        asked = [day for day in span if rng.random() < 0.8]
        questions = self._add(
            DailyQuestion,
            [
                DailyQuestion(
                    couple=couple,
                    date=day,
                    question_id=self.questions[(offset + n) % len(self.questions)],
                )
                for n, day in enumerate(asked)
            ],
        )
        answers = [
            DailyAnswer(
                daily_question=q,
                author=person,
                couple=couple,
                body=words(rng, 1, 3),
                visibility=sealed,
                seal_key=answer_seal(q.pk),
                created_at=at(q.date, rng),
            )
            for q in questions
            for person in pair
            if rng.random() < 0.85
        ]
        answers = self._add(DailyAnswer, answers)
        by_question: dict[int, list[Any]] = {}
        for answer in answers:
            by_question.setdefault(answer.daily_question_id, []).append(answer)
        # A reply under the partner's answer, in the answer's thread.
        self._add(
            Response,
            [
                Response(
                    item_kind=ItemKind.ANSWER,
                    item_id=theirs.public_id,
                    item_author=theirs.author,
                    author=mine.author,
                    couple=couple,
                    body=words(rng, 1, 1),
                    visibility=shared,
                    created_at=theirs.created_at + timedelta(hours=2),
                )
                for both in by_question.values()
                if len(both) == 2
                for mine, theirs in (both, both[::-1])
                if rng.random() < 0.25
            ],
        )
        self._add(
            CheckIn,
            [
                CheckIn(
                    author=person,
                    couple=couple,
                    date=day,
                    mood=rng.randint(1, 5),
                    feelings=rng.sample(FEELINGS, 2),
                    good_thing=words(rng, 1, 1),
                    hard_thing=words(rng, 0, 1),
                    visibility=shared if rng.random() < 0.6 else private,
                    created_at=at(day, rng),
                )
                for day in span
                for person in pair
                if rng.random() < 0.5
            ],
        )
        self._add(
            Appreciation,
            [
                Appreciation(
                    author=rng.choice(pair),
                    couple=couple,
                    kind=rng.choice(Appreciation.Kind.values),
                    body=words(rng, 1, 2),
                    visibility=shared,
                    created_at=at(day, rng),
                    seen_at=at(day, rng) + timedelta(days=1)
                    if day < today - timedelta(2)
                    else None,
                )
                for day in span
                if rng.random() < 0.4
            ],
        )
        self._add(
            JournalEntry,
            [
                JournalEntry(
                    author=person,
                    couple=couple,
                    title=rng.choice(SENTENCES)[:60] if rng.random() < 0.7 else "",
                    body=words(rng, 2, 12),
                    visibility=shared if rng.random() < 0.5 else private,
                    created_at=at(day, rng),
                )
                for day in span
                for person in pair
                if rng.random() < 0.42
            ],
        )
        weeks = span[::7]
        self._add(
            Plan,
            [
                Plan(
                    author=rng.choice(pair),
                    couple=couple,
                    title=rng.choice(SENTENCES)[:80],
                    planned_for=day + timedelta(days=3),
                    is_new_to_us=rng.random() < 0.3,
                    done_at=at(day + timedelta(days=3), rng)
                    if day < today - timedelta(7)
                    else None,
                    memory=words(rng, 1, 1) if day < today - timedelta(7) else "",
                    how_it_felt=rng.randint(3, 5) if day < today - timedelta(7) else None,
                    visibility=shared,
                    created_at=at(day, rng),
                )
                for day in weeks
            ],
        )
        self._add(
            Promise,
            [
                Promise(
                    author=rng.choice(pair),
                    couple=couple,
                    text=rng.choice(SENTENCES)[:80],
                    due=day + timedelta(days=5),
                    status=rng.choice(["kept", "kept", "not_kept", "renegotiated"])
                    if day < today - timedelta(7)
                    else "open",
                    visibility=shared,
                    created_at=at(day, rng),
                )
                for day in weeks
            ],
        )
        # Both partners take the check-up when they start, then once a quarter. Finishing
        # a round stores its scores (checkup/services.py); so does the seed, or every page
        # that reads rounds would score them again until the worker caught up.
        rounds = [
            (number, day, person, {key: rng.randint(3, 7) for key in self.item_keys})
            for number, day in enumerate(span[::91], 1)
            for person in pair
        ]
        responses = self._add(
            CheckupResponse,
            [
                CheckupResponse(
                    author=person,
                    couple=couple,
                    round_number=number,
                    instrument_version=self.version,
                    finished_at=at(day, rng),
                    shared_parts=rng.sample(self.share, 3),
                    visibility=sealed,
                    seal_key=seal_key(number),
                    created_at=at(day, rng),
                    stored_scores=scores_to_store(values, self.version),
                )
                for number, day, person, values in rounds
            ],
        )
        self._add(
            CheckupAnswer,
            [
                CheckupAnswer(response=response, item_key=key, value=value)
                for response, (*_, values) in zip(responses, rounds, strict=True)
                for key, value in values.items()
            ],
        )


_seeder: Seeder | None = None


def _start_worker(password_hash: str, questions: list[int]) -> None:
    global _seeder
    _seeder = Seeder(random.Random(), password_hash, questions)  # noqa: S311 - made-up


def _seed_chunk(
    job: tuple[int, int, list[tuple[int, int]]],
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """One chunk of couples in a worker, with its own random numbers (the same whatever
    the number of workers); returns who they are and the rows made per table."""
    seed, first, couples = job
    if _seeder is None:
        raise RuntimeError("a chunk ran outside a seeding worker")
    _seeder.rng.seed(seed * 1_000_003 + first)
    _seeder.rows = Counter()
    return _seeder.chunk(couples), _seeder.rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("couples", type=int, help="how many couples to make")
    parser.add_argument("--heavy", type=float, default=0.05, help="share with a year (0.05)")
    parser.add_argument("--people", type=Path, default=Path("bench-people.json"))
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--workers",
        type=int,
        help="processes writing at once (default: one per core on PostgreSQL; 1 on SQLite, "
        "whose one writer at a time would only make them wait)",
    )
    args = parser.parse_args()
    if args.couples < 2:
        sys.exit("Make at least 2 couples: one month-old and the ten-year couple.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    os.environ.pop("HEARTWORK_DB_POOL", None)  # a pool's connections must not cross a fork
    django.setup()
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connections
    from machine import database, line

    from heartwork.accounts.models import User
    from heartwork.daily.models import Question

    call_command("migrate", verbosity=0)
    if User.objects.exists():
        sys.exit("bench/seed.py needs an empty database: this one already holds accounts.")
    print(line(database()))
    questions = list(
        Question.objects.filter(depth__lte=2).order_by("pk").values_list("pk", flat=True)
    )
    # Couple 0 has ten years; then heavy couples spread evenly among the month-old ones.
    every = round(1 / args.heavy) if args.heavy > 0 else 0
    plan = [(0, DECADE)] + [
        (n, YEAR if every and n % every == 0 else MONTH) for n in range(1, args.couples)
    ]
    chunks = [
        (args.seed, first, plan[first : first + CHUNK]) for first in range(0, len(plan), CHUNK)
    ]
    started = time.perf_counter()
    people: list[dict[str, Any]] = []
    rows: Counter[str] = Counter()
    # Seeding is bound by Python (building rows, encrypting, adapting values), not by the
    # database: each worker process writes whole chunks, one transaction each.
    workers = args.workers or (
        (os.cpu_count() or 1) if connections["default"].vendor == "postgresql" else 1
    )
    print(f"  {workers} worker process(es), {CHUNK} couples a transaction", flush=True)
    connections.close_all()  # each worker opens its own connection
    context = multiprocessing.get_context("fork")
    initargs = (make_password(PASSWORD), questions)
    with context.Pool(workers, initializer=_start_worker, initargs=initargs) as pool:
        for n, (who, made) in enumerate(pool.imap(_seed_chunk, chunks), 1):
            people += who
            rows += made
            if n % 8 == 0:
                took = time.perf_counter() - started
                total = sum(rows.values())
                print(
                    f"  {n * CHUNK} couples, {total:,} rows, {took:.0f} s, "
                    f"{total / took:,.0f} rows/s",
                    flush=True,
                )
    took = time.perf_counter() - started
    args.people.write_text(json.dumps({"password": PASSWORD, "couples": people}))
    total = sum(rows.values())
    for label, count in sorted(rows.items()):
        print(f"  {label:28} {count:>10,}")
    kinds = Counter(c["days"] for c in people)
    print(
        f"Seeded {len(people):,} couples ({kinds[MONTH]:,} with a month, {kinds[YEAR]:,} with a "
        f"year, {kinds[DECADE]} with ten years): {total:,} rows in {took:.1f} s "
        f"({total / took:,.0f} rows/s). People: {args.people}"
    )


if __name__ == "__main__":
    main()
