"""Which of a couple's topics "keep ending unresolved", for the counseling rule.

The "seek help" rule (``heartwork.counseling.rules``) suggests a counselor once enough
topics end without an answer both partners can live with. The room decides what counts
(docs/conflict.md, "Topics that keep ending unresolved"): of the topics the couple opened
in the last ``WINDOW``,

- those answered "not now", and
- those still waiting or open in which nothing moved for ``STALLED`` (no turn, and not
  joined, since then).

A repaired topic and a lasting difference are kind endings and never count. One COUNT,
through ``access.readable``, of rows both partners see: it loads no words and says
nothing about either partner alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.conflict.models import Topic, Turn
from heartwork.core.prepared import Prepared, Slots, count_of

WINDOW = timedelta(weeks=12)
STALLED = timedelta(weeks=3)


def unresolved_count(user: User, *, now: datetime | None = None) -> int:
    """How many topics of ``user``'s current couple ended unresolved lately (see above)."""
    us = access.reader_and_couple(user)
    if us is None:
        return 0
    now = now or timezone.now()
    rows = UNRESOLVED.rows(reader=us[0], couple=us[1], quiet=now - STALLED, opened=now - WINDOW)
    return int(rows[0][0]) if rows else 0


def _unresolved(slots: Slots) -> QuerySet[Any]:
    """``unresolved_count``'s one COUNT, built once per process (``core/prepared.py``)."""
    user, couple = access.marked(slots)
    moved = Turn.objects.filter(topic_id=OuterRef("pk"), created_at__gte=slots.quiet)
    stalled = (
        Q(status__in=(Topic.Status.INVITED, Topic.Status.OPEN), created_at__lt=slots.quiet)
        & (Q(answered_at__isnull=True) | Q(answered_at__lt=slots.quiet))
        & ~Exists(moved)
    )
    topics = (
        access.readable_in(user, couple, Topic)
        .filter(couple=couple, created_at__gte=slots.opened)
        .filter(Q(status=Topic.Status.NOT_NOW) | stalled)
    )
    return User.objects.filter(pk=slots.reader).values_list(count_of(topics))


UNRESOLVED = Prepared(_unresolved, reader=int, couple=int, quiet=datetime, opened=datetime)
