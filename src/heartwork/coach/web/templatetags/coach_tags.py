"""Help beside texts that signal danger, wherever a page shows what someone wrote.

``{% writer_help text %}`` shows the writer the help that fits (their own journal entry,
check-in or answer, after saving: the path that works without JavaScript).
``{% reader_help text %}`` shows the partner who reads a shared text about self-harm how
to respond; for violence, control or fear toward the writer it shows nothing here (the
"help me reply" page offers no script for those). Computed per render, never stored.

A list page asks this of each of its items, and nearly every time there is nothing to
show: then the tag gives what its template gives for nothing (rendered once per process)
instead of rendering the template again for each item.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from heartwork.coach.web.service import coach_concern, coach_listen

register = template.Library()


@lru_cache(maxsize=8)
def _nothing(template_name: str, name: str) -> SafeString:
    """What ``template_name`` shows when ``name`` is empty: its own markup, kept as is."""
    return SafeString(render_to_string(template_name, {name: None}))


def _help(template_name: str, name: str, value: object) -> SafeString:
    if not value:
        return _nothing(template_name, name)
    return SafeString(render_to_string(template_name, {name: value}))


@register.simple_tag
def writer_help(*texts: str | None) -> SafeString:
    text = "\n".join(t for t in texts if t)
    return _help("coach/_writer_help.html", "concern", coach_concern(text) if text else None)


@register.simple_tag
def reader_help(*texts: str | None) -> SafeString:
    text = "\n".join(t for t in texts if t)
    listening = coach_listen(text) if text else None
    shown = (
        listening
        if listening and listening.concern and not listening.concern.toward_writer
        else None
    )
    return _help("coach/_reader_help_slot.html", "listening", shown)
