"""What the Today page shows: a fixed number of queries, however long a couple's history."""

from __future__ import annotations

from dataclasses import dataclass, field

from heartwork import access
from heartwork.accounts.models import User
from heartwork.daily.models import Appreciation, CheckIn, DailyQuestion, Plan, Promise, Reminder
from heartwork.daily.selectors import promises_open, todays_question_for
from heartwork.daily.services import couple_today


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
    asked = todays_question_for(user, couple=couple, day=day)
    summary.question = asked.question
    summary.answered = asked.answered
    summary.both_answered = asked.both_answered
    summary.partner_answered = asked.partner_answered
    summary.checkins_today = access.readable(user, CheckIn).filter(date=day).count()
    summary.new_appreciations = (
        access.from_partner(user, Appreciation).filter(seen_at__isnull=True).count()
    )
    summary.upcoming = list(
        access.readable(user, Plan)
        .filter(done_at__isnull=True, withdrawn_at__isnull=True, planned_for__gte=day)
        .order_by("planned_for")[:3]
    )
    summary.open_promises = promises_open(user, 5)
    summary.reminder = (
        not summary.answered
        and Reminder.objects.filter(user=user, local_date=day, sent_at__isnull=False)
        .filter(user__reminders__in_app=True)
        .exists()
    )
    return summary
