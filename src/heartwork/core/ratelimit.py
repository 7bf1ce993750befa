"""A small fixed-window rate limit in the database (works across app servers).

A key's window begins at its first try and lasts ``window_seconds`` (a row in
``RateCount``), so a count lasts its whole window however the tries are spread over it,
and no clock boundary starts it afresh halfway. Counting is one statement, an upsert
that returns the new count: the coach API, limited per person, used to spend eight
queries on the cache for each call (issue 12).
"""

from __future__ import annotations

import time

from django.db import connection
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from heartwork.core.errors import RateLimited
from heartwork.core.models import RateCount

_TABLE = f'"{RateCount._meta.db_table}"'
# Both SQLite (3.35+) and PostgreSQL speak this upsert. A window that has ended starts
# again at this try.
_COUNT = (
    f'INSERT INTO {_TABLE} ("key", "ends_at", "tries") VALUES (%s, %s, 1) '  # noqa: S608
    'ON CONFLICT ("key") DO UPDATE SET '
    f'"tries" = CASE WHEN {_TABLE}."ends_at" <= %s THEN 1 ELSE {_TABLE}."tries" + 1 END, '
    f'"ends_at" = CASE WHEN {_TABLE}."ends_at" <= %s THEN excluded."ends_at" '
    f'ELSE {_TABLE}."ends_at" END '
    'RETURNING "tries"'
)


def count(key: str, *, window_seconds: int) -> int:
    """Count one try under ``key`` in the current window; the tries so far in it."""
    now = int(time.time())
    with connection.cursor() as cursor:
        cursor.execute(_COUNT, [key, now + window_seconds, now, now])
        return int(cursor.fetchone()[0])


def allow(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt under ``key``; False once ``limit`` is passed in the window."""
    return count(key, window_seconds=window_seconds) <= limit


def forget_ended() -> int:
    """Delete the counts of windows that are over; how many (for ``heartwork worker``)."""
    deleted, _ = RateCount.objects.filter(ends_at__lte=int(time.time())).delete()
    return deleted


def enforce(key: str, *, limit: int, window_seconds: int, message: str) -> None:
    """Count one attempt under ``key`` and raise ``RateLimited`` once ``limit`` is passed.

    Call it outside the service's transaction: an attempt that then fails must still
    count, and a rolled-back transaction would take the count with it.
    """
    if not allow(key, limit=limit, window_seconds=window_seconds):
        raise RateLimited(message, retry_after=window_seconds)


class PerPerson(BaseThrottle):
    """An API router's limit per signed-in person: ``limit`` calls each ``window_seconds``.

    In place of ninja's throttles, which keep each person's call times in the cache and
    rewrite them on every call.
    """

    def __init__(self, scope: str, *, limit: int, window_seconds: int) -> None:
        self.scope, self.limit, self.window_seconds = scope, limit, window_seconds

    def allow_request(self, request: HttpRequest) -> bool:
        user = getattr(request, "user", None)
        who = user.pk if user is not None and user.is_authenticated else self.get_ident(request)
        key = f"api:{self.scope}:{who}"
        return allow(key, limit=self.limit, window_seconds=self.window_seconds)

    def wait(self) -> float:
        return float(self.window_seconds)  # at most: the window began at the first call
