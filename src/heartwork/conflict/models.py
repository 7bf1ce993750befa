"""The conflict room: a topic, each partner's sealed account of it, the turns, the breaks.

Every row is a ``CoupleItem`` read through the access layer. A topic, its turns and its
breaks are shared with the partner; an account is sealed with the topic's seal key, the
daily question's seal: the partner reads it only once they have written their own.
Everything typed is encrypted at rest.

Deleting an account deletes what that person wrote, and only that: a topic goes with its
opener, but the partner's accounts, turns, needs and options stay theirs (``topic`` set to
null, as a daily reply outlives a deleted answer), for their export. Breaks and ratings
hold no words and go with the topic or the option.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem


def account_seal(topic_id: int) -> str:
    """The seal both accounts of one topic share (see ``access.readable``)."""
    return f"conflict:{topic_id}"


def needs_seal(topic_id: int) -> str:
    """The seal both partners' needs in one topic share."""
    return f"conflict-needs:{topic_id}"


class Topic(CoupleItem):
    """Something that happened, opened by one partner (the author) for both to work through."""

    class Way(models.TextChoices):
        AFTER = "after", "After a fight"
        NOW = "now", "Talk it through now"

    class Status(models.TextChoices):
        INVITED = "invited", "Waiting for your partner"
        OPEN = "open", "Open"
        NOT_NOW = "not_now", "Not now"
        RESOLVED = "resolved", "Repaired"
        LASTING = "lasting", "A lasting difference"

    class Outcome(models.TextChoices):
        AGREE = "agree", "We agree on an option"
        TRY = "try", "We'll try an option for a while"
        LASTING = "lasting", "A lasting difference, to keep talking about kindly"

    way = models.CharField(max_length=8, choices=Way.choices, default=Way.AFTER)
    title = EncryptedTextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    answered_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    # Needs and options: one partner proposes how to settle it, the other agrees.
    proposed = models.CharField(max_length=8, choices=Outcome.choices, blank=True, default="")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_option = models.ForeignKey(
        "Option", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_until = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=8, choices=Outcome.choices, blank=True, default="")

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = (models.Index(fields=["couple", "created_at"]),)

    def __str__(self) -> str:
        return f"Topic {self.pk}"


class Account(CoupleItem):
    """One partner's own side, written privately: sealed until both have written."""

    # Null once the topic is gone with its opener's account: these words stay their writer's.
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="accounts"
    )
    feelings = models.JSONField(default=list)  # words from the feelings list, never free text
    body = EncryptedTextField()  # what it was like from where I stood
    touched = EncryptedTextField()  # what it touched in me

    class Meta:
        ordering = ("created_at", "id")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["topic", "author"], name="one_account_each")
        ]

    def __str__(self) -> str:
        return f"Account {self.pk}"


class Turn(CoupleItem):
    """One step one partner takes, shared with the other once sent."""

    class Kind(models.TextChoices):
        SPEAK = "speak", "What I want to say"
        REFLECT = "reflect", "What I heard"
        CONFIRM = "confirm", "Yes, that's it"
        CORRECT = "correct", "Not quite"
        MY_PART = "my_part", "My part, and what I regret"
        APOLOGY = "apology", "An apology"
        ACCEPT = "accept", "Apology accepted"
        NOT_YET = "not_yet", "Not yet"
        PLAN = "plan", "Next time, I will"

    # Null once the topic is gone with its opener's account: these words stay their writer's.
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="turns"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    body = EncryptedTextField(blank=True, default="")
    # The turn this one answers (a reflection's confirmation, an apology's reply).
    answers = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The patterns the coach flagged in it and that were sent anyway: labels, never words,
    # so the couple's record over time is counts only.
    flagged = models.JSONField(default=list)
    promise = models.ForeignKey(
        "daily.Promise", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ("created_at", "id")
        indexes = (models.Index(fields=["topic", "created_at"]),)

    def __str__(self) -> str:
        return f"Turn {self.pk}"


class Break(CoupleItem):
    """A pause either partner calls: the room waits until ``ends_at``, then invites both back.

    The invitation is claimed with an atomic update (``claimed_at``), so two workers send
    it once; the claim is a lease (``core/leases.py``), so a worker that dies before it
    sends does not lose it.
    """

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="breaks")
    ends_at = models.DateTimeField()
    claimed_by = models.CharField(max_length=64, blank=True, default="")
    claimed_at = models.DateTimeField(null=True, blank=True)
    invited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("created_at", "id")
        indexes = (models.Index(fields=["invited_at", "ends_at"], name="break_waiting"),)

    def __str__(self) -> str:
        return f"Break {self.pk}"


class Need(CoupleItem):
    """What one partner needs, written privately: sealed until both have written."""

    # Null once the topic is gone with its opener's account: these words stay their writer's.
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="needs"
    )
    body = EncryptedTextField()

    class Meta:
        ordering = ("created_at", "id")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["topic", "author"], name="one_need_each")
        ]

    def __str__(self) -> str:
        return f"Need {self.pk}"


class Option(CoupleItem):
    """A way forward either partner suggests, once both needs are open."""

    # Null once the topic is gone with its opener's account: these words stay their writer's.
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="options"
    )
    body = EncryptedTextField()

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"Option {self.pk}"


class Rating(CoupleItem):
    """How well one option meets the rater's needs: 1 not really, 2 partly, 3 yes."""

    option = models.ForeignKey(Option, on_delete=models.CASCADE, related_name="ratings")
    value = models.PositiveSmallIntegerField()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["option", "author"], name="one_rating_each")
        ]

    def __str__(self) -> str:
        return f"Rating {self.pk}"
