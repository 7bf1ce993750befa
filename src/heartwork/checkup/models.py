"""One person's answers to one round of the check-up.

A response is private while it is being filled in. When it is finished it becomes
``sealed`` under the key of its round, so the access layer shows it to the partner only
once the partner has finished the same round too. Even then the partner sees only the
parts listed in ``shared_parts`` (section keys and the closeness picture), chosen by the
person, and never the sensitive dimensions (see ``report.partner_view``). Each round
keeps the version of the questions it was taken on, so it stays readable when they change.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models

from heartwork.core.models import CoupleItem, reading_indexes


def seal_key(round_number: int) -> str:
    return f"checkup:{round_number}"


class CheckupResponse(CoupleItem):
    round_number = models.PositiveIntegerField()
    finished_at = models.DateTimeField(null=True, blank=True)
    # The version of the questions this round was taken on (instrument.load(version)).
    # Rounds from before versions existed were all taken on version 1.
    instrument_version = models.PositiveSmallIntegerField()
    shared_parts = models.JSONField(
        default=list,
        blank=True,
        help_text="The sections (and 'closeness') whose scores my partner may see.",
    )
    # Set when the round is finished (its answers no longer change), so the history
    # never scores every round again on each visit: {"scores": {dimension: score},
    # "private_help": bool}. Null for rounds from before it was stored, until
    # ``heartwork worker`` fills them in (``history.fill_stored_scores``).
    stored_scores = models.JSONField(null=True, blank=True, editable=False)

    class Meta:
        indexes = (
            *reading_indexes("checkup", "round_number"),
            models.Index(fields=["author", "seal_key"], name="checkup_by_seal"),
        )
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["author", "round_number"], name="one_response_per_round"
            )
        ]
        ordering = ("round_number",)

    def __str__(self) -> str:
        return f"Check-up round {self.round_number} by {self.author_id}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


class CheckupAnswer(models.Model):
    response = models.ForeignKey(CheckupResponse, on_delete=models.CASCADE, related_name="answers")
    item_key = models.CharField(max_length=60)
    value = models.PositiveSmallIntegerField()
    answered_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["response", "item_key"], name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=7), name="answer_on_the_scale"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item_key}={self.value}"


class Norms(models.Model):
    """Reliability and spread of each dimension, measured over every finished round.

    Kept off the request path: measuring reads every answer in the installation, so
    ``heartwork worker`` claims a stale row atomically and measures it (``norms.refresh``);
    a request reads only this one small row (issue 12).
    """

    instrument_version = models.PositiveSmallIntegerField(unique=True)
    # {dimension key: [alpha, sd]}; a dimension without enough respondents is left out.
    values = models.JSONField(default=dict)
    measured_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=64, blank=True, default="")
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "norms"

    def __str__(self) -> str:
        return f"Norms of version {self.instrument_version}"
