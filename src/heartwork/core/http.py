"""Small helpers shared by the web views and the API."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

if TYPE_CHECKING:
    # A name for the type checker only: at run time core imports no feature app (the
    # user model is whichever AUTH_USER_MODEL names).
    from heartwork.accounts.models import User

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def signed_in_user(request: HttpRequest) -> User:
    """The person making the request (by session or API token).

    Views are already guarded by ``login_required`` or the API's auth; this only gives
    the type checker, and any route that forgot its guard, a clear answer.
    """
    user = request.user
    if not isinstance(user, get_user_model()) or not user.is_authenticated:
        raise PermissionDenied
    return user


def client_address(request: HttpRequest) -> str:
    """The address of the person's device, as far as it can be trusted.

    Rate limits count per client, so a forged address would let a guesser escape them
    or pin their failures on someone else. X-Forwarded-For is therefore read only when
    the request came from a proxy in ``TRUSTED_PROXIES``, and only from the right:
    each trusted proxy appends the address it saw, so the client is the last address
    that no trusted proxy added. Anything to its left was written by the client itself.
    An entry that is not an address stops the walk at the last trusted hop: a
    misbehaving proxy groups its clients together rather than letting one pose as another.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    client = _address(remote)
    if client is None:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",")] if forwarded else []
    while _trusted(client) and hops:
        hop = _address(hops.pop())
        if hop is None:
            break
        client = hop
    return str(client)


def _address(text: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _trusted(address: IPAddress) -> bool:
    return any(address in network for network in settings.TRUSTED_PROXIES)


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
