"""Where you are signed in: each browser session of yours, and ending any of them.

Sessions live in the database (``django.contrib.sessions``); allauth's ``usersessions``
app keeps one ``UserSession`` row beside each, with the browser's User-Agent, its address
(by our trusted-proxy rule, through the account adapter's ``get_client_ip``) and when it
was last seen. Ending a session deletes the session itself, so the very next request
from that browser is signed out.

A session is named in URLs and the API by a keyed hash of its key, never by the row's
counter (which would tell anyone how often people sign in) and never by the key itself
(which would sign them in). Only the owner is ever shown their sessions: every read here
starts from the signed-in person.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from heartwork.accounts import signals
from heartwork.accounts.devices import Device, describe, place
from heartwork.accounts.models import User
from heartwork.core.errors import DomainError
from heartwork.core.http import client_address
from heartwork.core.prepared import Prepared, Slots

USER_AGENT_MAX = UserSession._meta.get_field("user_agent").max_length or 200


class SessionNotFound(DomainError):
    """No live session of this person's has that id (it ended, or was never theirs)."""


@dataclass(frozen=True)
class SignedIn:
    """One browser signed in as the reader, as the list shows it."""

    id: str
    device: Device
    place: str
    started_at: datetime
    last_seen_at: datetime
    this_browser: bool


def session_public_id(session_key: str) -> str:
    """The id a session goes by: 128 bits of a keyed hash of its key."""
    return salted_hmac(__name__, session_key, algorithm="sha256").hexdigest()[:32]


def sessions_of(*, user: User, request: HttpRequest) -> list[SignedIn]:
    """``user``'s live sessions: this browser first, then the most recently seen."""
    current = request.session.session_key
    here = client_address(request)
    listed = [
        SignedIn(
            id=session_public_id(row.session_key),
            device=describe(row.user_agent),
            place=place(row.ip, here=here),
            started_at=row.created_at,
            last_seen_at=row.last_seen_at,
            this_browser=row.session_key == current,
        )
        for row in _live_rows(user)
    ]
    return sorted(listed, key=lambda s: (not s.this_browser, -s.last_seen_at.timestamp()))


def session_end(*, user: User, session_id: str, current_session_key: str | None) -> bool:
    """End one of ``user``'s sessions; True when it was the one making the request.

    Raises ``SessionNotFound`` for an id that is not one of ``user``'s live sessions,
    which the web and the API answer with 404, whoever else it may belong to.
    """
    for row in _live_rows(user):
        if session_public_id(row.session_key) == session_id:
            _end([row.session_key])
            return row.session_key == current_session_key
    raise SessionNotFound("That session has already ended.")


def sessions_end_others(*, user: User, keep_session_key: str | None) -> int:
    """End every session of ``user``'s but ``keep_session_key``; how many were ended.

    Sessions signed in before this list existed have no row yet, so the sessions table is
    read as well: "all others" means all of them.
    """
    keys = {row.session_key for row in _live_rows(user)} | set(_signed_in_keys(user))
    keys -= {keep_session_key}
    _end(sorted(keys))
    signals.signed_out_elsewhere.send(sender=User, user=user)
    return len(keys)


def session_seen(request: HttpRequest, user: User) -> None:
    """Note that this signed-in session is in use: when, from which address and browser.

    Written at most once a ``SESSION_SEEN_EVERY_SECONDS`` per session (or when the address
    or browser changes), so that a signed-in person's pages cost one small read, not a
    write each. allauth's own middleware would write on every request.
    """
    key = request.session.session_key
    if not key:
        return
    now = timezone.now()
    address, agent = _address(request), _user_agent(request)
    found = SEEN.objects(key=key)
    row = found[0] if found else None
    if row is None or row.user_id != user.pk:
        UserSession.objects.update_or_create(
            session_key=key,
            defaults={"user": user, "ip": address, "user_agent": agent, "last_seen_at": now},
        )
        return
    stale = now - row.last_seen_at >= timedelta(seconds=settings.SESSION_SEEN_EVERY_SECONDS)
    if stale or row.ip != address or row.user_agent != agent:
        UserSession.objects.filter(pk=row.pk).update(last_seen_at=now, ip=address, user_agent=agent)


def _live_rows(user: User) -> list[UserSession]:
    """``user``'s session rows whose session still exists; the rest are removed.

    Two queries whatever the number of rows (allauth's ``purge_and_list`` loads each
    session and its user one by one). A session signed in with an old password is
    already gone: every password change ends the others (``services.account_end_access``).
    """
    rows = list(UserSession.objects.filter(user=user))
    live = set(
        Session.objects.filter(
            session_key__in=[row.session_key for row in rows], expire_date__gt=timezone.now()
        ).values_list("session_key", flat=True)
    )
    dead = [row.pk for row in rows if row.session_key not in live]
    if dead:
        UserSession.objects.filter(pk__in=dead).delete()
    return [row for row in rows if row.session_key in live]


@transaction.atomic
def _end(keys: list[str]) -> None:
    Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(session_key__in=keys).delete()


def _signed_in_keys(user: User) -> list[str]:
    """The keys of every live session signed in as ``user``, listed or not.

    Session data is stored signed, so each live session is read to find its owner: a
    cost paid only when a person ends all other sessions or changes their password.
    """
    owner = str(user.pk)
    sessions = Session.objects.filter(expire_date__gt=timezone.now())
    return [
        session.session_key
        for session in sessions.iterator()
        if session.get_decoded().get(SESSION_KEY) == owner
    ]


def _address(request: HttpRequest) -> str:
    """The client's address by the trusted-proxy rule; "0.0.0.0" when there is none."""
    address = client_address(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return "0.0.0.0"  # noqa: S104 - a placeholder stored for "not known", never bound
    return address


def _user_agent(request: HttpRequest) -> str:
    return str(request.META.get("HTTP_USER_AGENT", "")).replace("\x00", "")[:USER_AGENT_MAX]


def _session(slots: Slots) -> QuerySet[UserSession]:
    """``session_seen``'s read, on every signed-in page: built once per process."""
    return (
        UserSession.objects.filter(session_key=slots.key)
        .only("user_id", "ip", "user_agent", "last_seen_at")
        .order_by("pk")[:1]
    )


SEEN = Prepared(_session, key=str)
