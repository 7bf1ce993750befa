"""Gentle, opt-in reminders that never carry what anyone wrote.

``send_due_reminders`` is safe to run from several workers at once: a reminder is one row
per person per local date (a unique key), and a worker sends it only after claiming it
with an atomic update that only one worker can win. The claim is a lease
(``core/leases.py``): if the worker dies before it sends, another sends it once the lease
has run out, as long as the reminder is still due that day.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from heartwork import access
from heartwork.core import leases
from heartwork.core.site import site_link
from heartwork.daily.models import DailyAnswer, Reminder, ReminderPreference
from heartwork.daily.services import todays_question, zone

SUBJECT = "A gentle reminder"
BODY = (
    "Today's question is waiting for you in Heartwork, whenever you have a quiet moment.\n\n"
    "{url}\n\n"
    "Skipping a day is fine. To change or turn off these reminders:\n{settings_url}"
)


def _due(preference: ReminderPreference, now: datetime) -> bool:
    local = now.astimezone(zone(preference.timezone))
    if local.time() < preference.time_of_day:
        return False
    question = todays_question(preference.user, now)
    if question is None:
        return False
    return not DailyAnswer.objects.filter(daily_question=question, author=preference.user).exists()


def send_due_reminders(*, worker: str, now: datetime | None = None) -> int:
    """Create, claim and send what is due; returns how many this worker sent."""
    now = now or timezone.now()
    sent = 0
    preferences = ReminderPreference.objects.filter(enabled=True).select_related("user")
    for preference in preferences:
        if not preference.user.is_active or access.current_couple(preference.user) is None:
            continue
        if not _due(preference, now):
            continue
        local_date = now.astimezone(zone(preference.timezone)).date()
        try:
            with transaction.atomic():
                reminder, _ = Reminder.objects.get_or_create(
                    user=preference.user, local_date=local_date
                )
        except IntegrityError:
            reminder = Reminder.objects.get(user=preference.user, local_date=local_date)
        unsent = Reminder.objects.filter(pk=reminder.pk, sent_at__isnull=True)
        if not leases.claim(unsent, worker=worker, now=now):
            continue  # another worker has it, or it went out already
        if preference.by_email:
            send_mail(
                SUBJECT,
                BODY.format(
                    url=site_link(reverse("daily")),
                    settings_url=site_link(reverse("daily_settings")),
                ),
                settings.DEFAULT_FROM_EMAIL,
                [preference.user.email],
            )
        Reminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now())
        sent += 1
    return sent
