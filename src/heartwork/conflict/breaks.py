"""Inviting both partners back when a break is over: in the app, and by a content-free
email to whoever turned on gentle reminders by email.

``send_break_invitations`` is safe to run from several workers at once: a worker sends a
break's invitation only after claiming it with an atomic update that only one can win.
The claim is a lease (``core/leases.py``): if the worker dies before it sends, another
sends it once the lease has run out.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone

from heartwork.accounts.models import User
from heartwork.conflict.models import Break
from heartwork.core import leases
from heartwork.core.site import site_link
from heartwork.daily.models import ReminderPreference

SUBJECT = "Whenever you're ready"
# Says nothing of what the break was about, or that there was one: a shared inbox or a
# lock screen shows only this.
BODY = (
    "Something is waiting for you in Heartwork, whenever you're ready.\n\n"
    "{url}\n\n"
    "To change or turn off these emails:\n{settings_url}"
)
BATCH = 200


def _emailed(couple_id: int) -> list[str]:
    """Addresses of the couple's current members who chose reminders by email."""
    members = User.objects.filter(
        is_active=True,
        memberships__couple_id=couple_id,
        memberships__left_at__isnull=True,
        memberships__couple__ended_at__isnull=True,
    )
    chose = ReminderPreference.objects.filter(user__in=members, enabled=True, by_email=True)
    return list(chose.values_list("user__email", flat=True))


def send_break_invitations(*, worker: str, now: datetime | None = None) -> int:
    """Claim and send the invitations of breaks that are over; returns how many this worker
    sent."""
    now = now or timezone.now()
    sent = 0
    # Read by the (invited_at, ends_at) index: the breaks still waiting, not every one.
    due = Break.objects.filter(leases.free(now), invited_at__isnull=True, ends_at__lte=now)
    due = due.select_related("topic").order_by("ends_at")
    for pause in due[:BATCH]:
        uninvited = Break.objects.filter(pk=pause.pk, invited_at__isnull=True)
        if not leases.claim(uninvited, worker=worker, now=now):
            continue  # another worker has it
        if pause.couple_id is not None:
            for address in _emailed(pause.couple_id):
                send_mail(
                    SUBJECT,
                    BODY.format(
                        url=site_link(reverse("conflict_room", args=[pause.topic.public_id])),
                        settings_url=site_link(reverse("daily_settings")),
                    ),
                    settings.DEFAULT_FROM_EMAIL,
                    [address],
                )
        Break.objects.filter(pk=pause.pk).update(invited_at=timezone.now())
        sent += 1
    return sent
