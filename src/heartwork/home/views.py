from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

from heartwork.conflict.selectors import waiting_invitations
from heartwork.core.http import signed_in_user
from heartwork.counseling.selectors import suggestion_for
from heartwork.daily.today import today_for
from heartwork.journal.selectors import journal_recent
from heartwork.safety.context_processors import NEUTRAL_TITLE
from heartwork.together.news import together_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The page after login: where the couple stands and what is new."""
    user = signed_in_user(request)
    today = today_for(user)
    recent = journal_recent(user)
    context = {
        "partner": today.partner,
        "today": today,
        "recent": recent,
        "together": together_for(user) if today.partner else None,
        "counseling_suggestion": suggestion_for(user, keep=True),
        "invitations": waiting_invitations(user) if today.partner else 0,
    }
    return render(request, "home/today.html", context)


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page: calm words and the quick exit, and nothing that could fail again.

    It renders without the context processors (they may read the database that just
    failed), so it is given only what the quick exit needs.
    """
    context = {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL, "NEUTRAL_TITLE": NEUTRAL_TITLE}
    html = loader.get_template("500.html").render(context)
    return HttpResponseServerError(html)


def health(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
