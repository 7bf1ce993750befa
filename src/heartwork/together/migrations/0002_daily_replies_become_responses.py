"""Every reply to a daily answer becomes a reply in the one thread every shared item has.

There were two ways to answer a partner's daily answer: the old one-reply-each
``DailyReply`` and the thread of reactions and replies under anything shared
(``Response``). This moves each old reply into that thread and loses nothing: its
public id (so links and exports still name it), its author, couple, visibility, times
and its words, copied as the very ciphertext they were stored as (never decrypted here).

A reply whose answer was deleted keeps its words too. Its answer's id went with the
answer, so it names a new random id that points at nothing, exactly as a reply does
when the item it answered is deleted later.

Backwards, each author's first reply to each answer they did not write goes back to
being a ``DailyReply``, and so does every reply to an answer that is gone (as one whose
answer was deleted): those are all the old model could hold. Any further reply, and an
author's answering back (which only the thread allows), stay in the thread.

Raw SQL on the two tables: the historical models would decrypt and encrypt again, and
this must keep working whatever the models become.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import migrations, models

RESPONSE_COLUMNS = (
    "public_id",
    "author_id",
    "couple_id",
    "visibility",
    "seal_key",
    "created_at",
    "updated_at",
    "body",
    "item_kind",
    "item_id",
    "item_author_id",
    "reaction",
)
REPLY_COLUMNS = RESPONSE_COLUMNS[:8] + ("answer_id",)
BATCH = 1_000


def _tables(apps: Any, schema_editor: Any) -> tuple[str, str, str]:
    quote = schema_editor.connection.ops.quote_name
    return tuple(  # type: ignore[return-value]
        quote(apps.get_model(label)._meta.db_table)
        for label in ("daily.DailyReply", "daily.DailyAnswer", "together.Response")
    )


def _insert(cursor: Any, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    if rows:
        marks = ", ".join(["%s"] * len(columns))
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
            rows,
        )


def replies_into_responses(apps: Any, schema_editor: Any) -> None:
    replies, answers, responses = _tables(apps, schema_editor)
    connection = schema_editor.connection
    new_id = models.UUIDField()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT r.public_id, r.author_id, r.couple_id, r.visibility, r.seal_key,"  # noqa: S608
            " r.created_at, r.updated_at, r.body, a.public_id, a.author_id"
            f" FROM {replies} r LEFT JOIN {answers} a ON a.id = r.answer_id ORDER BY r.id"
        )
        while batch := cursor.fetchmany(BATCH):
            rows = [
                (
                    *reply[:8],
                    "answer",
                    answer_id or new_id.get_db_prep_value(uuid.uuid4(), connection),
                    answer_author,
                    "",
                )
                for *reply, answer_id, answer_author in batch
            ]
            with connection.cursor() as writer:
                _insert(writer, responses, RESPONSE_COLUMNS, rows)
        cursor.execute(f"DELETE FROM {replies}")  # noqa: S608


def responses_into_replies(apps: Any, schema_editor: Any) -> None:
    replies, answers, responses = _tables(apps, schema_editor)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.id, s.public_id, s.author_id, s.couple_id, s.visibility,"  # noqa: S608
            " s.seal_key, s.created_at, s.updated_at, s.body, a.id"
            f" FROM {responses} s LEFT JOIN {answers} a ON a.public_id = s.item_id"
            " WHERE s.item_kind = 'answer' AND s.reaction = ''"
            " AND (a.id IS NULL OR s.author_id <> a.author_id)"
            " ORDER BY s.created_at, s.id"
        )
        seen: set[tuple[Any, Any]] = set()
        back, moved = [], []
        for pk, *reply, answer_pk in cursor.fetchall():
            if answer_pk is not None:
                if (answer_pk, reply[1]) in seen:
                    continue  # the old model held one reply each to an answer still there
                seen.add((answer_pk, reply[1]))
            back.append((*reply, answer_pk))
            moved.append((pk,))
        _insert(cursor, replies, REPLY_COLUMNS, back)
        if moved:
            cursor.executemany(f"DELETE FROM {responses} WHERE id = %s", moved)  # noqa: S608


class Migration(migrations.Migration):
    dependencies = [
        ("together", "0001_responses_and_visits"),
        ("daily", "0011_newest_checkins_plans_and_open_promises"),
    ]

    operations = [migrations.RunPython(replies_into_responses, responses_into_replies)]
