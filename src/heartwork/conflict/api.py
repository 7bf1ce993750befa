"""API endpoints of the conflict room, under the same rules as its pages (``services``).

Bodies carry only what each step needs, with defaults wherever a sensible one exists: a
turn's ``kind`` may be left out when only one step is open to the sender.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from ninja import Field, Schema, Status

from heartwork.accounts.models import User
from heartwork.conflict import services
from heartwork.conflict.models import Account, Topic, Turn
from heartwork.conflict.room import Room
from heartwork.conflict.selectors import room_for, topic_of, topics_for
from heartwork.conflict.stats import conflict_counts
from heartwork.core import paging
from heartwork.core.apischema import Day, ErrorOut, InputSchema, Router, Whole
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text

router = Router(tags=["conflict"])
FEELING_MAX = 40
TurnKind = Literal[
    "reflect", "confirm", "correct", "my_part", "apology", "accept", "not_yet", "plan"
]


class TopicIn(InputSchema):
    # The opening words: the gentle start-up, which the coach reads first.
    title: Text = Field(..., min_length=1, max_length=services.TITLE_MAX)
    way: Literal["after", "now"] = "after"
    send_anyway: bool = False


class AccountIn(InputSchema):
    feelings: list[Annotated[Text, Field(max_length=FEELING_MAX)]] = Field([], max_length=100)
    body: Text = Field(..., min_length=1, max_length=services.TEXT_MAX)
    touched: Text = Field("", max_length=services.TEXT_MAX)


class TurnIn(InputSchema):
    body: Text = Field("", max_length=services.TEXT_MAX)
    # Left out: the one step open to me now (400 if there are several to choose from).
    kind: TurnKind | None = None
    send_anyway: bool = False


class TurnCheckIn(InputSchema):
    body: Text = Field(..., min_length=1, max_length=services.TEXT_MAX)
    kind: TurnKind | None = None


class BreakIn(InputSchema):
    minutes: Whole = Field(services.BREAK_MIN_MINUTES, ge=1, le=services.BREAK_MAX_MINUTES)


class PlanPromiseIn(InputSchema):
    due: Day | None = None  # a week from today when left out


class NeedIn(InputSchema):
    body: Text = Field(..., min_length=1, max_length=services.TEXT_MAX)


class OptionIn(InputSchema):
    body: Text = Field(..., min_length=1, max_length=services.TEXT_MAX)


class RatingIn(InputSchema):
    value: Whole = Field(..., ge=1, le=3)  # does it meet my needs: 1 not really, 2 partly, 3 yes


class OutcomeIn(InputSchema):
    outcome: Literal["agree", "try", "lasting"] | None = None
    option: Text | None = Field(None, max_length=36)  # an option's id, for agree and try
    until: Day | None = None  # for try


class NeedOut(Schema):
    author: str
    mine: bool
    body: str


class OptionOut(Schema):
    id: UUID
    body: str
    mine: bool
    my_rating: int | None
    their_rating: int | None


class ProposalOut(Schema):
    outcome: str
    mine: bool
    option: UUID | None
    until: date | None


class TopicOut(Schema):
    id: UUID
    title: str
    way: str
    status: str
    mine: bool  # I opened it
    opened_by: str
    created_at: datetime
    resolved_at: datetime | None


class AccountOut(Schema):
    author: str
    mine: bool
    feelings: list[str]
    body: str
    touched: str


class TurnOut(Schema):
    id: UUID
    kind: str
    author: str
    mine: bool
    body: str
    answers: UUID | None
    promise: UUID | None
    created_at: datetime


class BreakOut(Schema):
    id: UUID
    called_by: str
    ends_at: datetime


class RoomOut(Schema):
    topic: TopicOut
    stage: str  # invited, talk (now), write, reflect, my_part, repair, resolved, not_now
    speaker: str | None  # talking it through now: whose turn to speak, "me" or "partner"
    # My own side while sealed; both sides once both have written.
    accounts: list[AccountOut]
    turns: list[TurnOut]
    # What I may do now: turn kinds, and "account", "join", "resolve", "break".
    may: list[str]
    on_break: BreakOut | None
    heated: bool  # the last three turns were flagged by the coach: a break is suggested
    # My need while sealed; both once both have written.
    needs: list[NeedOut]
    options: list[OptionOut]  # those that meet both partners' needs first
    proposal: ProposalOut | None
    outcome: str  # once settled: agree, try or lasting


class TurnCheckOut(Schema):
    labels: list[str]
    flagged: list[str]
    suggestions: list[str]


class FlaggedOut(Schema):
    detail: str
    flagged: list[str]
    suggestions: list[str]


class MonthOut(Schema):
    month: date  # the first day of the month
    opened: int
    resolved: int
    lasting: int
    not_now: int
    breaks: int
    honoured: int  # breaks after which we came back and took a turn
    repairs_offered: int
    repairs_accepted: int
    patterns: dict[str, int]  # coach label -> turns sent with it


def _topic_out(topic: Topic, user: User) -> TopicOut:
    return TopicOut(
        id=topic.public_id,
        title=topic.title,
        way=topic.way,
        status=topic.status,
        mine=topic.author_id == user.pk,
        opened_by=topic.author.display_name,
        created_at=topic.created_at,
        resolved_at=topic.resolved_at,
    )


def _account_out(account: Account, user: User) -> AccountOut:
    return AccountOut(
        author=account.author.display_name,
        mine=account.author_id == user.pk,
        feelings=account.feelings,
        body=account.body,
        touched=account.touched,
    )


def _turn_out(turn: Turn, user: User, ids: dict[int, UUID]) -> TurnOut:
    return TurnOut(
        id=turn.public_id,
        kind=turn.kind,
        author=turn.author.display_name,
        mine=turn.author_id == user.pk,
        body=turn.body,
        answers=ids.get(turn.answers_id) if turn.answers_id else None,
        promise=turn.promise.public_id if turn.promise_id and turn.promise else None,
        created_at=turn.created_at,
    )


def _speaker(room: Room) -> str | None:
    if room.stage != "talk":
        return None
    return "me" if room.speaker_id == room.me.pk else "partner"


def _room_out(room: Room) -> RoomOut:
    user = room.me
    may = list(room.may)
    if room.invited:
        may.append("join")
    if room.may_write_account:
        may.append("account")
    if room.may_resolve:
        may.append("resolve")
    if room.topic.status == Topic.Status.OPEN and room.on_break is None:
        may.append("break")
    if room.needs_open:
        may += ["need"] if room.my_need is None else []
        may += ["option", "rate", "propose"] if room.their_need and room.my_need else []
        may += ["agree"] if room.proposal_for_me else []
    pause = room.on_break
    ids = {t.pk: t.public_id for t in room.turns}
    return RoomOut(
        topic=_topic_out(room.topic, user),
        stage=room.stage,
        speaker=_speaker(room),
        accounts=[_account_out(a, user) for a in (room.mine, room.theirs) if a is not None],
        turns=[_turn_out(t, user, ids) for t in room.turns],
        may=may,
        on_break=BreakOut(
            id=pause.public_id, called_by=pause.author.display_name, ends_at=pause.ends_at
        )
        if pause
        else None,
        heated=room.heated,
        needs=[
            NeedOut(author=n.author.display_name, mine=n.author_id == user.pk, body=n.body)
            for n in (room.my_need, room.their_need)
            if n is not None
        ],
        options=[
            OptionOut(
                id=o.public_id,
                body=o.body,
                mine=o.author_id == user.pk,
                my_rating=mine,
                their_rating=theirs,
            )
            for o, mine, theirs in room.ranked_options()
        ],
        proposal=ProposalOut(
            outcome=room.topic.proposed,
            mine=room.topic.proposed_by_id == user.pk,
            option=room.topic.proposed_option.public_id if room.topic.proposed_option else None,
            until=room.topic.proposed_until,
        )
        if room.topic.proposed and not room.topic.outcome
        else None,
        outcome=room.topic.outcome,
    )


def _room(request: HttpRequest, topic_id: UUID) -> RoomOut:
    user = signed_in_user(request)
    found = room_for(user, topic_id)
    services.topic_rest_for(user=user, topic=found.topic)
    return _room_out(room_for(user, topic_id))


@router.get(
    "/topics",
    response={200: list[TopicOut], 400: ErrorOut},
    summary="Topics I may read, newest first, a page at a time",
    description=paging.API_DESCRIPTION,
)
def topic_list(
    request: HttpRequest, response: HttpResponse, cursor: str | None = None
) -> list[TopicOut]:
    user = signed_in_user(request)
    page = paging.page_of(topics_for(user), cursor)
    paging.link_next(request, response, page)
    topics = page.items
    for topic in topics:
        services.topic_rest_for(user=user, topic=topic)
    return [_topic_out(t, user) for t in topics]


def _flagged(flagged: services.TurnFlagged) -> Status[object]:
    return Status(
        409,
        FlaggedOut(
            detail=flagged.message,
            flagged=flagged.analysis.harmful,
            suggestions=flagged.analysis.suggestions,
        ),
    )


@router.post(
    "/topics",
    response={201: RoomOut, 400: ErrorOut, 409: FlaggedOut},
    summary="Open something that happened (the coach reads the opening words first; 409 "
    "with softer wordings unless send_anyway)",
)
def topic_open(request: HttpRequest, payload: TopicIn) -> Status[object]:
    user = signed_in_user(request)
    try:
        topic = services.topic_open(
            user=user, title=payload.title, way=payload.way, send_anyway=payload.send_anyway
        )
    except services.TurnFlagged as flagged:
        return _flagged(flagged)
    return Status(201, _room_out(room_for(user, topic.public_id)))


@router.get("/topics/{topic_id}", response=RoomOut, summary="Where a topic stands, for me")
def topic_detail(request: HttpRequest, topic_id: UUID) -> RoomOut:
    return _room(request, topic_id)


@router.post(
    "/topics/{topic_id}/join",
    response={200: RoomOut, 400: ErrorOut},
    summary="Join the topic my partner opened",
)
def topic_join(request: HttpRequest, topic_id: UUID) -> RoomOut:
    services.topic_answer(user=signed_in_user(request), topic_id=topic_id, join=True)
    return _room(request, topic_id)


@router.post(
    "/topics/{topic_id}/not-now",
    response={200: RoomOut, 400: ErrorOut},
    summary="Say not now (no reason asked)",
)
def topic_not_now(request: HttpRequest, topic_id: UUID) -> RoomOut:
    services.topic_answer(user=signed_in_user(request), topic_id=topic_id, join=False)
    return _room(request, topic_id)


@router.put(
    "/topics/{topic_id}/account",
    response={200: RoomOut, 400: ErrorOut},
    summary="Write my side privately (sealed until we both have)",
)
def account_write(request: HttpRequest, topic_id: UUID, payload: AccountIn) -> RoomOut:
    services.account_write(
        user=signed_in_user(request),
        topic_id=topic_id,
        feelings=payload.feelings,
        body=payload.body,
        touched=payload.touched,
    )
    return _room(request, topic_id)


@router.post(
    "/topics/{topic_id}/check",
    response={200: TurnCheckOut, 400: ErrorOut},
    summary="What the coach makes of a turn before it is sent",
)
def turn_check(request: HttpRequest, topic_id: UUID, payload: TurnCheckIn) -> TurnCheckOut:
    user = signed_in_user(request)
    kind: str = payload.kind or next(iter(room_for(user, topic_id).may), "reflect")
    analysis = services.turn_check(user=user, topic_id=topic_id, kind=kind, body=payload.body)
    return TurnCheckOut(
        labels=analysis.labels, flagged=analysis.harmful, suggestions=analysis.suggestions
    )


@router.post(
    "/topics/{topic_id}/turns",
    response={201: RoomOut, 400: ErrorOut, 409: FlaggedOut},
    summary="Send a turn (the coach reads it first; 409 with softer wordings unless send_anyway)",
)
def turn_send(request: HttpRequest, topic_id: UUID, payload: TurnIn) -> Status[object]:
    try:
        services.turn_send(
            user=signed_in_user(request),
            topic_id=topic_id,
            kind=payload.kind,
            body=payload.body,
            send_anyway=payload.send_anyway,
        )
    except services.TurnFlagged as flagged:
        return _flagged(flagged)
    return Status(201, _room(request, topic_id))


@router.post(
    "/topics/{topic_id}/breaks",
    response={201: RoomOut, 400: ErrorOut},
    summary="Take a break (at least 20 minutes)",
)
def break_call(request: HttpRequest, topic_id: UUID, payload: BreakIn) -> Status[object]:
    services.break_call(user=signed_in_user(request), topic_id=topic_id, minutes=payload.minutes)
    return Status(201, _room(request, topic_id))


@router.post(
    "/topics/{topic_id}/resolve",
    response={200: RoomOut, 400: ErrorOut},
    summary="Close the topic as repaired",
)
def topic_resolve(request: HttpRequest, topic_id: UUID) -> RoomOut:
    services.topic_resolve(user=signed_in_user(request), topic_id=topic_id)
    return _room(request, topic_id)


@router.post(
    "/turns/{turn_id}/promise",
    response={200: TurnOut, 400: ErrorOut},
    summary="Make my plan for next time a promise",
)
def plan_promise(request: HttpRequest, turn_id: UUID, payload: PlanPromiseIn) -> TurnOut:
    user = signed_in_user(request)
    plan = services.plan_promise(user=user, turn_id=turn_id, due=payload.due)
    return _turn_out(plan, user, {})


@router.get(
    "/counts",
    response=list[MonthOut],
    summary="How we handle hard moments: counts per month, never words",
)
def counts(request: HttpRequest) -> list[dict[str, object]]:
    return [m.to_dict() for m in conflict_counts(signed_in_user(request))]


@router.put(
    "/topics/{topic_id}/need",
    response={200: RoomOut, 400: ErrorOut},
    summary="Write what I need privately (sealed until we both have)",
)
def need_write(request: HttpRequest, topic_id: UUID, payload: NeedIn) -> RoomOut:
    services.need_write(user=signed_in_user(request), topic_id=topic_id, body=payload.body)
    return _room(request, topic_id)


@router.post(
    "/topics/{topic_id}/options",
    response={201: RoomOut, 400: ErrorOut},
    summary="Add a way forward",
)
def option_add(request: HttpRequest, topic_id: UUID, payload: OptionIn) -> Status[object]:
    services.option_add(user=signed_in_user(request), topic_id=topic_id, body=payload.body)
    return Status(201, _room(request, topic_id))


@router.put(
    "/options/{option_id}/rating",
    response={200: RoomOut, 400: ErrorOut},
    summary="How well an option meets my needs",
)
def option_rate(request: HttpRequest, option_id: UUID, payload: RatingIn) -> RoomOut:
    rating = services.option_rate(
        user=signed_in_user(request), option_id=option_id, value=payload.value
    )
    return _room(request, topic_of(rating.option).public_id)


@router.post(
    "/topics/{topic_id}/outcome",
    response={200: RoomOut, 400: ErrorOut},
    summary="Propose how to settle it: agree on an option, try one, or a lasting difference",
)
def outcome_propose(request: HttpRequest, topic_id: UUID, payload: OutcomeIn) -> RoomOut:
    services.outcome_propose(
        user=signed_in_user(request),
        topic_id=topic_id,
        outcome=payload.outcome,
        option_id=payload.option,
        until=payload.until,
    )
    return _room(request, topic_id)


@router.post(
    "/topics/{topic_id}/outcome/agree",
    response={200: RoomOut, 400: ErrorOut},
    summary="Agree to my partner's proposal",
)
def outcome_agree(request: HttpRequest, topic_id: UUID) -> RoomOut:
    services.outcome_answer(user=signed_in_user(request), topic_id=topic_id, agree=True)
    return _room(request, topic_id)


@router.post(
    "/topics/{topic_id}/outcome/not-yet",
    response={200: RoomOut, 400: ErrorOut},
    summary="Not yet, to my partner's proposal",
)
def outcome_not_yet(request: HttpRequest, topic_id: UUID) -> RoomOut:
    services.outcome_answer(user=signed_in_user(request), topic_id=topic_id, agree=False)
    return _room(request, topic_id)
