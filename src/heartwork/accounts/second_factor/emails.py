"""Content-free emails to the owner about their second step.

Each says what happened and when, and what to do if it wasn't them; never a code, a
secret, an address or a device. They go out only once the change is committed, and are
sent whatever ``ACCOUNT_EMAIL_NOTIFICATIONS`` says: someone who turns on a second step
needs to hear when it changes.
"""

from __future__ import annotations

from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from heartwork.accounts.models import User

WRONG_CODE = "mfa/email/wrong_code"


def second_factor_email(template_prefix: str, user: User) -> None:
    """Tell ``user`` about a change to their second step, once the change is kept."""
    context = {
        "when": timezone.now(),
        "settings_url": settings.SITE_URL + reverse("mfa_index"),
        "reset_url": settings.SITE_URL + reverse("account_reset_password"),
    }
    subject = render_to_string(f"{template_prefix}_subject.txt", context).strip()
    body = render_to_string(f"{template_prefix}_message.txt", context)
    transaction.on_commit(
        partial(send_mail, subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]),
        robust=True,
    )


def wrong_code_email(user: User) -> None:
    """Someone with the password typed a wrong code: tell the owner, at most once a while.

    A wrong code means the password was right, so the owner should know soon; but a
    guesser must not be able to flood their inbox, so one email per cool-off window.
    """
    if cache.add(f"second-step-wrong-code-told:{user.pk}", 1, settings.LOGIN_COOL_OFF_MINUTES * 60):
        second_factor_email(WRONG_CODE, user)
