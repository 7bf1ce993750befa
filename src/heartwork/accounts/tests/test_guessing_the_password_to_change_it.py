"""Changing the password asks for the current one, and that is no way to guess it.

allauth checked the current password with no limit of its own beyond five a minute, so
someone with the owner's unlocked, signed-in phone could guess it at the change form,
and a right guess would let them change it and sign the owner out everywhere. It now
goes through the same limited re-check as making a token or deleting the account.
"""

from __future__ import annotations

from conftest import PASSWORD, People, client_for

from heartwork.accounts.models import User
from heartwork.accounts.tests.passwords import NEW_PASSWORD

CHANGE = "/accounts/password/change/"


def change(client, old: str):
    return client.post(
        CHANGE, {"oldpassword": old, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )


def test_guessing_at_the_change_form_is_stopped_and_nothing_changes(
    people: People, settings
) -> None:
    settings.TOKEN_ATTEMPTS_PER_HOUR = 10
    phone = client_for(people.alice)
    for attempt in range(10):
        wrong = change(phone, f"guess-{attempt}")
        assert "That isn&#x27;t your current password" in wrong.content.decode()
    refused = change(phone, PASSWORD)
    assert "Too many tries for now. Please wait an hour" in refused.content.decode()
    people.alice.refresh_from_db()
    assert people.alice.check_password(PASSWORD)


def test_the_right_password_changes_it(people: People) -> None:
    assert change(client_for(people.alice), PASSWORD).status_code == 302
    assert User.objects.get(pk=people.alice.pk).check_password(NEW_PASSWORD)


def test_the_limit_is_the_owners_alone(people: People, settings) -> None:
    """Guesses on the partner's phone at their own form leave the owner's form alone."""
    settings.TOKEN_ATTEMPTS_PER_HOUR = 3
    bobs_phone = client_for(people.bob)
    for attempt in range(4):
        change(bobs_phone, f"guess-{attempt}")
    assert change(client_for(people.alice), PASSWORD).status_code == 302
