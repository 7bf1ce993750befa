"""The small daily habits: a shared question, check-ins, appreciations, time together, promises.

Free text is encrypted at rest. Every item is a ``CoupleItem`` read through the access
layer: answers to the day's question are sealed until both have answered; appreciations
and promises are shared; a check-in is private or shared, chosen each time.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.models import CoupleItem, reading_indexes


class QuestionPack(models.Model):
    key = models.SlugField(max_length=60, unique=True)
    title = models.CharField(max_length=80)
    description = models.CharField(max_length=300)
    builtin = models.BooleanField(default=True)

    def __str__(self) -> str:
        return self.title


class Question(models.Model):
    pack = models.ForeignKey(QuestionPack, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(max_length=80, unique=True)
    text = models.CharField(max_length=300)
    depth = models.PositiveSmallIntegerField()  # 1 light, 2 medium, 3 deep
    # The same question for a couple who are apart, where ``text`` assumes a shared room.
    apart_text = models.CharField(max_length=300, blank=True, default="")

    def __str__(self) -> str:
        return self.text


class DailySettings(models.Model):
    """A couple's choices for the daily question: time zone, packs and how deep to go."""

    couple = models.OneToOneField("accounts.Couple", on_delete=models.CASCADE, related_name="daily")
    timezone = models.CharField(max_length=64, default="UTC")
    packs = models.ManyToManyField(QuestionPack, blank=True)
    max_depth = models.PositiveSmallIntegerField(default=2)
    # Long distance, or apart for now: questions that have an apart version ask that.
    apart = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"Daily settings of {self.couple}"


class DailyQuestion(models.Model):
    """The question a couple got on one day (in their time zone)."""

    couple = models.ForeignKey("accounts.Couple", on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    # Asked in its apart version: fixed when the day's question is chosen, so a change
    # of settings starts with tomorrow's question, as every other setting does.
    apart = models.BooleanField(default=False)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["couple", "date"], name="one_question_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.date}: {self.text}"

    @property
    def text(self) -> str:
        """The words the couple was asked that day."""
        return (self.apart and self.question.apart_text) or self.question.text


def answer_seal(daily_question_id: int) -> str:
    return f"daily:{daily_question_id}"


class DailyAnswer(CoupleItem):
    """One person's answer to the day's question.

    Free to change while sealed. Once both answers are open, a change is still kept but
    marked with ``edited_at``, so neither can read the other's and quietly rewrite their own.
    """

    daily_question = models.ForeignKey(
        DailyQuestion, on_delete=models.CASCADE, related_name="answers"
    )
    body = EncryptedTextField()
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            *reading_indexes("answer", "created_at"),
            models.Index(fields=["author", "seal_key"], name="answer_by_seal"),
            # Today's "your turn": the partner's sealed answer to today's question. By the
            # couple alone, a ten-year couple's 7,300 answers were read (issue 12).
            models.Index(fields=["couple", "seal_key"], name="answer_by_couple_seal"),
        )
        # In the order they were written, so the same answers always read the same.
        ordering = ("created_at", "id")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["daily_question", "author"], name="one_answer_each")
        ]

    def __str__(self) -> str:
        return f"Answer {self.pk}"


# Feelings in words, never as a score: a partner reads "feeling low", not "2/5".
MOODS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}
HOW_IT_FELT = {1: "Hard", 2: "So-so", 3: "Fine", 4: "Good", 5: "Wonderful"}


class CheckIn(CoupleItem):
    date = models.DateField()
    mood = models.PositiveSmallIntegerField()  # 1 (very low) .. 5 (very good)
    feelings = models.JSONField(default=list)
    good_thing = EncryptedTextField(blank=True, default="")
    hard_thing = EncryptedTextField(blank=True, default="")

    class Meta:
        indexes = (
            *reading_indexes("checkin", "date"),
            # Today's "since you were last here" and counseling's signals read the newest
            # by when they were written, not by their day (issue 12).
            models.Index(fields=["couple", "created_at"], name="checkin_by_couple_written"),
        )
        ordering = ("-date", "-id")

    def __str__(self) -> str:
        return f"Check-in {self.pk}"

    @property
    def mood_in_words(self) -> str:
        """How they were, as a reader would say it: "feeling low"."""
        return f"feeling {MOODS.get(self.mood, 'okay').lower()}"


class Appreciation(CoupleItem):
    class Kind(models.TextChoices):
        THANKS = "thanks", "Thank you"
        COMPLIMENT = "compliment", "A compliment"
        AFFECTION = "affection", "Affection"

    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.THANKS)
    body = EncryptedTextField()
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            *reading_indexes("appreciation", "created_at"),
            # Today counts the new ones (not yet seen) without reading every one seen.
            models.Index(fields=["couple", "seen_at"], name="appreciation_by_couple_seen"),
        )
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"Appreciation {self.pk}"


class Plan(CoupleItem):
    """Quality time: an idea planned for a date, then done with a short memory."""

    activity_key = models.CharField(max_length=20, blank=True, default="")
    title = EncryptedTextField()
    planned_for = models.DateField()
    is_new_to_us = models.BooleanField(default=False)
    done_at = models.DateTimeField(null=True, blank=True)
    memory = EncryptedTextField(blank=True, default="")
    how_it_felt = models.PositiveSmallIntegerField(null=True, blank=True)  # 1..5
    # Its author changed the plan (what or when) or withdrew it: the partner is told.
    changed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            *reading_indexes("plan", "planned_for"),
            # Today's "since you were last here" reads the newest by when they were made.
            models.Index(fields=["couple", "created_at"], name="plan_by_couple_written"),
            # …and the newest changed: by the couple alone, every plan was read (issue 12).
            models.Index(fields=["couple", "changed_at"], name="plan_by_couple_changed"),
        )
        ordering = ("planned_for", "id")

    def __str__(self) -> str:
        return f"Plan {self.pk}"

    @property
    def felt_in_words(self) -> str:
        """How the time together felt, in a word ("" when nobody said)."""
        return HOW_IT_FELT.get(self.how_it_felt or 0, "").lower()


class Promise(CoupleItem):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        KEPT = "kept", "Kept"
        NOT_KEPT = "not_kept", "Not kept"
        RENEGOTIATED = "renegotiated", "Renegotiated"
        # Its author took it back before it was marked: it counts for and against no one.
        WITHDRAWN = "withdrawn", "Withdrawn"

    text = EncryptedTextField()
    due = models.DateField()
    status = models.CharField(max_length=14, choices=Status.choices, default=Status.OPEN)
    note = EncryptedTextField(blank=True, default="")
    marked_at = models.DateTimeField(null=True, blank=True)
    # Its author changed the words or the date, or withdrew it: the partner is told.
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            *reading_indexes("promise", "due"),
            # Today lists the open ones by due date: without the status, a couple's every
            # promise kept over the years was read first (issue 12).
            *reading_indexes("promise_open", "status", "due"),
            # Today's "since you were last here": the newest made and the newest changed.
            models.Index(fields=["couple", "created_at"], name="promise_by_couple_written"),
            models.Index(fields=["couple", "changed_at"], name="promise_by_couple_changed"),
        )
        ordering = ("due", "id")

    def __str__(self) -> str:
        return f"Promise {self.pk}"


class NotKept(CoupleItem):
    """A partner's promise that this person marked "not kept", kept to themself first.

    Private to the one who marked it: the promise's author sees nothing of it, and no
    record or count anyone else can see changes, until its author chooses to tell them
    (``told_at``, when the promise itself becomes "not kept"). Hurt is easier to talk
    about once it has been felt in private; ``feeling`` is that private note.
    """

    promise = models.ForeignKey(Promise, on_delete=models.CASCADE, related_name="+")
    feeling = EncryptedTextField(blank=True, default="")
    told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = reading_indexes("notkept", "created_at")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["promise", "author"], name="one_not_kept_each")
        ]

    def __str__(self) -> str:
        return f"Not kept {self.pk}"


class ReminderPreference(models.Model):
    """Opt-in reminders: off unless a person turns them on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    enabled = models.BooleanField(default=False)
    time_of_day = models.TimeField(default="19:00")
    timezone = models.CharField(max_length=64, default="UTC")
    by_email = models.BooleanField(default=True)
    in_app = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"Reminders for {self.user_id}"


class Reminder(models.Model):
    """One reminder for one person on one local date; the unique key stops a second one."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    local_date = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_by = models.CharField(max_length=64, blank=True, default="")
    claimed_at = models.DateTimeField(null=True, blank=True)
    # The email is out (a push may still be retried); sent_at: every way is done.
    emailed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["user", "local_date"], name="one_reminder_a_day")
        ]

    def __str__(self) -> str:
        return f"Reminder {self.local_date} for {self.user_id}"
