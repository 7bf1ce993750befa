"""Guessing the code at the second step is limited, and never keeps the owner out for good.

Whoever reaches the second step typed the right password, so these tests play a partner
who knows it and guesses codes; the owner signs in from another network meanwhile.
"""

from __future__ import annotations

from conftest import Clock, People, client_for
from django.core import mail

from heartwork.accounts.tests.second_step import (
    AUTHENTICATE,
    app_code,
    set_up_app,
    sign_in,
    signed_in,
    text,
    wrong_code,
)
from heartwork.accounts.tests.signing_in import HOME_WIFI, OWNER_PHONE, PARTNER_LAPTOP

COOLING_OFF = "Too many wrong codes for now"


def guess(address: str, code: str) -> str:
    client = sign_in("alice@example.com", address=address)
    response = client.post(AUTHENTICATE, {"code": code})
    assert not signed_in(client)
    return text(response)


def test_a_guesser_is_refused_after_five_wrong_codes_even_with_the_right_one(
    people: People,
) -> None:
    secret = set_up_app(client_for(people.alice)).secret
    for _ in range(5):
        assert "That code isn't right" in guess(PARTNER_LAPTOP, wrong_code(secret))
    # Refused before the code is checked: a lucky guess would not get through either.
    client = sign_in("alice@example.com", address=PARTNER_LAPTOP)
    response = client.post(AUTHENTICATE, {"code": app_code(secret)})
    assert COOLING_OFF in text(response)
    assert not signed_in(client)


def test_the_owner_on_another_network_still_gets_in(people: People, clock: Clock) -> None:
    secret = set_up_app(client_for(people.alice)).secret
    for _ in range(5):
        guess(PARTNER_LAPTOP, wrong_code(secret))
    clock.advance(seconds=30)
    owner = sign_in("alice@example.com", address=OWNER_PHONE)
    owner.post(AUTHENTICATE, {"code": app_code(secret)})
    assert signed_in(owner)


def test_no_number_of_addresses_buys_more_than_fifteen_guesses(people: People) -> None:
    secret = set_up_app(client_for(people.alice)).secret
    for n in range(15):
        assert COOLING_OFF not in guess(f"198.51.100.{n + 1}", wrong_code(secret))
    assert COOLING_OFF in guess("198.51.100.200", wrong_code(secret))


def test_the_wait_ends_and_the_owner_gets_in_again(people: People, clock: Clock) -> None:
    """However many wrong codes anyone sends, they age out: never locked out for good."""
    secret = set_up_app(client_for(people.alice)).secret
    for n in range(16):
        guess(f"198.51.100.{n + 1}", wrong_code(secret))
    assert COOLING_OFF in guess(HOME_WIFI, app_code(secret))
    clock.advance(minutes=16)
    owner = sign_in("alice@example.com", address=HOME_WIFI)
    owner.post(AUTHENTICATE, {"code": app_code(secret)})
    assert signed_in(owner)


def test_a_right_code_is_forgiven_and_does_not_count(people: People, clock: Clock) -> None:
    secret = set_up_app(client_for(people.alice)).secret
    for _ in range(4):
        guess(OWNER_PHONE, wrong_code(secret))
    for _ in range(3):  # the owner signs in several times in a row
        clock.advance(seconds=30)
        owner = sign_in("alice@example.com", address=OWNER_PHONE)
        owner.post(AUTHENTICATE, {"code": app_code(secret)})
        assert signed_in(owner)


def test_the_owner_hears_of_wrong_codes(
    people: People, clock: Clock, django_capture_on_commit_callbacks
) -> None:
    secret = set_up_app(client_for(people.alice)).secret
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            guess(PARTNER_LAPTOP, wrong_code(secret))
    told = [m for m in mail.outbox if "wrong code" in m.subject]
    assert len(told) == 1  # one email, not one per guess
    assert told[0].to == ["alice@example.com"]
    assert "typed your Heartwork password correctly" in str(told[0].body)

    clock.advance(seconds=30)
    owner = sign_in("alice@example.com", address=OWNER_PHONE)
    response = owner.post(AUTHENTICATE, {"code": app_code(secret)}, follow=True)
    assert "3 attempts to sign in to your account failed" in text(response)
