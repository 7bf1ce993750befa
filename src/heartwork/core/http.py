"""Small helpers shared by the web views and the API."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from heartwork.accounts.models import User


def signed_in_user(request: HttpRequest) -> User:
    """The person making the request (by session or API token).

    Views are already guarded by ``login_required`` or the API's auth; this only gives
    the type checker, and any route that forgot its guard, a clear answer.
    """
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied
    return user


def invalid_form(request: HttpRequest, form: forms.Form, *, back: str) -> HttpResponse:
    """A 400 page listing what was wrong, for a small form posted from another page.

    Pages that show their own form render it again with the errors instead.
    """
    problems = [
        (str(form.fields[name].label or name) if name in form.fields else "", error)
        for name, errors in form.errors.items()
        for error in errors
    ]
    context = {"problems": problems, "back": back}
    return render(request, "core/invalid_form.html", context, status=400)
