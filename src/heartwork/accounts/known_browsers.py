"""Browsers that have signed in to an account before, and what changes when one has.

A successful login leaves a long-lived cookie (``KNOWN_BROWSER_COOKIE``: signed with the
secret key, HttpOnly, Secure whenever the session cookie is, SameSite=Lax) holding a
random id for the browser and a mark for each account (up to ``ACCOUNTS_PER_BROWSER``)
that signed in on it. A mark is a keyed hash of the account and its password hash, so
it reveals no email or id, cannot be made without signing in, and is forgotten by every
password change or reset: after one, each browser counts as new once.

Two things follow from a browser being known to an account:

- **Signing in from one that is not** sends the owner a short email (when, which
  browser and system, and a link to end other sessions). Not on an account's very first
  login: until then there is nothing to protect, and it is the person signing up.
- **Its wrong passwords are counted by browser, not by network** (``logins.py``). A
  partner guessing on the shared home Wi-Fi cools off that network for the owner's
  email, but not the owner's own phone or laptop on the same Wi-Fi.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from heartwork.accounts.devices import describe
from heartwork.accounts.models import User

ACCOUNTS_PER_BROWSER = 5  # a shared laptop may hold both partners and then some
_SALT = __name__
_PENDING = "_heartwork_known_browser"  # the cookie to set, stashed on the request


@dataclass(frozen=True)
class Badge:
    """What the cookie says: this browser's id, and the accounts it has signed in to."""

    browser: str
    marks: tuple[str, ...]


def browser_for(request: HttpRequest, email: str) -> str | None:
    """This browser's id if it has signed in to the account ``email`` names; else None.

    Made-up emails and browsers without a valid cookie both get None, exactly as a
    browser new to a real account does, so the answer tells nobody which emails exist.
    """
    badge = _read(request)
    if badge is None:
        return None
    user = User.objects.filter(email=email.strip().lower()).first()
    return badge.browser if user is not None and _mark(user) in badge.marks else None


def browser_signed_in(*, request: HttpRequest, user: User, first_login: bool) -> None:
    """``user`` has just signed in on this browser: tell them if it is new, then remember it.

    The email goes out only once the login's work is committed.
    """
    badge = _read(request)
    if not first_login and (badge is None or _mark(user) not in badge.marks):
        device = describe(str(request.META.get("HTTP_USER_AGENT", ""))).label
        transaction.on_commit(
            partial(_send_new_browser_email, email=user.email, when=timezone.now(), device=device),
            robust=True,
        )
    remember(request, user)


def remember(request: HttpRequest, user: User) -> None:
    """Mark this browser as one ``user`` signs in on; the cookie is set on the response."""
    badge = _read(request) or Badge(browser=secrets.token_urlsafe(16), marks=())
    mark = _mark(user)
    marks = [mark, *(m for m in badge.marks if m != mark)][:ACCOUNTS_PER_BROWSER]
    value = signing.dumps({"b": badge.browser, "m": marks}, salt=_SALT)
    setattr(request, _PENDING, value)


def set_cookie(request: HttpRequest, response: HttpResponse) -> None:
    """Set the cookie ``remember`` asked for during this request, if it did."""
    value = getattr(request, _PENDING, None)
    if value:
        response.set_cookie(
            settings.KNOWN_BROWSER_COOKIE,
            value,
            max_age=int(timedelta(days=settings.KNOWN_BROWSER_DAYS).total_seconds()),
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )


def _read(request: HttpRequest) -> Badge | None:
    """The cookie's contents, if it is ours, unaltered and not older than its lifetime."""
    raw = request.COOKIES.get(settings.KNOWN_BROWSER_COOKIE)
    if not raw:
        return None
    try:
        data = signing.loads(raw, salt=_SALT, max_age=timedelta(days=settings.KNOWN_BROWSER_DAYS))
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    browser, marks = data.get("b"), data.get("m")
    if not isinstance(browser, str) or not isinstance(marks, list):
        return None
    return Badge(browser=browser, marks=tuple(m for m in marks if isinstance(m, str)))


def _mark(user: User) -> str:
    """A keyed hash of the account and its password hash: opaque, and gone with a change."""
    return salted_hmac(
        f"{_SALT}.mark", f"{user.pk}\n{user.password}", algorithm="sha256"
    ).hexdigest()[:32]


def _send_new_browser_email(*, email: str, when: datetime, device: str) -> None:
    """When and on what, and where to act; no address, no place, nothing anyone wrote.

    The address is left out on purpose: it tells the owner little they could act on,
    and in an inbox someone else reads it could show where the owner signed in from.
    """
    context = {"when": when, "device": device, "url": settings.SITE_URL + reverse("sessions")}
    subject = render_to_string("accounts/email/new_browser_subject.txt").strip()
    body = render_to_string("accounts/email/new_browser_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
