"""Small helpers shared by the web views and the API."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from heartwork.accounts.models import User


def signed_in_user(request: HttpRequest) -> User:
    """The person making the request (by session or API token).

    Views are already guarded by ``login_required`` or the API's auth; this only gives
    the type checker, and any route that forgot its guard, a clear answer.
    """
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied
    return user
