"""The counseling suggestion and directory, and the private plan, for the person's own scripts.

Everything here is the signed-in person's own, so no path holds an id. The suggestion
is decided by the same rule as the web (``counseling.rules``), and nothing here changes
what the partner's pages or API answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Field, Schema, Status

from heartwork.core.apischema import ErrorOut, InputSchema, Router
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text
from heartwork.counseling import directory, services
from heartwork.counseling.models import CounselingNote
from heartwork.counseling.selectors import note_of, suggestion_for

router = Router(tags=["counseling"])


class ReasonOut(Schema):
    key: Literal["checkup", "shared_words", "unresolved", "private"]
    words: str


class WhereOut(Schema):
    country: str = Field(..., description="The country shown: the one asked for, or this server's.")
    name: str
    couples: list[str]
    individual: list[str]
    low_cost: list[str]
    telehealth: list[str]


class CounselingOut(Schema):
    suggested: bool
    path: Literal["together", "own"] | None = Field(
        ...,
        description='"together": a counselor for the two of you; "own": a counselor of your '
        "own first (always, when your own answers say things don't feel safe); null: "
        "nothing suggested now. The page is there for anyone, whenever they ask.",
    )
    reasons: list[ReasonOut] = Field(..., description="Why, in words for you alone.")
    where: WhereOut


class NoteIn(InputSchema):
    body: Text = Field(..., min_length=1, max_length=services.NOTE_MAX)


class NoteOut(Schema):
    body: str
    updated_at: datetime


def _note_out(note: CounselingNote) -> NoteOut:
    return NoteOut(body=note.body, updated_at=note.updated_at)


@router.get(
    "", response=CounselingOut, summary="Whether a counselor is suggested to me, and where to look"
)
def counseling(request: HttpRequest, country: str = "") -> CounselingOut:
    suggestion = suggestion_for(signed_in_user(request))
    found = directory.listings(country)
    return CounselingOut(
        suggested=suggestion.suggested,
        path=suggestion.path,
        reasons=[ReasonOut(key=r.key, words=r.words) for r in suggestion.reasons],  # type: ignore[arg-type]
        where=WhereOut(
            country=found.country,
            name=found.name,
            **{category: list(found.of(category)) for category in directory.LIST_CATEGORIES},
        ),
    )


@router.get(
    "/plan", response={200: NoteOut, 404: ErrorOut}, summary="My private plan for meanwhile"
)
def plan_get(request: HttpRequest) -> Status[object]:
    note = note_of(signed_in_user(request))
    if note is None:
        return Status(404, {"detail": "You have no plan saved."})
    return Status(200, _note_out(note))


@router.put(
    "/plan", response={200: NoteOut, 400: ErrorOut}, summary="Keep my plan (replaces the last)"
)
def plan_put(request: HttpRequest, payload: NoteIn) -> NoteOut:
    note = services.counseling_note_save(user=signed_in_user(request), body=payload.body)
    return _note_out(note)


@router.delete("/plan", response={204: None}, summary="Delete my plan for good")
def plan_delete(request: HttpRequest) -> Status[object]:
    services.counseling_note_delete(user=signed_in_user(request))
    return Status(204, None)
