"""What happens when a password changes, by whichever of allauth's paths.

A change (or a first password set) keeps the browser that made it signed in; a reset,
made by someone who did not know the old password, keeps nobody signed in. Both end
every API token and every other session through one service, and both make every
browser new to the account (its known-browser mark hangs on the password); the browser
that made a change is remembered again at once.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest

from heartwork.accounts import known_browsers, services
from heartwork.accounts.models import User
from heartwork.accounts.second_factor.services import second_factor_secrets_rotate as _rotate


def password_changed(sender: type, request: HttpRequest, user: User, **kwargs: Any) -> None:
    services.account_end_access(user=user, keep_session_key=request.session.session_key)
    known_browsers.remember(request, user)


def password_reset(sender: type, request: HttpRequest, user: User, **kwargs: Any) -> None:
    services.account_end_access(user=user, keep_session_key=None)
    if request.session.get(SESSION_KEY) == str(user.pk):
        # The browser that reset the password was signed in as this person; its session
        # row is gone, so start it afresh rather than save it again.
        request.session.flush()


def second_factor_secrets_rotate(sender: type, **kwargs: Any) -> int:
    """``heartwork rotate-encryption`` reaches the second step's secrets through this."""
    return _rotate()
