"""django-allauth's forms as Heartwork uses them (``ACCOUNT_FORMS``): each holds its text
fields to the shared rules (a length limit; no NUL, no unpaired surrogate).

This module imports allauth's forms, so it must never be imported by
``heartwork.accounts.forms``, which allauth itself imports for the sign-up form.
"""

from __future__ import annotations

from typing import Any, ClassVar

from allauth.account import forms as allauth
from django import forms
from django.contrib.auth.hashers import make_password
from django.http import HttpRequest

from heartwork.accounts.forms import PASSWORD_MAX
from heartwork.accounts.models import User
from heartwork.accounts.services import password_confirm
from heartwork.core.errors import DomainError
from heartwork.core.validation import TextRules

EMAIL_MAX = 254
CODE_MAX = 32

LIMITS = {
    "login": EMAIL_MAX,
    "email": EMAIL_MAX,
    "password": PASSWORD_MAX,
    "oldpassword": PASSWORD_MAX,
    "password1": PASSWORD_MAX,
    "password2": PASSWORD_MAX,
    "code": CODE_MAX,
}


class LoginForm(TextRules, allauth.LoginForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:  # allauth's "Remember Me", in our words
            self.fields["remember"].label = "Keep me logged in on this device"


class SignupForm(allauth.SignupForm):
    """TextRules comes in through ``SignupExtraForm``, allauth's base for this form."""

    text_limits: ClassVar[dict[str, int]] = LIMITS

    def try_save(self, request: HttpRequest) -> tuple[Any, Any]:
        if self.account_already_exists:
            # A new account hashes its password; hash this one too and throw it away,
            # so that the time taken does not tell the two apart either.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)


class AddEmailForm(TextRules, allauth.AddEmailForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS


class ChangePasswordForm(TextRules, allauth.ChangePasswordForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS

    def clean_oldpassword(self) -> str:
        """The current password, through the same limited re-check as making a token.

        allauth checks it with no limit of its own beyond five a minute, so someone
        holding the owner's unlocked, signed-in phone could guess it here; a right guess
        would also let them change it and sign everyone else out.
        """
        password: str = self.cleaned_data.get("oldpassword", "")
        user = self.user
        if not isinstance(user, User):  # allauth always passes the signed-in person
            raise forms.ValidationError("Please sign in again to change your password.")
        try:
            password_confirm(
                user=user,
                password=password,
                action="password-change",
                refusal="That isn't your current password, so your password hasn't changed.",
            )
        except DomainError as error:
            raise forms.ValidationError(error.message) from None
        return password


class SetPasswordForm(TextRules, allauth.SetPasswordForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS


class ResetPasswordForm(TextRules, allauth.ResetPasswordForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS


class ResetPasswordKeyForm(TextRules, allauth.ResetPasswordKeyForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS


REAUTHENTICATE = "reauthenticate"  # the limit that re-checks by password and by code share


class ReauthenticateForm(TextRules, allauth.ReauthenticateForm):
    """The password typed again before a serious step allauth guards (a second step, an
    email address), under the same limited re-check as making a token: someone holding
    the owner's unlocked phone cannot use this page to guess the password.
    """

    text_limits: ClassVar[dict[str, int]] = LIMITS

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        try:
            password_confirm(
                user=self.user,
                password=password,
                action=REAUTHENTICATE,
                refusal="That password isn't right.",
            )
        except DomainError as error:
            raise forms.ValidationError(error.message) from None
        return password


class ConfirmLoginCodeForm(TextRules, allauth.ConfirmLoginCodeForm):
    text_limits: ClassVar[dict[str, int]] = LIMITS
