"""Turning notifications on and off on a device: the one write path for subscriptions.

The web page (``push.js`` posting what ``pushManager.subscribe`` gave it) and the
account's own events (``receivers.py``) call these; nothing else writes a subscription.
"""

from __future__ import annotations

import base64
import binascii
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.db import transaction

from heartwork.accounts.models import User
from heartwork.core.errors import DomainError
from heartwork.core.secrets import digest
from heartwork.push.models import PushSubscription

# Enough for every phone, tablet and computer a person uses; a limit so that a script
# cannot fill the table.
MAX_DEVICES = 10
ENDPOINT_MAX = 2048  # browsers' endpoints are a few hundred characters
KEY_MAX = 200  # p256dh is 87 characters, auth 22


def _decoded(text: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def allowed_endpoint(endpoint: str) -> bool:
    """Whether ``endpoint`` is at one of ``PUSH_SERVICES``: the worker posts nowhere else."""
    try:
        parts = urlsplit(endpoint)
        port = parts.port or _default_port(parts.scheme)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host or parts.username is not None or parts.password is not None:
        return False
    for origin in settings.PUSH_SERVICES:
        allowed = urlsplit(origin.lower())
        pattern = allowed.netloc.rsplit(":", 1)[0] if allowed.port else allowed.netloc
        if parts.scheme != allowed.scheme or port != (
            allowed.port or _default_port(allowed.scheme)
        ):
            continue
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]):
                return True
        elif host == pattern:
            return True
    return False


def _check(endpoint: str, p256dh: str, auth: str) -> None:
    if not settings.PUSH_ENABLED:
        raise DomainError("Notifications are turned off on this server.")
    if len(endpoint) > ENDPOINT_MAX or not allowed_endpoint(endpoint):
        raise DomainError(
            "This browser uses a notification service this server doesn't send to, so "
            "notifications can't be turned on here. Reminders by email still work."
        )
    point, secret = _decoded(p256dh), _decoded(auth)
    try:
        if point is None or len(point) != 65:
            raise ValueError
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        point = None
    if point is None or secret is None or len(secret) != 16:
        raise DomainError(
            "The browser's notification keys didn't come through whole. Please try again."
        )


@transaction.atomic
def push_subscribe(*, user: User, endpoint: str, p256dh: str, auth: str) -> PushSubscription:
    """Turn notifications on for the device that made this subscription, for ``user``.

    A device belongs to whoever turned notifications on there last: on a shared computer,
    the next person to turn them on takes the device over, and the one before stops
    getting notifications there. Sending the same subscription again only renews its keys.
    """
    _check(endpoint, p256dh, auth)
    key = digest(endpoint)
    existing = PushSubscription.objects.select_for_update().filter(endpoint_digest=key).first()
    new_here = existing is None or existing.user_id != user.pk
    if new_here and PushSubscription.objects.filter(user=user).count() >= MAX_DEVICES:
        raise DomainError(
            f"Notifications are on for {MAX_DEVICES} devices already. Turn them off "
            "everywhere, then on again on the devices you use."
        )
    if existing is None:
        return PushSubscription.objects.create(
            user=user, endpoint=endpoint, endpoint_digest=key, p256dh=p256dh, auth=auth
        )
    existing.user, existing.p256dh, existing.auth = user, p256dh, auth
    existing.save(update_fields=["user", "p256dh", "auth"])
    return existing


@transaction.atomic
def push_unsubscribe(*, user: User, endpoint: str) -> None:
    """Turn notifications off on one device of ``user``'s. Someone else's device, or one
    already off, is left alone and the answer is the same: nobody learns whose it is."""
    PushSubscription.objects.filter(user=user, endpoint_digest=digest(endpoint)).delete()


@transaction.atomic
def push_forget_all(*, user: User) -> int:
    """Turn notifications off on every device of ``user``'s; how many there were."""
    deleted, _ = PushSubscription.objects.filter(user=user).delete()
    return deleted


def devices_of(user: User) -> list[str]:
    """The digests of ``user``'s subscribed endpoints: the page compares its own with
    these to say whether notifications are on here, without sending the endpoint."""
    return list(
        PushSubscription.objects.filter(user=user)
        .order_by("created_at")
        .values_list("endpoint_digest", flat=True)
    )
