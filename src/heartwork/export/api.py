"""The export for scripts: the same data as the JSON file under Settings.

The schemas only declare the shape for the OpenAPI document (see docs/export.md); the
data comes from the one selector, and a test checks that the file and this answer match.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Schema

from heartwork.core.apischema import Router
from heartwork.core.http import signed_in_user
from heartwork.export.selectors import export_for

router = Router(tags=["export"])


class ProfileOut(Schema):
    email: str
    name: str
    date_joined: datetime


class ExportPartnerOut(Schema):
    name: str


class ExportItemOut(Schema):
    id: UUID
    mine: bool
    author: str
    author_name: str
    visibility: str
    created_at: datetime
    updated_at: datetime


class JournalOut(ExportItemOut):
    title: str
    body: str


class DailyAnswerOut(ExportItemOut):
    date: date
    question: str
    body: str
    edited_at: datetime | None


class DailyReplyOut(ExportItemOut):
    answer_id: UUID | None
    body: str


class ExportResponseOut(ExportItemOut):
    item_kind: str
    item_id: UUID
    reaction: str
    body: str


class ExportCheckInOut(ExportItemOut):
    date: date
    mood: int
    feelings: list[str]
    good_thing: str
    hard_thing: str


class ExportAppreciationOut(ExportItemOut):
    kind: str
    body: str
    seen_at: datetime | None


class ExportPlanOut(ExportItemOut):
    title: str
    activity_key: str
    planned_for: date
    is_new_to_us: bool
    done_at: datetime | None
    memory: str
    how_it_felt: int | None


class ExportPromiseOut(ExportItemOut):
    text: str
    due: date
    status: str
    note: str
    marked_at: datetime | None


class ExportNotKeptOut(ExportItemOut):
    promise_id: UUID
    feeling: str
    told_at: datetime | None


class ExportTopicOut(ExportItemOut):
    way: str
    title: str
    status: str
    answered_at: datetime | None
    resolved_at: datetime | None
    outcome: str


class ExportSideOut(ExportItemOut):
    topic_id: UUID | None
    feelings: list[str]
    body: str
    touched: str


class ExportTurnOut(ExportItemOut):
    topic_id: UUID | None
    kind: str
    body: str
    answers_id: UUID | None
    flagged: list[str]


class ExportRoomWordsOut(ExportItemOut):
    topic_id: UUID | None
    body: str


class ExportRatingOut(ExportItemOut):
    option_id: UUID
    value: int


class ExportConflictOut(Schema):
    topics: list[ExportTopicOut]
    accounts: list[ExportSideOut]
    turns: list[ExportTurnOut]
    needs: list[ExportRoomWordsOut]
    options: list[ExportRoomWordsOut]
    ratings: list[ExportRatingOut]


class CheckupAnswerOut(Schema):
    item_key: str
    item: str
    value: int
    answered_at: datetime


class CheckupRoundOut(Schema):
    round_number: int
    instrument_version: int
    started_at: datetime
    finished_at: datetime | None
    shared_parts: list[str]
    answers: list[CheckupAnswerOut]


class SafetyAnswerOut(Schema):
    question_key: str
    question: str
    answer: str
    answer_text: str


class SafetyScreenOut(Schema):
    updated_at: datetime
    answers: list[SafetyAnswerOut]
    couple_exercises: str


class CounselingPlanOut(Schema):
    body: str
    updated_at: datetime


class ExportReportOpeningOut(Schema):
    opened_at: datetime
    format: str


class ExportCounselorReportOut(Schema):
    id: UUID
    label: str
    sections: list[str]
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    with_code: bool
    openings: list[ExportReportOpeningOut]


class ExportOut(Schema):
    schema_version: int
    exported_at: datetime
    profile: ProfileOut
    partner: ExportPartnerOut | None
    journal: list[JournalOut]
    daily_answers: list[DailyAnswerOut]
    daily_replies: list[DailyReplyOut]
    responses: list[ExportResponseOut]
    checkins: list[ExportCheckInOut]
    appreciations: list[ExportAppreciationOut]
    plans: list[ExportPlanOut]
    promises: list[ExportPromiseOut]
    promises_not_kept: list[ExportNotKeptOut]
    conflict: ExportConflictOut
    checkup_rounds: list[CheckupRoundOut]
    safety_screen: SafetyScreenOut | None
    counseling_plan: CounselingPlanOut | None
    counselor_reports: list[ExportCounselorReportOut]


@router.get(
    "",
    response=ExportOut,
    summary="Everything I wrote and everything shared with me (schema in docs/export.md)",
)
def export(request: HttpRequest) -> dict[str, Any]:
    return export_for(signed_in_user(request))
