"""What each of two people had shared with the other before, when they link again.

A couple that ends keeps its things: each keeps what they wrote, and what was shared
stays in the ended couple, where nobody sees it again. If the same two people link once
more, each may bring back what *they* had shared in their earlier couples: one's own
things only, never the other's (who may choose for theirs), and only into a couple with
that same person, so someone new never sees what was shared before them.

The kinds are those the leave summary counts (``leaving.KINDS``), so what someone was
told they would lose is exactly what they may bring back.
"""

from __future__ import annotations

from dataclasses import dataclass

from heartwork import access
from heartwork.accounts.models import Membership, User
from heartwork.core.models import Visibility
from heartwork.together.leaving import KINDS, count_in_words


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


def mine_from_before(user: User, earlier: list[int]) -> dict[type, int]:
    """How many of each kind ``user`` shared in ``earlier`` couples (private stays out)."""
    counts = {}
    for model, _one, _many in KINDS:
        counts[model] = (
            access.owned(user, model)
            .filter(couple_id__in=earlier)
            .exclude(visibility=Visibility.PRIVATE)
            .count()
        )
    return counts


def shared_before(user: User) -> SharedBefore | None:
    """What ``user`` could bring back into the couple they are in now, or None when they
    were never linked with this partner before (one query) or shared nothing then."""
    partner = access.partner_of(user)
    if partner is None:
        return None
    earlier = earlier_couples(user, partner)
    if not earlier:
        return None
    counts = mine_from_before(user, earlier)
    mine = [count_in_words(counts[model], one, many) for model, one, many in KINDS if counts[model]]
    return SharedBefore(partner=partner, earlier=earlier, mine=mine)
