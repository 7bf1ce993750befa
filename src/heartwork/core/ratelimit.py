"""A small fixed-window rate limit in the shared cache (works across app servers).

Each window has its own counter (the window's number is part of the key), so a count
lasts its whole window: Django's ``incr`` on the database cache rewrites the entry with
the default five-minute timeout, which on its own would let a guesser who paused for
five minutes start afresh well inside an hour's limit.
"""

from __future__ import annotations

import time

from django.core.cache import cache

from heartwork.core.errors import RateLimited


def allow(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt under ``key``; False once ``limit`` is passed in the window."""
    cache_key = f"ratelimit:{key}:{int(time.time()) // window_seconds}"
    cache.add(cache_key, 0, timeout=window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window_seconds)
        count = 1
    cache.touch(cache_key, timeout=window_seconds)  # incr reset it to the default timeout
    return count <= limit


def enforce(key: str, *, limit: int, window_seconds: int, message: str) -> None:
    """Count one attempt under ``key`` and raise ``RateLimited`` once ``limit`` is passed.

    Call it outside the service's transaction: an attempt that then fails must still
    count, and a rolled-back transaction would take the count with it.
    """
    if not allow(key, limit=limit, window_seconds=window_seconds):
        raise RateLimited(message, retry_after=window_seconds)
