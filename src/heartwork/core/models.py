"""The shape every piece of couple data shares, so one access layer can guard it all."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from heartwork.core.public_ids import HasPublicId


class Visibility(models.TextChoices):
    PRIVATE = "private", "Only me"
    SHARED = "shared", "Shared with my partner"
    # Shown to the partner only once they have written their own sealed item with the
    # same seal key (a daily question answered by both, for example).
    SEALED = "sealed", "Sealed until we have both answered"


def reading_indexes(short: str, *order: str) -> tuple[models.Index, models.Index]:
    """The two indexes ``access.readable`` needs, leading with the list's order.

    One serves "I wrote it" (``author_id = me``), the other "shared in my couple"
    (``couple_id = ours``): each half of the condition reads only its own rows, in the
    order the list is paged, on SQLite and PostgreSQL alike (issue 12).
    """
    return (
        models.Index(fields=["author", *order], name=f"{short}_by_author"),
        models.Index(fields=["couple", *order], name=f"{short}_by_couple"),
    )


class CoupleItem(HasPublicId):
    """Something one partner wrote, with who may read it.

    ``couple`` is the couple it was shared in: when that couple ends, the partner no
    longer sees it, and a later couple never does. Read these only through
    ``heartwork.access``, which looks them up by their random ``public_id``.
    """

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    couple = models.ForeignKey(
        "accounts.Couple", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    seal_key = models.CharField(max_length=100, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class RateCount(models.Model):
    """How many tries one key made in its current window (see ``core/ratelimit.py``).

    A table of its own rather than the cache: counting is one upsert, and no cull can
    throw a count away early. ``heartwork worker`` deletes windows that have ended.
    """

    key = models.CharField(max_length=200, unique=True)
    ends_at = models.BigIntegerField()  # epoch seconds: the window began at the first try
    tries = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = (models.Index(fields=["ends_at"], name="ratecount_ends_at"),)

    def __str__(self) -> str:
        return f"{self.key}: {self.tries} until {self.ends_at}"
