"""allauth's MFA forms as Heartwork uses them (``MFA_FORMS``).

Each holds its text to the shared rules (a length limit; no NUL, no unpaired surrogate).
The code asked for at sign-in is checked under the lockout rule
(``logins.second_step_authenticate``), and a code typed to re-check who is there shares
the password's limited re-check. Passkeys are named for the person: no free text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from allauth.core import context
from allauth.mfa.adapter import get_adapter
from allauth.mfa.base import forms as base
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import forms as totp
from allauth.mfa.webauthn import forms as webauthn
from allauth.mfa.webauthn.internal import auth
from django import forms

from heartwork.accounts import logins, services
from heartwork.accounts.allauth_forms import CODE_MAX, REAUTHENTICATE
from heartwork.accounts.second_factor.emails import wrong_code_email
from heartwork.core.errors import DomainError
from heartwork.core.http import client_address
from heartwork.core.validation import TextRules, text_problem

CREDENTIAL_MAX = 64 * 1024  # far past any real passkey's answer, in characters


def code_field(help_text: str = "") -> forms.CharField:
    """A code box phones fill from the app or a text message, and show digits for."""
    return forms.CharField(
        label="Code",
        max_length=CODE_MAX,
        help_text=help_text,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )


class AuthenticateForm(TextRules, base.AuthenticateForm):
    """The code asked for after the right password: from the app, or a recovery code."""

    code = code_field(
        "The six digits your authenticator app shows now, or one of your recovery codes."
    )

    def clean_code(self) -> str:
        def right() -> bool:
            try:
                base.AuthenticateForm.clean_code(self)  # sets self.authenticator
            except forms.ValidationError:
                return False
            return True

        try:
            passed = logins.second_step_authenticate(
                user=self.user, client=client_address(context.request), check=right
            )
        except logins.LoginCoolingOff as refusal:
            raise forms.ValidationError(refusal.message) from None
        if not passed:
            wrong_code_email(self.user)
            raise get_adapter().validation_error("incorrect_code")
        code: str = self.cleaned_data["code"]
        return code


class ReauthenticateForm(TextRules, base.ReauthenticateForm):
    """A code instead of the password before a serious step: the same limited re-check."""

    code = code_field()

    def clean_code(self) -> str:
        try:
            services.confirm_attempt(user=self.user, action=REAUTHENTICATE)
        except DomainError as error:
            raise forms.ValidationError(error.message) from None
        code: str = base.ReauthenticateForm.clean_code(self)
        return code


class ActivateTOTPForm(TextRules, totp.ActivateTOTPForm):
    code = code_field("The six digits your app shows for Heartwork right now.")


PASSKEY_FAILED = "Your passkey couldn't be checked. Please try again, or use another way in."


class AddPasskeyForm(TextRules, webauthn.AddWebAuthnForm):
    """A passkey, named for the person ("Passkey 2"), so no free text is stored."""

    text_limits: ClassVar[dict[str, int]] = {"credential": CREDENTIAL_MAX}

    name = None
    passwordless = forms.BooleanField(
        label="Let it sign me in without my password",
        required=False,
        initial=True,
        help_text="Your device will ask for your fingerprint, face or screen lock each time.",
    )

    def clean_credential(self) -> Any:
        credential = self.cleaned_data["credential"]
        _check_answer(credential, auth.parse_registration_response)
        return credential

    def clean(self) -> dict[str, Any]:
        try:
            cleaned: dict[str, Any] = super().clean()
        except forms.ValidationError:
            raise forms.ValidationError(PASSKEY_FAILED) from None
        cleaned["name"] = get_adapter().generate_authenticator_name(
            self.user, Authenticator.Type.WEBAUTHN
        )
        return cleaned


class _PasskeyAnswer(TextRules):
    """A passkey's answer at sign-in or when confirming who is there, checked safely."""

    text_limits: ClassVar[dict[str, int]] = {"credential": CREDENTIAL_MAX}
    cleaned_data: dict[str, Any]

    def clean_credential(self) -> Authenticator:
        _check_answer(self.cleaned_data["credential"], auth.parse_authentication_response)
        try:
            authenticator: Authenticator = super().clean_credential()  # type: ignore[misc]
        except forms.ValidationError:
            raise forms.ValidationError(PASSKEY_FAILED) from None
        return authenticator


class AuthenticatePasskeyForm(_PasskeyAnswer, webauthn.AuthenticateWebAuthnForm):
    """A passkey as the second step, after the password."""


class LoginPasskeyForm(_PasskeyAnswer, webauthn.LoginWebAuthnForm):
    """A passkey on its own, from the log-in page."""


class ReauthenticatePasskeyForm(_PasskeyAnswer, webauthn.ReauthenticateWebAuthnForm):
    """A passkey to confirm who is there before a serious step."""


def _check_answer(credential: Any, parse: Callable[[Any], object]) -> None:
    """The browser's answer is kept as it came (allauth stores it in a JSON column), so it
    must be plain data of a sane size, with no NUL and no unpaired surrogate anywhere
    (PostgreSQL would refuse them), and of the shape WebAuthn gives: anything else is
    refused with one plain sentence, never a server error."""
    problem = _json_problem(credential)
    if problem:
        raise forms.ValidationError(problem)
    try:
        parse(credential)
    except (KeyError, TypeError, ValueError, AttributeError, forms.ValidationError):
        raise forms.ValidationError(PASSKEY_FAILED) from None


def _json_problem(value: Any) -> str | None:
    """Why ``value`` (parsed JSON) cannot be stored, or None."""
    if len(repr(value)) > CREDENTIAL_MAX:
        return "Your browser's answer was too long. Please try again."
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and text_problem(item):
            return "Your browser's answer held characters that can't be saved. Please try again."
    return None
