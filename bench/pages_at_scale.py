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
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
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
    from heartwork.core.tests.couple_history import seed

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
