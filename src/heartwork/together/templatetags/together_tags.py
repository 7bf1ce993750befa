"""``{% responses kind item threads %}``: the reactions, replies and the two small forms
under a shared item. ``threads`` comes from ``selectors.threads_for`` (one query a page);
an item without a thread there (private, or from a couple that has ended) shows nothing."""

from __future__ import annotations

from typing import Any

from django import template

from heartwork.together.leaving import leaving_for
from heartwork.together.models import Reaction

register = template.Library()


@register.inclusion_tag("together/_thread.html", takes_context=True)
def responses(context: Any, kind: str, item: Any, threads: dict[Any, Any]) -> dict[str, object]:
    request = context["request"]
    thread = threads.get(item.public_id) if threads else None
    return {
        "kind": kind,
        "item": item,
        "thread": thread,
        "mine": item.author_id == request.user.pk,
        # One id per reply box: a page may show several, each with its own label.
        "field_id": f"reply-{kind}-{item.public_id}",
        "user": request.user,
        "reactions": Reaction.choices,
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("together/_leaving.html", takes_context=True)
def leaving_summary(context: Any) -> dict[str, object]:
    """On the page that confirms leaving the couple: exactly what each keeps and loses."""
    return {"leaving": leaving_for(context["request"].user), "partner": context.get("partner")}
