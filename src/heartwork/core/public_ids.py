"""Random public ids: the only ids a page, a link, the API or an export ever shows.

Primary keys come from a counter per table, so two ids a person could see would tell
them how many rows were written in between: a partner once counted the other's private
journal entries exactly that way (issue 9, finding 4). So every model whose id leaves
the server carries a ``public_id``, a UUIDv4 (122 random bits), and every URL, API path,
API answer, form and export names things by it. The integer keys stay inside the
database, for joins and foreign keys, and are never accepted from a request.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from django.db import models

# How many rows one UPDATE gives ids to, so a large table is not held in memory at once.
FILL_BATCH = 1_000


class HasPublicId(models.Model):
    """A model that people may name: by its ``public_id``, never by its primary key."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        abstract = True


def fill_public_ids(apps: Any, schema_editor: Any, labels: Iterable[str]) -> None:
    """For migrations: give every row without a public id its own, ``FILL_BATCH`` at a time.

    Takes historical models by label (``"journal.JournalEntry"``) so that it keeps
    working whatever the models become later; it touches no column but ``public_id``.
    """
    for label in labels:
        model = apps.get_model(label)
        rows = model._base_manager.using(schema_editor.connection.alias)
        last = None
        while True:
            todo = rows.filter(public_id__isnull=True).order_by("pk").only("pk")
            if last is not None:
                todo = todo.filter(pk__gt=last)
            batch = list(todo[:FILL_BATCH])
            if not batch:
                break
            for row in batch:
                row.public_id = uuid.uuid4()
            rows.bulk_update(batch, ["public_id"])
            last = batch[-1].pk
