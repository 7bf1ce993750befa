"""Notifications stop with the account events that end someone's access (accounts/signals.py).

Signing out everywhere else and every password change or reset end every device's
notifications, this one's too: a subscription is not tied to a session, and one set up
by whoever had the password or a minute with an unlocked phone must not outlive it. The
person turns them on again where they want them. Leaving a couple ends them for both:
reminders are about the couple's daily question. Deleting the account deletes them with it.
"""

from __future__ import annotations

from typing import Any

from heartwork.accounts import signals
from heartwork.accounts.models import User
from heartwork.push.services import push_forget_all


def _signed_out_elsewhere(sender: object, user: User, **kwargs: Any) -> None:
    push_forget_all(user=user)


def _couple_ended(sender: object, users: list[User], **kwargs: Any) -> None:
    for user in users:
        push_forget_all(user=user)


def connect() -> None:
    signals.signed_out_elsewhere.connect(_signed_out_elsewhere, dispatch_uid="push")
    signals.couple_ended.connect(_couple_ended, dispatch_uid="push")
