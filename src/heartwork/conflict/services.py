"""Every change in the conflict room goes through here: the web, the API, the demo alike.

The rules live here, not in a view: who may answer an invitation, what step comes next
(``room.Room.may``), that the coach reads a turn before it is sent, that a break lasts at
least 20 minutes and pauses the room, and that a partner whose couple exercises are
resting (``safety.services.joint_exercises_paused``) is never drawn in.
"""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from django.db import IntegrityError, transaction
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import Couple, User
from heartwork.coach import Analysis
from heartwork.coach.web.service import coach_analyze
from heartwork.conflict.models import (
    Account,
    Break,
    Need,
    Option,
    Rating,
    Topic,
    Turn,
    account_seal,
    needs_seal,
)
from heartwork.conflict.room import NEEDS_WORDS, Room
from heartwork.conflict.selectors import room_for, topic_of
from heartwork.core.errors import DomainError
from heartwork.core.models import Visibility
from heartwork.daily import services as daily_services
from heartwork.daily.content import feeling_words
from heartwork.safety.services import joint_exercises_paused

TITLE_MAX = 200
TEXT_MAX = 4000
FEELINGS_MAX = 12
# Calming down takes at least 20 minutes once the heart races past about 100 a minute.
BREAK_MIN_MINUTES = 20
BREAK_MAX_MINUTES = 24 * 60
RESTING = "The conflict room is resting for now."


class TurnFlagged(DomainError):
    """The coach noticed words that may land harder than meant; sending anyway is allowed."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__(
            "A gentle thought before this goes: some words here may land harder than you mean "
            f"({', '.join(label.replace('_', ' ') for label in analysis.harmful)}). "
            "You could use a softer wording, or send it as it is."
        )
        self.analysis = analysis


def _couple(user: User) -> Couple:
    couple = access.current_couple(user)
    if couple is None:
        raise DomainError("This is something you do together: invite your partner first, under Us.")
    return couple


def _not_resting(user: User) -> None:
    if joint_exercises_paused(user):
        raise DomainError(RESTING)


def _text(value: str, what: str, *, limit: int = TEXT_MAX, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise DomainError(f"Write a few words for {what} first.")
    if len(value) > limit:
        raise DomainError(
            f"That's a little long for {what}: please keep it under {limit} characters."
        )
    return value


def _open_room(user: User, topic_id: UUID | str) -> Room:
    """The room, locked for this change, refused while resting, paused, or not ours now."""
    _not_resting(user)
    room = room_for(user, topic_id, lock=True)
    couple = access.current_couple(user)
    if couple is None or room.topic.couple_id != couple.pk:
        raise DomainError("This topic belongs to an earlier time; it can be read, not changed.")
    if room.on_break is not None:
        until = timezone.localtime(room.on_break.ends_at).strftime("%H:%M")
        raise DomainError(
            f"You're on a break until {until}. Take the time; the room will be here after."
        )
    return room


@transaction.atomic
def topic_open(
    *, user: User, title: str, way: str = Topic.Way.AFTER, send_anyway: bool = False
) -> Topic:
    """Open something that happened, for both to work through; the partner is invited.

    The opening words are the gentle start-up: the coach reads them first, and they are
    held back with softer wordings (``TurnFlagged``) unless sent anyway. Stonewalling is
    not looked for here: opening a conversation is the opposite of shutting one down, and
    a short name for a topic ("Money", "Sunday night") reads to the coach like a curt
    "Fine.".
    """
    couple = _couple(user)
    _not_resting(user)
    if way not in Topic.Way.values:
        raise DomainError("Choose “after a fight” or “talk it through now”.")
    title = _text(title, "what happened", limit=TITLE_MAX)
    analysis = coach_analyze(title)
    if any(label != "stonewalling" for label in analysis.harmful) and not send_anyway:
        raise TurnFlagged(analysis)
    return Topic.objects.create(
        author=user, couple=couple, visibility=Visibility.SHARED, way=way, title=title
    )


@transaction.atomic
def topic_answer(*, user: User, topic_id: UUID | str, join: bool) -> Topic:
    """The invited partner joins, or says "not now" (no reason asked, none shown).

    A partner whose couple exercises are resting is never drawn in: whatever they press,
    the topic answers "not now", exactly as a plain "not now" does, and they see support
    for themselves instead.
    """
    room = room_for(user, topic_id, lock=True)
    topic = room.topic
    if topic.author_id == user.pk:
        raise DomainError("This invitation is your partner's to answer.")
    if topic.status != Topic.Status.INVITED:
        raise DomainError("This invitation has already been answered.")
    if joint_exercises_paused(user):
        join = False
    topic.status = Topic.Status.OPEN if join else Topic.Status.NOT_NOW
    topic.answered_at = timezone.now()
    topic.save(update_fields=["status", "answered_at", "updated_at"])
    return topic


def topic_rest_for(*, user: User, topic: Topic) -> None:
    """When a resting partner looks at an invitation, it quietly becomes "not now"."""
    if (
        topic.status == Topic.Status.INVITED
        and topic.author_id != user.pk
        and joint_exercises_paused(user)
    ):
        topic_answer(user=user, topic_id=topic.public_id, join=False)
        topic.refresh_from_db()


@transaction.atomic
def account_write(
    *, user: User, topic_id: UUID | str, feelings: list[str], body: str, touched: str
) -> Account:
    """My own side, written privately; sealed until my partner has written theirs."""
    room = _open_room(user, topic_id)
    if not room.may_write_account:
        raise DomainError(
            "You've written your side already; it opens for your partner once theirs is in."
            if room.mine is not None
            else "This isn't the time for that step."
        )
    known = feeling_words()
    if any(word not in known for word in feelings):
        raise DomainError("Pick your feeling words from the list.")
    if len(set(feelings)) > FEELINGS_MAX:
        raise DomainError(f"Pick up to {FEELINGS_MAX} feeling words, the ones that fit best.")
    try:
        with transaction.atomic():
            return Account.objects.create(
                topic=room.topic,
                author=user,
                couple=room.topic.couple,
                visibility=Visibility.SEALED,
                seal_key=account_seal(room.topic.pk),
                feelings=sorted(set(feelings)),
                body=_text(body, "what it was like for you"),
                touched=_text(touched, "what it touched in you"),
            )
    except IntegrityError:
        raise DomainError("You've written your side already.") from None


def turn_check(*, user: User, topic_id: UUID | str, kind: str, body: str) -> Analysis:
    """What the coach makes of a turn before it is sent, read against what it answers."""
    room = room_for(user, topic_id)
    return coach_analyze(body, replying_to=room.replying_to(kind))


def _kind_for(room: Room, kind: str | None) -> str:
    may = room.may
    if kind is None:
        if len(may) == 1:
            return may[0]
        if not may:
            raise DomainError("There's nothing for you to send just now.")
        raise DomainError(f"Say which step this is: one of {', '.join(may)}.")
    if kind not in Turn.Kind.values:
        raise DomainError("That isn't one of the steps.")
    if kind not in may:
        raise DomainError("This isn't the time for that step.")
    return kind


@transaction.atomic
def turn_send(
    *,
    user: User,
    topic_id: UUID | str,
    body: str = "",
    kind: str | None = None,
    send_anyway: bool = False,
) -> Turn:
    """Send one turn, after the coach has read it.

    When the coach notices a pattern that pushes partners apart, the turn is not sent
    and ``TurnFlagged`` carries softer wordings; sent again with ``send_anyway`` it goes
    as written, and keeps the names of the patterns (never the words) for the couple's
    record over time.
    """
    room = _open_room(user, topic_id)
    kind = _kind_for(room, kind)
    body = _text(body, "this step", required=kind in NEEDS_WORDS)
    flagged: list[str] = []
    if body:
        analysis = coach_analyze(body, replying_to=room.replying_to(kind))
        flagged = analysis.harmful
        if flagged and not send_anyway:
            raise TurnFlagged(analysis)
    return Turn.objects.create(
        topic=room.topic,
        author=user,
        couple=room.topic.couple,
        visibility=Visibility.SHARED,
        kind=kind,
        body=body,
        answers=room.answering(kind),
        flagged=flagged,
    )


@transaction.atomic
def plan_promise(*, user: User, turn_id: UUID | str, due: date | None = None) -> Turn:
    """Make my plan for next time a promise in the trust record (due in a week unless chosen)."""
    plan = access.get_owned(user, Turn, turn_id)
    if plan.kind != Turn.Kind.PLAN:
        raise DomainError("Only a plan for next time can become a promise.")
    if plan.promise_id is not None:
        raise DomainError("This plan is already a promise.")
    today = timezone.localdate()
    due = due or today + timedelta(days=7)
    if due < today:
        raise DomainError("Choose a day from today on for the promise.")
    plan.promise = daily_services.promise_make(user=user, text=plan.body, due=due)
    plan.save(update_fields=["promise", "updated_at"])
    return plan


@transaction.atomic
def break_call(*, user: User, topic_id: UUID | str, minutes: int = BREAK_MIN_MINUTES) -> Break:
    """Pause the room for both, no reason needed, for at least 20 minutes."""
    if minutes < BREAK_MIN_MINUTES:
        raise DomainError(
            f"A break lasts at least {BREAK_MIN_MINUTES} minutes: that is how long a body "
            "takes to calm down."
        )
    if minutes > BREAK_MAX_MINUTES:
        raise DomainError("Choose a break of up to a day; you can take another after.")
    room = _open_room(user, topic_id)
    if room.topic.status != Topic.Status.OPEN:
        raise DomainError("A break is for a conversation that's under way.")
    return Break.objects.create(
        topic=room.topic,
        author=user,
        couple=room.topic.couple,
        visibility=Visibility.SHARED,
        ends_at=timezone.now() + timedelta(minutes=minutes),
    )


@transaction.atomic
def topic_resolve(*, user: User, topic_id: UUID | str) -> Topic:
    """Close the topic as repaired, once both have a plan and every apology has its reply."""
    room = _open_room(user, topic_id)
    if not room.may_resolve:
        raise DomainError(
            "Not yet: it closes once you each have a plan for next time and every apology "
            "has its reply."
        )
    topic = room.topic
    topic.status = Topic.Status.RESOLVED
    topic.resolved_at = timezone.now()
    topic.save(update_fields=["status", "resolved_at", "updated_at"])
    return topic


# Needs and options

OPTIONS_MAX = 50
RATINGS = {1: "Not really", 2: "Partly", 3: "Yes"}


def _needs_room(user: User, topic_id: UUID | str) -> Room:
    room = _open_room(user, topic_id)
    if not room.needs_open:
        raise DomainError(
            "Needs and options come once you've each been heard; keep going, you're close."
        )
    return room


@transaction.atomic
def need_write(*, user: User, topic_id: UUID | str, body: str) -> Need:
    """What I need, privately: sealed until my partner has written theirs."""
    room = _needs_room(user, topic_id)
    if room.my_need is not None:
        raise DomainError("You've written what you need; it opens once your partner has too.")
    try:
        with transaction.atomic():
            return Need.objects.create(
                topic=room.topic,
                author=user,
                couple=room.topic.couple,
                visibility=Visibility.SEALED,
                seal_key=needs_seal(room.topic.pk),
                body=_text(body, "what you need"),
            )
    except IntegrityError:
        raise DomainError("You've written what you need already.") from None


@transaction.atomic
def option_add(*, user: User, topic_id: UUID | str, body: str) -> Option:
    """A way forward, once both needs are open (either partner may add one)."""
    room = _needs_room(user, topic_id)
    if room.their_need is None:
        raise DomainError("Options come once you've both written what you need.")
    if len(room.options) >= OPTIONS_MAX:
        raise DomainError(f"That's {OPTIONS_MAX} options already: rate the ones you have.")
    return Option.objects.create(
        topic=room.topic,
        author=user,
        couple=room.topic.couple,
        visibility=Visibility.SHARED,
        body=_text(body, "the option"),
    )


@transaction.atomic
def option_rate(*, user: User, option_id: UUID | str, value: int) -> Rating:
    """How well an option meets my needs (1 not really, 2 partly, 3 yes); I may change it."""
    if value not in RATINGS:
        raise DomainError("Rate it 1 (not really), 2 (partly) or 3 (yes).")
    option = access.get_readable(user, Option, option_id)
    _needs_room(user, topic_of(option).public_id)
    rating, _ = Rating.objects.update_or_create(
        option=option,
        author=user,
        defaults={"value": value, "couple": option.couple, "visibility": Visibility.SHARED},
    )
    return rating


@transaction.atomic
def outcome_propose(
    *,
    user: User,
    topic_id: UUID | str,
    outcome: str | None,
    option_id: UUID | str | None = None,
    until: date | None = None,
) -> Topic:
    """Propose how to settle it: agree on an option, try one until a day, or call it a
    lasting difference to keep talking about kindly. The partner agrees, or not yet."""
    room = _needs_room(user, topic_id)
    if outcome not in Topic.Outcome.values:
        raise DomainError(
            "Choose: agree on an option, try one for a while, or a lasting difference."
        )
    topic, option = room.topic, None
    if outcome != Topic.Outcome.LASTING:
        option = next((o for o in room.options if str(o.public_id) == str(option_id)), None)
        if option is None:
            raise DomainError("Choose one of your options first.")
    if outcome == Topic.Outcome.TRY and (until is None or until <= timezone.localdate()):
        raise DomainError("Choose a day after today to look at it again.")
    topic.proposed, topic.proposed_by, topic.proposed_option = outcome, user, option
    topic.proposed_until = until if outcome == Topic.Outcome.TRY else None
    topic.save()
    return topic


@transaction.atomic
def outcome_answer(*, user: User, topic_id: UUID | str, agree: bool) -> Topic:
    """Agree to the partner's proposal (which settles the topic), or say not yet."""
    room = _needs_room(user, topic_id)
    topic = room.topic
    if not room.proposal_for_me:
        raise DomainError("There's no proposal of your partner's waiting for you.")
    if agree:
        topic.outcome = topic.proposed
        lasting = topic.proposed == Topic.Outcome.LASTING
        topic.status = Topic.Status.LASTING if lasting else Topic.Status.RESOLVED
        topic.resolved_at = timezone.now()
    else:
        topic.proposed, topic.proposed_by, topic.proposed_option = "", None, None
        topic.proposed_until = None
    topic.save()
    return topic
