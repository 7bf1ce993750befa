"""The account pages allauth serves read in Heartwork's words, in Heartwork's layout."""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.test import Client

LIBRARY_WORDS = (
    "Email Addresses",
    "Make Primary",
    "Change Password",
    "Sign Out",
    "Bad Token",
    "Remember Me",
)


def assert_ours(html: str, heading: str) -> None:
    assert heading in html
    assert 'id="quick-exit"' in html
    for words in LIBRARY_WORDS:
        assert words not in html


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/accounts/email/", "<h1>Your email address</h1>"),
        ("/accounts/password/change/", "<h1>Change your password</h1>"),
        ("/accounts/logout/", "<h1>Log out?</h1>"),
    ],
)
def test_pages_for_a_signed_in_person(people: People, path: str, heading: str) -> None:
    response = client_for(people.alice).get(path)
    assert response.status_code == 200
    assert_ours(response.content.decode(), heading)


def test_the_email_page_names_the_address_and_what_it_is_for(people: People) -> None:
    html = client_for(people.alice).get("/accounts/email/").content.decode()
    assert "alice@example.com" in html
    assert "the one you log in with" in html


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/accounts/login/", "<h1>Welcome back</h1>"),
        ("/accounts/password/reset/done/", "<h1>Check your email</h1>"),
        ("/accounts/password/reset/key/1-nonsense/", "<h1>This link no longer works</h1>"),
    ],
)
def test_pages_before_signing_in(db, path: str, heading: str) -> None:
    response = Client().get(path, follow=True)
    assert response.status_code == 200
    assert_ours(response.content.decode(), heading)
