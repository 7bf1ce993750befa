"""``{% feeling_words form.feelings %}``: the check-in's feeling words as checkboxes.

There are over ninety of them, and rendered word by word they were a tenth of the
check-in page's time. On a fresh form none is ticked, so that rendering depends only on
the words themselves: it is kept once per process for them. A form sent back with
errors has words ticked; that one is rendered as it is, and never kept.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django import template
from django.forms import BoundField
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language

register = template.Library()

TEMPLATE = "daily/_feeling_words.html"


def _render(choices: Any, chosen: Any) -> SafeString:
    return SafeString(render_to_string(TEMPLATE, {"choices": choices, "chosen": chosen}))


@lru_cache(maxsize=8)
def _unticked(
    choices: tuple[tuple[str, tuple[tuple[str, str], ...]], ...], language: str | None
) -> SafeString:
    """The words with none ticked (``language`` keys the groups' titles)."""
    return _render(choices, None)


@register.simple_tag
def feeling_words(field: BoundField) -> SafeString:
    chosen = field.value()
    choices = field.field.choices  # type: ignore[attr-defined]  # a ChoiceField's
    if chosen:
        return _render(choices, chosen)
    key = tuple(
        (str(title), tuple((str(v), str(w)) for v, w in options)) for title, options in choices
    )
    return _unticked(key, get_language())
