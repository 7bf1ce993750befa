"""A person's private plan for meanwhile, and the places to look for a counselor a host imported.

``CounselingNote`` is couple data of the private kind: always ``private``, read only
through ``heartwork.access.owned`` by its author, its words encrypted at rest.
``HarshCount`` keeps, per couple, the counselor rule's count of shared things with
criticism or contempt, encrypted, so a new server process need not read them all again.
Nothing else about counseling is stored: not that someone opened the page, not the
suggestion. ``CounselorListing`` holds the lines of ``heartwork counselors import``.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models

from heartwork.accounts.models import Couple
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


class HarshCount(models.Model):
    """How many of a couple's recent shared things carry criticism or contempt, and of what.

    The counselor rule counts them on a couple's first Today in each server process
    (issue 12: up to 250 texts read and classified). This row lets the next process take
    the count instead, while what it was counted from is unchanged. It is computed for
    every couple alike, whether or not anyone looks for help, so it says nothing of that.

    ``count`` is encrypted with the app's key like every text; ``stamp`` is a keyed hash
    (``selectors._stamp_digest``) of what changes when the shared things do, so it shows
    neither the count nor when the couple was last active. It is never shown, logged or
    put in the shared cache; it goes with the couple when the couple ends or is deleted.
    """

    couple = models.OneToOneField(Couple, on_delete=models.CASCADE, related_name="+")
    stamp = models.CharField(max_length=64)
    count = EncryptedTextField()

    def __str__(self) -> str:
        return f"Harsh count of couple {self.couple_id}"
