"""API endpoints for the check-up, under the same privacy rules as the web pages."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, cast
from uuid import UUID

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from ninja import Field, Schema, Status
from ninja.errors import HttpError

from heartwork import access
from heartwork.checkup import services
from heartwork.checkup.instrument import POINTS, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.checkup.report import Row, couple_report
from heartwork.core import paging
from heartwork.core.apischema import ErrorOut, InputSchema, Router, Whole
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text
from heartwork.counseling.selectors import reasons_to_go_together
from heartwork.safety.services import joint_exercises_paused

router = Router(tags=["check-up"])


class InstrumentItemOut(Schema):
    key: str
    text: str
    reverse: bool


class DimensionOut(Schema):
    key: str
    section: str
    name: str
    items: list[InstrumentItemOut]


class RoundOut(Schema):
    id: UUID
    round_number: int
    instrument_version: int = Field(..., description="The version of the questions it is on.")
    started_at: datetime
    finished_at: datetime | None
    answered: int
    total: int
    shared_parts: list[str] = Field(
        ..., description="The sections (and 'closeness') whose scores the partner may see."
    )


class AnswerIn(InputSchema):
    value: Whole = Field(..., ge=1, le=POINTS)


View = Literal["to_me", "from_me", "self", "between"]
PartnerStatus = Literal["shared", "not shared", "not finished", "asked differently", "not asked"]


class SharingIn(InputSchema):
    parts: list[Annotated[Text, Field(max_length=40)]] = Field(
        ...,
        max_length=10,
        description="Section keys and/or 'closeness' the partner may see; the rest is not "
        "shared. Respect and safety-to-share scores are never shown, whatever is listed.",
    )


class ScoreOut(Schema):
    dimension: str = Field(
        ...,
        description="The reader's dimension; '<key>_of_you' where only the partner gave a view "
        "(their trust in the reader).",
    )
    view: View = Field(
        ...,
        description="Whose experience of whom: 'to_me' how the reader experiences the partner "
        "(partner: how they see themself), 'from_me' how the partner experiences the reader "
        "(mine: how the reader sees themself), 'self' each about themself, 'between' both.",
    )
    partner_dimension: str | None = Field(
        ...,
        description="The partner's dimension set beside the reader's (null where they are "
        "not asked for a view of their own, as of their own trustworthiness).",
    )
    mine: int | None
    partner: int | None = Field(
        ...,
        description="Null unless partner_status is 'shared'. 'asked differently': the partner "
        "took this round on another version of the questions, so the two are not compared.",
    )
    partner_status: PartnerStatus


class ReportOut(Schema):
    round_number: int
    partner_finished: bool
    scores: list[ScoreOut]
    shared_strengths: list[str]
    growth_areas: list[str]
    perception_gaps: list[str]
    counselor: list[str]


def _round_out(response: CheckupResponse) -> RoundOut:
    total = len(load(response.instrument_version).item_keys)
    # A finished round has every answer (finishing checks it) and they no longer change.
    answered = total if response.is_finished else total - len(services.missing(response))
    return RoundOut(
        id=response.public_id,
        round_number=response.round_number,
        instrument_version=response.instrument_version,
        started_at=response.created_at,
        finished_at=response.finished_at,
        answered=answered,
        total=total,
        shared_parts=list(response.shared_parts),
    )


@router.get("/instrument", response=list[DimensionOut], summary="The check-up's questions")
def instrument(request: HttpRequest) -> list[DimensionOut]:
    return [
        DimensionOut(
            key=d.key,
            section=d.section,
            name=d.name,
            items=[InstrumentItemOut(key=i.key, text=i.text, reverse=i.reverse) for i in d.items],
        )
        for d in load().dimensions
    ]


@router.get(
    "/rounds",
    response={200: list[RoundOut], 400: ErrorOut},
    summary="My check-up rounds, oldest first, a page at a time",
    description=paging.API_DESCRIPTION,
)
def rounds(
    request: HttpRequest, response: HttpResponse, cursor: str | None = None
) -> list[RoundOut]:
    page = paging.page_of(access.owned(signed_in_user(request), CheckupResponse), cursor)
    paging.link_next(request, response, page)
    # Only an open round's answers are read (one query, if the page holds one): a full
    # page of finished rounds read some thousand answers to count what was known.
    prefetch_related_objects(
        [r for r in page.items if not r.is_finished],
        Prefetch("answers", queryset=CheckupAnswer.objects.only("response_id", "item_key")),
    )
    return [_round_out(r) for r in page.items]


@router.post("/rounds", response={201: RoundOut}, summary="Start a round, or resume the open one")
def start(request: HttpRequest) -> Status[RoundOut]:
    return Status(201, _round_out(services.checkup_start(user=signed_in_user(request))))


@router.get(
    "/rounds/{response_id}/answers", response=dict[str, int], summary="My answers in a round"
)
def answers(request: HttpRequest, response_id: UUID) -> dict[str, int]:
    response = access.get_owned(signed_in_user(request), CheckupResponse, response_id)
    return dict(response.answers.values_list("item_key", "value"))


@router.put(
    "/rounds/{response_id}/answers/{item_key}",
    response={200: RoundOut, 400: ErrorOut},
    summary="Answer one question",
)
def answer(request: HttpRequest, response_id: UUID, item_key: str, payload: AnswerIn) -> RoundOut:
    user = signed_in_user(request)
    services.checkup_answer(
        user=user, response_id=response_id, item_key=item_key, value=payload.value
    )
    return _round_out(access.get_owned(user, CheckupResponse, response_id))


@router.post(
    "/rounds/{response_id}/finish",
    response={200: RoundOut, 400: ErrorOut},
    summary="Finish a round",
)
def finish(request: HttpRequest, response_id: UUID) -> RoundOut:
    return _round_out(
        services.checkup_finish(user=signed_in_user(request), response_id=response_id)
    )


@router.put(
    "/rounds/{response_id}/sharing",
    response={200: RoundOut, 400: ErrorOut},
    summary="Choose what the partner sees of a round, before finishing or later",
)
def sharing(request: HttpRequest, response_id: UUID, payload: SharingIn) -> RoundOut:
    return _round_out(
        services.checkup_share(
            user=signed_in_user(request), response_id=response_id, parts=payload.parts
        )
    )


def _partner_status(partner_finished: bool, row: Row) -> PartnerStatus:
    if not partner_finished:
        return "not finished"
    if not row.theirs_asked:
        return "not asked"
    if row.asked_differently:
        return "asked differently"
    return "shared" if row.theirs is not None else "not shared"


@router.get("/reports/{round_number}", response=ReportOut, summary="The couple report of a round")
def report(request: HttpRequest, round_number: int) -> ReportOut:
    user = signed_in_user(request)
    built = couple_report(user, round_number, with_partner=not joint_exercises_paused(user))
    if built is None:
        raise HttpError(404, "Not found")
    return ReportOut(
        round_number=built.round_number,
        partner_finished=built.theirs is not None,
        scores=[
            ScoreOut(
                dimension=row.key,
                view=cast(View, row.way),
                partner_dimension=row.their_key,
                mine=row.mine,
                partner=row.theirs,
                partner_status=_partner_status(built.theirs is not None, row),
            )
            for row in built.rows
        ],
        shared_strengths=[row.key for row in built.strengths],
        growth_areas=[row.key for row in built.growth],
        perception_gaps=[gap.text for gap in built.gaps],
        counselor=reasons_to_go_together(user),
    )
