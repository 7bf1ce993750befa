"""Durability as a repeatable check: concurrent writers, repeated ``kill -9`` of the server.

    HEARTWORK_DATA_DIR=/tmp/hw-scale .venv/bin/python bench/crash.py
    DATABASE_URL=postgres://…/heartwork_bench .venv/bin/python bench/crash.py

Run bench/seed.py on the database first. Writers post journal entries and daily
check-ins as several people at once and keep each id the server acknowledged (a 201
with the new id). Every --every seconds the app server (gunicorn's master and workers)
is killed with SIGKILL at once, as a machine losing power kills it, and started again;
the writers carry on through the outage. On SQLite the database engine runs inside the
app server, so each kill interrupts it mid-write; on PostgreSQL the database stays up
and the check is that nothing is acknowledged before it is committed.

Afterwards it counts the acknowledged writes that are missing, and exits non-zero if
any is (or if no write was acknowledged at all).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path
from tempfile import mkdtemp

import requests
from client import sign_in
from machine import database, line
from seed import MONTH
from servers import Server, answering, settings_env

WRITES = [
    (
        "/api/journal",
        {"title": "After the storm", "body": "We talked it through, and I feel lighter."},
    ),
    ("/api/daily/checkins", {"mood": 4, "feelings": ["relaxed"], "good_thing": "A long walk."}),
]


def writer(
    base: str, browser: requests.Session, stop: threading.Event, out: dict[str, list]
) -> None:
    n = 0
    while not stop.is_set():
        path, body = WRITES[n % len(WRITES)]
        n += 1
        try:
            answer = browser.post(base + path, json=body, timeout=30)
        except requests.RequestException:
            out["failed"].append(path)
            time.sleep(0.1)
            continue
        if answer.status_code == 201:
            out[path].append(answer.json()["id"])
        else:
            out["failed"].append(f"{path} {answer.status_code}")
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=Path, default=Path("bench-people.json"))
    parser.add_argument("--kills", type=int, default=5, help="how many times to kill (5)")
    parser.add_argument("--every", type=float, default=4, help="seconds of writing between kills")
    parser.add_argument("--writers", type=int, default=6)
    parser.add_argument("--port", type=int, default=8780)
    args = parser.parse_args()
    env = settings_env()
    print(line(database()))
    seeded = json.loads(args.people.read_text())
    people = [c["people"][0] for c in seeded["couples"] if c["days"] == MONTH][-args.writers :]

    log = Path(mkdtemp(prefix="hw-crash-")) / "server.log"
    server = Server(args.port, env, log)
    server.wait()
    command = server.command()
    base = server.base
    browsers = [sign_in(base, email, seeded["password"]) for email in people]
    out: dict[str, list] = {"failed": [], **{path: [] for path, _ in WRITES}}
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(base, b, stop, out)) for b in browsers]
    downtime = 0.0
    try:
        for thread in threads:
            thread.start()
        for _ in range(args.kills):
            time.sleep(args.every)
            server.kill()
            down = time.monotonic()
            server = Server(args.port, env, log, argv=command)
            answering(base, 300, server.process, log)
            downtime += time.monotonic() - down
        time.sleep(args.every)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        server.stop()
    report(out, args.kills, downtime)


def report(out: dict[str, list], kills: int, downtime: float) -> None:
    import sys

    from django.db import connection

    from heartwork.daily.models import CheckIn
    from heartwork.journal.models import JournalEntry

    acknowledged = {path: ids for path, ids in out.items() if path != "failed"}
    models = {"/api/journal": JournalEntry, "/api/daily/checkins": CheckIn}
    missing = {
        path: len(ids) - models[path].objects.filter(public_id__in=ids).count()
        for path, ids in acknowledged.items()
    }
    total = sum(map(len, acknowledged.values()))
    print(
        f"{kills} kills (kill -9 of gunicorn and its workers), {downtime / max(kills, 1):.1f} s "
        f"down each; {len(out['failed'])} writes refused or cut off while it was down"
    )
    for path, ids in acknowledged.items():
        print(f"  {path}: {len(ids)} acknowledged, {missing[path]} missing afterwards")
    intact = True
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA integrity_check")
            verdict = cursor.fetchone()[0]
        intact = verdict == "ok"
        print(f"  SQLite's integrity check after the kills: {verdict}")
    if not total or any(missing.values()) or not intact:
        sys.exit("FAILED: no write was acknowledged, or writes were lost, or the file is damaged")


if __name__ == "__main__":
    main()
