"""Sharing a report, opening it by its link, and revoking it: the one write path for each.

The web pages, the API and the counselor's link all call these. The link's token is 256
random bits, shown once and stored only as its SHA-256; the optional code is stored with
Django's password hasher and may be tried ``CODE_TRIES_PER_HOUR`` times an hour per report.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core import ratelimit
from heartwork.core.errors import DomainError
from heartwork.core.models import Visibility
from heartwork.core.secrets import digest, normalize_code, short_code
from heartwork.report import content
from heartwork.report.models import CounselorReport, ReportOpening

MAX_DAYS = 30
DEFAULT_DAYS = 14
LABEL_MAX = 80
CODE_TRIES_PER_HOUR = 5
TOKEN_BYTES = 32  # 256 bits


@dataclass(frozen=True)
class Shared:
    """A report just shared: its link's token and code, which exist only in this answer."""

    report: CounselorReport
    token: str
    code: str | None


def _valid_days(days: int) -> int:
    if not 1 <= days <= MAX_DAYS:
        raise DomainError(f"Choose how long the link works: 1 to {MAX_DAYS} days.")
    return days


def report_preview(*, user: User, sections: Collection[str]) -> dict[str, Any]:
    """What a report with these parts would hold, without sharing anything."""
    return content.build(user, sections)


@transaction.atomic
def report_create(
    *,
    user: User,
    sections: Collection[str],
    days: int = DEFAULT_DAYS,
    with_code: bool = False,
    label: str = "",
) -> Shared:
    """Share a report of ``user``'s own chosen parts by a new link."""
    if len(label) > LABEL_MAX:
        raise DomainError(f"Keep the note of who it is for under {LABEL_MAX} characters.")
    days = _valid_days(days)
    snapshot = content.build(user, sections)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    code = short_code() if with_code else None
    report = CounselorReport.objects.create(
        author=user,
        couple=access.current_couple(user),
        visibility=Visibility.PRIVATE,
        label=label,
        sections=snapshot["sections"],
        content=json.dumps(snapshot),
        token_hash=digest(token),
        code_hash=make_password(code) if code else "",
        expires_at=timezone.now() + timedelta(days=days),
    )
    return Shared(report, token, code)


@transaction.atomic
def report_revoke(*, user: User, report_id: UUID) -> CounselorReport:
    """End a report's link at once. Revoking twice changes nothing."""
    report = access.get_owned(user, CounselorReport, report_id)
    if report.revoked_at is None:
        report.revoked_at = timezone.now()
        report.save(update_fields=["revoked_at", "updated_at"])
    return report


def report_by_link(token: str) -> CounselorReport:
    """The live report this token opens, or 404: unknown, expired and revoked look the same."""
    report = CounselorReport.objects.filter(
        token_hash=digest(token), revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).first()
    if report is None:
        raise Http404("Not found")
    return report


def report_unlock(*, report: CounselorReport, code: str) -> None:
    """Check the code the counselor typed; a wrong one counts toward the hourly limit.

    Counted outside any transaction, so a wrong try still counts.
    """
    ratelimit.enforce(
        f"report-code:{report.pk}",
        limit=CODE_TRIES_PER_HOUR,
        window_seconds=3600,
        message=(
            "Too many tries of the code for now. Please wait an hour, or ask the person "
            "who shared the report to read the code out again."
        ),
    )
    if not report.has_code or not check_password(normalize_code(code), report.code_hash):
        raise DomainError(
            "That code doesn't match. Check it with the person who shared the report and try again."
        )


def report_opened(*, report: CounselorReport, format: str) -> ReportOpening:
    """Record one opening: the time and the format, nothing about who or where."""
    return ReportOpening.objects.create(report=report, format=format)


def snapshot_of(report: CounselorReport) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(report.content)
    return data
