"""Backups: online, private, rotated; a restore brings a couple's words back, and only
into an empty database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import People
from django.core.management import CommandError, call_command
from django.db import connection

from heartwork.core import backups

# Two partners, a shared journal entry, and both answers to today's question.
SEED = """
import django
django.setup()
from heartwork.accounts import services as accounts
from heartwork.accounts.models import User
from heartwork.daily import services as daily
from heartwork.journal import services as journal
alice = User.objects.create_user("alice@example.com", "a quiet evening walk", name="Alice")
bob = User.objects.create_user("bob@example.com", "a quiet evening walk", name="Bob")
accounts.invitation_accept(user=bob, code=accounts.invitation_create(inviter=alice).code)
journal.journal_create(author=alice, title="Sunday", body="I felt close to you on the pier.", shared=True)
journal.journal_create(author=bob, body="I was scared to say it, and glad I did.")
question = daily.todays_question(alice)
daily.daily_answer(user=alice, daily_question_id=question.pk, body="Your laugh at breakfast.")
daily.daily_answer(user=bob, daily_question_id=question.pk, body="The walk home in the rain.")
"""

# Everything the seed wrote, read back (and so decrypted) by the app.
READ = """
import json, django
django.setup()
from heartwork import access
from heartwork.accounts.models import User
from heartwork.daily.models import DailyAnswer
from heartwork.journal.models import JournalEntry
alice = User.objects.get(email="alice@example.com")
partner = access.partner_of(alice)
print(json.dumps({
    "people": sorted((u.email, u.name) for u in User.objects.all()),
    "partner": partner.email if partner else None,
    "journal": sorted([e.title, e.body] for e in JournalEntry.objects.all()),
    "answers": sorted(a.body for a in DailyAnswer.objects.all()),
}))
"""

EXPECTED = {
    "people": [["alice@example.com", "Alice"], ["bob@example.com", "Bob"]],
    "partner": "bob@example.com",
    "journal": [
        ["", "I was scared to say it, and glad I did."],
        ["Sunday", "I felt close to you on the pier."],
    ],
    "answers": ["The walk home in the rain.", "Your laugh at breakfast."],
}


def run(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "heartwork.settings", **env},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def heartwork(env: dict[str, str], *args: str) -> str:
    return run(env, "-m", "heartwork.cli", *args)


def read_back(env: dict[str, str]) -> dict[str, object]:
    return dict(json.loads(run(env, "-c", READ)))


def only_backup(data: Path) -> Path:
    [made] = (data / "backups").iterdir()
    return made


def test_a_couple_survives_backup_wipe_and_restore(request: pytest.FixtureRequest) -> None:
    """On the database the suite runs on, so each CI run proves its own and skips nothing."""
    tmp_path: Path = request.getfixturevalue("tmp_path")
    if connection.vendor == "postgresql":
        round_trip_on_postgresql(tmp_path, request.getfixturevalue("postgres_databases"))
    else:
        round_trip_on_sqlite(tmp_path)


def round_trip_on_sqlite(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"HEARTWORK_DATA_DIR": str(data), "DATABASE_URL": ""}
    heartwork(env, "migrate", "--noinput", "-v", "0")
    run(env, "-c", SEED)
    assert read_back(env) == EXPECTED
    heartwork(env, "backup")
    made = only_backup(data)

    # Wipe: a fresh, empty database; the keys in the data directory stay.
    for path in data.glob("heartwork.sqlite3*"):
        path.unlink()
    heartwork(env, "migrate", "--noinput", "-v", "0")
    assert read_back_people(env) == []

    heartwork(env, "restore", str(made))
    assert read_back(env) == EXPECTED


def read_back_people(env: dict[str, str]) -> list[str]:
    code = "import django; django.setup()\nfrom heartwork.accounts.models import User\n"
    code += "print(list(User.objects.values_list('email', flat=True)))"
    return list(json.loads(run(env, "-c", code).replace("'", '"')))


@pytest.fixture
def postgres_databases() -> Iterator[tuple[str, str]]:
    """Two new, empty PostgreSQL databases beside the test database, dropped afterwards."""
    import psycopg

    db = connection.settings_dict
    params = {"host": db["HOST"], "port": db["PORT"], "user": db["USER"]}
    params = {key: value for key, value in params.items() if value}
    if db["PASSWORD"]:
        params["password"] = db["PASSWORD"]
    names = [f"heartwork_backup_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    auth = f"{db['USER']}:{db['PASSWORD']}@" if db["PASSWORD"] else f"{db['USER']}@"
    urls = [f"postgres://{auth}{db['HOST']}:{db['PORT']}/{name}" for name in names]
    yield urls[0], urls[1]
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def round_trip_on_postgresql(tmp_path: Path, postgres_databases: tuple[str, str]) -> None:
    data = tmp_path / "data"
    first, fresh = postgres_databases
    env = {"HEARTWORK_DATA_DIR": str(data), "DATABASE_URL": first}
    heartwork(env, "migrate", "--noinput", "-v", "0")
    run(env, "-c", SEED)
    heartwork(env, "backup")
    made = only_backup(data)
    assert made.suffix == ".dump"

    # A new database with no tables at all, and the same keys.
    restored = {**env, "DATABASE_URL": fresh}
    heartwork(restored, "restore", str(made))
    assert read_back(restored) == EXPECTED


@pytest.fixture
def backup_dir(settings, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    return settings.DATA_DIR / "backups"


@pytest.mark.django_db(transaction=True)
def test_a_backup_is_private_and_named_by_the_utc_time(backup_dir: Path, people: People) -> None:
    call_command("backup")
    made = only_backup(backup_dir.parent)
    assert backup_dir.stat().st_mode & 0o777 == 0o700
    assert made.stat().st_mode & 0o777 == 0o600
    stamp = backups.NAME.match(made.name)
    assert stamp is not None
    taken = datetime.strptime(stamp.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - taken).total_seconds()) < 120


def fake_backups(folder: Path, *days: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for day in days:
        path = folder / f"heartwork-202001{day:02d}T030000Z.sqlite3"
        path.write_bytes(b"")
        made.append(path)
    return made


@pytest.mark.django_db(transaction=True)
def test_only_the_newest_backups_are_kept(backup_dir: Path) -> None:
    old = fake_backups(backup_dir, 3, 1, 2)
    others = [backup_dir / "notes.txt", backup_dir / "heartwork-before-upgrade.sqlite3"]
    for path in others:
        path.write_text("mine")

    call_command("backup", "--keep", "2")

    kept = backups.backups_kept(backup_dir)
    assert kept[0] == old[0]  # the 3rd, the newest of the old ones
    assert len(kept) == 2
    assert kept[1].name > old[0].name
    assert all(path.exists() for path in others)  # files not named like ours stay


@pytest.mark.django_db(transaction=True)
def test_keep_defaults_to_heartwork_backup_keep(settings, backup_dir: Path) -> None:
    settings.BACKUP_KEEP = 1
    fake_backups(backup_dir, 1, 2)
    call_command("backup")
    [kept] = backups.backups_kept(backup_dir)
    assert kept.name.startswith("heartwork-2")
    assert not kept.name.startswith("heartwork-202001")


@pytest.mark.django_db
def test_keep_must_be_at_least_one(backup_dir: Path) -> None:
    with pytest.raises(CommandError, match="at least one"):
        call_command("backup", "--keep", "0")


@pytest.mark.django_db
def test_restore_refuses_a_database_that_has_accounts(tmp_path: Path, people: People) -> None:
    backup = tmp_path / "heartwork-20200101T000000Z.sqlite3"
    backup.write_bytes(backups.SQLITE_MAGIC if connection.vendor == "sqlite" else b"PGDMP")
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(backup))
    message = str(refused.value)
    assert "not empty" in message
    assert "4 account" in message
    assert "new, empty database" in message


@pytest.mark.django_db
def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("a quiet evening walk")
    with pytest.raises(CommandError, match="not a Heartwork backup"):
        call_command("restore", str(notes))


@pytest.mark.django_db
def test_restore_refuses_a_backup_from_the_other_database(tmp_path: Path) -> None:
    other = tmp_path / "backup"
    other.write_bytes(b"PGDMP" if connection.vendor == "sqlite" else backups.SQLITE_MAGIC)
    with pytest.raises(CommandError, match="set DATABASE_URL to match"):
        call_command("restore", str(other))


def test_a_missing_pg_dump_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(backups.shutil, "which", lambda name: None)
    monkeypatch.setattr(backups, "PG_VERSIONS", tmp_path)
    with pytest.raises(backups.DomainError, match="postgresql-client"):
        backups.find_pg_tool("pg_dump")


def test_pg_dump_is_found_in_the_newest_postgresql_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for version in ("9.6", "15", "13"):
        (tmp_path / version / "bin").mkdir(parents=True)
        (tmp_path / version / "bin" / "pg_dump").write_text("")
    monkeypatch.setattr(backups.shutil, "which", lambda name: None)
    monkeypatch.setattr(backups, "PG_VERSIONS", tmp_path)
    assert backups.find_pg_tool("pg_dump") == str(tmp_path / "15" / "bin" / "pg_dump")
