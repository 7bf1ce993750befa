"""The private safety screen, each person's quick-exit choices, and imported help lines.

A ``SafetyScreen`` is couple data of the most private kind: always ``private``, read
only through ``heartwork.access.owned`` by the person who answered, its answers (and
their choice about couple exercises) encrypted at rest in one field. What stays plain is
only that a row exists and when it changed. ``SafetyPreferences`` holds how quick exit
behaves for a person; ``HelpResource`` holds the help lines a host imported with
``heartwork resources import``.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem


class SafetyScreen(CoupleItem):
    """One person's latest answers: a retake replaces them, deleting removes the row.

    ``state`` is JSON (see ``safety.screen.State``), encrypted: the answers and whether
    the person paused or kept open the couple exercises. Nothing derived from it (a
    risk level, a flag) is stored where the database could show it.
    """

    state = EncryptedTextField()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["author"], name="one_safety_screen_per_person")
        ]

    def __str__(self) -> str:
        return f"Safety screen {self.pk}"


class SafetyPreferences(models.Model):
    """How quick exit behaves for one person, and whether the screen was offered.

    ``keep_signed_in``: quick exit leaves without ending the session ("just leave").
    ``neutral_titles``: every page's title in the browser tab is a neutral word.
    ``offered_before_conflict_at``: when the screen was offered before the conflict
    room was first used, so it is offered there once and never again.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    keep_signed_in = models.BooleanField(default=False)
    neutral_titles = models.BooleanField(default=False)
    offered_before_conflict_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "safety preferences"

    def __str__(self) -> str:
        return f"Safety preferences of {self.user_id}"


class HelpResource(models.Model):
    """One imported help line for one country (see ``safety.resources``).

    ``country`` is an ISO 3166 code such as ``GB``, or ``INT`` for the list shown where
    no country has its own. ``category`` is one of ``resources.CATEGORIES``.
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
