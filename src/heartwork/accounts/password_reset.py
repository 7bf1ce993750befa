"""Password reset by email, which the operator may turn off (``HEARTWORK_EMAIL=off``).

Kept apart from ``forms.py``: allauth imports that module for its sign-up form, and this
one imports allauth's forms.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

from heartwork.accounts.allauth_forms import ResetPasswordForm

RESET_OFF = (
    "Password reset by email is turned off on this Heartwork, so no link can be sent. "
    "If you have forgotten your password, ask the person who runs it to set a new one."
)


class PasswordResetForm(ResetPasswordForm):
    """allauth's reset form under the shared text rules, refusing every request while
    email is off."""

    @property
    def email_enabled(self) -> bool:
        return bool(settings.EMAIL_ENABLED)

    def clean(self) -> dict[str, Any]:
        if not self.email_enabled:
            raise forms.ValidationError(RESET_OFF)
        cleaned: dict[str, Any] = super().clean()
        return cleaned
