"""What leaving the couple means for each of them, in numbers, before they confirm.

Nothing is deleted when a couple ends: each keeps what they wrote; what was shared stops
being shown to the other. This counts exactly that, through the access layer: the
reader's own things shared in this couple (which the partner will stop seeing) and the
partner's things the reader can see now (which the reader will stop seeing). The
partner's private things are never counted. One small count per kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.models import CoupleItem, Visibility
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer, Plan, Promise
from heartwork.journal.models import JournalEntry
from heartwork.together.models import Response

KINDS: list[tuple[type[CoupleItem], str, str]] = [
    (JournalEntry, "journal entry", "journal entries"),
    (DailyAnswer, "answer to a daily question", "answers to daily questions"),
    (CheckIn, "check-in", "check-ins"),
    (Appreciation, "appreciation", "appreciations"),
    (Plan, "plan or memory", "plans and memories"),
    (Promise, "promise", "promises"),
    (Response, "reaction or reply", "reactions and replies"),
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
    mine, theirs = [], []
    for model, one, many in KINDS:
        shared = (
            access.owned(user, model)
            .filter(couple_id=couple.pk)
            .exclude(visibility=Visibility.PRIVATE)
            .count()
        )
        seen = access.readable(user, model).filter(couple_id=couple.pk).exclude(author=user).count()
        if shared:
            mine.append(count_in_words(shared, one, many))
        if seen:
            theirs.append(count_in_words(seen, one, many))
    return Leaving(mine_shared=mine, theirs_seen=theirs)
