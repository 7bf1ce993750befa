"""django-allauth's forms as Heartwork uses them (``ACCOUNT_FORMS``).

This module imports allauth's forms, so it must never be imported by
``heartwork.accounts.forms``, which allauth itself imports for the sign-up form.
"""

from __future__ import annotations

from typing import Any

from allauth.account import forms as allauth
from django.contrib.auth.hashers import make_password
from django.http import HttpRequest


class SignupForm(allauth.SignupForm):
    def try_save(self, request: HttpRequest) -> tuple[Any, Any]:
        if self.account_already_exists:
            # A new account hashes its password; hash this one too and throw it away,
            # so that the time taken does not tell the two apart either.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
