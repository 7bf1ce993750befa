"""Each page's time over the login page's, rendered in-process, for a month and ten years.

    HEARTWORK_DATA_DIR=$(mktemp -d) .venv/bin/python bench/pages_in_process.py
    DATABASE_URL=postgres://…/empty .venv/bin/python bench/pages_in_process.py --couples 200
    … bench/pages_in_process.py --profile / --month     # where one page's time goes
    … bench/pages_in_process.py --couples 2000 --runs 15   # what pages_at_scale.py did

The load run (``bench/load.py``) measures through gunicorn and Locust, where a busy
machine blurs a page's own cost; this renders with Django's test client in one process,
so the ratios to the login page, measured in the same run, show what the page itself
does. It seeds an empty database with ``--couples`` month-old couples, and one couple of
a month and one of ten years to be measured (``core/tests/couple_history``, bulk inserts
through the models, so text is encrypted), then prints the machine, and for each page
the median of ``--runs`` renders (after one warm-up), its queries, and its median over
the login page's, rendered in turn with it (so a load that moves during the run moves
both); and the ten-year couple's median over the month-old couple's. The
pages are those whose queries ``test_pages_do_not_grow_with_history.py`` compares
(``couple_history.PAGES``), and the seeding is the one that test's helpers use.
``--profile PATH`` prints where that page's time goes instead (cProfile, 30 renders).
It refuses a database that holds any account.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

import django

LOGIN = "/accounts/login/"


def timed(clients: list[object], paths: list[str], runs: int) -> list[tuple[float, int]]:
    """For each (client, path): the median ms of ``runs`` renders after a warm-up, and its
    queries. The renders take turns (one of each, ``runs`` times over), so a machine whose
    load moves during the run slows each of them alike and their ratios hold."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pairs = list(zip(clients, paths, strict=True))
    for client, path in pairs:
        client.get(path)  # type: ignore[attr-defined]  # the first look may choose today's question
    times: list[list[float]] = [[] for _ in pairs]
    queries = [0] * len(pairs)
    for _ in range(runs):
        for n, (client, path) in enumerate(pairs):
            with CaptureQueriesContext(connection) as ctx:
                start = time.perf_counter()
                response = client.get(path)  # type: ignore[attr-defined]
                times[n].append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
            queries[n] = len(ctx.captured_queries)
    return [(statistics.median(t), q) for t, q in zip(times, queries, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--couples", type=int, default=200, help="month-old couples around")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", metavar="PATH", help="profile this page instead")
    parser.add_argument("--month", action="store_true", help="profile the month-old couple")
    parser.add_argument("--only", nargs="*", metavar="PATH", help="time only these pages")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from machine import database, line

    from heartwork.accounts.models import User
    from heartwork.core.tests.couple_history import PAGES, seed_month_and_decade

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    if User.objects.exists():
        sys.exit("This benchmark needs an empty database: this one holds accounts.")
    month, decade = seed_month_and_decade(args.couples)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(line(database()))
    clients = {}
    for name, user in (("month", month), ("decade", decade)):
        clients[name] = Client()
        clients[name].force_login(user)
    if args.profile:
        client = clients["month" if args.month else "decade"]
        client.get(args.profile)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(30):
            client.get(args.profile)
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(45)
        print("The app's own functions (where in Heartwork the time goes):")
        stats.print_stats(r"heartwork[/\\](?!.*site-packages)", 40)
        return
    anonymous = Client()
    (login, _), *_ = timed([anonymous], [LOGIN], args.runs)
    print(f"login page (anonymous): {login:.1f} ms, {args.couples + 2} couples")
    print("each page's ratio is to the login page rendered in turn with it (its own ms beside)")
    print(
        f"{'page':28} {'month ms':>9} {'q':>3} {'/login':>7} {'10 yr ms':>9} {'q':>3} "
        f"{'/login':>7} {'10y/1m':>7} {'login ms':>8}"
    )
    worst = (0.0, ""), (0.0, "")
    for path in args.only or PAGES:
        (lt, _), (mt, mq), (dt, dq) = timed(
            [anonymous, clients["month"], clients["decade"]], [LOGIN, path, path], args.runs
        )
        print(
            f"{path:28} {mt:9.1f} {mq:3d} {mt / lt:7.2f} {dt:9.1f} {dq:3d} "
            f"{dt / lt:7.2f} {dt / mt:7.2f} {lt:8.1f}",
            flush=True,
        )
        worst = max(worst[0], (max(mt, dt) / lt, path)), max(worst[1], (dt / mt, path))
    print(
        f"worst page / login: {worst[0][0]:.2f} ({worst[0][1]}); "
        f"worst ten years / a month: {worst[1][0]:.2f} ({worst[1][1]})"
    )


if __name__ == "__main__":
    main()
