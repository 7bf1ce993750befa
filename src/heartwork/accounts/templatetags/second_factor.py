"""Template filters for the second-step pages."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django import template

from heartwork.accounts.second_factor.passkeys import passkey_id as _passkey_id

register = template.Library()


@register.filter
def passkey_id(authenticator: Authenticator) -> str:
    """``{{ authenticator|passkey_id }}``: the id Heartwork's pages use for a passkey."""
    return _passkey_id(authenticator)


@register.filter
def in_groups(secret: str) -> str:
    """An app key typed by hand is read in fours: ``ABCD EFGH …``."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
