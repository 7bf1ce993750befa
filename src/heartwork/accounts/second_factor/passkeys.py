"""A person's passkeys, each reached by a random-looking id instead of its row number.

allauth addresses a passkey by its primary key, a counter shared by everyone's second
steps: a partner who added two passkeys of their own could read from the gap how many
the other had set up meanwhile. Heartwork's pages use a keyed hash of the key instead,
and the routes that take the bare number are not served (see ``urls.py``).
"""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django.utils.crypto import constant_time_compare, salted_hmac

from heartwork.accounts.models import User


def passkey_id(authenticator: Authenticator) -> str:
    """128 bits of a keyed hash: stable for a passkey, meaningless to anyone else."""
    return salted_hmac(__name__, str(authenticator.pk), algorithm="sha256").hexdigest()[:32]


def passkey_find(user: User, public_id: str) -> Authenticator | None:
    """``user``'s passkey with this id; None for anyone else's, or no such passkey."""
    for authenticator in _passkeys(user):
        if constant_time_compare(passkey_id(authenticator), public_id):
            return authenticator
    return None


def _passkeys(user: User) -> list[Authenticator]:
    return list(
        Authenticator.objects.filter(user=user, type=Authenticator.Type.WEBAUTHN).order_by(
            "created_at", "pk"
        )
    )
