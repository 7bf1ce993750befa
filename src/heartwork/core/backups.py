"""Backups of the whole database, made online, and restoring one into an empty database.

SQLite is copied page by page through its backup API, which gives a consistent snapshot
while the site keeps running; PostgreSQL through ``pg_dump --format=custom`` and
``pg_restore``. Free text is already encrypted in the database and the keys are not in
a backup, but everything else is (emails, dates, scores), so backups are written 0600
into a 0700 folder of the data directory and only the newest few are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone

from heartwork.config import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from heartwork.core.errors import DomainError

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
SUFFIXES = {"sqlite": ".sqlite3", "postgresql": ".dump"}
NAME = re.compile(r"^heartwork-(\d{8}T\d{6}Z)\.(sqlite3|dump)$")
USER_TABLE = "accounts_user"
PG_VERSIONS = Path("/usr/lib/postgresql")  # Debian's home for each version's tools
# libpq reads these from the environment; a password never goes on a command line.
LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def backup_dir() -> Path:
    return Path(settings.DATA_DIR) / "backups"


def backup_name(now: datetime, vendor: str) -> str:
    return f"heartwork-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}{SUFFIXES[vendor]}"


def backups_kept(folder: Path) -> list[Path]:
    """Heartwork's own backups in ``folder``, oldest first; other files are not ours."""
    found = (
        [p for p in folder.iterdir() if p.is_file() and NAME.match(p.name)]
        if folder.is_dir()
        else []
    )
    return sorted(found, key=lambda p: NAME.match(p.name).group(1))  # type: ignore[union-attr]


def _vendor() -> str:
    if connection.vendor not in SUFFIXES:
        raise DomainError(f"Backups work on SQLite and PostgreSQL, not on {connection.vendor}.")
    return connection.vendor


def backup_create(*, keep: int, now: datetime | None = None) -> tuple[Path, list[Path]]:
    """Write a new backup and delete all but the newest ``keep``; returns both."""
    if keep < 1:
        raise DomainError("Keep at least one backup: --keep must be 1 or more.")
    vendor = _vendor()
    folder = backup_dir()
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    folder.chmod(PRIVATE_DIR_MODE)
    final = folder / backup_name(now or timezone.now(), vendor)
    if final.exists():
        raise DomainError(f"{final.name} already exists: wait a second and run it again.")
    partial = folder / f".{final.name}.partial"  # never taken for a finished backup
    try:
        with _private_file(partial):
            if vendor == "sqlite":
                _sqlite_backup(partial)
            else:
                _pg_dump(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        partial.replace(final)
    finally:
        partial.unlink(missing_ok=True)
    kept = backups_kept(folder)
    removed = kept[:-keep]
    for old in removed:
        old.unlink()
    return final, removed


@contextlib.contextmanager
def _private_file(path: Path) -> Iterator[None]:
    """Create ``path`` empty and 0600 before anything is written into it."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    yield


def _sqlite_backup(target: Path) -> None:
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        # One self-contained file: no -wal or -shm beside it when it is opened later.
        destination.execute("PRAGMA journal_mode=DELETE")
        if destination.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DomainError("The copy failed SQLite's check; the database was left as it is.")
    finally:
        destination.close()


def _sqlite_restore(source_path: Path) -> None:
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        tables = {
            row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if USER_TABLE not in tables:
            raise DomainError(f"{source_path} is an SQLite file but not a Heartwork backup.")
        connection.ensure_connection()
        source.backup(connection.connection)
    finally:
        source.close()


def find_pg_tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore`` from PATH, or the newest under /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        PG_VERSIONS.glob(f"*/bin/{name}"),
        key=lambda p: [int(n) if n.isdigit() else 0 for n in p.parent.parent.name.split(".")],
    )
    if candidates:
        return str(candidates[-1])
    raise DomainError(
        f"{name} was not found on PATH or under /usr/lib/postgresql/*/bin. Install the "
        "PostgreSQL client tools of your server's version (on Debian or Ubuntu: "
        "apt-get install postgresql-client) and run this again."
    )


def _pg_env() -> dict[str, str]:
    db: dict[str, Any] = connection.settings_dict
    env = {**os.environ}
    for key, value in {
        "PGHOST": db.get("HOST"),
        "PGPORT": db.get("PORT"),
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGDATABASE": db.get("NAME"),
    }.items():
        if value:
            env[key] = str(value)
    for option, value in (db.get("OPTIONS") or {}).items():
        if option in LIBPQ_OPTIONS and value not in (None, ""):
            env[LIBPQ_OPTIONS[option]] = str(value)
    return env


def _run(argv: list[str]) -> None:
    result = subprocess.run(argv, env=_pg_env(), capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        tool = Path(argv[0]).name
        raise DomainError(f"{tool} failed: {result.stderr.strip() or result.returncode}")


def _pg_dump(target: Path) -> None:
    _run([find_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target)])


def _pg_restore(source: Path) -> None:
    connection.close()  # hold no lock on the tables pg_restore replaces
    _run(
        [
            find_pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            str(connection.settings_dict["NAME"]),
            str(source),
        ]
    )


def people_in_database() -> int:
    """How many accounts the current database holds (0 when it has no tables yet)."""
    if USER_TABLE not in connection.introspection.table_names():
        return 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {USER_TABLE}")  # noqa: S608 - a constant
        return int(cursor.fetchone()[0])


def backup_restore(*, path: Path) -> None:
    """Restore the backup at ``path`` into the current database, which must be empty."""
    vendor = _vendor()
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DomainError(f"{path} cannot be read: {exc.strerror}.") from None
    kind = (
        "sqlite"
        if magic == SQLITE_MAGIC
        else "postgresql"
        if magic.startswith(PG_DUMP_MAGIC)
        else None
    )
    if kind is None:
        raise DomainError(
            f"{path} is not a Heartwork backup (neither SQLite nor pg_dump's format)."
        )
    if kind != vendor:
        raise DomainError(
            f"{path} is a {kind} backup but this Heartwork uses {vendor}: set DATABASE_URL "
            "to match the backup (see docs/self-hosting.md#backups)."
        )
    people = people_in_database()
    if people:
        raise DomainError(
            f"This database is not empty: it holds {people} account(s), and a restore would "
            "mix two histories. Point HEARTWORK_DATA_DIR (SQLite) or DATABASE_URL "
            "(PostgreSQL) at a new, empty database and run the restore again."
        )
    if vendor == "sqlite":
        _sqlite_restore(path)
    else:
        _pg_restore(path)
