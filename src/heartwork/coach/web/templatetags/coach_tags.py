"""Help beside texts that signal danger, wherever a page shows what someone wrote.

``{% writer_help text %}`` shows the writer the help that fits (their own journal entry,
check-in or answer, after saving: the path that works without JavaScript).
``{% reader_help text %}`` shows the partner who reads a shared text about self-harm how
to respond; for violence, control or fear toward the writer it shows nothing here (the
"help me reply" page offers no script for those). Computed per render, never stored.
"""

from __future__ import annotations

from django import template

from heartwork.coach.web.service import coach_concern, coach_listen

register = template.Library()


@register.inclusion_tag("coach/_writer_help.html")
def writer_help(*texts: str | None) -> dict[str, object]:
    text = "\n".join(t for t in texts if t)
    return {"concern": coach_concern(text) if text else None}


@register.inclusion_tag("coach/_reader_help_slot.html")
def reader_help(*texts: str | None) -> dict[str, object]:
    text = "\n".join(t for t in texts if t)
    listening = coach_listen(text) if text else None
    shown = (
        listening
        if listening and listening.concern and not listening.concern.toward_writer
        else None
    )
    return {"listening": shown}
