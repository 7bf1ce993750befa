"""What the Today page shows: a fixed number of queries, however long a couple's history."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef

from heartwork import access
from heartwork.accounts.models import User
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    DailyQuestion,
    NotKept,
    Plan,
    Promise,
    Reminder,
    answer_seal,
)
from heartwork.daily.services import couple_today, todays_question


def partner_answered(user: User, question: DailyQuestion) -> bool:
    """Whether the partner has answered ``question`` while ``user`` has not: only that, since
    their answer stays sealed until ``user`` answers too."""
    return access.waiting_on(user, DailyAnswer).filter(seal_key=answer_seal(question.pk)).exists()


@dataclass
class Today:
    partner: User | None
    question: DailyQuestion | None = None
    answered: bool = False
    partner_answered: bool = False  # "your turn": they answered, I have not (not what)
    both_answered: bool = False
    checkins_today: int = 0
    new_appreciations: int = 0
    upcoming: list[Plan] = field(default_factory=list)
    open_promises: list[Promise] = field(default_factory=list)
    reminder: bool = False


def today_for(user: User) -> Today:
    partner = access.partner_of(user)
    couple = access.current_couple(user) if partner else None
    summary = Today(partner=partner)
    if couple is None:
        return summary
    day = couple_today(couple)
    summary.question = todays_question(user, couple=couple, day=day)
    if summary.question is not None:
        authors = set(
            access.readable(user, DailyAnswer)
            .filter(daily_question=summary.question)
            .values_list("author_id", flat=True)
        )
        summary.answered = user.pk in authors
        summary.both_answered = len(authors) == 2
        summary.partner_answered = not summary.answered and partner_answered(user, summary.question)
    summary.checkins_today = access.readable(user, CheckIn).filter(date=day).count()
    summary.new_appreciations = (
        access.from_partner(user, Appreciation).filter(seen_at__isnull=True).count()
    )
    summary.upcoming = list(
        access.readable(user, Plan)
        .filter(done_at__isnull=True, withdrawn_at__isnull=True, planned_for__gte=day)
        .order_by("planned_for")[:3]
    )
    # Not those the reader marked "not kept" in private: open only for the one who promised.
    kept_to_myself = NotKept.objects.filter(promise=OuterRef("pk"), author=user, told_at=None)
    summary.open_promises = list(
        access.readable(user, Promise)
        .filter(status=Promise.Status.OPEN)
        .exclude(Exists(kept_to_myself))
        .select_related("author")
        .order_by("due")[:5]
    )
    summary.reminder = (
        not summary.answered
        and Reminder.objects.filter(user=user, local_date=day, sent_at__isnull=False)
        .filter(user__reminders__in_app=True)
        .exists()
    )
    return summary
