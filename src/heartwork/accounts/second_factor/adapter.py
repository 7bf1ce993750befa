"""Heartwork's hooks into allauth's MFA (``MFA_ADAPTER``)."""

from __future__ import annotations

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.contrib.auth.base_user import AbstractBaseUser

from heartwork.core import encryption


class SecondFactorAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": (
            "That code isn't right. Type the newest code your app shows (it changes every "
            "30 seconds), or one of your recovery codes."
        ),
        "unverified_email": (
            "Please confirm your email address first (we sent you a link), so that a second "
            "step can never lock you out of an address you don't own."
        ),
        "add_email_blocked": (
            "While a second step is on, a new email address can't be added this way. Turn "
            "the second step off first, then add the address."
        ),
        "cannot_generate_recovery_codes": (
            "Recovery codes go with an authenticator app or a passkey: set one of those up first."
        ),
    }

    def encrypt(self, text: str) -> str:
        """The app's secret and the recovery codes' seed, encrypted like free text.

        Whoever reads a copy of the database (a backup, a stolen disk) without the keys
        must not be able to make codes. ``heartwork rotate-encryption`` re-encrypts them.
        """
        return encryption.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return encryption.decrypt(encrypted_text)

    def generate_authenticator_name(self, user: AbstractBaseUser, type: Authenticator.Type) -> str:
        """Passkeys are named for the person, never by them: no free text is stored."""
        names = Authenticator.objects.filter(user_id=user.pk, type=type).values_list(
            "data__name", flat=True
        )
        numbers = [int(n) for name in names if (n := str(name).rpartition(" ")[2]).isdigit()]
        return f"Passkey {max(numbers, default=0) + 1}"
