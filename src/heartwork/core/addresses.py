"""Addresses reversed once per process.

Django's ``reverse`` walks the URL patterns for every call: about 30 to 60 µs on the
shared 2-core machine, and a page asks for 10 to 30 addresses (the navigation on every
page, the daily tabs, a link or a form under each item of a list), which made it a tenth
of some pages' time. An address depends only on its name, its arguments, the URLconf,
the script prefix (and, were URLs ever translated, the language), so each is worked out
once per process and kept, in a bounded cache (the least used go first). Arguments of
other types than text, numbers and UUIDs are reversed every time, since their text form
is theirs to decide.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from uuid import UUID

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_KEPT = (str, int, UUID)


@lru_cache(maxsize=4096)
def _reversed(
    view_name: str,
    args: tuple[Any, ...],
    kwargs: tuple[tuple[str, Any], ...],
    current_app: str | None,
    prefix: str,
    urlconf: Any,
    language: str | None,
) -> str:
    return reverse(view_name, urlconf, list(args), dict(kwargs), current_app)


def reverse_once(
    view_name: str,
    args: list[Any] | tuple[Any, ...] = (),
    kwargs: dict[str, Any] | None = None,
    current_app: str | None = None,
) -> str:
    """``reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)``, kept."""
    kwargs = kwargs or {}
    values = (*args, *kwargs.values())
    if not isinstance(view_name, str) or not all(type(v) in _KEPT for v in values):
        return reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
    return _reversed(
        view_name,
        tuple(args),
        tuple(sorted(kwargs.items())),
        current_app,
        get_script_prefix(),
        get_urlconf(),
        get_language(),
    )
