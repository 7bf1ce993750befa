"""Storage: SQLite in WAL mode with durable writes; concurrent writers wait, never fail."""

from __future__ import annotations

import os
import threading

import pytest
from conftest import People
from django.db import connection, connections

from heartwork.journal import services
from heartwork.journal.models import JournalEntry


def test_the_required_database_is_the_one_in_use() -> None:
    if os.environ.get("HEARTWORK_REQUIRE_POSTGRES") == "1":
        assert connection.vendor == "postgresql", "DATABASE_URL must name a PostgreSQL database"


@pytest.mark.django_db
def test_an_acknowledged_write_is_durable() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA synchronous")
            assert cursor.fetchone()[0] == 2  # FULL: survives a power cut, not just a crash
        else:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone()[0] == "on"


@pytest.mark.django_db(transaction=True)
def test_many_concurrent_writers_all_succeed(people: People) -> None:
    errors: list[BaseException] = []
    writers, per_writer = 6, 10

    def write(n: int) -> None:
        try:
            for i in range(per_writer):
                services.journal_create(author=people.alice, body=f"entry {n}-{i}")
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert JournalEntry.objects.count() == writers * per_writer
