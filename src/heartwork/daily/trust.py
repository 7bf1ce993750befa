"""The trust record: promises kept over the last 90 days, for each partner, visible to both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.daily.models import Promise

DAYS = 90
WEEKS = 13


@dataclass(frozen=True)
class PersonRecord:
    """Kept out of kept-or-not; a renegotiated promise is neither, and counts against no one."""

    name: str
    kept: int
    marked: int
    renegotiated: int
    weekly: list[tuple[int, int]]  # (kept, kept-or-not) per week, oldest first

    @property
    def anything_marked(self) -> bool:
        """Whether the partner marked any of this person's promises in the window, a
        renegotiated one included: the summary then says so, as the list of them does."""
        return bool(self.marked or self.renegotiated)

    @property
    def bars(self) -> list[tuple[int, float, float, int, int]]:
        """Bar geometry for 13 weeks: x, top and height of the "kept" bar, kept, marked.

        Weeks with marked promises get a pale full-height bar; the kept share fills it.
        """
        out = []
        for i, (kept, marked) in enumerate(self.weekly):
            height = round(kept / marked * 60, 1) if marked else 0.0
            out.append((i * 22 + 4, round(65 - height, 1), height, kept, marked))
        return out


def trust_record(user: User) -> list[PersonRecord]:
    """One record for me and one for my partner, from the promises both can see."""
    since = timezone.now() - timedelta(days=DAYS)
    marked = (
        access.readable(user, Promise)
        .filter(marked_at__gte=since)
        .exclude(status=Promise.Status.OPEN)
        .select_related("author")
    )
    people = [user] + ([p] if (p := access.partner_of(user)) else [])
    records = []
    now = timezone.now()
    for person in people:
        weekly = [[0, 0] for _ in range(WEEKS)]
        theirs = [p for p in marked if p.author_id == person.pk]
        renegotiated = sum(p.status == Promise.Status.RENEGOTIATED for p in theirs)
        for promise in (p for p in theirs if p.status != Promise.Status.RENEGOTIATED):
            week = min(WEEKS - 1, max(0, WEEKS - 1 - (now - promise.marked_at).days // 7))  # type: ignore[operator]
            weekly[week][1] += 1
            weekly[week][0] += promise.status == Promise.Status.KEPT
        kept = sum(w[0] for w in weekly)
        total = sum(w[1] for w in weekly)
        records.append(
            PersonRecord(
                "You" if person == user else person.display_name,
                kept,
                total,
                renegotiated,
                [(k, m) for k, m in weekly],
            )
        )
    return records
