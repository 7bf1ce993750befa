"""Re-checking who holds the phone before a serious step is no way to guess.

The password typed again (allauth's "reauthenticate", before a second step is set up or
turned off) and a code typed instead share one limit per person: ten an hour, as for
making a token or deleting the account.
"""

from __future__ import annotations

import time

import pytest
from conftest import PASSWORD, Clock, People, client_for
from django.test import Client

from heartwork.accounts.tests.second_step import ACTIVATE, app_code, set_up_app, text

TOO_MANY = "Too many tries for now"


@pytest.fixture(autouse=True)
def _start_of_an_hour(clock: Clock) -> None:
    """The limit counts in fixed hours: start at the top of one, so no test straddles two."""
    clock.advance(seconds=-(int(time.time()) % 3600))


def confirm(client, password: str) -> str:
    return text(client.post("/accounts/reauthenticate/", {"password": password, "next": ACTIVATE}))


def test_the_password_can_be_guessed_only_ten_times_an_hour(people: People, clock: Clock) -> None:
    phone = client_for(people.alice)  # someone holding Alice's unlocked phone
    for _ in range(10):
        assert "That password isn't right." in confirm(phone, "a guess")
    assert TOO_MANY in confirm(phone, PASSWORD)  # refused before the password is checked
    assert phone.get(ACTIVATE).status_code == 302  # still not confirmed

    clock.advance(minutes=61)
    phone.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": ACTIVATE})
    assert phone.get(ACTIVATE).status_code == 200


def test_codes_share_the_passwords_limit(people: People, clock: Clock) -> None:
    client = client_for(people.alice)
    secret = set_up_app(client).secret  # one confirmation used
    clock.advance(minutes=6)
    for _ in range(9):
        client.post("/accounts/2fa/reauthenticate/", {"code": "000000"})
    response = client.post("/accounts/2fa/reauthenticate/", {"code": app_code(secret)})
    assert TOO_MANY in text(response)


def test_failed_confirmations_do_not_lock_the_owner_out_of_signing_in(people: People) -> None:
    phone = client_for(people.alice)
    for _ in range(11):
        confirm(phone, "a guess")
    owner = Client(REMOTE_ADDR="192.0.2.10")
    owner.post("/accounts/login/", {"login": "alice@example.com", "password": PASSWORD})
    assert "_auth_user_id" in owner.session
