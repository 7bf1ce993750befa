from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from heartwork import access
from heartwork.conflict.selectors import waiting_invitations
from heartwork.core.http import signed_in_user
from heartwork.counseling.selectors import suggestion_for
from heartwork.daily.today import today_for
from heartwork.journal.models import JournalEntry
from heartwork.together.news import together_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The page after login: where the couple stands and what is new."""
    user = signed_in_user(request)
    today = today_for(user)
    recent = access.readable(user, JournalEntry).select_related("author")[:5]
    context = {
        "partner": today.partner,
        "today": today,
        "recent": recent,
        "together": together_for(user) if today.partner else None,
        "counseling_suggestion": suggestion_for(user),
        "invitations": waiting_invitations(user) if today.partner else 0,
    }
    return render(request, "core/home.html", context)


def health(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
