"""The couple's practice summary: how often they did each daily practice, never what was said.

Only what both partners already see counts: items shared in the couple they are in now,
and daily questions both answered. A private check-in of either partner counts nowhere,
so the number cannot tell the partner that someone wrote one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Count
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.models import Visibility
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer, Plan, Promise

DAYS = 90

LABELS = {
    "questions_both_answered": "Daily questions both partners answered",
    "checkins_shared": "Check-ins shared with each other",
    "appreciations": "Appreciations sent",
    "plans_done": "Quality-time plans done",
    "new_activities": "Quality-time plans that were something new",
    "promises_kept": "Promises kept",
    "promises_marked": "Promises marked kept or not kept",
}


def practice_summary(user: User) -> dict[str, Any] | None:
    """Counts for the last ``DAYS`` days, or None when ``user`` is not in a couple."""
    couple = access.current_couple(user)
    if couple is None:
        return None
    since = timezone.now() - timedelta(days=DAYS)

    def shared(model: Any) -> Any:
        return access.readable(user, model).filter(
            couple=couple, visibility=Visibility.SHARED, created_at__gte=since
        )

    both = (
        access.readable(user, DailyAnswer)
        .filter(couple=couple, created_at__gte=since)
        .values("daily_question")
        .annotate(n=Count("id"))
        .filter(n=2)
        .count()
    )
    plans = shared(Plan).filter(done_at__isnull=False)
    marked = shared(Promise).exclude(
        status__in=[Promise.Status.OPEN, Promise.Status.RENEGOTIATED, Promise.Status.WITHDRAWN]
    )
    return {
        "days": DAYS,
        "counts": {
            "questions_both_answered": both,
            "checkins_shared": shared(CheckIn).count(),
            "appreciations": shared(Appreciation).count(),
            "plans_done": plans.count(),
            "new_activities": plans.filter(is_new_to_us=True).count(),
            "promises_kept": marked.filter(status=Promise.Status.KEPT).count(),
            "promises_marked": marked.count(),
        },
    }
