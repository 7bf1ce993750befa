"""Reads of the daily practices that the pages and the API share (one home each)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet

from heartwork import access
from heartwork.accounts.models import Couple, User
from heartwork.core.prepared import Prepared, Slots
from heartwork.daily.models import (
    DailyAnswer,
    DailyQuestion,
    NotKept,
    Promise,
    answer_seal,
)
from heartwork.daily.services import todays_question
from heartwork.together.models import ItemKind
from heartwork.together.selectors import Thread, threads_for


@dataclass
class TodaysQuestion:
    """Today's question and the answers the reader may see.

    ``answers`` holds the reader's own answer and, once both have answered, the
    partner's, in the order they were written. While the reader has not answered, the
    partner's answer stays sealed: only ``partner_answered`` says that it exists.
    """

    question: DailyQuestion | None
    answers: list[DailyAnswer] = field(default_factory=list)
    mine: DailyAnswer | None = None
    theirs: DailyAnswer | None = None
    partner_answered: bool = False  # "your turn": they answered, I have not (not what)
    # Once both have answered and it was asked for: the reactions and replies under each
    # answer, by the answer's public id (the one thread every shared item has).
    threads: dict[UUID, Thread] = field(default_factory=dict)

    @property
    def answered(self) -> bool:
        return self.mine is not None

    @property
    def both_answered(self) -> bool:
        return self.theirs is not None

    def partners_reply(self, answer: DailyAnswer) -> str | None:
        """The first reply to ``answer`` by the one who did not write it, or None: what the
        API's ``reply`` has always said (it held one reply each, from the partner)."""
        thread = self.threads.get(answer.public_id)
        replies = [r for r in thread.replies if r.author_id != answer.author_id] if thread else []
        return replies[0].body if replies else None


def todays_question_for(
    user: User,
    *,
    couple: Couple | None = None,
    day: date | None = None,
    with_replies: bool = False,
    waiting: bool = True,
) -> TodaysQuestion:
    """What the question page, the API and Today show of today's question, for ``user``.

    A fixed number of queries whatever the history: the question, the answers ``user``
    may read, then either "has the partner answered" (while ``user`` has not) or, when
    asked ``with_replies``, the reactions and replies under the two open answers. Callers
    that know the couple and its day pass them, to save the lookups; Today asks "has the
    partner answered" along with its other numbers (``waiting=False``).
    """
    question = todays_question(user, couple=couple, day=day)
    found = TodaysQuestion(question=question)
    if question is None:
        return found
    us = access.reader_and_couple(user)
    found.answers = (
        ANSWERS.objects(reader=us[0], couple=us[1], question=question.pk)
        if us is not None
        else list(
            access.readable(user, DailyAnswer)
            .filter(daily_question=question)
            .select_related("author")
        )
    )
    found.mine = next((a for a in found.answers if a.author_id == user.pk), None)
    found.theirs = next((a for a in found.answers if a.author_id != user.pk), None)
    if found.mine is None and waiting:
        found.partner_answered = partner_answered(user, question)
    elif with_replies and found.theirs is not None:
        found.threads = threads_for(user, ItemKind.ANSWER, found.answers)
    return found


def partner_answered(user: User, question: DailyQuestion) -> bool:
    """Whether the partner has answered ``question`` while ``user`` has not: only that, since
    their answer stays sealed until ``user`` answers too."""
    return access.waiting_on(user, DailyAnswer).filter(seal_key=answer_seal(question.pk)).exists()


def promises_open(user: User, limit: int) -> list[Promise]:
    """The open promises between the two of them, the soonest due first (Today and the
    promises page). Not those ``user`` marked "not kept" in private and has not told of:
    those stay open only for the one who promised, and are listed apart for ``user``."""
    us = access.reader_and_couple(user)
    if us is not None:
        return OPEN_PROMISES.objects(limit, reader=us[0], couple=us[1])
    return list(_promises_open(access.readable(user, Promise), user, limit))


def _promises_open(promises: QuerySet[Promise], user: User, limit: int) -> QuerySet[Promise]:
    kept_to_myself = NotKept.objects.filter(promise=OuterRef("pk"), author=user, told_at=None)
    return (
        promises.filter(status=Promise.Status.OPEN)
        .exclude(Exists(kept_to_myself))
        .select_related("author")
        .order_by("due", "id")[:limit]
    )


def _open_promises_in_couple(slots: Slots, limit: int) -> QuerySet[Promise]:
    """``promises_open`` built once per process and limit (``core/prepared.py``)."""
    user, couple = access.marked(slots)
    return _promises_open(access.readable_in(user, couple, Promise), user, limit)


OPEN_PROMISES = Prepared(_open_promises_in_couple, reader=int, couple=int)


def _answers_to(slots: Slots) -> QuerySet[DailyAnswer]:
    """The answers to one day's question the reader may read (built once per process)."""
    return (
        access.readable_in(*access.marked(slots), DailyAnswer)
        .filter(daily_question_id=slots.question)
        .select_related("author")
    )


ANSWERS = Prepared(_answers_to, reader=int, couple=int, question=int)


def promises_not_kept_privately(user: User) -> dict[int, NotKept]:
    """The partner's open promises that ``user`` marked "not kept" and has not told them
    about yet, by promise: only ``user``'s own private notes, never anyone else's.

    One query, limited to what is still open, so it stays small however long the history.
    """
    rows = (
        access.owned(user, NotKept)
        .filter(told_at__isnull=True, promise__status=Promise.Status.OPEN)
        .select_related("promise__author")
    )
    return {row.promise_id: row for row in rows}


def promise_talk_title(user: User, promise_id: str, limit: int) -> str:
    """Words to open a talk about a partner's promise with: about the moment, not the
    person. ``""`` for anything ``user`` may not read (so a guessed id shows nothing)."""
    if not promise_id:
        return ""
    try:
        found = (
            access.readable(user, Promise).exclude(author=user).filter(public_id=promise_id).first()
        )
    except (ValueError, ValidationError):
        return ""
    if found is None:
        return ""
    words = f"When “{found.text}” didn't happen"
    return words if len(words) <= limit else words[: limit - 1] + "…"
