"""A small fixed-window rate limit in the shared cache (works across app servers)."""

from __future__ import annotations

from django.core.cache import cache

from heartwork.core.errors import RateLimited


def allow(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt under ``key``; False once ``limit`` is passed in the window."""
    cache_key = f"ratelimit:{key}"
    cache.add(cache_key, 0, timeout=window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window_seconds)
        count = 1
    return count <= limit


def enforce(key: str, *, limit: int, window_seconds: int, message: str) -> None:
    """Count one attempt under ``key`` and raise ``RateLimited`` once ``limit`` is passed.

    Call it outside the service's transaction: an attempt that then fails must still
    count, and a rolled-back transaction would take the count with it.
    """
    if not allow(key, limit=limit, window_seconds=window_seconds):
        raise RateLimited(message, retry_after=window_seconds)
