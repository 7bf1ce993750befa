"""What a session's browser and address say about it, in words a person recognises.

The browser comes from the User-Agent header, read by ``ua-parser`` (the maintained
Python port of the uap-core rules, with its rules shipped in ``ua-parser-builtins``), so
nothing leaves the server. The place is never looked up: an address says only whether a
session is on the same network as the browser reading the page, or on a private one.
A city or even a country would be a third party's guess, and on a borrowed or shared
phone it could show someone where the owner went (to a friend, a refuge, a
counsellor's office), so Heartwork neither shows the address nor asks anyone where it is.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache

from ua_parser import parse

THIS_NETWORK = "This network"
PRIVATE_NETWORK = "A private network, like one at home or work"
ELSEWHERE = "Another network (Heartwork doesn't look up where)"
UNKNOWN_PLACE = "Not known"

# What ua-parser calls what it cannot name.
_UNNAMED = {"Other", ""}
# Some rules copy a run of the header into the name, and the name goes into an email:
# keep it short and plain, so a made-up User-Agent cannot write sentences there.
_NAME_MAX = 32
_NOT_IN_A_NAME = re.compile(r"[^\w .+\-]")
# Networks that exist only inside a home, an office or the machine itself. (Python's
# ``is_private`` also counts documentation and reserved ranges, which are not that.)
_LOCAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "fc00::/7",
        "fe80::/10",
        "::1/128",
    )
)


@dataclass(frozen=True)
class Device:
    """A browser and the system it runs on, as far as its User-Agent says."""

    browser: str
    system: str
    model: str

    @property
    def label(self) -> str:
        """ "Firefox on Windows", "Mobile Safari on iOS (iPhone)", "An unknown browser"."""
        if not self.browser and not self.system:
            return "An unknown browser"
        browser = self.browser or "A browser"
        label = f"{browser} on {self.system}" if self.system else browser
        return f"{label} ({self.model})" if self.model else label


@lru_cache(maxsize=512)
def describe(user_agent: str) -> Device:
    """The browser, system and device model a User-Agent names ('' where it names none).

    Cached: a person's list shows the same few browsers again and again, and the rules
    are a few hundred regular expressions.
    """
    found = parse(user_agent[:512])
    browser = found.user_agent.family if found.user_agent else ""
    system = found.os.family if found.os else ""
    if found.os and found.os.major and system not in _UNNAMED:
        system = f"{system} {found.os.major}"
    model = found.device.family if found.device else ""
    model = "" if model in _UNNAMED or model in system or model in browser else model
    return Device(
        browser=_plain("" if browser in _UNNAMED else browser),
        system=_plain("" if system in _UNNAMED else system),
        model=_plain(model),
    )


def _plain(name: str) -> str:
    return _NOT_IN_A_NAME.sub("", name)[:_NAME_MAX].strip()


def network(address: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """The network an address belongs to for "this network": itself, or its IPv6 /64.

    One home or phone usually holds a whole IPv6 /64 and moves around inside it, as the
    login limits assume too (``logins._client_group``).
    """
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return None
    if parsed.is_unspecified:
        return None
    prefix = 64 if parsed.version == 6 else 32
    return ipaddress.ip_network(f"{parsed}/{prefix}", strict=False)


def place(address: str, *, here: str) -> str:
    """Where a session is, said without looking anything up.

    ``here`` is the address of the browser reading the list: a session on the same
    network is "this network". Private and loopback ranges are "a private network";
    anything else is simply another network.
    """
    theirs = network(address)
    if theirs is None:
        return UNKNOWN_PLACE
    if theirs == network(here):
        return THIS_NETWORK
    if any(theirs.network_address in local for local in _LOCAL_NETWORKS):
        return PRIVATE_NETWORK
    return ELSEWHERE
