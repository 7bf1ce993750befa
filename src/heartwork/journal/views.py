"""Heart journal pages. Reads go through the access layer, writes through services."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from heartwork import access
from heartwork.core import paging
from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.journal import services
from heartwork.journal.forms import EntryForm
from heartwork.journal.models import JournalEntry
from heartwork.together.models import ItemKind
from heartwork.together.selectors import threads_for


@login_required
def entry_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    page = paging.page_for(request, access.readable(user, JournalEntry).select_related("author"))
    context = {"entries": page.items, "page": page, "partner": access.partner_of(user)}
    return render(request, "journal/list.html", context)


def _save(request: HttpRequest, form: EntryForm, entry_id: UUID | None) -> JournalEntry | None:
    """Save the form through the service; on a domain error keep every word typed."""
    user, data = signed_in_user(request), form.cleaned_data
    try:
        if entry_id is None:
            return services.journal_create(
                author=user, title=data["title"], body=data["body"], shared=data["shared"]
            )
        return services.journal_update(
            author=user,
            entry_id=entry_id,
            title=data["title"],
            body=data["body"],
            shared=data["shared"],
        )
    except DomainError as error:
        form.add_error("shared", error.message)
        return None


@login_required
def entry_create(request: HttpRequest) -> HttpResponse:
    form = EntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        entry = _save(request, form, None)
        if entry is not None:
            messages.success(request, "Saved to your journal.")
            return redirect("journal_detail", entry_id=entry.public_id)
    status = 400 if form.errors else 200
    partner = access.partner_of(signed_in_user(request))
    return render(request, "journal/form.html", {"form": form, "partner": partner}, status=status)


@login_required
def entry_detail(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    entry = access.get_readable(user, JournalEntry, entry_id)
    context = {
        "entry": entry,
        "mine": entry.author_id == user.pk,
        "threads": threads_for(user, ItemKind.JOURNAL, [entry]),
    }
    return render(request, "journal/detail.html", context)


@login_required
def entry_edit(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    entry = access.get_owned(user, JournalEntry, entry_id)
    initial = {"title": entry.title, "body": entry.body, "shared": entry.is_shared}
    form = EntryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and _save(request, form, entry.public_id):
        messages.success(request, "Saved.")
        return redirect("journal_detail", entry_id=entry.public_id)
    context = {"form": form, "entry": entry, "partner": access.partner_of(user)}
    return render(request, "journal/form.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def entry_share(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    """Share or un-share in one tap (a form button; works without JavaScript)."""
    user = signed_in_user(request)
    entry = access.get_owned(user, JournalEntry, entry_id)
    share = request.POST.get("shared") == "1"
    try:
        services.journal_update(author=user, entry_id=entry.public_id, shared=share)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, "Shared with your partner." if share else "This entry is private again."
        )
    return redirect("journal_detail", entry_id=entry.public_id)


@login_required
def entry_delete(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    entry = access.get_owned(user, JournalEntry, entry_id)
    if request.method == "POST":
        services.journal_delete(author=user, entry_id=entry.public_id)
        messages.success(request, "The entry is deleted.")
        return redirect("journal")
    return render(request, "journal/delete.html", {"entry": entry})
