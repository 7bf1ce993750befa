"""Recovery codes: shown once after setup, each one signs in once in place of an app code."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.accounts.tests.second_step import (
    AUTHENTICATE,
    RECOVERY_CODES,
    set_up_app,
    sign_in,
    signed_in,
    text,
)


def test_a_recovery_code_signs_in_once(people: People) -> None:
    codes = set_up_app(client_for(people.alice)).recovery_codes
    first = sign_in("alice@example.com")
    assert first.post(AUTHENTICATE, {"code": codes[0]}).status_code == 302
    assert signed_in(first)

    again = sign_in("alice@example.com")
    response = again.post(AUTHENTICATE, {"code": codes[0]})
    assert not signed_in(again)
    assert "That code isn't right" in text(response)

    other = sign_in("alice@example.com")
    other.post(AUTHENTICATE, {"code": codes[1]})
    assert signed_in(other)


def test_the_codes_are_shown_only_once(people: People) -> None:
    client = client_for(people.alice)
    codes = set_up_app(client).recovery_codes  # the one showing, right after setup
    later = text(client.get(RECOVERY_CODES))
    assert not any(code in later for code in codes)
    assert "can't be shown again" in later
    assert "Make new codes" in later


def test_the_codes_page_explains_them(people: People) -> None:
    client = client_for(people.alice)
    set_up_app(client)
    index = text(client.get("/accounts/2fa/"))
    assert "10 of 10 codes left" in index


def test_new_codes_replace_the_old_ones(people: People) -> None:
    client = client_for(people.alice)
    old = set_up_app(client).recovery_codes
    made = client.post("/accounts/2fa/recovery-codes/generate/")
    assert made.status_code == 302  # the password was confirmed minutes ago
    new = [c for c in old if c in text(client.get(RECOVERY_CODES))]
    assert new == []
    attempt = sign_in("alice@example.com")
    attempt.post(AUTHENTICATE, {"code": old[2]})
    assert not signed_in(attempt)
