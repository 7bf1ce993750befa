"""``{% responses kind item threads %}``: the reactions, replies and the two small forms
under a shared item. ``threads`` comes from ``selectors.threads_for`` (one query a page);
an item without a thread there (private, or from a couple that has ended) shows nothing.

A list page shows this under each of its twenty items, so what is the same for every
item of a page (the reader, the address to come back to, the CSRF token) is
worked out once per page, not once per item, and the four reaction buttons, which differ
only in which one is pressed, are rendered once per process for each.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from heartwork.together.leaving import leaving_for
from heartwork.together.models import Reaction

register = template.Library()

_PAGE = object()  # the key of the page's shared values in the render context


@lru_cache(maxsize=64)
def _buttons(mine: str, language: str | None) -> SafeString:
    """The reaction buttons with ``mine`` pressed (``language`` keys the labels' words)."""
    context = {"reactions": Reaction.choices, "mine": mine}
    return SafeString(render_to_string("together/_reaction_buttons.html", context))


def _page_values(context: Any) -> dict[str, object]:
    """What every item's block on this page shares, worked out at the page's first item."""
    values = context.render_context.get(_PAGE)
    if values is None:
        request = context["request"]
        values = {
            "user": request.user,
            "me": request.user.pk,
            "next": request.get_full_path(),
            "csrf_token": context.get("csrf_token"),
        }
        context.render_context[_PAGE] = values
    return values


@register.inclusion_tag("together/_thread.html", takes_context=True)
def responses(context: Any, kind: str, item: Any, threads: dict[Any, Any]) -> dict[str, object]:
    thread = threads.get(item.public_id) if threads else None
    if thread is None:
        return {"thread": None}
    page = _page_values(context)
    return {
        **page,
        "kind": kind,
        "item": item,
        "thread": thread,
        "mine": item.author_id == page["me"],
        "buttons": _buttons(thread.mine, get_language()),
        # One id per reply box: a page may show several, each with its own label.
        "field_id": f"reply-{kind}-{item.public_id}",
    }


@register.inclusion_tag("together/_leaving.html", takes_context=True)
def leaving_summary(context: Any) -> dict[str, object]:
    """On the page that confirms leaving the couple: exactly what each keeps and loses."""
    return {"leaving": leaving_for(context["request"].user), "partner": context.get("partner")}
