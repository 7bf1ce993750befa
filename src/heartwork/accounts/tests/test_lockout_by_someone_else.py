"""The right password always works for its owner, however the partner guesses.

The partner knows the owner's email and can send wrong passwords on a schedule. An
outside probe of the old login let the owner in 2 times of 22 while the partner sent
five wrong passwords every five minutes. Failures now count against the guesser's
address, so the guesser is slowed and the owner is not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import Clock, People

from heartwork.accounts.tests.signing_in import (
    ALICE,
    HOME_WIFI,
    OWNER_PHONE,
    PARTNER_LAPTOP,
    PASSWORD,
    WRONG,
    attempt,
)

# How many wrong passwords the partner sends at each 30-second step of the test.
SCHEDULES: dict[str, Callable[[int], int]] = {
    "five every five minutes (the probe)": lambda step: 5 if step % 10 == 0 else 0,
    "three every thirty seconds": lambda step: 3,
}


@pytest.mark.parametrize("schedule", SCHEDULES.values(), ids=SCHEDULES.keys())
def test_the_owner_gets_in_every_time_while_the_partner_guesses(
    people: People, clock: Clock, schedule: Callable[[int], int]
) -> None:
    got_in = 0
    for step in range(22):  # the owner logs in every 30 seconds for 11 minutes
        for _ in range(schedule(step)):
            attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
        got_in += attempt(ALICE, PASSWORD, address=OWNER_PHONE).signed_in
        clock.advance(seconds=30)
    assert got_in == 22


def test_the_partner_is_slowed_while_the_owner_is_not(people: People, clock: Clock) -> None:
    checked = 0
    for _ in range(66):  # a guess every 10 seconds for 11 minutes
        checked += attempt(ALICE, WRONG, address=PARTNER_LAPTOP).told_wrong
        clock.advance(seconds=10)
    assert checked == 5

    guessed_right = attempt(ALICE, PASSWORD, address=PARTNER_LAPTOP)
    assert guessed_right.cooled_off
    assert not guessed_right.signed_in
    assert attempt(ALICE, PASSWORD, address=OWNER_PHONE).signed_in

    clock.advance(minutes=15)
    assert attempt(ALICE, WRONG, address=PARTNER_LAPTOP).told_wrong


def test_sharing_the_partners_network_the_owner_gets_in_from_another(
    people: People, clock: Clock
) -> None:
    for _ in range(5):
        attempt(ALICE, WRONG, address=HOME_WIFI)
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI).cooled_off
    assert attempt(ALICE, PASSWORD, address=OWNER_PHONE).signed_in

    clock.advance(minutes=15)
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI).signed_in
