"""What one request looks up once and reads many times: the reader's couple, the help lines.

``RequestScopeMiddleware`` opens a scope around each request; ``once(key, look_up)``
runs ``look_up`` the first time ``key`` is asked for in it and returns the same answer
after (or what ``remember(key, …)`` noted on the way). Outside a request (commands,
jobs, tests that call a function directly) nothing is remembered, so whatever changed is
always seen as it is now. ``forget()`` drops what a request remembered after it changed
it (a couple linked or left).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

Found = TypeVar("Found")

_remembered: ContextVar[dict[Hashable, Any] | None] = ContextVar("remembered", default=None)


@contextmanager
def scope() -> Iterator[None]:
    """Remember what is looked up until the block ends (one request)."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def once(key: Hashable, look_up: Callable[[], Found]) -> Found:
    remembered = _remembered.get()
    if remembered is None:
        return look_up()
    if key not in remembered:
        remembered[key] = look_up()
    return remembered[key]


def remember(key: Hashable, value: object) -> None:
    """Note what one look-up found for another ``key`` on the way: a query that answers
    two questions (``access`` reads the couple's time zone and the reader's quick-exit
    choices with the couple) saves the second its own query."""
    remembered = _remembered.get()
    if remembered is not None:
        remembered[key] = value


def forget() -> None:
    remembered = _remembered.get()
    if remembered is not None:
        remembered.clear()
