"""The two small forms under anything shared: a reaction and a reply. Plain posts that
work without JavaScript, then back to the page they came from."""

from __future__ import annotations

import contextlib
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.together import services
from heartwork.together.before import shared_before
from heartwork.together.items import kind_of, open_item


def _back(request: HttpRequest, kind: str) -> HttpResponse:
    """To the page the form was on, or the kind's own page; never to another site."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not target.startswith("/"):
        target = resolve_url(kind_of(kind).page)
    return redirect(target)


def _unseen_item(request: HttpRequest, kind: str, item_id: UUID) -> None:
    """404 for anyone who may not read the item, before any input is looked at."""
    with contextlib.suppress(DomainError):  # its author: the service says why, below
        open_item(signed_in_user(request), kind, item_id)


@login_required
@require_POST
def react(request: HttpRequest, kind: str, item_id: UUID) -> HttpResponse:
    """Tap a reaction to set it; tap the one already chosen to take it back."""
    user = signed_in_user(request)
    _unseen_item(request, kind, item_id)
    try:
        services.response_react(
            user=user,
            kind=kind,
            item_id=item_id,
            reaction=request.POST.get("reaction", ""),
            toggle=True,
        )
    except DomainError as error:
        messages.error(request, error.message)
    return _back(request, kind)


@login_required
@require_POST
def reply(request: HttpRequest, kind: str, item_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    _unseen_item(request, kind, item_id)
    body = request.POST.get("body", "")
    try:
        services.response_reply(user=user, kind=kind, item_id=item_id, body=body)
    except DomainError as error:
        # Kept on the page, not in a message: nothing typed is lost, nor stored elsewhere.
        context = {"error": error.message, "body": body, "kind": kind, "item_id": item_id}
        context["next"] = request.POST.get("next", "")
        return render(request, "together/reply_again.html", context, status=400)
    else:
        messages.success(request, "Sent.")
    return _back(request, kind)


@login_required
def before(request: HttpRequest) -> HttpResponse:
    """The calm page after two people link again: bring back what I shared before, or not.

    Only the reader's own things are counted and moved; nothing is said of the partner's.
    """
    user = signed_in_user(request)
    found = shared_before(user)
    if request.method == "POST":
        try:
            moved = services.shared_before_bring_back(user=user)
        except DomainError as error:
            messages.error(request, error.message)
            return redirect("together_before")
        messages.success(
            request,
            f"Brought back {moved} {'thing' if moved == 1 else 'things'} you shared before. "
            "Welcome back.",
        )
        return redirect("home")
    return render(request, "together/before.html", {"before": found})
