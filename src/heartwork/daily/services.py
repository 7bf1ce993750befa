"""Every change to the daily practices goes through here (web, API and demo alike)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import Couple, User
from heartwork.core import request_scope
from heartwork.core.errors import DomainError
from heartwork.core.models import Visibility
from heartwork.core.prepared import Prepared, Slots
from heartwork.daily.content import activities
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    DailyQuestion,
    DailySettings,
    NotKept,
    Plan,
    Promise,
    ReminderPreference,
    answer_seal,
)
from heartwork.daily.questions import pick_question

TEXT_MAX = 4000


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def couple_zone(couple_id: int) -> ZoneInfo:
    """The time zone a couple chose for their days (UTC until they choose).

    Read once per request, usually with the couple (``access``); a change forgets it.
    """
    return zone(request_scope.once(access.zone_key(couple_id), lambda: _zone_name(couple_id)))


def _zone_name(couple_id: int) -> str:
    name = DailySettings.objects.filter(couple_id=couple_id).values_list("timezone", flat=True)
    return name.first() or "UTC"


def couple_today(couple: Couple, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(couple_zone(couple.pk)).date()


def _couple(user: User) -> Couple:
    couple = access.current_couple(user)
    if couple is None:
        raise DomainError("This is something you do together: invite your partner first, under Us.")
    return couple


def _text(value: str, what: str, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise DomainError(f"Write a few words for {what} first.")
    if len(value) > TEXT_MAX:
        raise DomainError(
            f"That's a little long for {what}: please keep it under {TEXT_MAX} characters."
        )
    return value


def todays_question(
    user: User,
    now: datetime | None = None,
    *,
    couple: Couple | None = None,
    day: date | None = None,
) -> DailyQuestion | None:
    """Today's question for the user's couple, chosen on first look (the same for both).

    Callers that already know the couple and its day pass them, to save the lookups.
    """
    couple = couple or access.current_couple(user)
    if couple is None:
        return None
    day = day or couple_today(couple, now)
    existing = ASKED.objects(couple=couple.pk, day=day)
    if existing:
        return existing[0]
    question_id = pick_question(couple.pk, day)
    if question_id is None:
        return None
    apart = bool(
        DailySettings.objects.filter(couple=couple).values_list("apart", flat=True).first()
    )
    try:
        with transaction.atomic():
            return DailyQuestion.objects.create(
                couple=couple, date=day, question_id=question_id, apart=apart
            )
    except IntegrityError:  # the partner opened it at the same moment
        return DailyQuestion.objects.select_related("question").get(couple=couple, date=day)


@transaction.atomic
def daily_answer(*, user: User, daily_question_id: int, body: str) -> DailyAnswer:
    """Answer (or change one's answer to) a question; sealed until both have answered.

    Changing it while it is sealed leaves no trace. Once the partner has answered too,
    both answers are open, and a change is kept with the time it was made (``edited_at``):
    an answer rewritten after reading the partner's shows as edited to both.
    """
    couple = _couple(user)
    question = DailyQuestion.objects.filter(pk=daily_question_id, couple=couple).first()
    if question is None:
        raise DomainError("That question isn't one of yours.")
    body = _text(body, "your answer")
    mine = DailyAnswer.objects.filter(daily_question=question, author=user)
    answer = mine.select_for_update().first()
    if answer is None:
        try:
            with transaction.atomic():
                return DailyAnswer.objects.create(
                    daily_question=question,
                    author=user,
                    body=body,
                    couple=couple,
                    visibility=Visibility.SEALED,
                    seal_key=answer_seal(question.pk),
                )
        except IntegrityError:  # saved from another tab a moment ago
            answer = mine.select_for_update().get()
    if answer.body == body:
        return answer
    opened = DailyAnswer.objects.filter(daily_question=question).exclude(author=user).exists()
    if opened:
        answer.edited_at = timezone.now()
    answer.body = body
    answer.save(update_fields=["body", "edited_at", "updated_at"])
    return answer


@transaction.atomic
def checkin_create(
    *,
    user: User,
    mood: int,
    feelings: list[str],
    good_thing: str = "",
    hard_thing: str = "",
    shared: bool = False,
) -> CheckIn:
    if not 1 <= mood <= 5:
        raise DomainError("Pick a mood from 1 to 5.")
    couple = access.current_couple(user)
    if shared and couple is None:
        raise DomainError(
            "You can share a check-in once your partner has joined; keep this one private for now."
        )
    return CheckIn.objects.create(
        author=user,
        couple=couple,
        date=couple_today(couple) if couple else timezone.localdate(),
        mood=mood,
        feelings=feelings,
        good_thing=_text(good_thing, "the good thing", required=False),
        hard_thing=_text(hard_thing, "the hard thing", required=False),
        visibility=Visibility.SHARED if shared else Visibility.PRIVATE,
    )


@transaction.atomic
def appreciation_send(*, user: User, kind: str, body: str) -> Appreciation:
    if kind not in Appreciation.Kind.values:
        raise DomainError("Choose thanks, a compliment or affection.")
    return Appreciation.objects.create(
        author=user,
        couple=_couple(user),
        kind=kind,
        body=_text(body, "your appreciation"),
        visibility=Visibility.SHARED,
    )


def appreciations_seen(*, user: User, shown: Iterable[Appreciation]) -> int:
    """Mark the partner's appreciations ``user`` was just shown as seen; how many were new.

    Only those not seen before, and no query at all when there are none: looking at
    the page again writes nothing (issue 12).
    """
    new = [a.pk for a in shown if a.author_id != user.pk and a.seen_at is None]
    if not new:
        return 0
    return (
        access.readable(user, Appreciation)
        .exclude(author=user)
        .filter(pk__in=new, seen_at__isnull=True)
        .update(seen_at=timezone.now())
    )


@transaction.atomic
def plan_create(
    *, user: User, title: str, planned_for: date, activity_key: str = "", is_new_to_us: bool = False
) -> Plan:
    # A key into the built-in ideas, never free text: it is the one text column of a plan
    # that is not encrypted.
    if activity_key and activity_key not in {a.key for a in activities()}:
        raise DomainError("That isn't one of the ideas: pick one from the list, or none.")
    return Plan.objects.create(
        author=user,
        couple=_couple(user),
        title=_text(title, "the plan"),
        planned_for=planned_for,
        activity_key=activity_key,
        is_new_to_us=is_new_to_us,
        visibility=Visibility.SHARED,
    )


@transaction.atomic
def plan_done(
    *, user: User, plan_id: UUID, memory: str = "", how_it_felt: int | None = None
) -> Plan:
    """Either partner can mark a shared plan done, with a short memory."""
    plan = access.get_readable(user, Plan, plan_id)
    if how_it_felt is not None and not 1 <= how_it_felt <= 5:
        raise DomainError("Pick how it felt from 1 to 5.")
    plan.done_at = timezone.now()
    plan.memory = _text(memory, "the memory", required=False)
    plan.how_it_felt = how_it_felt
    plan.save()
    return plan


@transaction.atomic
def plan_change(
    *, user: User, plan_id: UUID, title: str | None = None, planned_for: date | None = None
) -> Plan:
    """Its author changes what or when (None keeps it as it is); the partner sees it
    changed (``changed_at``)."""
    plan = _open_plan(user, plan_id)
    if title is None and planned_for is None:
        raise DomainError("Send a new title, a new date, or both.")
    if title is not None:
        plan.title = _text(title, "the plan")
    if planned_for is not None:
        plan.planned_for = planned_for
    plan.changed_at = timezone.now()
    plan.save()
    return plan


@transaction.atomic
def plan_withdraw(*, user: User, plan_id: UUID) -> Plan:
    """Its author calls a plan off; the partner is told, and it leaves the lists."""
    plan = _open_plan(user, plan_id)
    plan.withdrawn_at = plan.changed_at = timezone.now()
    plan.save()
    return plan


def _open_plan(user: User, plan_id: UUID) -> Plan:
    plan = access.get_owned(user, Plan, plan_id)
    if plan.done_at is not None or plan.withdrawn_at is not None:
        raise DomainError("This plan is already done or called off, so it can't change now.")
    return plan


@transaction.atomic
def promise_make(*, user: User, text: str, due: date) -> Promise:
    return Promise.objects.create(
        author=user,
        couple=_couple(user),
        text=_text(text, "your promise"),
        due=due,
        visibility=Visibility.SHARED,
    )


@transaction.atomic
def promise_change(
    *, user: User, promise_id: UUID, text: str | None = None, due: date | None = None
) -> Promise:
    """Its author rewords or reschedules an open promise (None keeps it as it is); the
    partner sees it changed."""
    promise = _open_promise(user, promise_id)
    if text is None and due is None:
        raise DomainError("Send new words, a new date, or both.")
    if text is not None:
        promise.text = _text(text, "your promise")
    if due is not None:
        promise.due = due
    promise.changed_at = timezone.now()
    promise.save()
    return promise


@transaction.atomic
def promise_withdraw(*, user: User, promise_id: UUID) -> Promise:
    """Its author takes an open promise back, honestly: it shows as withdrawn to both and
    counts for and against no one in the trust record."""
    promise = _open_promise(user, promise_id)
    promise.status = Promise.Status.WITHDRAWN
    promise.changed_at = timezone.now()
    promise.save()
    return promise


def _open_promise(user: User, promise_id: UUID) -> Promise:
    promise = access.get_owned(user, Promise, promise_id)
    if promise.status != Promise.Status.OPEN:
        raise DomainError(
            "This promise has been marked or withdrawn already, so it stays as it is."
        )
    return promise


@transaction.atomic
def promise_mark(*, user: User, promise_id: UUID, status: str, note: str = "") -> Promise:
    """The partner, not the one who promised, says how it went: kindly, and with a note.

    "Kept" and "renegotiated" are told at once. "Not kept" is kept to oneself first
    (``promise_not_kept_privately``): ``note`` is then a private note of how it felt.
    """
    promise = access.get_readable(user, Promise, promise_id)
    _may_mark(user, promise)
    if status not in {Promise.Status.KEPT, Promise.Status.NOT_KEPT, Promise.Status.RENEGOTIATED}:
        raise DomainError("Choose kept, not kept, or renegotiated.")
    if status == Promise.Status.NOT_KEPT and promise.status == Promise.Status.OPEN:
        promise_not_kept_privately(user=user, promise=promise, feeling=note)
        return promise
    promise.status = status
    promise.note = _text(note, "the note", required=False)
    promise.marked_at = timezone.now()
    promise.save()
    return promise


def _may_mark(user: User, promise: Promise) -> None:
    if promise.author_id == user.pk:
        raise DomainError("Your partner marks your promises; you can mark theirs.")
    if promise.status == Promise.Status.WITHDRAWN:
        raise DomainError("This promise was withdrawn, so there is nothing to mark.")


def promise_not_kept_privately(*, user: User, promise: Promise, feeling: str) -> NotKept:
    """Note, for oneself alone, that the partner's promise was not kept, and how it felt.

    The promise stays open for its author and no record changes: nothing reaches them
    until ``user`` chooses to tell them (``promise_tell``) or to talk about it. Marking
    it again rewrites the private note.
    """
    feeling = _text(feeling, "how it felt", required=False)
    mine, made = NotKept.objects.get_or_create(
        promise=promise,
        author=user,
        defaults={"couple": promise.couple, "visibility": Visibility.PRIVATE, "feeling": feeling},
    )
    if not made and mine.feeling != feeling:
        mine.feeling = feeling
        mine.save(update_fields=["feeling", "updated_at"])
    return mine


@transaction.atomic
def promise_tell(*, user: User, promise_id: UUID, note: str = "") -> Promise:
    """Tell the partner their promise was not kept, with the words ``user`` chooses.

    Only after marking it so in private: the promise becomes "not kept" for both and
    counts in the trust record. The private note of how it felt stays private.
    """
    promise = access.get_readable(user, Promise, promise_id)
    _may_mark(user, promise)
    if promise.status != Promise.Status.OPEN:
        raise DomainError("This promise has been marked already, so there is nothing to tell.")
    private = NotKept.objects.select_for_update().filter(promise=promise, author=user).first()
    if private is None:
        raise DomainError(
            "Mark it as not kept first; it stays with you until you choose to tell them."
        )
    now = timezone.now()
    promise.status = Promise.Status.NOT_KEPT
    promise.note = _text(note, "what you'd like them to know", required=False)
    promise.marked_at = now
    promise.save()
    private.told_at = now
    private.save(update_fields=["told_at", "updated_at"])
    return promise


@transaction.atomic
def daily_settings_update(
    *, user: User, timezone_name: str, pack_keys: list[str], max_depth: int, apart: bool = False
) -> DailySettings:
    """The couple's shared choices; either partner may change them."""
    from heartwork.daily.models import QuestionPack

    couple = _couple(user)
    if zone(timezone_name).key != timezone_name:
        raise DomainError("Choose a time zone from the list.")
    if max_depth not in (1, 2, 3):
        raise DomainError("Choose light, medium or deep.")
    choice, _ = DailySettings.objects.get_or_create(couple=couple)
    choice.timezone, choice.max_depth, choice.apart = timezone_name, max_depth, apart
    choice.save()
    request_scope.forget()  # couple_zone remembers it for the request
    choice.packs.set(QuestionPack.objects.filter(key__in=pack_keys))
    return choice


@transaction.atomic
def reminders_update(
    *,
    user: User,
    enabled: bool,
    time_of_day: object,
    timezone_name: str,
    by_email: bool,
    in_app: bool,
) -> ReminderPreference:
    if zone(timezone_name).key != timezone_name:
        raise DomainError("Choose a time zone from the list.")
    preference, _ = ReminderPreference.objects.update_or_create(
        user=user,
        defaults={
            "enabled": enabled,
            "time_of_day": time_of_day,
            "timezone": timezone_name,
            "by_email": by_email,
            "in_app": in_app,
        },
    )
    return preference


def _asked(slots: Slots) -> QuerySet[DailyQuestion]:
    """The question chosen for a couple's day, if one was: read on every Today and
    question page, so built once per process (``core/prepared.py``)."""
    return (
        DailyQuestion.objects.filter(couple_id=slots.couple, date=slots.day)
        .select_related("question__pack")
        .order_by("pk")[:1]
    )


ASKED = Prepared(_asked, couple=int, day=date)
