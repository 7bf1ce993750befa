"""The counseling page, and the private plan for meanwhile kept on it.

The page is the same for everyone but its first card, the suggestion for the reader
alone. Opening it records nothing: no visit, no count, no flag, so nothing the partner
sees can change because of it (``tests/test_partner_sees_nothing_of_it.py``).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.counseling import directory, services
from heartwork.counseling.forms import CountryForm, NoteForm
from heartwork.counseling.selectors import note_of, suggestion_for


def _render(request: HttpRequest, note_form: NoteForm | None = None) -> HttpResponse:
    user = signed_in_user(request)
    note = note_of(user)
    country = directory.normalize_country(request.GET.get("country", ""))
    form = note_form or NoteForm(initial={"body": note.body if note else ""})
    context = {
        "suggestion": suggestion_for(user),
        "listings": directory.listings(country),
        "country_form": CountryForm(initial={"country": country}),
        "note": note,
        "note_form": form,
    }
    return render(request, "counseling/page.html", context, status=400 if form.errors else 200)


@never_cache
@login_required
def page(request: HttpRequest) -> HttpResponse:
    """ "Would you be open to counseling?": for whoever opens it, whenever they like."""
    return _render(request)


@never_cache
@login_required
def plan(request: HttpRequest) -> HttpResponse:
    """Save the plan for meanwhile; on any problem the page comes back with every word."""
    if request.method != "POST":
        return redirect(reverse("counseling") + "#plan")
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.counseling_note_save(
                user=signed_in_user(request), body=form.cleaned_data["body"]
            )
        except DomainError as error:
            form.add_error("body", error.message)
        else:
            messages.success(request, "Saved. Only you can read your plan.")
            return redirect(reverse("counseling") + "#plan")
    return _render(request, form)


@never_cache
@login_required
def plan_delete(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if request.method == "POST":
        if services.counseling_note_delete(user=user):
            messages.success(request, "Your plan is deleted. Nothing of it is kept.")
        else:
            messages.info(request, "There was no plan to delete.")
        return redirect(reverse("counseling") + "#plan")
    return render(request, "counseling/delete.html", {"note": note_of(user)})
