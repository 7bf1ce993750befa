"""On the partner's own network, the owner still gets in from a browser of their own.

Both partners share the home Wi-Fi, so they share an address. Wrong passwords for the
owner's email from that address cool it off for that email, and on the old rule that
refused the owner too, before their right password was even checked. A browser that has
signed in to the account before now counts as itself, not as the network.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import Clock, People
from django.core import signing

from heartwork.accounts.tests.signing_in import (
    ALICE,
    BOB,
    HOME_WIFI,
    OWNER_PHONE,
    PASSWORD,
    WRONG,
    attempt,
)

# How many wrong passwords the partner sends from the home Wi-Fi at each 30-second step.
SCHEDULES: dict[str, Callable[[int], int]] = {
    "five every five minutes": lambda step: 5 if step % 10 == 0 else 0,
    "three every thirty seconds": lambda step: 3,
    "one every thirty seconds": lambda step: 1,
}


def owner_signs_in_while_the_partner_guesses(
    clock: Clock, schedule: Callable[[int], int], known: str | None
) -> int:
    """The owner signs in every 30 seconds for 11 minutes; how many times they got in."""
    got_in = 0
    for step in range(22):
        for _ in range(schedule(step)):
            attempt(ALICE, WRONG, address=HOME_WIFI)
        got_in += attempt(ALICE, PASSWORD, address=HOME_WIFI, known=known).signed_in
        clock.advance(seconds=30)
    return got_in


@pytest.mark.parametrize("schedule", SCHEDULES.values(), ids=SCHEDULES.keys())
def test_the_owner_gets_in_every_time_from_their_own_browser_on_the_shared_wifi(
    people: People, clock: Clock, schedule: Callable[[int], int]
) -> None:
    own_laptop = attempt(ALICE, PASSWORD, address=HOME_WIFI).known  # signed in here before
    assert owner_signs_in_while_the_partner_guesses(clock, schedule, own_laptop) == 22


# How often a browser new to the account gets in under each schedule: the old rule for
# every browser, and the figures in docs/security.md.
NEW_BROWSER_GETS_IN = {
    "five every five minutes": 0,
    "three every thirty seconds": 1,
    "one every thirty seconds": 4,
}


@pytest.mark.parametrize(("name", "got_in"), NEW_BROWSER_GETS_IN.items())
def test_without_a_known_browser_the_shared_wifi_still_cools_off(
    people: People, clock: Clock, name: str, got_in: int
) -> None:
    """The control: a browser new to the account waits, as the rule for guessers says."""
    assert owner_signs_in_while_the_partner_guesses(clock, SCHEDULES[name], None) == got_in


def test_the_partner_is_still_slowed_on_the_shared_wifi(people: People, clock: Clock) -> None:
    own_laptop = attempt(ALICE, PASSWORD, address=HOME_WIFI).known
    checked = sum(attempt(ALICE, WRONG, address=HOME_WIFI).told_wrong for _ in range(20))
    assert checked == 5
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI).cooled_off
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI, known=own_laptop).signed_in


def test_a_known_browser_cannot_guess_without_limit(people: People, clock: Clock) -> None:
    """Say the partner uses the shared laptop the owner once signed in on."""
    shared_laptop = attempt(ALICE, PASSWORD, address=HOME_WIFI).known
    own_phone = attempt(ALICE, PASSWORD, address=OWNER_PHONE).known
    tries = [attempt(ALICE, WRONG, address=HOME_WIFI, known=shared_laptop) for _ in range(8)]
    assert sum(t.told_wrong for t in tries) == 5
    refused = attempt(ALICE, PASSWORD, address=HOME_WIFI, known=shared_laptop)
    assert refused.cooled_off and not refused.signed_in
    assert "from this browser" in refused.response.content.decode()
    # Each known browser counts on its own, and the network's count is untouched.
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI, known=own_phone).signed_in
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI).signed_in

    clock.advance(minutes=15)
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI, known=shared_laptop).signed_in


def test_a_tampered_cookie_counts_as_the_network(people: People, clock: Clock) -> None:
    own_laptop = attempt(ALICE, PASSWORD, address=HOME_WIFI).known
    value, signature = own_laptop.rsplit(":", 1)
    forged = f"{value}:{signature[::-1]}"
    made_up = signing.dumps({"b": "my-own-id", "m": ["0" * 32]}, key="not the server's key")
    for _ in range(5):
        attempt(ALICE, WRONG, address=HOME_WIFI)
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI, known=forged).cooled_off
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI, known=made_up).cooled_off


def test_a_browser_known_to_the_partners_account_counts_as_the_network(
    people: People, clock: Clock
) -> None:
    partners_laptop = attempt(BOB, PASSWORD, address=HOME_WIFI).known
    for _ in range(5):
        attempt(ALICE, WRONG, address=HOME_WIFI, known=partners_laptop)
    # Those were counted against the network, where the owner's new browser waits too...
    assert attempt(ALICE, PASSWORD, address=HOME_WIFI).cooled_off
    # ...and the partner's own account is not touched by them.
    assert attempt(BOB, PASSWORD, address=HOME_WIFI, known=partners_laptop).signed_in


def test_a_password_change_makes_every_browser_new_again(people: People, clock: Clock) -> None:
    from heartwork.accounts.tests.passwords import NEW_PASSWORD

    old_laptop = attempt(ALICE, PASSWORD, address=HOME_WIFI).known
    people.alice.refresh_from_db()
    people.alice.set_password(NEW_PASSWORD)
    people.alice.save()
    for _ in range(5):
        attempt(ALICE, WRONG, address=HOME_WIFI)
    assert attempt(ALICE, NEW_PASSWORD, address=HOME_WIFI, known=old_laptop).cooled_off
