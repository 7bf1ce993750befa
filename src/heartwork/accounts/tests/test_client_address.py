"""Which address a login comes from: X-Forwarded-For is believed only from a trusted proxy.

Failed logins are counted per client address, so a forged header would let a guesser
escape the count or pin it on someone else, and a proxy nobody was told about would put
every user under its one address.
"""

from __future__ import annotations

from ipaddress import ip_network

import pytest
from django.http import HttpRequest
from django.test import RequestFactory

from heartwork.accounts.tests.signing_in import (
    ALICE,
    OWNER_PHONE,
    PARTNER_LAPTOP,
    PASSWORD,
    PROXY,
    WRONG,
    attempt,
)
from heartwork.core.http import client_address


def request(remote: str, forwarded: str | None = None) -> HttpRequest:
    headers = {} if forwarded is None else {"X-Forwarded-For": forwarded}
    return RequestFactory().get("/", headers=headers, REMOTE_ADDR=remote)


@pytest.fixture
def trusted(settings) -> None:
    settings.TRUSTED_PROXIES = [ip_network("10.0.0.0/24"), ip_network("2001:db8:1::/48")]


def test_without_trusted_proxies_the_header_is_ignored(settings) -> None:
    settings.TRUSTED_PROXIES = []
    assert client_address(request("203.0.113.5", "192.0.2.1")) == "203.0.113.5"


def test_from_an_untrusted_peer_the_header_is_ignored(trusted) -> None:
    assert client_address(request("203.0.113.5", "192.0.2.1")) == "203.0.113.5"


def test_a_trusted_proxy_names_the_client(trusted) -> None:
    assert client_address(request(PROXY, "192.0.2.1")) == "192.0.2.1"


def test_addresses_the_client_wrote_itself_are_ignored(trusted) -> None:
    assert client_address(request(PROXY, "198.51.100.9, 192.0.2.1")) == "192.0.2.1"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right(trusted) -> None:
    chain = "198.51.100.9, 192.0.2.1, 10.0.0.7, 2001:db8:1::5"
    assert client_address(request(PROXY, chain)) == "192.0.2.1"


def test_an_entry_that_is_not_an_address_counts_as_the_proxy(trusted) -> None:
    assert client_address(request(PROXY, "192.0.2.1, unknown")) == PROXY


def test_a_trusted_proxy_without_the_header_is_the_client(trusted) -> None:
    assert client_address(request(PROXY)) == PROXY


def test_an_ipv4_address_written_as_ipv6_is_read_as_ipv4(trusted) -> None:
    assert client_address(request("::ffff:10.0.0.2", "::ffff:192.0.2.1")) == "192.0.2.1"


def test_a_forged_header_neither_frees_the_guesser_nor_blames_the_owner(people, settings) -> None:
    settings.TRUSTED_PROXIES = []
    for n in range(5):
        attempt(ALICE, WRONG, address=PARTNER_LAPTOP, forwarded=f"{OWNER_PHONE}, 192.0.2.{n}")
    assert attempt(ALICE, PASSWORD, address=OWNER_PHONE).signed_in
    assert attempt(ALICE, PASSWORD, address=PARTNER_LAPTOP, forwarded="192.0.2.99").cooled_off


def test_behind_a_trusted_proxy_each_client_is_counted_apart(people, trusted) -> None:
    for _ in range(5):
        attempt(ALICE, WRONG, address=PROXY, forwarded=PARTNER_LAPTOP)
    assert attempt(ALICE, PASSWORD, address=PROXY, forwarded=OWNER_PHONE).signed_in
    assert attempt(ALICE, PASSWORD, address=PROXY, forwarded=PARTNER_LAPTOP).cooled_off
