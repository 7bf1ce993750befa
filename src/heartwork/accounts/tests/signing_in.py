"""Log-in attempts from chosen addresses, for the tests of who can keep whom out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from conftest import PASSWORD
from django.conf import settings
from django.test import Client

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

ALICE, BOB = "alice@example.com", "bob@example.com"
WRONG = "a guess that is wrong"
OWNER_PHONE = "192.0.2.10"  # Alice on mobile data
PARTNER_LAPTOP = "198.51.100.20"  # Bob, who knows Alice's email
HOME_WIFI = "203.0.113.30"  # the address both share at home
PROXY = "10.0.0.2"  # a reverse proxy in front of Heartwork

__all__ = ["ALICE", "BOB", "HOME_WIFI", "OWNER_PHONE", "PARTNER_LAPTOP", "PASSWORD", "PROXY"]
__all__ += ["WRONG", "Attempt", "attempt"]


@dataclass
class Attempt:
    client: Client
    response: Response

    @property
    def signed_in(self) -> bool:
        return "_auth_user_id" in self.client.session

    @property
    def told_wrong(self) -> bool:
        """The password was checked, and did not match."""
        return "are not correct" in self.response.content.decode()

    @property
    def cooled_off(self) -> bool:
        """Refused without the password being checked."""
        return "Please wait 15 minutes" in self.response.content.decode()

    @property
    def known(self) -> str:
        """The known-browser cookie this log-in left, for the browser's next visit."""
        return self.client.cookies[settings.KNOWN_BROWSER_COOKIE].value


def attempt(
    email: str,
    password: str,
    *,
    address: str,
    forwarded: str | None = None,
    known: str | None = None,
) -> Attempt:
    """One log-in through the real form, from a fresh browser at ``address``.

    ``known`` is a known-browser cookie to carry, as a browser that signed in before does.
    """
    headers = {} if forwarded is None else {"X-Forwarded-For": forwarded}
    client = Client(headers=headers, REMOTE_ADDR=address)
    if known is not None:
        client.cookies[settings.KNOWN_BROWSER_COOKIE] = known
    response = client.post("/accounts/login/", {"login": email, "password": password})
    return Attempt(client, response)
