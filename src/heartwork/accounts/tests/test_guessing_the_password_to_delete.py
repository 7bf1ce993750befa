"""Deleting the account asks for the password, and that is no way to guess it.

Someone with a minute on the owner's unlocked, signed-in phone may try passwords there;
after TOKEN_ATTEMPTS_PER_HOUR tries in an hour even the right one is refused, and nothing
is deleted.
"""

from __future__ import annotations

from conftest import PASSWORD, People, client_for

from heartwork.accounts.models import User


def test_guessing_at_the_delete_form_is_stopped_and_nothing_is_deleted(
    people: People, settings
) -> None:
    settings.TOKEN_ATTEMPTS_PER_HOUR = 10
    phone = client_for(people.alice)
    for attempt in range(10):
        wrong = phone.post("/settings/delete/", {"password": f"guess-{attempt}"})
        assert "That password isn&#x27;t right" in wrong.content.decode()
    refused = phone.post("/settings/delete/", {"password": PASSWORD})
    assert "Too many tries" in refused.content.decode()
    assert User.objects.filter(pk=people.alice.pk).exists()


def test_the_right_password_deletes_the_account(people: People) -> None:
    response = client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=people.alice.pk).exists()
