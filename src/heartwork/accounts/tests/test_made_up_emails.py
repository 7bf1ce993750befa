"""Failures for made-up emails never keep a real person out.

Behind a proxy that Heartwork was not told to trust, everyone shares the proxy's address;
on a shared network many people do. A guesser spraying made-up emails from that address
must not shut the others out, and must learn nothing about which emails have an account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conftest import Clock, People

from heartwork.accounts.tests.signing_in import ALICE, BOB, PASSWORD, PROXY, WRONG, attempt

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


def made_up(count: int) -> None:
    for n in range(count):
        attempt(f"nobody{n}@example.com", WRONG, address=PROXY)


def test_ten_failures_for_made_up_emails_do_not_block_a_real_user_behind_the_same_proxy(
    people: People, settings
) -> None:
    settings.TRUSTED_PROXIES = []
    made_up(10)
    assert attempt(BOB, PASSWORD, address=PROXY).signed_in


def test_a_flood_from_one_address_leaves_each_email_one_try(people: People, clock: Clock) -> None:
    made_up(40)
    assert attempt(BOB, PASSWORD, address=PROXY).signed_in
    assert attempt(ALICE, WRONG, address=PROXY).told_wrong
    assert attempt(ALICE, PASSWORD, address=PROXY).cooled_off

    clock.advance(minutes=15)
    assert attempt(ALICE, PASSWORD, address=PROXY).signed_in


def test_a_made_up_email_cools_off_exactly_like_a_real_one(people: People) -> None:
    for _ in range(7):
        real = attempt(ALICE, WRONG, address=PROXY).response
        invented = attempt("nobody@example.com", WRONG, address=PROXY).response
        assert real.status_code == invented.status_code
        assert errors(real) == errors(invented)
    assert "Please wait 15 minutes" in str(errors(real))


def errors(response: Response) -> object:
    return response.context["form"].errors.get_json_data()
