"""Reads of a person's own reports, shared by the pages, the API and the export.

Reports are read only through ``access.owned``: a report is its author's alone, so the
partner finds none of them, whatever the couple shares.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.db.models import Count, QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.report.models import CounselorReport, ReportOpening

PAGE = 20  # reports on a page, and openings shown with one report


def reports_of(user: User) -> QuerySet[CounselorReport]:
    """``user``'s own reports, newest first, each with how often it was opened."""
    return access.owned(user, CounselorReport).annotate(opened=Count("openings"))


def report_of(user: User, report_id: UUID | str) -> CounselorReport:
    """One of ``user``'s own reports, or 404."""
    return access.get_owned(user, CounselorReport, report_id)


def openings_of(report: CounselorReport, limit: int = PAGE) -> list[ReportOpening]:
    return list(report.openings.all()[:limit])


def reports_export(user: User) -> list[dict[str, Any]]:
    """``user``'s own reports as their export holds them: what was shared and when it was
    opened, never the link (it is stored only as a hash)."""
    openings: dict[int, list[dict[str, Any]]] = {}
    rows = ReportOpening.objects.filter(report__in=access.owned(user, CounselorReport))
    for o in rows.order_by("opened_at", "id"):
        openings.setdefault(o.report_id, []).append({"opened_at": o.opened_at, "format": o.format})
    return [
        {
            "id": r.public_id,
            "label": r.label,
            "sections": list(r.sections),
            "created_at": r.created_at,
            "expires_at": r.expires_at,
            "revoked_at": r.revoked_at,
            "with_code": r.has_code,
            "openings": openings.get(r.pk, []),
        }
        for r in access.owned(user, CounselorReport).order_by("created_at", "id")
    ]
