"""What the Today page shows: a fixed number of queries, however long a couple's history.

Six: the couple's time zone, today's question, the answers the reader may see, one of
small numbers (``_numbers``), the next plans and the open promises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from django.db.models import Exists, QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.prepared import Prepared, Slots, count_of
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    DailyQuestion,
    Plan,
    Promise,
    Reminder,
    answer_seal,
)
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
    asked = todays_question_for(user, couple=couple, day=day, waiting=False)
    summary.question = asked.question
    summary.answered = asked.answered
    summary.both_answered = asked.both_answered
    unanswered = None if asked.answered else asked.question
    checkins, appreciations, reminded, waiting = _numbers(user, day, unanswered=unanswered)
    summary.checkins_today, summary.new_appreciations = checkins, appreciations
    summary.reminder = reminded and not asked.answered
    summary.partner_answered = waiting
    summary.upcoming = UPCOMING.objects(reader=user.pk, couple=couple.pk, day=day)
    summary.open_promises = promises_open(user, 5)
    return summary


def _numbers(
    user: User, day: date, *, unanswered: DailyQuestion | None
) -> tuple[int, int, bool, bool]:
    """Today's small numbers in one query (they were four): check-ins today, new
    appreciations, whether today's reminder went out, and whether the partner answered
    ``unanswered`` (today's question, while ``user`` has not). Counts and yes or no only:
    no words are read, and a sealed answer stays sealed. The query is built once per
    process (``core/prepared.py``): building it took far longer than running it.
    """
    us = access.reader_and_couple(user)
    if us is None:
        return 0, 0, False, False
    reader, couple = us
    if unanswered is None:
        rows = NUMBERS.rows(reader=reader, couple=couple, day=day)
    else:
        seal = answer_seal(unanswered.pk)
        rows = NUMBERS_ASKING.rows(reader=reader, couple=couple, day=day, seal=seal)
    found = rows[0] if rows else (0, 0, False, False)
    return int(found[0]), int(found[1]), bool(found[2]), bool(found[3])


def _small_numbers(slots: Slots, *, asking: bool) -> QuerySet[Any]:
    """``_numbers``' query, with markers for the reader, their couple, the day and the
    seal of today's question (``asking``: while the reader has not answered it)."""
    user, couple = access.marked(slots)
    checkins = access.readable_in(user, couple, CheckIn).filter(date=slots.day)
    appreciations = access.from_partner_in(user, couple, Appreciation).filter(seen_at__isnull=True)
    reminder = Reminder.objects.filter(
        user=user, local_date=slots.day, sent_at__isnull=False, user__reminders__in_app=True
    )
    answered = (
        access.waiting_on_in(user, couple, DailyAnswer).filter(seal_key=slots.seal)
        if asking
        else DailyAnswer.objects.none()
    )
    return User.objects.filter(pk=slots.reader).values_list(
        count_of(checkins), count_of(appreciations), Exists(reminder), Exists(answered)
    )


NUMBERS = Prepared(partial(_small_numbers, asking=False), reader=int, couple=int, day=date)
NUMBERS_ASKING = Prepared(
    partial(_small_numbers, asking=True), reader=int, couple=int, day=date, seal=str
)


def _next_plans(slots: Slots) -> QuerySet[Plan]:
    """The next three plans the reader may see, from ``slots.day`` on."""
    return (
        access.readable_in(*access.marked(slots), Plan)
        .filter(done_at__isnull=True, withdrawn_at__isnull=True, planned_for__gte=slots.day)
        .order_by("planned_for")[:3]
    )


UPCOMING = Prepared(_next_plans, reader=int, couple=int, day=date)
