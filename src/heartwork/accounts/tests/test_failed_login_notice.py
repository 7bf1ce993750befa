"""After logging in, the owner hears how many attempts on their account failed; nobody else does.

Only the count is kept and shown: not the passwords, not the emails typed, not where the
attempts came from.
"""

from __future__ import annotations

from conftest import People

from heartwork.accounts.models import LoginFailure, User
from heartwork.accounts.tests.signing_in import (
    ALICE,
    BOB,
    OWNER_PHONE,
    PARTNER_LAPTOP,
    PASSWORD,
    WRONG,
    attempt,
)

THREE = (
    "3 attempts to sign in to your account failed since your last visit. "
    "If that wasn&#x27;t you, consider changing your password."
)


def next_page(email: str, address: str) -> str:
    """Log in, and the page the login leads to."""
    signed_in = attempt(email, PASSWORD, address=address)
    assert signed_in.signed_in
    return signed_in.client.get(signed_in.response["Location"]).content.decode()


def test_the_owner_is_told_how_many_attempts_failed_since_her_last_visit(people: People) -> None:
    for _ in range(3):
        attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
    page = next_page(ALICE, OWNER_PHONE)
    assert THREE in page
    assert PARTNER_LAPTOP not in page


def test_the_notice_is_shown_once(people: People) -> None:
    for _ in range(3):
        attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
    signed_in = attempt(ALICE, PASSWORD, address=OWNER_PHONE)
    assert THREE in signed_in.client.get("/").content.decode()
    assert "failed since your last visit" not in signed_in.client.get("/").content.decode()
    assert "failed since your last visit" not in next_page(ALICE, OWNER_PHONE)


def test_one_failure_reads_as_one_attempt(people: People) -> None:
    attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
    assert "1 attempt to sign in to your account failed" in next_page(ALICE, OWNER_PHONE)


def test_tries_refused_while_cooling_off_are_counted_too(people: People) -> None:
    for _ in range(8):
        attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
    assert "8 attempts to sign in" in next_page(ALICE, OWNER_PHONE)


def test_nobody_else_is_told(people: People) -> None:
    for _ in range(3):
        guess = attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
        assert "attempt" not in guess.response.content.decode().lower()
    assert "failed since your last visit" not in next_page(BOB, PARTNER_LAPTOP)
    assert THREE in next_page(ALICE, OWNER_PHONE)


def test_only_counts_and_times_are_kept(people: People) -> None:
    for _ in range(3):
        attempt(ALICE, WRONG, address=PARTNER_LAPTOP)
    kept = " ".join(str(row) for row in LoginFailure.objects.values_list())
    assert LoginFailure.objects.count() == 3
    assert "alice" not in kept
    assert PARTNER_LAPTOP not in kept
    assert User.objects.get(email=ALICE).failed_logins == 3
