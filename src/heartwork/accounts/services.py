"""Every change to accounts, couples, invitations and tokens goes through here.

The web views, the API and the commands call these functions; none of them repeats
this logic. Each runs in a transaction and raises ``DomainError`` with a message that
says what to do next.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from uuid import UUID

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from heartwork import access
from heartwork.accounts import sessions, signals
from heartwork.accounts.models import ApiToken, Couple, Invitation, Membership, User
from heartwork.core import ratelimit
from heartwork.core.errors import DomainError
from heartwork.core.secrets import digest, normalize_code, short_code, url_token


@transaction.atomic
def invitation_create(*, inviter: User) -> Invitation:
    """Open a new invitation, closing any earlier open one from the same person."""
    if access.current_couple(inviter) is not None:
        raise DomainError("You're already linked with your partner, so there's no one to invite.")
    now = timezone.now()
    Invitation.objects.filter(
        inviter=inviter, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)
    token, code = url_token(), short_code()
    return Invitation.objects.create(
        inviter=inviter,
        token=token,
        code=code,
        token_hash=digest(token),
        code_hash=digest(code),
        expires_at=now + timedelta(days=settings.INVITATION_DAYS),
    )


def invitation_find(*, token: str = "", code: str = "") -> Invitation | None:
    """The invitation a link token or a typed code refers to, open or not."""
    if token:
        return Invitation.objects.filter(token_hash=digest(token)).select_related("inviter").first()
    if code:
        return (
            Invitation.objects.filter(code_hash=digest(normalize_code(code)))
            .select_related("inviter")
            .first()
        )
    return None


def open_invitation(user: User) -> Invitation | None:
    """The invitation ``user`` sent that can still be accepted, if any."""
    return (
        Invitation.objects.filter(
            inviter=user,
            used_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .order_by("-created_at")
        .first()
    )


JOIN_TOO_MANY = "Too many tries for now. Please wait an hour and try again."


def invitation_accept(*, user: User, token: str = "", code: str = "") -> Couple:
    """Link ``user`` and the inviter into a couple. Either all of it happens or none.

    Every try counts against ``JOIN_ATTEMPTS_PER_HOUR``, by link or by code, from the
    web or the API, so that a short code cannot be guessed. The count is taken before
    the transaction, so a wrong code that rolls it back still counts.
    """
    ratelimit.enforce(
        f"join:{user.pk}",
        limit=settings.JOIN_ATTEMPTS_PER_HOUR,
        window_seconds=3600,
        message=JOIN_TOO_MANY,
    )
    return _invitation_accept(user=user, token=token, code=code)


@transaction.atomic
def _invitation_accept(*, user: User, token: str, code: str) -> Couple:
    found = invitation_find(token=token, code=code)
    invitation = (
        Invitation.objects.select_for_update().filter(pk=found.pk).first() if found else None
    )
    if invitation is None:
        raise DomainError(
            "That invitation wasn't found. Check the code with your partner, or ask them "
            "for a new one."
        )
    if invitation.inviter_id == user.pk:
        raise DomainError(
            "This is your own invitation. Send the link or code to your partner so they can join."
        )
    if invitation.used_at is not None:
        raise DomainError("This invitation has already been used. Ask your partner for a new one.")
    if invitation.revoked_at is not None or invitation.expires_at <= timezone.now():
        raise DomainError("This invitation has expired. Ask your partner for a new one.")
    if access.current_couple(user) is not None:
        raise DomainError(
            "You're already linked with a partner. Leave that couple first if you want to join "
            "this one."
        )
    if access.current_couple(invitation.inviter) is not None:
        raise DomainError(
            "The person who invited you is already linked with someone, so this invitation "
            "can't be used."
        )
    now = timezone.now()
    couple = Couple.objects.create(created_at=now)
    try:
        with transaction.atomic():
            Membership.objects.create(couple=couple, user=invitation.inviter, joined_at=now)
            Membership.objects.create(couple=couple, user=user, joined_at=now)
    except IntegrityError:
        raise DomainError(
            "One of you joined another couple a moment ago, so this invitation can't be used."
        ) from None
    access.forget_couples()
    invitation.used_at = now
    invitation.used_by = user
    invitation.save(update_fields=["used_at", "used_by"])
    Invitation.objects.filter(inviter=user, used_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=now
    )
    return couple


@transaction.atomic
def invitation_revoke(*, user: User, invitation_id: UUID) -> None:
    updated = Invitation.objects.filter(
        public_id=invitation_id, inviter=user, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    if not updated:
        raise DomainError("There is no open invitation to cancel.")


@transaction.atomic
def couple_leave(*, user: User) -> None:
    """End ``user``'s couple for both partners.

    Nothing is deleted: each keeps what they wrote. Items were shared within that
    couple, so once it has ended the access layer shows neither partner anything of the
    other's, and sealed items stay sealed.
    """
    couple = access.current_couple(user)
    if couple is None:
        raise DomainError("You're not linked with a partner right now.")
    now = timezone.now()
    members = list(User.objects.filter(memberships__couple=couple, memberships__left_at=None))
    Couple.objects.filter(pk=couple.pk).update(ended_at=now)
    Membership.objects.filter(couple=couple, left_at__isnull=True).update(left_at=now)
    access.forget_couples()
    signals.couple_ended.send(sender=Couple, users=members)


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str  # the full token; shown once and never stored


TOKEN_PREFIX = "hw_"  # noqa: S105 - a public prefix, not a secret
TOKEN_DEFAULT_DAYS = 90
TOKEN_MAX_DAYS = 365
# Names are encrypted at rest, so the database holds no length limit: these are the limits,
# kept here for every edge (forms and API schemas state the same numbers).
NAME_MAX = 60
TOKEN_NAME_MAX = 80


def password_confirm(*, user: User, password: str, action: str, refusal: str) -> None:
    """The password typed again before a serious step: making a token, deleting the account.

    It shows the step is taken by the owner, not by someone holding their unlocked phone,
    so tries are limited per person and step (``TOKEN_ATTEMPTS_PER_HOUR``): the form is
    no way to guess the password. Counted before the check and outside any transaction,
    so a refused try still counts.
    """
    confirm_attempt(user=user, action=action)
    if not user.check_password(password):
        raise DomainError(refusal)


def confirm_attempt(*, user: User, action: str) -> None:
    """Count one try at re-checking who is there before ``action``; refuse past the limit.

    The password and, once a second step is on, a code from it share the limit of
    ``action``, so the two together give no more guesses than either alone.
    """
    if not ratelimit.allow(
        f"{action}:{user.pk}", limit=settings.TOKEN_ATTEMPTS_PER_HOUR, window_seconds=3600
    ):
        raise DomainError("Too many tries for now. Please wait an hour and try again.")


def api_token_create(
    *,
    user: User,
    name: str,
    password: str,
    scope: str = ApiToken.Scope.READ,
    days: int = TOKEN_DEFAULT_DAYS,
) -> NewToken:
    """Make a token for ``user``, who has just typed their password again.

    Only a signed-in person makes tokens (the API refuses a token that tries), and the
    password shows it is that person and not someone holding their unlocked phone; tries
    are limited so this is no way to guess it. The owner is emailed once the token exists.
    """
    password_confirm(
        user=user,
        password=password,
        action="token-create",
        refusal="That password isn't right. No token was made.",
    )
    if scope not in ApiToken.Scope.values:
        raise DomainError("Choose whether the token may only read, or read and write.")
    if not 1 <= days <= TOKEN_MAX_DAYS:
        raise DomainError(f"A token can last from 1 to {TOKEN_MAX_DAYS} days.")
    name = name.strip() or "My token"
    if len(name) > TOKEN_NAME_MAX:
        raise DomainError(f"Please keep the token's name under {TOKEN_NAME_MAX} characters.")
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    full = f"{TOKEN_PREFIX}{prefix}_{secret}"
    now = timezone.now()
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user,
            name=name,
            prefix=prefix,
            secret_hash=digest(full),
            scope=scope,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
        transaction.on_commit(
            partial(_send_token_created_email, email=user.email, when=now), robust=True
        )
    return NewToken(token=token, secret=full)


def _send_token_created_email(*, email: str, when: datetime) -> None:
    """Tell the owner a token exists, when, and where to revoke it; nothing more."""
    context = {"when": when, "url": settings.SITE_URL + reverse("tokens")}
    subject = render_to_string("accounts/email/token_created_subject.txt").strip()
    body = render_to_string("accounts/email/token_created_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


@dataclass(frozen=True)
class TokenCheck:
    """What a presented token turned out to be: usable, or expired."""

    token: ApiToken | None = None
    expired: bool = False


def api_token_authenticate(raw: str) -> TokenCheck:
    """The live token ``raw`` is, with its user; records when it was last used.

    A token is usable until it is revoked or expires, or its owner is deactivated.
    """
    if not raw.startswith(TOKEN_PREFIX) or raw.count("_") < 2:
        return TokenCheck()
    prefix = raw[len(TOKEN_PREFIX) :].split("_", 1)[0]
    token = (
        ApiToken.objects.filter(prefix=prefix, revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    if token is None or not secrets.compare_digest(token.secret_hash, digest(raw)):
        return TokenCheck()
    if not token.user.is_active:
        return TokenCheck()
    now = timezone.now()
    if token.expires_at <= now:
        return TokenCheck(expired=True)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return TokenCheck(token=token)


@transaction.atomic
def api_token_revoke(*, user: User, token_id: UUID) -> None:
    updated = ApiToken.objects.filter(
        public_id=token_id, user=user, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    if not updated:
        raise DomainError("That token doesn't exist or was already revoked.")


def live_tokens(user: User) -> QuerySet[ApiToken]:
    """``user``'s tokens that still work: not revoked and not expired."""
    return ApiToken.objects.filter(
        user=user, revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).order_by("-created_at")


@transaction.atomic
def account_end_access(*, user: User, keep_session_key: str | None = None) -> None:
    """End every API token of ``user`` and every session but ``keep_session_key``.

    Every way a password changes calls this (see ``receivers.py``): a change keeps the
    session that made it, a reset keeps none. Whoever had the old password, a token or a
    signed-in browser loses them all at once. (Django already refuses a session whose
    password hash is stale; this removes them from the database and from the list of
    where the person is signed in as well.)
    """
    ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
    sessions.sessions_end_others(user=user, keep_session_key=keep_session_key)


@transaction.atomic
def profile_update(*, user: User, name: str) -> User:
    """Change the name the partner sees."""
    name = name.strip()
    if len(name) > NAME_MAX:
        raise DomainError(f"Please keep your name under {NAME_MAX} characters.")
    user.name = name
    user.save(update_fields=["name"])
    return user


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Delete a person and everything they wrote; their couple ends first.

    Only what they wrote: the partner's replies to their answers and entries stay the
    partner's, as replies to something that was deleted (``Response.item_author`` is set
    to null).
    """
    if access.current_couple(user) is not None:
        couple_leave(user=user)
    user.delete()
