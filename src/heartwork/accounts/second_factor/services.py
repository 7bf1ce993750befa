"""Changes to second steps that happen outside allauth's pages: by the operator, and when
the encryption keys rotate."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django.db import transaction

from heartwork.accounts.models import User
from heartwork.accounts.second_factor.emails import second_factor_email
from heartwork.core import encryption

REMOVED_BY_OPERATOR = "mfa/email/removed_by_operator"


@transaction.atomic
def second_factor_remove_all(*, user: User) -> int:
    """Turn off every second step of ``user``: how many were removed.

    The way back for someone who lost their phone, their passkeys and their recovery
    codes (or whose partner set up a second step on their account): the operator runs
    ``heartwork remove-second-factor EMAIL`` and the password alone works again. The
    owner is emailed, so it cannot happen to them unseen.
    """
    removed = Authenticator.objects.filter(user=user).count()
    if removed:
        Authenticator.objects.filter(user=user).delete()
        second_factor_email(REMOVED_BY_OPERATOR, user)
    return removed


SECRET_FIELDS = ("secret", "seed")  # the app's key (TOTP) and the recovery codes' seed


@transaction.atomic
def second_factor_secrets_rotate() -> int:
    """Re-encrypt every stored second-step secret with the first key; how many rows.

    ``heartwork rotate-encryption`` calls this: once it has run, older keys can go
    without anyone's authenticator app or recovery codes failing.
    """
    rotated = 0
    for authenticator in Authenticator.objects.select_for_update().exclude(
        type=Authenticator.Type.WEBAUTHN  # a passkey stores only its public key
    ):
        data = dict(authenticator.data)
        for field in SECRET_FIELDS:
            if field in data:
                data[field] = encryption.encrypt(encryption.decrypt(data[field]))
        if "migrated_codes" in data:
            data["migrated_codes"] = [
                encryption.encrypt(encryption.decrypt(code)) for code in data["migrated_codes"]
            ]
        Authenticator.objects.filter(pk=authenticator.pk).update(data=data)
        rotated += 1
    return rotated
