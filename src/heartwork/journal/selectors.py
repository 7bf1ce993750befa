"""Reads of journal entries that pages share, on top of the access layer."""

from __future__ import annotations

from django.db.models import QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.prepared import Prepared, Slots
from heartwork.journal.models import JournalEntry

RECENT = 5
NEWEST_FIRST = ("-created_at", "-id")


def journal_recent(user: User) -> list[JournalEntry]:
    """The newest entries ``user`` may read, for Today's "Recently": titles, not words.

    Built once per process (``core/prepared.py``); no entry's body is read or decrypted.
    """
    us = access.reader_and_couple(user)
    if us is None:
        entries = access.readable(user, JournalEntry).order_by(*NEWEST_FIRST)
        return list(entries.select_related("author").defer("body")[:RECENT])
    return RECENT_ENTRIES.objects(reader=us[0], couple=us[1])


def _recent_in_couple(slots: Slots) -> QuerySet[JournalEntry]:
    user, couple = access.marked(slots)
    return access.newest_readable_in(
        user,
        couple,
        JournalEntry,
        RECENT,
        NEWEST_FIRST,
        related=("author",),
        defer=("body",),
    )


RECENT_ENTRIES = Prepared(_recent_in_couple, reader=int, couple=int)
