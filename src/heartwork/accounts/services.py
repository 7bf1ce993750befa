"""Every change to accounts, couples, invitations and tokens goes through here.

The web views, the API and the commands call these functions; none of them repeats
this logic. Each runs in a transaction and raises ``DomainError`` with a message that
says what to do next.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from heartwork import access
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
    invitation.used_at = now
    invitation.used_by = user
    invitation.save(update_fields=["used_at", "used_by"])
    Invitation.objects.filter(inviter=user, used_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=now
    )
    return couple


@transaction.atomic
def invitation_revoke(*, user: User, invitation_id: int) -> None:
    updated = Invitation.objects.filter(
        pk=invitation_id, inviter=user, used_at__isnull=True, revoked_at__isnull=True
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
    Couple.objects.filter(pk=couple.pk).update(ended_at=now)
    Membership.objects.filter(couple=couple, left_at__isnull=True).update(left_at=now)


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str  # the full token; shown once and never stored


TOKEN_PREFIX = "hw_"  # noqa: S105 - a public prefix, not a secret


@transaction.atomic
def api_token_create(*, user: User, name: str) -> NewToken:
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    full = f"{TOKEN_PREFIX}{prefix}_{secret}"
    token = ApiToken.objects.create(
        user=user, name=name.strip() or "My token", prefix=prefix, secret_hash=digest(full)
    )
    return NewToken(token=token, secret=full)


def api_token_authenticate(raw: str) -> User | None:
    """The active user a token belongs to, or None; records when it was last used."""
    if not raw.startswith(TOKEN_PREFIX) or raw.count("_") < 2:
        return None
    prefix = raw[len(TOKEN_PREFIX) :].split("_", 1)[0]
    token = (
        ApiToken.objects.filter(prefix=prefix, revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    if token is None or not secrets.compare_digest(token.secret_hash, digest(raw)):
        return None
    if not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


@transaction.atomic
def api_token_revoke(*, user: User, token_id: int) -> None:
    updated = ApiToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if not updated:
        raise DomainError("That token doesn't exist or was already revoked.")


@transaction.atomic
def profile_update(*, user: User, name: str) -> User:
    """Change the name the partner sees."""
    user.name = name.strip()
    user.save(update_fields=["name"])
    return user


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Delete a person and everything they wrote; their couple ends first."""
    if access.current_couple(user) is not None:
        couple_leave(user=user)
    user.delete()
