"""The one page Heartwork adds to allauth's: removing a passkey, reached by its random id."""

from __future__ import annotations

from allauth.account.decorators import reauthentication_required
from allauth.mfa.models import Authenticator
from allauth.mfa.webauthn.internal import flows
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from heartwork.accounts.second_factor.passkeys import passkey_find
from heartwork.core.http import signed_in_user


@login_required
def passkey_remove(request: HttpRequest, passkey_id: str) -> HttpResponse:
    """Ask, then remove. Anyone else's passkey (or none) is a 404 before anything else, so
    the answer never tells whose id it was; the owner then confirms who they are."""
    passkey = passkey_find(signed_in_user(request), passkey_id)
    if passkey is None:
        raise Http404("Not found")
    return _remove(request, passkey)


@reauthentication_required(app="allauth.mfa")
def _remove(request: HttpRequest, passkey: Authenticator) -> HttpResponse:
    if request.method == "POST":
        flows.remove_authenticator(request, passkey)  # says so, and emails the owner
        return redirect("mfa_list_webauthn")
    return render(request, "mfa/webauthn/remove.html", {"passkey": passkey})
