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

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.conflict.models import Topic, Turn

WINDOW = timedelta(weeks=12)
STALLED = timedelta(weeks=3)


def unresolved_count(user: User, *, now: datetime | None = None) -> int:
    """How many topics of ``user``'s current couple ended unresolved lately (see above)."""
    couple = access.current_couple(user)
    if couple is None:
        return 0
    now = now or timezone.now()
    quiet_since = now - STALLED
    moved = Turn.objects.filter(topic_id=OuterRef("pk"), created_at__gte=quiet_since)
    stalled = (
        Q(status__in=(Topic.Status.INVITED, Topic.Status.OPEN), created_at__lt=quiet_since)
        & (Q(answered_at__isnull=True) | Q(answered_at__lt=quiet_since))
        & ~Exists(moved)
    )
    return (
        access.readable(user, Topic)
        .filter(couple=couple, created_at__gte=now - WINDOW)
        .filter(Q(status=Topic.Status.NOT_NOW) | stalled)
        .count()
    )
