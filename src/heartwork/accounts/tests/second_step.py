"""Setting up and using a second step the way a person does, through the real pages."""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from conftest import PASSWORD
from django.test import Client

ACTIVATE = "/accounts/2fa/totp/activate/"
AUTHENTICATE = "/accounts/2fa/authenticate/"
RECOVERY_CODES = "/accounts/2fa/recovery-codes/"


def app_code(secret: str, *, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now for ``secret`` (allauth's own TOTP maths)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + steps_ahead))


def wrong_code(secret: str) -> str:
    """A six-digit code that is not the one of the current 30 seconds."""
    right = app_code(secret)
    return next(c for c in ("000000", "111111", "222222") if c != right)


@dataclass
class SetUp:
    secret: str
    recovery_codes: list[str]


def confirm_password(client: Client, next_url: str) -> None:
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": next_url})
    assert response.status_code == 302, response.content.decode()[:2000]


def set_up_app(client: Client) -> SetUp:
    """From the settings page's link: confirm the password, scan, type a code, keep codes."""
    assert client.get(ACTIVATE).status_code == 302  # first, confirm it's you
    confirm_password(client, ACTIVATE)
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    secret = page.context["form"].secret
    done = client.post(ACTIVATE, {"code": app_code(secret)})
    assert done.status_code == 302 and done["Location"] == RECOVERY_CODES, done.content[:2000]
    codes_page = client.get(RECOVERY_CODES).content.decode()
    codes = re.findall(r'<li class="secret">(\d{8})</li>', codes_page)
    assert len(codes) == 10
    return SetUp(secret=secret, recovery_codes=codes)


def sign_in(email: str, *, address: str = "192.0.2.10") -> Client:
    """A fresh browser that typed the right password and now faces the second step."""
    client = Client(REMOTE_ADDR=address)
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == AUTHENTICATE, response
    return client


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def text(response: object) -> str:
    """The page as a person reads it: entities such as &#x27; turned back into characters."""
    return html.unescape(response.content.decode())  # type: ignore[attr-defined]
