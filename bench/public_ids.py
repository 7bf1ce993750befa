"""Time the upgrade that gives existing journal entries their random public ids.

    HEARTWORK_DATA_DIR=/tmp/hw-bench .venv/bin/python bench/public_ids.py 100000
    DATABASE_URL=postgres://…/empty_db .venv/bin/python bench/public_ids.py 100000

Builds a database from before public ids holding N journal entries, then runs the
journal's ``…_public_ids`` migration and reports how long it took and whether every row
got its own id. It needs an empty database (it refuses one that holds an account), since
it rolls the journal's tables back. Figures are recorded in docs/security.md.
"""

from __future__ import annotations

import os
import sys
import time

import django


def main(rows: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.utils import timezone

    from heartwork.accounts.models import User

    call_command("migrate", verbosity=0)
    if User.objects.exists():
        sys.exit("This benchmark needs an empty database: this one holds accounts.")
    graph = MigrationExecutor(connection).loader.graph
    added = next(key for key in graph.nodes if key[0] == "journal" and "_public_ids" in key[1])
    before = next(iter(graph.node_map[added].parents)).key
    call_command("migrate", *before, verbosity=0)
    old = MigrationExecutor(connection).loader.project_state(before).apps
    entry = old.get_model("journal", "JournalEntry")
    author = User.objects.create(email="bench@example.com")
    now = timezone.now()
    entry.objects.bulk_create(
        (entry(author_id=author.pk, body="x", created_at=now) for _ in range(rows)),
        batch_size=5_000,
    )

    start = time.perf_counter()
    call_command("migrate", "journal", verbosity=0)
    took = time.perf_counter() - start

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*), COUNT(DISTINCT public_id) FROM journal_journalentry")
        count, distinct = cursor.fetchone()
    User.objects.filter(pk=author.pk).delete()
    print(f"{connection.vendor}: {count} entries, {distinct} distinct public ids, {took:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
