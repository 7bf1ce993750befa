"""Shared test set-up: three people (two partners and an outsider) and helpers.

Browser and PostgreSQL tests skip locally when their parts are missing, with a message
saying what to install; CI sets HEARTWORK_REQUIRE_BROWSER / HEARTWORK_REQUIRE_POSTGRES
so that the same situation fails instead.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.utils import timezone

from heartwork.accounts import services as account_services
from heartwork.accounts.models import User

PASSWORD = "a quiet evening walk"


def require_or_skip(flag: str, reason: str) -> None:
    """Skip with ``reason`` locally; fail when CI says the part is required."""
    if os.environ.get(flag) == "1":
        pytest.fail(f"{reason} ({flag}=1, so this is required here)")
    pytest.skip(reason)


# Tests hash passwords fast; production's Argon2 is slow on purpose.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture(autouse=True)
def _fresh_counts():
    """Each test starts with no remembered counts: a rolled-back test reuses ids."""
    from heartwork.counseling.selectors import forget_counts

    forget_counts()


def make_user(email: str, name: str) -> User:
    """A person whose email is confirmed, as after following the sign-up link."""
    user = User.objects.create_user(email, PASSWORD, name=name)
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def ref(obj: Any) -> str:
    """How a URL names ``obj``: the one place the tests know which id the app exposes."""
    return str(obj.public_id)


def raw_database_text() -> bytes:
    """Everything the database holds, as an intruder with a copy of it would see it: the
    SQLite file with its write-ahead log, or every column of every PostgreSQL table as text
    (``bytea`` as hex). Only committed rows are there: use it in a transactional test."""
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.close()  # flush and release the file; the next query reopens it
        path = Path(connection.settings_dict["NAME"])
        parts = [path, path.with_name(path.name + "-wal")]
        return b"".join(p.read_bytes() for p in parts if p.exists())
    with connection.cursor() as cursor:
        dump: list[str] = []
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT t::text FROM "{table}" t')  # noqa: S608 - our own table names
            dump.extend(row[0] for row in cursor.fetchall())
    return "\n".join(dump).encode()


def link(a: User, b: User) -> None:
    invitation = account_services.invitation_create(inviter=a)
    account_services.invitation_accept(user=b, code=invitation.code)


def emailed_link(to: str, path_start: str) -> str:
    """The path of the last link starting with ``path_start`` emailed to ``to``."""
    from django.core import mail

    for message in reversed(mail.outbox):
        if to in message.to:
            found = re.search(rf"https?://[^/\s]+({re.escape(path_start)}\S*)", str(message.body))
            if found:
                return found.group(1)
    raise AssertionError(f"No email to {to} with a link to {path_start}")


@dataclass
class People:
    """Alice and Bob are partners; Eve is an outsider with a partner of her own."""

    alice: User
    bob: User
    eve: User
    frank: User


def make_people() -> People:
    alice, bob = make_user("alice@example.com", "Alice"), make_user("bob@example.com", "Bob")
    eve, frank = make_user("eve@example.com", "Eve"), make_user("frank@example.com", "Frank")
    link(alice, bob)
    link(eve, frank)
    return People(alice, bob, eve, frank)


@pytest.fixture
def people(db) -> People:
    return make_people()


@pytest.fixture(scope="module")
def module_db(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """Rows built once for a whole module, under tests whose own writes roll back.

    The authorization walk, the bad-input lists and the API schema test are hundreds of
    parametrized tests that each needed the same two couples with a thing of every kind;
    building that for each test was over a third of a run's time on PostgreSQL. Here the
    module holds one open transaction: what its fixtures build stays for every test in
    it, each test's own transaction (the ``db`` fixture) becomes a savepoint that rolls
    back, and the whole is rolled back when the module ends. Sessions and the cache live
    in the database, so they roll back too. Not for transactional tests."""
    from django.db import transaction
    from django.test.utils import override_settings

    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=FAST_HASHERS),
        transaction.atomic(),
    ):
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def module_people(module_db: None) -> People:
    """The four people, once for the module (see ``module_db``)."""
    return make_people()


def fresh(people: People) -> People:
    """The same four people as new objects read from the database: a test that changes a
    person in memory leaves the module's copy as it was."""
    four = (people.alice, people.bob, people.eve, people.frank)
    found = User.objects.in_bulk([person.pk for person in four])
    return People(*(found[person.pk] for person in four))


@dataclass
class Clock:
    """How far the test has moved time forward."""

    offset: timedelta = timedelta()

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Move time forward without sleeping: ``clock.advance(minutes=5)``.

    Both clocks Django and its libraries read (``time.time`` and ``timezone.now``) move
    together and keep running, so nothing that waits on real time can hang.
    """
    from django.core.cache.backends import db as db_cache

    moved = Clock()
    real_time, real_now = time.time, timezone.now
    monkeypatch.setattr(time, "time", lambda: real_time() + moved.offset.total_seconds())
    monkeypatch.setattr(timezone, "now", lambda: real_now() + moved.offset)
    # The database cache (rate limits) imported ``now`` under its own name.
    monkeypatch.setattr(db_cache, "tz_now", timezone.now)
    return moved


T = TypeVar("T")


def at_once(job: Callable[[str], T], workers: int) -> list[T]:
    """Run ``job(name)`` in ``workers`` threads released together, as that many worker
    processes would race for the same claim; each closes its own database connections.
    Returns what each job returned (in no order). The tests of "sent once" use it."""
    from django.db import connections

    results: list[T] = []
    start = threading.Barrier(workers)

    def work(name: str) -> None:
        try:
            start.wait()
            results.append(job(name))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(f"worker-{i}",)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def token_for(user: User, *, scope: str = "read-write", days: int = 90) -> str:
    """A new API token of ``user``'s, made as a person makes one: signed in, password again."""
    made = client_for(user).post(
        "/api/tokens",
        {"name": "script", "password": PASSWORD, "scope": scope, "expires_in_days": days},
        content_type="application/json",
    )
    assert made.status_code == 201, made.content
    return str(made.json()["token"])


def api_client(user: User, *, scope: str = "read-write", days: int = 90) -> Client:
    """A script's client, signed in by a new token of ``user``'s."""
    return Client(headers={"Authorization": f"Bearer {token_for(user, scope=scope, days=days)}"})


# Browser tests (Playwright driving Debian's Chromium)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
BROWSER_MISSING = (
    "Browser tests need Chromium and Playwright: install Debian's chromium "
    "(apt-get install chromium) and pip install playwright"
)


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("HEARTWORK_REQUIRE_BROWSER") == "1":
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            raise pytest.UsageError(f"{BROWSER_MISSING} (HEARTWORK_REQUIRE_BROWSER=1)") from None


# The fixtures through which a test reaches the database (pytest-django's own names).
DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "admin_user", "admin_client"}
COACH_TESTS = Path(__file__).parent / "src" / "heartwork" / "coach"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On CI's second pass over the suite (the same tests on PostgreSQL), leave out the
    coach library's tests that never reach a database: the coach has no Django and no
    models, so they give the same answer on every database, and CI runs them once, on the
    first pass. ``make test`` alone runs everything."""
    if os.environ.get("HEARTWORK_SECOND_DATABASE_PASS") != "1":
        return
    kept: list[pytest.Item] = []
    left: list[pytest.Item] = []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        library_only = (
            item.path.is_relative_to(COACH_TESTS)
            and item.get_closest_marker("django_db") is None
            and not fixtures & DATABASE_FIXTURES
        )
        (left if library_only else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture
def chromium(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    if not CHROMIUM.exists():
        require_or_skip("HEARTWORK_REQUIRE_BROWSER", BROWSER_MISSING)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by
    # the test itself are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium: Any, live_server: Any) -> Iterator[Callable[[], Any]]:
    """Each call opens a page in a fresh context: a separate person's browser."""
    contexts = []

    def make() -> Any:
        context = chromium.new_context(base_url=live_server.url)
        context.set_default_timeout(5_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def log_in(page: Any, email: str, password: str = PASSWORD) -> None:
    """Sign in through the real log-in form, as a person would."""
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


@pytest.fixture
def shots(pytestconfig: pytest.Config) -> Callable[[Any, str], None]:
    folder = pytestconfig.rootpath / "test-artifacts" / "browser"
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(page: Any, name: str) -> None:
        page.screenshot(path=folder / name, full_page=True)

    return shoot
