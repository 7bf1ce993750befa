"""A limit per hour lasts the hour, however the tries are spread over it."""

from __future__ import annotations

import time

from conftest import Clock

from heartwork.core import ratelimit


def test_a_pause_of_five_minutes_does_not_start_the_count_afresh(db, clock: Clock) -> None:
    clock.advance(seconds=-(int(time.time()) % 3600))  # the start of a window
    for _ in range(10):
        assert ratelimit.allow("guess", limit=10, window_seconds=3600)
    clock.advance(minutes=6)  # longer than the cache's default timeout of five minutes
    assert not ratelimit.allow("guess", limit=10, window_seconds=3600)


def test_the_next_window_starts_afresh(db, clock: Clock) -> None:
    for _ in range(11):
        ratelimit.allow("guess", limit=10, window_seconds=3600)
    clock.advance(minutes=61)
    assert ratelimit.allow("guess", limit=10, window_seconds=3600)


def test_the_hour_begins_at_the_first_try_not_on_the_clock(db, clock: Clock) -> None:
    clock.advance(seconds=3599 - int(time.time()) % 3600)  # a second before the hour
    for _ in range(10):
        assert ratelimit.allow("guess", limit=10, window_seconds=3600)
    clock.advance(minutes=2)  # the clock's hour turned; this person's has not
    assert not ratelimit.allow("guess", limit=10, window_seconds=3600)
