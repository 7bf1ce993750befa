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
from django.db.models import Max

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
    working whatever the models become later, and touches no column but ``public_id``.
    One prepared UPDATE per row, sent a batch at a time (``executemany``): several times
    faster than ``bulk_update``'s CASE expressions on both databases.
    """
    connection = schema_editor.connection
    quote = schema_editor.quote_name
    for label in labels:
        model = apps.get_model(label)
        field = model._meta.get_field("public_id")
        # Only the model's own quoted table and column names go into the text; values are
        # parameters.
        update = (
            f"UPDATE {quote(model._meta.db_table)} SET {quote(field.column)} = %s "  # noqa: S608
            f"WHERE {quote(model._meta.pk.column)} = %s"
        )
        rows = model._base_manager.using(connection.alias)
        highest = rows.aggregate(highest=Max("pk"))["highest"] or 0
        # Walk the keys in fixed ranges: each batch reads only its own slice of the index,
        # however many rows there are (an open-ended "pk > last" made every batch read
        # all the rows still ahead of it).
        for start in range(0, highest, FILL_BATCH):
            batch = rows.filter(pk__gt=start, pk__lte=start + FILL_BATCH, public_id__isnull=True)
            ids = [
                (field.get_db_prep_value(uuid.uuid4(), connection), pk)
                for pk in batch.values_list("pk", flat=True)
            ]
            if ids:
                with connection.cursor() as cursor:
                    cursor.executemany(update, ids)
