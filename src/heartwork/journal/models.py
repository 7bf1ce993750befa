"""The heart journal: what each partner writes, private unless they share it."""

from __future__ import annotations

from django.db import models

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem, Visibility, reading_indexes


class JournalEntry(CoupleItem):
    title = EncryptedTextField(blank=True, default="")
    body = EncryptedTextField()

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name_plural = "journal entries"
        indexes = (
            models.Index(fields=["couple", "visibility"]),
            *reading_indexes("journal", "created_at"),
            # Today's "since you were last here" reads the newest by when they changed.
            models.Index(fields=["couple", "updated_at"], name="journal_by_couple_changed"),
        )

    def __str__(self) -> str:
        return f"Journal entry {self.pk}"

    @property
    def is_shared(self) -> bool:
        return self.visibility == Visibility.SHARED
