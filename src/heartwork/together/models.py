"""Reactions and short replies to what a partner shared: one model for every kind of item.

A response names its item by kind and random public id, not by a foreign key, so one
table serves journal entries, appreciations, check-ins, memories and daily answers alike.
It is a ``CoupleItem`` like any other: shared in the couple it was written in, read only
through the access layer, its words encrypted at rest.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem, reading_indexes


class ItemKind(models.TextChoices):
    JOURNAL = "journal", "a journal entry"
    APPRECIATION = "appreciation", "an appreciation"
    CHECKIN = "checkin", "a check-in"
    MEMORY = "memory", "a memory"
    ANSWER = "answer", "an answer"


class Reaction(models.TextChoices):
    HEART = "heart", "A heart"
    THANKS = "thanks", "Thank you"
    ME_TOO = "me_too", "Me too"
    HUG = "hug", "A hug"


class Response(CoupleItem):
    """A reaction (``reaction`` set, no words) or a reply (``body``) to one shared item.

    One reaction each per item, which a person may change or take back; replies are as
    many as a conversation needs.
    """

    item_kind = models.CharField(max_length=12, choices=ItemKind.choices)
    item_id = models.UUIDField()
    # Whose item it answers, so "Sam replied to your entry" is one indexed read.
    item_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reaction = models.CharField(max_length=10, choices=Reaction.choices, blank=True, default="")
    body = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ("created_at", "id")
        indexes = (
            *reading_indexes("response", "created_at"),
            models.Index(fields=["item_kind", "item_id", "created_at"], name="response_by_item"),
        )
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["item_kind", "item_id", "author"],
                condition=~models.Q(reaction=""),
                name="one_reaction_each",
            )
        ]

    def __str__(self) -> str:
        return f"Response {self.pk}"

    @property
    def is_reaction(self) -> bool:
        return bool(self.reaction)


class Visit(models.Model):
    """When a person was last on their Today page, for "Since you were last here".

    Written at most once per visit (see ``services.visit_mark``), never on every read.
    ``since`` is where the current list begins: the visit before this one.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="today_visit"
    )
    seen_at = models.DateTimeField()
    since = models.DateTimeField()

    def __str__(self) -> str:
        return f"Visit of {self.user_id}"
