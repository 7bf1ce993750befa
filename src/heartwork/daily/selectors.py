"""Reads of the daily practices that the pages and the API share (one home each)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from heartwork import access
from heartwork.accounts.models import User
from heartwork.daily.models import NotKept, Promise


def promises_not_kept_privately(user: User) -> dict[int, NotKept]:
    """The partner's open promises that ``user`` marked "not kept" and has not told them
    about yet, by promise: only ``user``'s own private notes, never anyone else's.

    One query, limited to what is still open, so it stays small however long the history.
    """
    rows = (
        access.owned(user, NotKept)
        .filter(told_at__isnull=True, promise__status=Promise.Status.OPEN)
        .select_related("promise__author")
    )
    return {row.promise_id: row for row in rows}


def promise_talk_title(user: User, promise_id: str, limit: int) -> str:
    """Words to open a talk about a partner's promise with: about the moment, not the
    person. ``""`` for anything ``user`` may not read (so a guessed id shows nothing)."""
    if not promise_id:
        return ""
    try:
        found = (
            access.readable(user, Promise).exclude(author=user).filter(public_id=promise_id).first()
        )
    except (ValueError, ValidationError):
        return ""
    if found is None:
        return ""
    words = f"When “{found.text}” didn't happen"
    return words if len(words) <= limit else words[: limit - 1] + "…"
