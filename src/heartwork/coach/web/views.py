"""The "Say it kindly" page, and the gentle hint beside fields the partner will read."""

from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from heartwork import access
from heartwork.coach.labels import HARMFUL, NAMES
from heartwork.coach.web.service import (
    MAX_TEXT,
    coach_analyze,
    coach_concern,
    coach_listen,
)
from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.journal.models import JournalEntry
from heartwork.safety.helplines import help_context
from heartwork.together.items import kind_of, open_item
from heartwork.together.models import ItemKind
from heartwork.together.selectors import threads_for


def _context(text: str) -> dict[str, object]:
    if not text.strip():
        return {"text": text, "analysis": None}
    analysis = coach_analyze(text)
    explained = [
        {
            "name": NAMES[span.label],
            "words": analysis.text[span.start : span.end],
            "why": span.why,
            "harmful": span.label in HARMFUL,
        }
        for span in analysis.spans
    ]
    return {
        "text": text,
        "analysis": analysis,
        "pieces": [
            (
                piece,
                NAMES[span.label] if span else None,
                ("harmful" if span.label in HARMFUL else "helpful") if span else "",
            )
            for piece, span in analysis.pieces()
        ],
        "to_look_at": [e for e in explained if e["harmful"]],
        "going_well": [e for e in explained if not e["harmful"]],
    }


@login_required
def say_it_kindly(request: HttpRequest) -> HttpResponse:
    """Paste what you are about to say; see what it does and kinder ways to say it.

    Works as a plain form; with JavaScript, htmx refreshes the analysis as you type.
    """
    text = request.POST.get("text", "")[:MAX_TEXT] if request.method == "POST" else ""
    context = _context(text)
    if request.headers.get("HX-Request"):
        return render(request, "coach/_analysis.html", context)
    return render(request, "coach/say_it_kindly.html", context)


@login_required
@require_POST
def hint(request: HttpRequest) -> HttpResponse:
    """A short hint for a text field the partner will read (htmx only)."""
    text = request.POST.get(request.POST.get("field", "body"), "")[:MAX_TEXT]
    if not text.strip():
        return render(request, "coach/_hint.html", {})
    if request.POST.get("only") == "concern":
        # A field about one's own day: only danger earns a word, so the labels are not read.
        return render(request, "coach/_hint.html", {"concern": coach_concern(text)})
    analysis = coach_analyze(text, replying_to=_replying_to(request))
    patterns = [NAMES[label].lower() for label in analysis.harmful]
    context = {"concern": analysis.concern, "patterns": patterns}
    return render(request, "coach/_hint.html", context)


def _replying_to(request: HttpRequest) -> str | None:
    """The words a reply answers, read through the access layer like any other read: the
    hint then reads the reply as the partner will, with what it answers. An item the
    writer may not read is 404; one they may read but not answer yet gets a hint alone."""
    kind, item = request.POST.get("reply_kind", ""), request.POST.get("reply_item", "")
    if not kind and not item:
        return None
    try:
        found = open_item(signed_in_user(request), kind, item)
    except DomainError:
        return None
    return kind_of(kind).words(found)


@login_required
def listen_to_entry(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    """Help with replying to something the partner shared: reflect, validate, ask."""
    user = signed_in_user(request)
    entry = access.get_readable(user, JournalEntry, entry_id)
    context = {
        "entry": entry,
        "listening": coach_listen(entry.body),
        # It ends in a reply box, so what was read here can be said right away.
        "threads": threads_for(user, ItemKind.JOURNAL, [entry]),
    }
    return render(request, "coach/listen.html", context)


@never_cache
def getting_help(request: HttpRequest) -> HttpResponse:
    """Where to find help, for the country chosen (a GET choice, never stored) or this
    deployment's. Open to anyone; records nothing."""
    return render(request, "coach/help.html", help_context(request))
