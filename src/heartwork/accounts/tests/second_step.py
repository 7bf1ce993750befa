"""Setting up and using a second step the way a person does, through the real pages."""

from __future__ import annotations

import html
import json
import re
import time
from dataclasses import dataclass

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from conftest import PASSWORD
from django.test import Client

from heartwork.accounts.tests.software_passkey import SoftwarePasskey

ACTIVATE = "/accounts/2fa/totp/activate/"
AUTHENTICATE = "/accounts/2fa/authenticate/"
RECOVERY_CODES = "/accounts/2fa/recovery-codes/"


def app_code(secret: str, *, seconds_to_type: float = 2) -> str:
    """The code an authenticator app shows now for ``secret`` (allauth's own TOTP maths).

    Only the current 30 seconds' code is accepted, so when fewer than ``seconds_to_type``
    are left this waits for the next code, as a person glancing at the app would.
    """
    left = 30 - time.time() % 30
    if left < seconds_to_type:
        time.sleep(left + 0.05)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


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


def stored_passkey(user: object, name: str = "Passkey 1") -> Authenticator:
    """A passkey row as allauth stores one, for pages that list or remove passkeys (signing
    in with a real one is the browser test's job: it needs an authenticator)."""
    return Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": name, "credential": {"clientExtensionResults": {"credProps": {"rk": True}}}},
    )


ADD_PASSKEY = "/accounts/2fa/webauthn/add/"
PASSKEY_LOGIN = "/accounts/2fa/webauthn/login/"


def page_data(response: object) -> dict:
    """The JSON a page hands its script (``json_script`` with the id ``js_data``)."""
    found = re.search(
        r'<script id="js_data" type="application/json">(.*?)</script>',
        response.content.decode(),  # type: ignore[attr-defined]
        re.S,
    )
    assert found, "the page carries no data for its passkey script"
    return dict(json.loads(found.group(1)))


def add_passkey(client: Client, *, passwordless: bool = True) -> SoftwarePasskey:
    """Add a passkey from the settings pages, as a phone would answer the browser."""
    confirm_password(client, ADD_PASSKEY)
    options = page_data(client.get(ADD_PASSKEY))["creation_options"]
    passkey = SoftwarePasskey()
    answer = passkey.register(options)
    form = {"credential": json.dumps(answer)} | ({"passwordless": "on"} if passwordless else {})
    response = client.post(ADD_PASSKEY, form)
    assert response.status_code == 302, text(response)[-3000:]
    return passkey


def sign_in_with_passkey(passkey: SoftwarePasskey) -> Client:
    """The log-in page's "Log in with a passkey": no email, no password."""
    client = Client()
    options = client.get(PASSKEY_LOGIN, headers={"accept": "application/json"}).json()
    answer = passkey.sign_in(options["request_options"])
    client.post(PASSKEY_LOGIN, {"credential": json.dumps(answer)})
    return client
