"""Per-request work for sessions: noting when each is used, and the known-browser cookie."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from heartwork.accounts import known_browsers, sessions
from heartwork.accounts.models import User


class SessionActivityMiddleware:
    """Keep "last seen" and the address of each signed-in browser session up to date.

    Only browser sessions: an API token's requests have no session, and it has its own
    "last used" (``ApiToken.last_used_at``).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if isinstance(user, User) and user.is_authenticated:
            sessions.session_seen(request, user)
        return self.get_response(request)


class KnownBrowserMiddleware:
    """Set the known-browser cookie when a login (or password change) asked for it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        known_browsers.set_cookie(request, response)
        return response
