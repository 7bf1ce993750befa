"""API endpoints for one's own counselor reports: the same services and reads as the pages."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Schema, Status

from heartwork.core.apischema import ErrorOut, InputSchema, Router, Whole
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text
from heartwork.report import selectors, services
from heartwork.report.models import CounselorReport

router = Router(tags=["reports"])


class ReportPreviewIn(InputSchema):
    sections: list[Annotated[Text, Field(max_length=40)]] = Field(
        ...,
        max_length=20,
        description="The parts to put in (see GET /api/reports/parts): only your own.",
    )


class ReportIn(ReportPreviewIn):
    days: Whole = Field(services.DEFAULT_DAYS, ge=1, le=services.MAX_DAYS)
    with_code: bool = Field(False, description="Also ask the counselor for a one-time code.")
    label: Text = Field(
        "", max_length=services.LABEL_MAX, description="Who it is for; only you see it."
    )


class ReportPartOut(Schema):
    key: str
    title: str
    about: str


class CounselorReportOut(Schema):
    id: UUID
    label: str
    sections: list[str]
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    live: bool
    with_code: bool
    opened: int


class CounselorReportSharedOut(CounselorReportOut):
    link: str = Field(..., description="Shown only in this answer: only its hash is kept.")
    code: str | None = Field(None, description="Shown only in this answer, if asked for.")


class ReportOpeningOut(Schema):
    opened_at: datetime
    format: str


def _out(report: CounselorReport, opened: int | None = None) -> dict[str, Any]:
    return {
        "id": report.public_id,
        "label": report.label,
        "sections": list(report.sections),
        "created_at": report.created_at,
        "expires_at": report.expires_at,
        "revoked_at": report.revoked_at,
        "live": report.is_live,
        "with_code": report.has_code,
        "opened": opened if opened is not None else report.openings.count(),
    }


@router.get("/parts", response=list[ReportPartOut], summary="The parts I can put in a report")
def report_parts(request: HttpRequest) -> list[ReportPartOut]:
    from heartwork.report.sections import choices_for

    return [
        ReportPartOut(key=c.key, title=c.title, about=c.about)
        for c in choices_for(signed_in_user(request))
    ]


@router.get(
    "", response=list[CounselorReportOut], summary="My reports, newest first (the latest 20)"
)
def report_list(request: HttpRequest) -> list[dict[str, Any]]:
    reports = selectors.reports_of(signed_in_user(request))[: selectors.PAGE]
    return [_out(r, r.opened) for r in reports]  # type: ignore[attr-defined]


@router.post(
    "/preview",
    response={200: dict[str, Any], 400: ErrorOut},
    summary="What a report with these parts would hold (shares nothing)",
)
def report_preview(request: HttpRequest, payload: ReportPreviewIn) -> dict[str, Any]:
    return services.report_preview(user=signed_in_user(request), sections=payload.sections)


@router.post(
    "",
    response={201: CounselorReportSharedOut, 400: ErrorOut},
    summary="Share a report of my own chosen parts by a new link",
)
def report_create(request: HttpRequest, payload: ReportIn) -> Status[object]:
    shared = services.report_create(
        user=signed_in_user(request),
        sections=payload.sections,
        days=payload.days,
        with_code=payload.with_code,
        label=payload.label,
    )
    link = request.build_absolute_uri(reverse("counselor_report", args=[shared.token]))
    return Status(201, {**_out(shared.report, 0), "link": link, "code": shared.code})


@router.get("/{report_id}", response=CounselorReportOut, summary="One of my reports")
def report_detail(request: HttpRequest, report_id: UUID) -> dict[str, Any]:
    return _out(selectors.report_of(signed_in_user(request), report_id))


@router.post("/{report_id}/revoke", response=CounselorReportOut, summary="End a report's link now")
def report_revoke(request: HttpRequest, report_id: UUID) -> dict[str, Any]:
    return _out(services.report_revoke(user=signed_in_user(request), report_id=report_id))


@router.get(
    "/{report_id}/openings",
    response=list[ReportOpeningOut],
    summary="When my report was opened (the latest 20; time and format only)",
)
def report_openings(request: HttpRequest, report_id: UUID) -> list[ReportOpeningOut]:
    report = selectors.report_of(signed_in_user(request), report_id)
    return [
        ReportOpeningOut(opened_at=o.opened_at, format=o.format)
        for o in selectors.openings_of(report)
    ]
