"""A person's private plan for meanwhile, and the places to look for a counselor a host imported.

``CounselingNote`` is couple data of the private kind: always ``private``, read only
through ``heartwork.access.owned`` by its author, its words encrypted at rest. Nothing
else about counseling is stored: not that someone opened the page, not the suggestion.
``CounselorListing`` holds the lines of ``heartwork counselors import``.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem


class CounselingNote(CoupleItem):
    """What one person plans to do meanwhile (for example if their partner won't go).

    One per person; saving again replaces it, deleting removes the row.
    """

    body = EncryptedTextField()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["author"], name="one_counseling_note_per_person")
        ]

    def __str__(self) -> str:
        return f"Counseling note {self.pk}"


class CounselorListing(models.Model):
    """One imported line of where to look for a counselor in one country.

    ``country`` is an ISO 3166 code such as ``GB``, or ``INT`` for everywhere without a
    list of its own; ``category`` is one of ``directory.CATEGORIES``.
    """

    country = models.CharField(max_length=3)
    category = models.CharField(max_length=20)
    text = models.CharField(max_length=300)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ("country", "category", "position")
        indexes = (models.Index(fields=["country"]),)

    def __str__(self) -> str:
        return f"{self.country} {self.category}: {self.text[:40]}"
