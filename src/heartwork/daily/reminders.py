"""Gentle, opt-in reminders that never carry what anyone wrote.

``send_due_reminders`` is safe to run from several workers at once: a reminder is one row
per person per local date (a unique key), and a worker sends it only after claiming it
with an atomic update that only one worker can win. The claim is a lease
(``core/leases.py``): if the worker dies before it sends, another sends it once the lease
has run out, as long as the reminder is still due that day.

A reminder goes by email and by push to each device where the person turned
notifications on (``push/sending.py``), under the same claim. The email is marked sent as
soon as it is out, so a retry for a device whose push service failed never sends it again;
the reminder is done once every device has it (or is gone, or was given up on).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

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
from heartwork.push.sending import push_reminder

# A reminder sent just before midnight still gets this long to reach a device.
MIN_TTL = 15 * 60
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
        reminder.refresh_from_db(fields=["emailed_at"])  # as the last holder of the claim left it
        if preference.by_email and reminder.emailed_at is None:
            send_mail(
                SUBJECT,
                BODY.format(
                    url=site_link(reverse("daily")),
                    settings_url=site_link(reverse("daily_settings")),
                ),
                settings.DEFAULT_FROM_EMAIL,
                [preference.user.email],
            )
            Reminder.objects.filter(pk=reminder.pk).update(emailed_at=timezone.now())
        pushed = push_reminder(
            user=preference.user,
            local_date=local_date,
            open_path=reverse("daily"),
            ttl=_rest_of_day(now, preference.timezone),
        )
        if not pushed:
            continue  # a device to try again once the claim runs out; the email is out
        Reminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now())
        sent += 1
    return sent


def _rest_of_day(now: datetime, timezone_name: str) -> int:
    """Seconds left in the person's day: a push service keeps the reminder that long for a
    device that is off, and no longer (today's question is gone tomorrow)."""
    local = now.astimezone(zone(timezone_name))
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)
    return max(MIN_TTL, int((midnight - local).total_seconds()))
