"""What can be answered: the kinds of shared item a reaction or reply may name.

Each kind says which model holds it, which of its words a reply answers (the coach reads a
reply with them) and where it is shown. ``open_item`` is the one door in: the item must be
readable by the person asking (else 404, exactly as the access layer answers) and open
between the two of them: shared in their couple now, or sealed and opened by both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import Http404

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.errors import DomainError
from heartwork.core.models import CoupleItem, Visibility
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer, Plan
from heartwork.journal.models import JournalEntry
from heartwork.together.models import ItemKind


@dataclass(frozen=True)
class Kind:
    model: type[CoupleItem]
    words: Callable[[Any], str]  # what a reply to it answers
    page: str  # the URL name of the page it is shown on
    exists: Callable[[Any], bool] = lambda item: True


KINDS: dict[str, Kind] = {
    ItemKind.JOURNAL: Kind(
        JournalEntry, lambda e: "\n".join(filter(None, [e.title, e.body])), "journal"
    ),
    ItemKind.APPRECIATION: Kind(Appreciation, lambda a: a.body, "daily_appreciations"),
    ItemKind.CHECKIN: Kind(
        CheckIn, lambda c: "\n".join(filter(None, [c.good_thing, c.hard_thing])), "daily_checkins"
    ),
    # A memory is a plan once it is done.
    ItemKind.MEMORY: Kind(
        Plan, lambda p: p.memory or p.title, "daily_time", lambda p: p.done_at is not None
    ),
    ItemKind.ANSWER: Kind(DailyAnswer, lambda a: a.body, "daily"),
}


def kind_of(name: str) -> Kind:
    """The kind named in a URL; an unknown name is not found."""
    try:
        return KINDS[ItemKind(name)]
    except ValueError:
        raise Http404("Not found") from None


def open_item(user: User, kind: str, item_id: object) -> CoupleItem:
    """The item, if ``user`` may read it and both partners can see it now.

    Anyone who may not read it gets 404. Its author, who can, is told in words why it
    cannot be answered yet: it is private, sealed until both have answered, or was shared
    in a couple that has ended.
    """
    found = kind_of(kind)
    item = access.get_readable(user, found.model, item_id)
    if not found.exists(item):
        raise Http404("Not found")
    couple, partner = access.current_couple(user), access.partner_of(user)
    if item.visibility == Visibility.PRIVATE or couple is None or partner is None:
        raise DomainError("This is only yours for now: share it first, then you can talk about it.")
    if item.couple_id != couple.pk:
        raise DomainError("This was shared before, in a couple that has ended.")
    if item.visibility == Visibility.SEALED and not (
        access.readable(partner, found.model).filter(pk=item.pk).exists()
    ):
        raise DomainError("This opens once you have both answered; then you can talk about it.")
    return item


def is_open_to_both(user: User, item: CoupleItem) -> bool:
    """Whether ``item``, already read by ``user``, is shared in their couple now (no query
    beyond the couple, looked up once per request). Sealed items are open only where the
    page shows them opened."""
    couple = access.current_couple(user)
    return (
        couple is not None and item.couple_id == couple.pk and item.visibility != Visibility.PRIVATE
    )
