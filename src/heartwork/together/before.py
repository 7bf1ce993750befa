"""What each of two people had shared with the other before, when they link again.

A couple that ends keeps its things: each keeps what they wrote, and what was shared
stays in the ended couple, where nobody sees it again. If the same two people link once
more, each may bring back what *they* had shared in their earlier couples: one's own
things only, never the other's (who may choose for theirs), and only into a couple with
that same person, so someone new never sees what was shared before them.

The kinds are those the leave summary counts (``leaving.KINDS``), so what someone was
told they would no longer share is exactly what they may bring back: entries, answers,
replies and reactions, check-up results (with their answers) and the conflict room. A
part of the conflict room comes back only with the topic it belongs to: with one's own
topic, or into a topic its opener has brought back already. Until then it waits, and is
offered again once the topic is back.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from heartwork import access
from heartwork.accounts.models import Membership, User
from heartwork.conflict.models import Account, Break, Need, Option, Rating, Turn
from heartwork.core.models import CoupleItem, Visibility
from heartwork.together.leaving import KINDS, count_in_words

# The thing each part of the conflict room belongs to, as a path to its topic.
TOPIC_OF: dict[type[CoupleItem], str] = {
    Account: "topic",
    Turn: "topic",
    Break: "topic",
    Need: "topic",
    Option: "topic",
    Rating: "option__topic",
}


@dataclass
class SharedBefore:
    partner: User
    earlier: list[int]  # the ended couples of these same two people
    mine: list[str]  # "3 journal entries": what the reader shared there and may bring back

    @property
    def anything(self) -> bool:
        return bool(self.mine)


def earlier_couples(user: User, partner: User) -> list[int]:
    """The ended couples that ``user`` and ``partner`` were both in (one query)."""
    return list(
        Membership.objects.filter(
            user=user, couple__ended_at__isnull=False, couple__memberships__user=partner
        ).values_list("couple_id", flat=True)
    )


def mine_from_before(
    user: User, model: type[CoupleItem], earlier: list[int], now: int
) -> QuerySet[CoupleItem]:
    """``user``'s own things of ``model`` shared in ``earlier`` couples that may come back
    into the couple ``now``: never a private one, and a part of the conflict room only if
    its topic is back already or is one of ``user``'s own coming back with it."""
    found = (
        access.owned(user, model)
        .filter(couple_id__in=earlier)
        .exclude(visibility=Visibility.PRIVATE)
    )
    topic = TOPIC_OF.get(model)
    if topic is None:
        return found
    comes_with_mine = Q(**{f"{topic}__author": user, f"{topic}__couple_id__in": earlier}) & ~Q(
        **{f"{topic}__visibility": Visibility.PRIVATE}
    )
    return found.filter(Q(**{f"{topic}__couple_id": now}) | comes_with_mine)


def shared_before(user: User) -> SharedBefore | None:
    """What ``user`` could bring back into the couple they are in now, or None when they
    were never linked with this partner before (one query) or shared nothing then."""
    couple, partner = access.current_couple(user), access.partner_of(user)
    if couple is None or partner is None:
        return None
    earlier = earlier_couples(user, partner)
    if not earlier:
        return None
    mine = []
    for kind in KINDS:
        n = sum(
            mine_from_before(user, m, earlier, couple.pk).filter(kind.only).count()
            for m in kind.models
        )
        if n:
            mine.append(count_in_words(n, kind.one, kind.many))
    return SharedBefore(partner=partner, earlier=earlier, mine=mine)
