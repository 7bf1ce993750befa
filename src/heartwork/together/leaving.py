"""What leaving the couple means for each of them, in numbers, before they confirm.

Nothing is deleted when a couple ends: each keeps what they wrote; what was shared stops
being shown to the other. This counts exactly that, through the access layer: the
reader's own things shared in this couple (which the partner will stop seeing) and the
partner's things the reader can see now (which the reader will stop seeing): replies,
check-up results and the words of the conflict room as much as entries and answers. The
partner's private things, and sealed ones not yet opened, are never counted. One small
count per kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup.models import CheckupResponse
from heartwork.conflict.models import Account, Break, Need, Option, Rating, Topic, Turn
from heartwork.core.models import CoupleItem, Visibility
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    Plan,
    Promise,
)
from heartwork.journal.models import JournalEntry
from heartwork.together.models import Response


@dataclass(frozen=True)
class Kind:
    """One line of the count: the models it adds up, in words, and which of them count."""

    models: tuple[type[CoupleItem], ...]
    one: str
    many: str
    only: Q = field(default_factory=Q)


# Everything the leave page counts, and what bringing things back (``before.py``) moves:
# what someone is told they will no longer share is exactly what they may bring back.
KINDS: list[Kind] = [
    Kind((JournalEntry,), "journal entry", "journal entries"),
    Kind((DailyAnswer,), "answer to a daily question", "answers to daily questions"),
    Kind((CheckIn,), "check-in", "check-ins"),
    Kind((Appreciation,), "appreciation", "appreciations"),
    Kind((Plan,), "plan or memory", "plans and memories"),
    Kind((Promise,), "promise", "promises"),
    Kind((Response,), "reaction or reply", "reactions and replies"),
    # A finished round shows the partner only the parts its author chose to share.
    Kind((CheckupResponse,), "check-up result", "check-up results", ~Q(shared_parts=[])),
    # A topic first: the rest of the room belongs to one (a rating to an option of one).
    Kind(
        (Topic, Account, Turn, Break, Need, Option, Rating),
        "thing from the conflict room",
        "things from the conflict room",
    ),
]


@dataclass
class Leaving:
    mine_shared: list[str]  # "3 journal entries", what the partner will stop seeing
    theirs_seen: list[str]  # what the reader will stop seeing


def count_in_words(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def leaving_for(user: User) -> Leaving | None:
    couple = access.current_couple(user)
    if couple is None:
        return None
    partner = access.partner_of(user)
    mine, theirs = [], []
    for kind in KINDS:
        shared = sum(
            _shared_by(user, partner, model, couple.pk, kind.only) for model in kind.models
        )
        seen = sum(
            access.readable(user, model)
            .filter(kind.only, couple_id=couple.pk)
            .exclude(author=user)
            .count()
            for model in kind.models
        )
        if shared:
            mine.append(count_in_words(shared, kind.one, kind.many))
        if seen:
            theirs.append(count_in_words(seen, kind.one, kind.many))
    return Leaving(mine_shared=mine, theirs_seen=theirs)


def _shared_by(
    user: User, partner: User | None, model: type[CoupleItem], couple_id: int, only: Q
) -> int:
    """How many of ``user``'s things ``partner`` can read now: a sealed answer they never
    opened was never theirs to see, so it is not counted as something they lose."""
    if partner is None:
        mine = access.owned(user, model).exclude(visibility=Visibility.PRIVATE)
    else:
        mine = access.readable(partner, model).filter(author=user)
    return mine.filter(only, couple_id=couple_id).count()
