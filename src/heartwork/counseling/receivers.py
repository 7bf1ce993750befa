"""A couple's kept count of harsh shared words goes when the couple ends (accounts/signals.py).

Deleting a couple (or an account, which ends the couple first) deletes it with the row.
"""

from __future__ import annotations

from typing import Any

from heartwork.accounts import signals
from heartwork.accounts.models import Couple, User
from heartwork.counseling.selectors import forget_kept_counts


def _couple_ended(sender: object, users: list[User], **kwargs: Any) -> None:
    ended = Couple.objects.filter(ended_at__isnull=False, memberships__user__in=users)
    forget_kept_counts(ended)


def connect() -> None:
    signals.couple_ended.connect(_couple_ended, dispatch_uid="counseling")
