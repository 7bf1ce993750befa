from __future__ import annotations

from django import forms
from django.http import HttpRequest

from heartwork.accounts import services
from heartwork.accounts.models import ApiToken, User
from heartwork.core.errors import DomainError
from heartwork.core.validation import TextRules

PASSWORD_MAX = 1024  # far past any real password, short of making hashing a burden


class JoinForm(TextRules, forms.Form):
    code = forms.CharField(
        max_length=20,
        label="Invitation code",
        help_text="The eight letters and numbers your partner gave you, like K7QM-R2XD.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class ProfileForm(TextRules, forms.Form):
    name = forms.CharField(
        max_length=services.NAME_MAX,
        required=False,
        label="Your first name or nickname",
        help_text="This is how your partner sees you. You can change it later.",
    )


class SignupExtraForm(ProfileForm):
    """Added to allauth's sign-up form: the name the partner will see."""

    def signup(self, request: HttpRequest, user: User) -> None:
        services.profile_update(user=user, name=self.cleaned_data.get("name", ""))


class TokenForm(TextRules, forms.Form):
    LIFETIMES = [
        (7, "7 days"),
        (30, "30 days"),
        (90, "90 days"),
        (180, "180 days"),
        (365, "1 year"),
    ]

    name = forms.CharField(
        max_length=services.TOKEN_NAME_MAX,
        label="What is this token for?",
        help_text="For example: my backup script.",
    )
    scope = forms.ChoiceField(
        label="What may it do?",
        choices=ApiToken.Scope.choices,
        initial=ApiToken.Scope.READ,
        widget=forms.RadioSelect,
        help_text="A read-only token can look but never change anything.",
    )
    days = forms.TypedChoiceField(
        label="Stops working after",
        choices=LIFETIMES,
        coerce=int,
        initial=services.TOKEN_DEFAULT_DAYS,
    )
    password = forms.CharField(
        label="Your password",
        max_length=PASSWORD_MAX,
        help_text="Typed again, so that only you can make a token.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class DeleteAccountForm(TextRules, forms.Form):
    password = forms.CharField(
        label="Your password",
        max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: object, user: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        try:
            services.password_confirm(
                user=self.user,
                password=password,
                action="account-delete",
                refusal="That password isn't right. Nothing has been deleted.",
            )
        except DomainError as error:
            raise forms.ValidationError(error.message) from None
        return password
