"""A password change signs out every other browser; a reset signs out every browser.

Django already refuses a session whose password hash is stale; these sessions are also
removed from the database, so nothing signed in with the old password is left behind.
"""

from __future__ import annotations

from conftest import People, client_for
from django.contrib.sessions.models import Session
from django.test import Client

from heartwork.accounts.tests.passwords import change_password, reset_password


def is_stored(client: Client) -> bool:
    return Session.objects.filter(session_key=client.session.session_key).exists()


def test_changing_the_password_ends_every_other_session(people: People) -> None:
    laptop, phone = client_for(people.alice), client_for(people.alice)
    phone_key = phone.session.session_key
    change_password(laptop)
    assert not Session.objects.filter(session_key=phone_key).exists()
    assert phone.get("/").status_code == 302


def test_the_browser_that_changed_the_password_stays_signed_in(people: People) -> None:
    laptop, _phone = client_for(people.alice), client_for(people.alice)
    change_password(laptop)
    assert "Hello, Alice" in laptop.get("/").content.decode()
    assert is_stored(laptop)


def test_a_reset_ends_every_session(people: People) -> None:
    laptop, phone = client_for(people.alice), client_for(people.alice)
    reset_password(Client(), "alice@example.com")
    assert not is_stored(laptop) and not is_stored(phone)
    assert laptop.get("/").status_code == 302 and phone.get("/").status_code == 302


def test_a_reset_from_a_signed_in_browser_leaves_it_signed_out(people: People) -> None:
    laptop = client_for(people.alice)
    signed_in_key = laptop.session.session_key
    reset_password(laptop, "alice@example.com")
    assert not Session.objects.filter(session_key=signed_in_key).exists()
    assert laptop.get("/").status_code == 302


def test_the_partners_sessions_are_left_alone(people: People) -> None:
    bob = client_for(people.bob)
    change_password(client_for(people.alice))
    reset_password(Client(), "alice@example.com")
    assert is_stored(bob)
    assert "Hello, Bob" in bob.get("/").content.decode()
