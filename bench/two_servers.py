"""Two app servers behind HAProxy against one PostgreSQL; one is killed mid-run.

    DATABASE_URL=postgres://…/heartwork_bench .venv/bin/python bench/two_servers.py

Run bench/seed.py on the database first. On loopback this starts two gunicorn instances
with production settings, a ``heartwork worker`` beside each (sending through a local
SMTP mailbox, bench/mailbox.py) and HAProxy (Debian's ``haproxy``) in front. Writers
post journal entries through HAProxy and record every entry the server acknowledged
(201 with its id); readers open pages. Halfway through, instance B's gunicorn gets
``kill -9`` (with --kill-worker, its worker too: the whole machine dies). Reminders fall
due one after another across the run, for people whose reminders are set for it.

It reports requests served, errors (and whether each was in flight at the kill),
acknowledged entries missing afterwards, and reminders sent once, twice or never. It
exits non-zero if an error came from a request that started after the kill had been
noticed, an acknowledged write is missing, or a reminder went out twice or not at all.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from mailbox import Mailbox
from pathlib import Path
from typing import Any

import requests
from client import sign_in
from machine import database, line
from seed import MONTH
from servers import Server, answering, settings_env

HAPROXY = """
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    # A busy server may take a while to answer /health/ (its workers are all serving);
    # only a dead one should leave the pool, and it refuses at once.
    timeout check 5s
    retries 3
    option redispatch
    option forwardfor
frontend heartwork
    bind 127.0.0.1:{port}
    default_backend app
backend app
    balance roundrobin
    option httpchk
    http-check send meth GET uri /health/ ver HTTP/1.1 hdr Host 127.0.0.1 hdr X-Forwarded-Proto https
    server a 127.0.0.1:{a} check inter 500 fall 2 rise 2
    server b 127.0.0.1:{b} check inter 500 fall 2 rise 2
"""


class Record:
    """What each client saw: (start, end, label, status or error) per request."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[tuple[float, float, str, str]] = []
        self.acknowledged: list[str] = []

    def add(self, start: float, label: str, outcome: str, entry: str | None = None) -> None:
        with self.lock:
            self.requests.append((start, time.monotonic(), label, outcome))
            if entry:
                self.acknowledged.append(entry)


def writer(base: str, browser: requests.Session, record: Record, until: float, n: int) -> None:
    count = 0
    while time.monotonic() < until:
        count += 1
        start = time.monotonic()
        body = {"title": f"Two servers {n}.{count}", "body": "Written while a server died."}
        try:
            answer = browser.post(base + "/api/journal", json=body, timeout=30)
        except requests.RequestException as exc:
            record.add(start, "write", type(exc).__name__)
            continue
        if answer.status_code == 201:
            record.add(start, "write", "201", answer.json()["id"])
        else:
            record.add(start, "write", str(answer.status_code))


def reader(base: str, browser: requests.Session, record: Record, until: float) -> None:
    pages = ["/", "/journal/", "/daily/", "/api/journal"]
    count = 0
    while time.monotonic() < until:
        path = pages[count % len(pages)]
        count += 1
        start = time.monotonic()
        try:
            answer = browser.get(base + path, timeout=30, allow_redirects=False)
            record.add(start, "read", str(answer.status_code))
        except requests.RequestException as exc:
            record.add(start, "read", type(exc).__name__)


def due_reminders(people: list[str], first: datetime, spread: float) -> None:
    """Make reminders fall due for ``people`` one after another from ``first`` on."""
    from heartwork.accounts.models import User
    from heartwork.daily.models import Reminder, ReminderPreference

    users = list(User.objects.filter(email__in=people))
    Reminder.objects.filter(user__in=users).delete()
    for n, user in enumerate(users):
        when = first + timedelta(seconds=spread * n / max(len(users), 1))
        ReminderPreference.objects.update_or_create(
            user=user,
            defaults={
                "enabled": True,
                "by_email": True,
                "timezone": "UTC",
                "time_of_day": when.time(),
            },
        )


def all_sent(people: list[str], mailbox: Mailbox) -> bool:
    from heartwork.daily.reminders import SUBJECT

    got = {to for to, subject in mailbox.received if subject == SUBJECT}
    return all(p.lower() in got for p in people)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=Path, default=Path("bench-people.json"))
    parser.add_argument("--time", type=int, default=30, help="seconds of load (30)")
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--readers", type=int, default=2)
    parser.add_argument("--reminders", type=int, default=40, help="people with a reminder due")
    parser.add_argument("--port", type=int, default=8770, help="HAProxy; the servers take +1, +2")
    parser.add_argument("--kill-worker", action="store_true", help="kill B's worker too")
    args = parser.parse_args()
    haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
    if not Path(haproxy).exists():
        sys.exit("This needs HAProxy: apt-get install haproxy")
    env = settings_env()
    db = database()
    if not db.startswith("PostgreSQL"):
        sys.exit("Two app servers share one PostgreSQL: set DATABASE_URL to a seeded one.")
    print(line(db))
    seeded = json.loads(args.people.read_text())
    couples = [c["people"] for c in seeded["couples"] if c["days"] == MONTH]
    clients = [p for c in couples[-(args.writers + args.readers) :] for p in c[:1]]
    # Both partners of the couples just before the clients' couples.
    others = couples[: -(args.writers + args.readers)]
    reminded = [p for c in others[-((args.reminders + 1) // 2) :] for p in c][: args.reminders]
    if len(clients) < args.writers + args.readers or len(reminded) < args.reminders:
        sys.exit("Seed more couples: this run needs one a client and one per two reminders.")

    scratch = Path(tempfile.mkdtemp(prefix="hw-two-servers-"))
    mailbox = Mailbox(args.port + 3)
    mailbox.start()
    env = {**env, "HEARTWORK_TRUSTED_PROXIES": "127.0.0.1", "HEARTWORK_EMAIL": "on"}
    env |= {"HEARTWORK_EMAIL_HOST": "127.0.0.1", "HEARTWORK_EMAIL_PORT": str(args.port + 3)}
    env |= {"HEARTWORK_EMAIL_USE_TLS": "false"}
    a = Server(args.port + 1, env, scratch / "a.log")
    started: list[Any] = [a]
    try:
        a.wait()
        b = a.twin(args.port + 2, scratch / "b.log")
        started.append(b)
        b.wait()
        (scratch / "haproxy.cfg").write_text(HAPROXY.format(port=args.port, a=a.port, b=b.port))
        proxy = subprocess.Popen(
            [haproxy, "-db", "-f", str(scratch / "haproxy.cfg")],
            stdout=subprocess.DEVNULL,
            stderr=(scratch / "haproxy.log").open("w"),
        )
        started.append(proxy)
        base = f"http://127.0.0.1:{args.port}"
        answering(base)
        browsers = [sign_in(base, email, seeded["password"]) for email in clients]
        due_reminders(reminded, datetime.now(UTC) + timedelta(seconds=3), args.time * 0.8)
        worker = [sys.executable, "-m", "heartwork.cli", "worker", "--interval", "1"]
        workers = [
            subprocess.Popen(
                worker,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(scratch / f"worker-{name}.log").open("w"),
                start_new_session=True,
            )
            for name in "ab"
        ]
        started += workers
        record = Record()
        until = time.monotonic() + args.time
        threads = [
            threading.Thread(target=writer, args=(base, browsers[n], record, until, n))
            for n in range(args.writers)
        ] + [
            threading.Thread(target=reader, args=(base, browser, record, until))
            for browser in browsers[args.writers :]
        ]
        for thread in threads:
            thread.start()
        time.sleep(args.time / 2)
        killed_at = time.monotonic()
        b.kill()
        if args.kill_worker:
            workers[1].kill()
        for thread in threads:
            thread.join()
        # The live worker's rounds go through every reminder preference in the database,
        # which takes a while on a busy machine: give it up to a minute for the last ones.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all_sent(reminded, mailbox):
            time.sleep(1)
        time.sleep(2)  # and a moment more, in which a second copy would show
    finally:
        for process in reversed(started):
            if isinstance(process, Server):
                process.stop()
            elif process.poll() is None:
                process.terminate()
                process.wait(10)
        mailbox.stop()
    report(record, killed_at, reminded, mailbox)


def report(record: Record, killed_at: float, reminded: list[str], mailbox: Mailbox) -> None:
    from heartwork.daily.models import Reminder
    from heartwork.daily.reminders import SUBJECT
    from heartwork.journal.models import JournalEntry

    served = Counter(outcome for *_, outcome in record.requests)
    errors = [r for r in record.requests if r[3] not in ("200", "201")]
    # HAProxy checks every 0.5 s and needs 2 failures: a request may meet the dead server
    # for about a second after the kill, which is "in flight" for this count.
    in_flight = [r for r in errors if r[0] <= killed_at + 1.5]
    late = [r for r in errors if r[0] > killed_at + 1.5]
    found = JournalEntry.objects.filter(public_id__in=record.acknowledged).count()
    lost = len(record.acknowledged) - found
    sent = Counter(to for to, subject in mailbox.received if subject == SUBJECT)
    once = sum(1 for p in reminded if sent[p.lower()] == 1)
    twice = sum(1 for p in reminded if sent[p.lower()] > 1)
    never = [p for p in reminded if sent[p.lower()] == 0]
    stuck = Reminder.objects.filter(
        user__email__in=never, claimed_at__isnull=False, sent_at__isnull=True
    ).count()
    print(f"Requests: {len(record.requests)} ({dict(served)})")
    print(
        f"Errors: {len(errors)}, of them in flight at the kill: {len(in_flight)}, later: {len(late)}"
    )
    print(f"Acknowledged writes: {len(record.acknowledged)}, missing afterwards: {lost}")
    print(
        f"Reminders due: {len(reminded)}; sent once: {once}, more than once: {twice}, "
        f"never: {len(never)} (claimed by the killed worker and never sent: {stuck})"
    )
    if late or lost or twice or never:
        sys.exit("FAILED: see above.")


if __name__ == "__main__":
    main()
