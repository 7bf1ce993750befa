"""The one write path for a person's private plan for meanwhile.

The note is theirs alone: always private, whatever couple they are in, and nothing about
it (that it exists, when it changed) reaches the partner's pages, API or export.
"""

from __future__ import annotations

from django.db import transaction

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.errors import DomainError
from heartwork.core.models import Visibility
from heartwork.core.validation import text_problem
from heartwork.counseling.models import CounselingNote

NOTE_MAX = 5_000


@transaction.atomic
def counseling_note_save(*, user: User, body: str) -> CounselingNote:
    """Keep ``body`` as ``user``'s plan, replacing the one before."""
    body = body.strip()
    if not body:
        raise DomainError(
            "Write a few words first, or delete the note if you'd rather not keep one."
        )
    if len(body) > NOTE_MAX:
        raise DomainError(
            f"The note is longer than {NOTE_MAX:,} characters. Your words are still here: "
            "shorten it a little and save again."
        )
    problem = text_problem(body)
    if problem:
        raise DomainError(f"The note {problem}")
    note = access.owned(user, CounselingNote).select_for_update().first()
    if note is None:
        note = CounselingNote(author=user)
    note.body = body
    note.visibility = Visibility.PRIVATE
    note.couple = access.current_couple(user)  # kept private in any couple
    note.save()
    return note


@transaction.atomic
def counseling_note_delete(*, user: User) -> bool:
    """Delete ``user``'s plan for good; True if there was one."""
    deleted, _ = access.owned(user, CounselingNote).delete()
    return bool(deleted)
