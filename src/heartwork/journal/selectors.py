"""Reads of journal entries that pages share, on top of the access layer."""

from __future__ import annotations

from django.db.models import QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.prepared import Prepared, Slots
from heartwork.journal.models import JournalEntry

RECENT = 5


def journal_recent(user: User) -> list[JournalEntry]:
    """The newest entries ``user`` may read, for Today's "Recently": titles, not words.

    Built once per process (``core/prepared.py``); no entry's body is read or decrypted.
    """
    us = access.reader_and_couple(user)
    if us is None:
        return list(_recent(access.readable(user, JournalEntry)))
    return RECENT_ENTRIES.objects(reader=us[0], couple=us[1])


def _recent(entries: QuerySet[JournalEntry]) -> QuerySet[JournalEntry]:
    return entries.select_related("author").defer("body")[:RECENT]


def _recent_in_couple(slots: Slots) -> QuerySet[JournalEntry]:
    user, couple = access.marked(slots)
    return access.newest_readable_in(
        user,
        couple,
        JournalEntry,
        RECENT,
        ("-created_at", "-id"),
        related=("author",),
        defer=("body",),
    )


RECENT_ENTRIES = Prepared(_recent_in_couple, reader=int, couple=int)
