"""Ending a session signs that browser out at once; nobody else can end mine."""

from __future__ import annotations

from allauth.usersessions.models import UserSession
from conftest import People, client_for
from django.contrib.sessions.models import Session
from django.test import Client

from heartwork.accounts.tests.browsers import (
    CHROME_ANDROID,
    FIREFOX_WINDOWS,
    MOBILE,
    SAFARI_IPHONE,
    browser,
    session_id,
)
from heartwork.accounts.tests.passwords import change_password


def signed_in(client: Client) -> bool:
    return client.get("/").status_code == 200


def end(client: Client, other: Client):
    return client.post(f"/settings/sessions/{session_id(other)}/end/")


def test_ending_one_signs_that_browser_out_at_once(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    tablet = browser(people.alice, CHROME_ANDROID)
    laptop = browser(people.alice, FIREFOX_WINDOWS)
    response = end(laptop, phone)
    assert response.status_code == 302 and response["Location"] == "/settings/sessions/"
    shown = laptop.get("/settings/sessions/").content.decode()
    assert "Done: that browser is signed out." in shown
    assert "iPhone" not in shown and "Pixel 8" in shown
    assert not signed_in(phone)
    assert signed_in(laptop) and signed_in(tablet)


def test_every_other_browser_at_once(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    tablet = browser(people.alice, CHROME_ANDROID)
    laptop = browser(people.alice, FIREFOX_WINDOWS)
    shown = laptop.post("/settings/sessions/end-others/", follow=True).content.decode()
    assert "every other browser is signed out" in shown
    assert shown.count('<li class="card">') == 1
    assert "Sign out every other browser" not in shown  # nobody else is left to sign out
    assert not signed_in(phone) and not signed_in(tablet)
    assert signed_in(laptop)


def test_every_other_includes_one_signed_in_before_the_list_existed(people: People) -> None:
    """A session with no row beside it (signed in before upgrading, unused since)."""
    old = client_for(people.alice)
    assert not UserSession.objects.filter(session_key=old.session.session_key).exists()
    browser(people.alice).post("/settings/sessions/end-others/")
    assert not Session.objects.filter(session_key=old.session.session_key).exists()
    assert not signed_in(old)


def test_ending_this_browser_signs_it_out(people: People) -> None:
    laptop = browser(people.alice)
    response = end(laptop, laptop)
    assert response["Location"] == "/accounts/login/"
    assert not signed_in(laptop)


def test_the_partner_cannot_end_the_owners_session(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    bob = browser(people.bob)
    assert end(bob, phone).status_code == 404
    assert bob.post("/settings/sessions/end-others/").status_code == 302
    assert signed_in(phone)


def test_an_ended_or_made_up_id_is_not_found(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice)
    end(laptop, phone)
    assert end(laptop, phone).status_code == 404
    assert laptop.post("/settings/sessions/0123456789abcdef/end/").status_code == 404


def test_the_id_is_neither_the_key_nor_a_counter(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    key = phone.session.session_key or ""
    row = UserSession.objects.get(session_key=key)
    shown = browser(people.alice).get("/settings/sessions/").content.decode()
    assert session_id(phone) in shown
    assert key not in shown
    assert f"/settings/sessions/{row.pk}/" not in shown


def test_only_a_form_post_ends_a_session(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice)
    assert laptop.get(f"/settings/sessions/{session_id(phone)}/end/").status_code == 405
    assert signed_in(phone)


def test_a_password_change_still_ends_every_other_session_and_its_row(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice)
    change_password(laptop)
    assert not signed_in(phone)
    assert not UserSession.objects.filter(session_key=phone.session.session_key).exists()
    shown = laptop.get("/settings/sessions/").content.decode()
    assert shown.count('<li class="card">') == 1 and "This browser" in shown
