from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag
def circle_positions(step: int) -> tuple[float, float]:
    """Centres of the two circles for a step from 1 (apart) to 7 (almost one)."""
    distance = 56 - (int(step) - 1) * 8  # clearly apart at step 1, nearly one at step 7
    return 60 - distance / 2, 60 + distance / 2


@register.simple_tag
def practice_url(place: str) -> str:
    """Where a practice is done in Heartwork, or the written guide until that place exists."""
    from django.urls import reverse

    from heartwork.checkup.views import PLACES

    return reverse(PLACES.get(place, "checkup_guide"))


@register.filter
def section_title(key: str) -> str:
    """A section's title by its key (sections keep their keys in every version)."""
    from heartwork.checkup.instrument import load

    return load().section(key).title
