"""A report one partner shares with a counselor, and each time the counselor opened it.

A report is its author's alone: it is a ``CoupleItem`` that is always private, so the
access layer never shows it, its link or its openings to the partner (docs/report.md says
why). What it holds is fixed when it is shared (``content``, encrypted at rest): the
counselor reads exactly what its author previewed, whatever changes later.

The link's token and the optional one-time code are stored only as hashes.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils import timezone

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem


class CounselorReport(CoupleItem):
    # Who it is for, in the author's words; shown to the author only, never to the counselor.
    label = EncryptedTextField(blank=True, default="")
    sections = models.JSONField(default=list)  # the section keys chosen (sections.py)
    content = EncryptedTextField()  # the snapshot as JSON (content.py)
    token_hash = models.CharField(max_length=64, unique=True)
    code_hash = models.CharField(max_length=128, blank=True, default="")  # make_password
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"Counselor report {self.pk}"

    @property
    def has_code(self) -> bool:
        return bool(self.code_hash)

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()


class ReportOpening(models.Model):
    """One opening of a report by its link: when, and which format. No address, no browser."""

    class Format(models.TextChoices):
        PAGE = "page", "The page"
        PDF = "pdf", "The PDF"
        FHIR = "fhir", "The FHIR file"

    report = models.ForeignKey(CounselorReport, on_delete=models.CASCADE, related_name="openings")
    opened_at = models.DateTimeField(default=timezone.now)
    format = models.CharField(max_length=4, choices=Format.choices)

    class Meta:
        ordering = ("-opened_at", "-id")
        indexes: ClassVar = [models.Index(fields=["report", "-opened_at"])]

    def __str__(self) -> str:
        return f"{self.format} at {self.opened_at:%Y-%m-%d %H:%M}"
