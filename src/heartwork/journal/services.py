"""Writing, sharing and deleting journal entries: the one write path for them."""

from __future__ import annotations

from uuid import UUID

from django.db import transaction

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.errors import DomainError
from heartwork.core.models import Visibility
from heartwork.journal.models import JournalEntry

TITLE_MAX = 120
BODY_MAX = 20_000


def _visibility_for(author: User, shared: bool) -> tuple[str, int | None]:
    couple = access.current_couple(author)
    if shared and couple is None:
        raise DomainError(
            "You can share once your partner has joined. Your entry is safe: keep it private "
            "for now and share it later."
        )
    return (Visibility.SHARED if shared else Visibility.PRIVATE), (couple.pk if couple else None)


@transaction.atomic
def journal_create(
    *, author: User, body: str, title: str = "", shared: bool = False
) -> JournalEntry:
    visibility, couple_id = _visibility_for(author, shared)
    return JournalEntry.objects.create(
        author=author, title=title, body=body, visibility=visibility, couple_id=couple_id
    )


@transaction.atomic
def journal_update(
    *,
    author: User,
    entry_id: UUID,
    body: str | None = None,
    title: str | None = None,
    shared: bool | None = None,
) -> JournalEntry:
    """Change an entry's words or who sees it; only its author may."""
    entry = access.get_owned(author, JournalEntry, entry_id)
    if title is not None:
        entry.title = title
    if body is not None:
        entry.body = body
    if shared is not None:
        entry.visibility, entry.couple_id = _visibility_for(author, shared)
    entry.save()
    return entry


@transaction.atomic
def journal_delete(*, author: User, entry_id: UUID) -> None:
    access.get_owned(author, JournalEntry, entry_id).delete()
