"""How we fight, over time: counts per month, never a word of what was written.

``conflict_counts(user)`` is the one read of these numbers: the room's own chart, the API,
and (in other apps) the "seek help" rule and the counselor's report call it. It counts the
couple's shared rows in the room (topics, breaks, turns and the names of the patterns the
coach flagged in turns that were sent), in a fixed number of queries whatever the
couple's history, and loads no encrypted text at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Exists, OuterRef
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.coach import HARMFUL
from heartwork.conflict.models import Break, Topic, Turn

MONTHS = 12


@dataclass
class MonthCounts:
    month: date  # the first day of the month
    opened: int = 0  # topics opened
    resolved: int = 0  # topics closed as repaired
    lasting: int = 0  # topics both called a lasting difference, to keep talking about kindly
    not_now: int = 0  # invitations answered "not now"
    breaks: int = 0  # breaks taken
    honoured: int = 0  # breaks after which the couple came back and took a turn
    repairs_offered: int = 0  # apologies offered
    repairs_accepted: int = 0  # apologies accepted
    patterns: dict[str, int] = field(default_factory=dict)  # coach label -> flagged turns

    def to_dict(self) -> dict[str, object]:
        return {
            "month": self.month.isoformat(),
            "opened": self.opened,
            "resolved": self.resolved,
            "lasting": self.lasting,
            "not_now": self.not_now,
            "breaks": self.breaks,
            "honoured": self.honoured,
            "repairs_offered": self.repairs_offered,
            "repairs_accepted": self.repairs_accepted,
            "patterns": dict(self.patterns),
        }


def _months(now: datetime, count: int) -> list[date]:
    year, month = now.year, now.month
    out = []
    for _ in range(count):
        out.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _key(moment: datetime) -> date:
    return date(moment.year, moment.month, 1)


def conflict_counts(
    user: User, *, months: int = MONTHS, now: datetime | None = None
) -> list[MonthCounts]:
    """The couple's counts for each of the last ``months`` months, oldest first.

    Empty months are there with zeros, so a chart and a rule read the same span. Only the
    couple ``user`` is in now is counted; without one, every month is zero.
    """
    now = timezone.localtime(now or timezone.now())
    keys = _months(now, months)
    rows = {key: MonthCounts(key) for key in keys}
    couple = access.current_couple(user)
    if couple is None:
        return list(rows.values())
    since = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    since = since.replace(year=keys[0].year, month=keys[0].month)
    topics = access.readable(user, Topic).filter(couple=couple)
    for created, answered, status in topics.filter(created_at__gte=since).values_list(
        "created_at", "answered_at", "status"
    ):
        rows[_key(timezone.localtime(created))].opened += 1
        if status == Topic.Status.NOT_NOW and answered and answered >= since:
            rows[_key(timezone.localtime(answered))].not_now += 1
    settled = topics.filter(resolved_at__gte=since).values_list("resolved_at", "status")
    for resolved, status in settled:
        row = rows[_key(timezone.localtime(resolved))]
        if status == Topic.Status.LASTING:
            row.lasting += 1
        else:
            row.resolved += 1
    came_back = Turn.objects.filter(
        topic_id=OuterRef("topic_id"), created_at__gte=OuterRef("ends_at")
    )
    breaks = access.readable(user, Break).filter(couple=couple, created_at__gte=since)
    for created, honoured in breaks.annotate(back=Exists(came_back)).values_list(
        "created_at", "back"
    ):
        row = rows[_key(timezone.localtime(created))]
        row.breaks += 1
        row.honoured += bool(honoured)
    turns = access.readable(user, Turn).filter(couple=couple, created_at__gte=since)
    patterns: dict[date, Counter[str]] = {key: Counter() for key in keys}
    for created, kind, flagged in turns.values_list("created_at", "kind", "flagged"):
        key = _key(timezone.localtime(created))
        row = rows[key]
        row.repairs_offered += kind == Turn.Kind.APOLOGY
        row.repairs_accepted += kind == Turn.Kind.ACCEPT
        patterns[key].update(label for label in flagged if label in HARMFUL)
    for key, counted in patterns.items():
        rows[key].patterns = {label: counted[label] for label in HARMFUL if counted[label]}
    return list(rows.values())
