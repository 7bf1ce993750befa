"""The lockout rule: the right password always works for its owner.

In a couple app the likeliest guesser is the partner, who knows the owner's email. A
limit counted per account would let them keep the owner out just by guessing wrong on a
schedule, so failures are counted per (email typed, client address) and per client
address, never per account alone:

- A client that failed too often for one email is refused that email, before the
  password is checked, until the failures age out. That is what slows the guesser; the
  owner on any other address is not affected.
- A browser that has signed in to the account before (``known_browsers.py``) is counted
  as itself instead of as its network, with the same limit. So a partner guessing on
  the shared home Wi-Fi does not keep the owner out on their own phone or laptop there,
  and the known browser still cannot guess without limit.
- A client that failed too often for any emails (say, spraying made-up ones) gets one
  try per email until the failures age out. A first try with the right password still
  works, so other people behind the same address (a shared proxy or network) get in.
- The owner hears afterwards how many attempts failed, and nobody else does.

The web login (through allauth's adapter) and any API login call ``login_authenticate``,
so no way in can skip the rule. The second step (a code from an authenticator app, or a
recovery code) has its own rule, ``second_step_authenticate``: whoever reaches it typed
the right password, so there the code is what is guessed, and its limits are counted
per account.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from heartwork.accounts.models import LoginFailure, User
from heartwork.core.errors import DomainError


class LoginCoolingOff(DomainError):
    """Refused without checking the password: this client failed too often for this email."""


class LoginFailed(DomainError):
    """The email and password do not match (or the email has no account)."""


SECOND_STEP_COOLING_OFF = (
    "Too many wrong codes for now. Please wait {minutes} minutes and try again, or use a "
    "passkey if you have one."
)


def login_authenticate(
    *,
    email: str,
    password: str,
    client: str,
    request: HttpRequest | None = None,
    browser: str | None = None,
) -> User:
    """The person this password belongs to, checked under the lockout rule.

    The try is written down as a failure before the password is checked and forgiven
    if the password is right, so a burst of parallel guesses cannot all slip under the
    limit. Not one transaction on purpose: holding the write lock over a password hash
    would queue every other login behind it, and each step is a single statement.
    Made-up emails are counted exactly like real ones, so the answers never tell which
    emails have an account. ``browser`` is the id of a browser known to this account
    (``known_browsers.browser_for``), whose tries count apart from its network's.
    """
    typed = email.strip().lower()
    now = timezone.now()
    since = now - timedelta(minutes=settings.LOGIN_COOL_OFF_MINUTES)
    group = _client_group(client)
    LoginFailure.objects.filter(at__lt=since).delete()  # they no longer count, so go
    pair = _key(typed, "browser", browser) if browser else _key(typed, group)
    attempt = LoginFailure.objects.create(pair_key=pair, client_key=_key(group), at=now)
    if _cooling_off(attempt, since):
        attempt.delete()  # a refused try costs nothing, so it never prolongs the wait
        _count_for_owner(typed)
        wait = f"Please wait {settings.LOGIN_COOL_OFF_MINUTES} minutes and try again"
        raise LoginCoolingOff(
            f"Too many wrong passwords for this email from this browser. {wait}."
            if browser
            else f"Too many wrong passwords for this email from your network. {wait}, or "
            "sign in from another network, such as mobile data instead of Wi-Fi."
        )
    user = authenticate(request, email=typed, password=password)
    if not isinstance(user, User):
        _count_for_owner(typed)
        raise LoginFailed("That email and password don't match.")
    attempt.delete()
    return user


def second_step_authenticate(*, user: User, client: str, check: Callable[[], bool]) -> bool:
    """Whether the code typed at the second step is right (``check``), under a limit.

    Only someone who typed the right password gets here, so the guesser this stops
    already has the password and is after the code: one in a million per try for an app
    code. Wrong codes are counted per (account, client) and per account:

    - a client that sent ``SECOND_STEP_FAILURES_PER_ADDRESS`` wrong codes for this
      account is refused, before the code is checked, until they age out, so one
      guesser cannot use up the account's allowance and keep the owner out;
    - past ``SECOND_STEP_FAILURES_PER_ACCOUNT`` wrong codes from all clients together,
      every client is refused until they age out, so no number of addresses buys more
      guesses. That can keep the owner out for a while (never for good), but only by
      someone who knows the password, and each wrong code is counted for the owner to
      see: resetting the password ends it, and a passkey still works meanwhile.

    As with passwords, the try is written down before the check and forgiven when right,
    so parallel guesses cannot slip under the limit.
    """
    now = timezone.now()
    since = now - timedelta(minutes=settings.LOGIN_COOL_OFF_MINUTES)
    account = _key("second step", str(user.pk))
    LoginFailure.objects.filter(at__lt=since).delete()
    attempt = LoginFailure.objects.create(
        pair_key=_key("second step", str(user.pk), _client_group(client)),
        client_key=account,
        at=now,
    )
    recent = LoginFailure.objects.filter(at__gte=since)
    if (
        recent.filter(pair_key=attempt.pair_key).count() > settings.SECOND_STEP_FAILURES_PER_ADDRESS
        or recent.filter(client_key=account).count() > settings.SECOND_STEP_FAILURES_PER_ACCOUNT
    ):
        attempt.delete()  # a refused try costs nothing, so it never prolongs the wait
        raise LoginCoolingOff(
            SECOND_STEP_COOLING_OFF.format(minutes=settings.LOGIN_COOL_OFF_MINUTES)
        )
    if not check():
        User.objects.filter(pk=user.pk).update(failed_logins=F("failed_logins") + 1)
        return False
    attempt.delete()
    return True


@transaction.atomic
def login_failures_collect(*, user: User) -> int:
    """How many attempts on ``user``'s account failed since their last login.

    Called when they log in, and counting starts afresh, so they hear of each failure
    once. Only the owner is ever told: the count says nothing to whoever was guessing.
    """
    failed = (
        User.objects.select_for_update().values_list("failed_logins", flat=True).get(pk=user.pk)
    )
    if failed:
        User.objects.filter(pk=user.pk).update(failed_logins=0)
    return failed


def _cooling_off(attempt: LoginFailure, since: datetime) -> bool:
    recent = LoginFailure.objects.filter(at__gte=since)
    from_client = recent.filter(client_key=attempt.client_key).count()
    allowed = (
        settings.LOGIN_FAILURES_PER_ACCOUNT
        if from_client <= settings.LOGIN_FAILURES_PER_ADDRESS
        else 1
    )
    return recent.filter(pair_key=attempt.pair_key).count() > allowed


def _count_for_owner(typed_email: str) -> None:
    User.objects.filter(email=typed_email).update(failed_logins=F("failed_logins") + 1)


def _client_group(client: str) -> str:
    """The address failures are counted under: an IPv6 client counts as its /64.

    One IPv6 device usually holds a whole /64, so counting single addresses would let a
    guesser start afresh with each of its 2**64 addresses.
    """
    try:
        address = ipaddress.ip_address(client)
    except ValueError:
        return client
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network(f"{address}/64", strict=False))
    return str(address)


def _key(*parts: str) -> str:
    """A keyed hash: the table of failures must not be a list of emails and addresses."""
    return salted_hmac(__name__, "\n".join(parts), algorithm="sha256").hexdigest()
