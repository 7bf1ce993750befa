"""Signed-in browsers of different kinds and places, for the tests of the sessions list."""

from __future__ import annotations

from conftest import PASSWORD
from django.test import Client

from heartwork.accounts.models import User
from heartwork.accounts.sessions import session_public_id

FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
CHROME_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36"
)
HOME = "203.0.113.30"
MOBILE = "192.0.2.10"
OFFICE_LAN = "10.1.2.3"

__all__ = ["CHROME_ANDROID", "FIREFOX_WINDOWS", "HOME", "MOBILE", "OFFICE_LAN", "PASSWORD"]
__all__ += ["SAFARI_IPHONE", "browser", "session_id"]


def browser(user: User, agent: str = FIREFOX_WINDOWS, address: str = HOME) -> Client:
    """A browser signed in as ``user`` that has opened one page, as a person's would."""
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    client.force_login(user)
    assert client.get("/").status_code == 200
    return client


def session_id(client: Client) -> str:
    """The id the sessions list and the API give this browser's session."""
    return session_public_id(client.session.session_key or "")
