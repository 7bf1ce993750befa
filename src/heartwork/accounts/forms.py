from __future__ import annotations

from django import forms
from django.http import HttpRequest

from heartwork.accounts.models import User


class SignupExtraForm(forms.Form):
    """Added to allauth's sign-up form: the name the partner will see."""

    name = forms.CharField(
        max_length=60,
        required=False,
        label="Your first name or nickname",
        help_text="This is how your partner will see you. You can change it later.",
    )

    def signup(self, request: HttpRequest, user: User) -> None:
        user.name = self.cleaned_data.get("name", "").strip()
        user.save(update_fields=["name"])


class JoinForm(forms.Form):
    code = forms.CharField(
        max_length=20,
        label="Invitation code",
        help_text="The eight letters and numbers your partner gave you, like K7QM-R2XD.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ("name",)
        labels = {"name": "Your first name or nickname"}
        help_texts = {"name": "This is how your partner sees you."}


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=80, label="What is this token for?", help_text="For example: my backup script."
    )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: object, user: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password isn't right. Nothing has been deleted.")
        return password
