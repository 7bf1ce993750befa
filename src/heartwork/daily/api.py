"""API endpoints for the daily practices, under the same rules as the pages."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from ninja import Field, Schema, Status

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core import paging
from heartwork.core.apischema import Day, ErrorOut, InputSchema, Router, Whole, WholeOrNull
from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text
from heartwork.daily import services
from heartwork.daily.content import feeling_words
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    NotKept,
    Plan,
    Promise,
)
from heartwork.daily.selectors import promises_not_kept_privately, todays_question_for
from heartwork.daily.services import TEXT_MAX
from heartwork.daily.trust import trust_record
from heartwork.together import services as together
from heartwork.together.models import ItemKind

router = Router(tags=["daily"])
FEELING_MAX = 40  # the longest word in the feelings list is far shorter


class CreatedOut(Schema):
    id: UUID


class TextIn(InputSchema):
    body: Text = Field(..., min_length=1, max_length=TEXT_MAX)


class AnswerOut(Schema):
    id: UUID
    author: str
    mine: bool
    body: str
    # The partner's first reply to this answer, or null: the whole thread of reactions and
    # replies is at GET /api/together/answer/{id}/responses.
    reply: str | None
    # When the answer was changed after both were open; null if it never was.
    edited_at: datetime | None


class TodayOut(Schema):
    date: date
    question: str
    pack: str
    depth: int
    answered: bool
    answers: list[AnswerOut]  # empty until both have answered, apart from my own


class CheckInIn(InputSchema):
    mood: Whole = Field(..., ge=1, le=5)
    feelings: list[Annotated[Text, Field(max_length=FEELING_MAX)]] = Field([], max_length=100)
    good_thing: Text = Field("", max_length=TEXT_MAX)
    hard_thing: Text = Field("", max_length=TEXT_MAX)
    shared: bool = False


class CheckInOut(Schema):
    id: UUID
    author: str
    date: date
    mood: int
    feelings: list[str]
    good_thing: str
    hard_thing: str
    shared: bool


class AppreciationIn(InputSchema):
    kind: Literal["thanks", "compliment", "affection"] = "thanks"  # Appreciation.Kind
    body: Text = Field(..., min_length=1, max_length=TEXT_MAX)


class AppreciationOut(Schema):
    id: UUID
    author: str
    kind: str
    body: str
    created_at: datetime


class PlanIn(InputSchema):
    title: Text = Field(..., min_length=1, max_length=200)
    planned_for: Day
    is_new_to_us: bool = False
    activity_key: Text = Field("", max_length=20)


class DoneIn(InputSchema):
    memory: Text = Field("", max_length=TEXT_MAX)
    how_it_felt: WholeOrNull = Field(None, ge=1, le=5)


class PlanChangeIn(InputSchema):
    """What to change; a field left out stays as it is."""

    title: Text | None = Field(None, min_length=1, max_length=200)
    planned_for: Day | None = None


class PlanOut(Schema):
    id: UUID
    title: str
    planned_for: date
    is_new_to_us: bool
    done_at: datetime | None
    memory: str
    how_it_felt: int | None
    mine: bool
    # When its author last changed what or when, or called it off; null if never.
    changed_at: datetime | None
    withdrawn_at: datetime | None


class PromiseIn(InputSchema):
    text: Text = Field(..., min_length=1, max_length=500)
    due: Day


class MarkIn(InputSchema):
    status: Literal["kept", "not_kept", "renegotiated"]  # how the partner marks a Promise
    note: Text = Field("", max_length=TEXT_MAX)


class KeptToMyselfOut(Schema):
    feeling: str  # my private note of how it felt
    marked_at: datetime


class PromiseChangeIn(InputSchema):
    """What to change; a field left out stays as it is."""

    text: Text | None = Field(None, min_length=1, max_length=500)
    due: Day | None = None


class PromiseOut(Schema):
    id: UUID
    author: str
    text: str
    due: date
    status: str
    note: str
    # When its author last reworded, rescheduled or withdrew it; null if never.
    changed_at: datetime | None
    # Only for the one who marked it "not kept" and has not told yet: the promise is still
    # "open" for its author, who never sees this. Null for everyone else.
    kept_to_myself: KeptToMyselfOut | None = None


class TellIn(InputSchema):
    note: Text = Field("", max_length=TEXT_MAX)


class TrustOut(Schema):
    name: str
    kept: int
    marked: int
    renegotiated: int


def _name(item: object, user: object) -> str:
    author = item.author  # type: ignore[attr-defined]
    return "you" if author == user else author.display_name


@router.get(
    "/today",
    response={200: TodayOut, 404: ErrorOut},
    summary="Today's question and the answers I may see",
)
def today(request: HttpRequest) -> Status[object]:
    user = signed_in_user(request)
    asked = todays_question_for(user, with_replies=True)
    question = asked.question
    if question is None:
        return Status(404, {"detail": "There's no question today: invite your partner first."})
    return Status(
        200,
        TodayOut(
            date=question.date,
            question=question.text,
            pack=question.question.pack.title,
            depth=question.question.depth,
            answered=asked.answered,
            answers=[
                AnswerOut(
                    id=a.public_id,
                    author=_name(a, user),
                    mine=a.author_id == user.pk,
                    body=a.body,
                    reply=asked.partners_reply(a),
                    edited_at=a.edited_at,
                )
                for a in asked.answers
            ],
        ),
    )


@router.put(
    "/today/answer",
    response={200: TodayOut, 400: ErrorOut},
    summary="Answer today's question (sealed until both answer)",
)
def answer(request: HttpRequest, payload: TextIn) -> object:
    user = signed_in_user(request)
    question = services.todays_question(user)
    if question is None:
        raise DomainError("There's no question today: invite your partner first.")
    services.daily_answer(user=user, daily_question_id=question.pk, body=payload.body)
    return today(request).value


@router.post(
    "/answers/{answer_id}/reply",
    response={201: CreatedOut, 400: ErrorOut},
    summary="Reply to an answer (kept for older clients: POST /api/together/answer/{id}/replies)",
    description="A reply joins the answer's thread, as one sent by "
    "`POST /api/together/answer/{id}/replies` does; answers 404 for an answer I may not read.",
    deprecated=True,
)
def reply(request: HttpRequest, answer_id: UUID, payload: TextIn) -> Status[CreatedOut]:
    made = together.response_reply(
        user=signed_in_user(request), kind=ItemKind.ANSWER, item_id=answer_id, body=payload.body
    )
    return Status(201, CreatedOut(id=made.public_id))


@router.get(
    "/checkins",
    response={200: list[CheckInOut], 400: ErrorOut},
    summary="Check-ins I may read, newest first, a page at a time",
    description=paging.API_DESCRIPTION,
)
def checkins(
    request: HttpRequest, response: HttpResponse, cursor: str | None = None
) -> list[CheckInOut]:
    user = signed_in_user(request)
    page = paging.page_of(access.readable(user, CheckIn).select_related("author"), cursor)
    paging.link_next(request, response, page)
    return [
        CheckInOut(
            id=c.public_id,
            author=_name(c, user),
            date=c.date,
            mood=c.mood,
            feelings=c.feelings,
            good_thing=c.good_thing,
            hard_thing=c.hard_thing,
            shared=c.visibility == "shared",
        )
        for c in page.items
    ]


@router.post(
    "/checkins",
    response={201: CreatedOut, 400: ErrorOut},
    summary="Check in (private unless shared)",
)
def checkin(request: HttpRequest, payload: CheckInIn) -> Status[CreatedOut]:
    unknown = sorted(set(payload.feelings) - feeling_words())
    if unknown:
        raise DomainError(f"These aren't in the feelings list: {', '.join(unknown)}.")
    made = services.checkin_create(
        user=signed_in_user(request),
        mood=payload.mood,
        feelings=payload.feelings,
        good_thing=payload.good_thing,
        hard_thing=payload.hard_thing,
        shared=payload.shared,
    )
    return Status(201, CreatedOut(id=made.public_id))


@router.get(
    "/appreciations",
    response={200: list[AppreciationOut], 400: ErrorOut},
    summary="Appreciations between us, newest first, a page at a time",
    description=paging.API_DESCRIPTION,
)
def appreciations(
    request: HttpRequest, response: HttpResponse, cursor: str | None = None
) -> list[AppreciationOut]:
    user = signed_in_user(request)
    page = paging.page_of(access.readable(user, Appreciation).select_related("author"), cursor)
    paging.link_next(request, response, page)
    return [
        AppreciationOut(
            id=a.public_id, author=_name(a, user), kind=a.kind, body=a.body, created_at=a.created_at
        )
        for a in page.items
    ]


@router.post(
    "/appreciations", response={201: CreatedOut, 400: ErrorOut}, summary="Send an appreciation"
)
def appreciate(request: HttpRequest, payload: AppreciationIn) -> Status[CreatedOut]:
    made = services.appreciation_send(
        user=signed_in_user(request), kind=payload.kind, body=payload.body
    )
    return Status(201, CreatedOut(id=made.public_id))


def _plan_out(p: Plan, user: User) -> PlanOut:
    return PlanOut(
        id=p.public_id,
        title=p.title,
        planned_for=p.planned_for,
        is_new_to_us=p.is_new_to_us,
        done_at=p.done_at,
        memory=p.memory,
        how_it_felt=p.how_it_felt,
        mine=p.author_id == user.pk,
        changed_at=p.changed_at,
        withdrawn_at=p.withdrawn_at,
    )


@router.get(
    "/plans",
    response={200: list[PlanOut], 400: ErrorOut},
    summary="Our quality-time plans, by date, a page at a time",
    description=paging.API_DESCRIPTION,
)
def plans(request: HttpRequest, response: HttpResponse, cursor: str | None = None) -> list[PlanOut]:
    user = signed_in_user(request)
    page = paging.page_of(access.readable(user, Plan), cursor)
    paging.link_next(request, response, page)
    return [_plan_out(p, user) for p in page.items]


@router.post("/plans", response={201: PlanOut, 400: ErrorOut}, summary="Plan time together")
def plan(request: HttpRequest, payload: PlanIn) -> Status[PlanOut]:
    user = signed_in_user(request)
    made = services.plan_create(
        user=user,
        title=payload.title,
        planned_for=payload.planned_for,
        is_new_to_us=payload.is_new_to_us,
        activity_key=payload.activity_key,
    )
    return Status(201, _plan_out(made, user))


@router.post(
    "/plans/{plan_id}/done",
    response={200: PlanOut, 400: ErrorOut},
    summary="Mark a plan done, with a memory",
)
def plan_done(request: HttpRequest, plan_id: UUID, payload: DoneIn) -> PlanOut:
    user = signed_in_user(request)
    return _plan_out(
        services.plan_done(
            user=user, plan_id=plan_id, memory=payload.memory, how_it_felt=payload.how_it_felt
        ),
        user,
    )


@router.patch(
    "/plans/{plan_id}",
    response={200: PlanOut, 400: ErrorOut},
    summary="Change what or when of a plan I made",
    description="Only the one who made it, while it is neither done nor called off. My "
    "partner sees it changed, and is told on their Today page.",
)
def plan_change(request: HttpRequest, plan_id: UUID, payload: PlanChangeIn) -> PlanOut:
    user = signed_in_user(request)
    changed = services.plan_change(
        user=user, plan_id=plan_id, title=payload.title, planned_for=payload.planned_for
    )
    return _plan_out(changed, user)


@router.post(
    "/plans/{plan_id}/withdraw",
    response={200: PlanOut, 400: ErrorOut},
    summary="Call off a plan I made",
    description="Only the one who made it, while it is not done. It leaves the lists of "
    "what is coming; my partner is told on their Today page.",
)
def plan_withdraw(request: HttpRequest, plan_id: UUID) -> PlanOut:
    user = signed_in_user(request)
    return _plan_out(services.plan_withdraw(user=user, plan_id=plan_id), user)


def _promise_out(p: Promise, user: User, private: dict[int, NotKept]) -> PromiseOut:
    mine = private.get(p.pk)
    return PromiseOut(
        id=p.public_id,
        author=_name(p, user),
        text=p.text,
        due=p.due,
        status=p.status,
        note=p.note,
        changed_at=p.changed_at,
        kept_to_myself=KeptToMyselfOut(feeling=mine.feeling, marked_at=mine.created_at)
        if mine
        else None,
    )


@router.get(
    "/promises",
    response={200: list[PromiseOut], 400: ErrorOut},
    summary="Our promises, by due date, a page at a time",
    description=paging.API_DESCRIPTION,
)
def promises(
    request: HttpRequest, response: HttpResponse, cursor: str | None = None
) -> list[PromiseOut]:
    user = signed_in_user(request)
    page = paging.page_of(access.readable(user, Promise).select_related("author"), cursor)
    paging.link_next(request, response, page)
    private = promises_not_kept_privately(user)
    return [_promise_out(p, user, private) for p in page.items]


@router.post("/promises", response={201: PromiseOut, 400: ErrorOut}, summary="Make a promise")
def promise(request: HttpRequest, payload: PromiseIn) -> Status[PromiseOut]:
    user = signed_in_user(request)
    return Status(
        201,
        _promise_out(
            services.promise_make(user=user, text=payload.text, due=payload.due), user, {}
        ),
    )


@router.patch(
    "/promises/{promise_id}",
    response={200: PromiseOut, 400: ErrorOut},
    summary="Reword or reschedule a promise I made",
    description="Only the one who made it, while it is open. My partner sees it changed, "
    "and is told on their Today page.",
)
def promise_change(request: HttpRequest, promise_id: UUID, payload: PromiseChangeIn) -> PromiseOut:
    user = signed_in_user(request)
    changed = services.promise_change(
        user=user, promise_id=promise_id, text=payload.text, due=payload.due
    )
    return _promise_out(changed, user, {})


@router.post(
    "/promises/{promise_id}/withdraw",
    response={200: PromiseOut, 400: ErrorOut},
    summary="Withdraw a promise I made",
    description="Only the one who made it, while it is open. It shows as withdrawn to both "
    "and counts for and against no one; my partner is told on their Today page.",
)
def promise_withdraw(request: HttpRequest, promise_id: UUID) -> PromiseOut:
    user = signed_in_user(request)
    return _promise_out(services.promise_withdraw(user=user, promise_id=promise_id), user, {})


@router.post(
    "/promises/{promise_id}/mark",
    response={200: PromiseOut, 400: ErrorOut},
    summary="Mark my partner's promise",
    description="Kept and renegotiated are shown to both at once. Not kept stays with me "
    "first: the promise stays open for my partner, `note` is my private note "
    "(`kept_to_myself`), and nothing is counted until I tell them "
    "(`POST /promises/{promise_id}/tell`).",
)
def mark(request: HttpRequest, promise_id: UUID, payload: MarkIn) -> PromiseOut:
    user = signed_in_user(request)
    marked = services.promise_mark(
        user=user, promise_id=promise_id, status=payload.status, note=payload.note
    )
    return _promise_out(marked, user, promises_not_kept_privately(user))


@router.post(
    "/promises/{promise_id}/tell",
    response={200: PromiseOut, 400: ErrorOut},
    summary="Tell my partner their promise was not kept",
    description="After marking it not kept in private. `note` is what they will read; my "
    "private note stays mine.",
)
def tell(request: HttpRequest, promise_id: UUID, payload: TellIn) -> PromiseOut:
    user = signed_in_user(request)
    told = services.promise_tell(user=user, promise_id=promise_id, note=payload.note)
    return _promise_out(told, user, {})


@router.get(
    "/trust", response=list[TrustOut], summary="Promises kept in the last 90 days, for each of us"
)
def trust(request: HttpRequest) -> list[TrustOut]:
    return [
        TrustOut(name=r.name, kept=r.kept, marked=r.marked, renegotiated=r.renegotiated)
        for r in trust_record(signed_in_user(request))
    ]
