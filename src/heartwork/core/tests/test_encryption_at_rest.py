"""Free text is encrypted in the database; a wrong key fails closed; keys rotate."""

from __future__ import annotations

import pytest
from conftest import PASSWORD, People, client_for, raw_database_text
from cryptography.fernet import Fernet
from django.core.management import call_command

from heartwork.accounts.models import ApiToken, User
from heartwork.core.encryption import DecryptionError
from heartwork.journal.models import JournalEntry

SENTENCE = "I am afraid you will stop loving me when I am tired and quiet"
DISPLAY_NAME = "Marguerite Okonkwo-Lindqvist"
TOKEN_NAME = "copies my diary to the drive in the attic"


@pytest.mark.django_db(transaction=True)
def test_a_journal_sentence_never_appears_in_the_raw_database(people: People) -> None:
    response = client_for(people.alice).post(
        "/journal/new/", {"title": SENTENCE, "body": SENTENCE, "shared": "on"}
    )
    assert response.status_code == 302
    assert JournalEntry.objects.get().body == SENTENCE  # the app reads it back

    raw = raw_database_text()
    assert b"gAAAA" in raw, "the encrypted token should be stored"
    assert SENTENCE.encode() not in raw
    assert b"afraid you will stop" not in raw


@pytest.mark.django_db(transaction=True)
def test_a_display_name_and_a_token_name_never_appear_in_the_raw_database(
    people: People,
) -> None:
    alice = client_for(people.alice)
    assert alice.post("/settings/", {"name": DISPLAY_NAME}).status_code == 302
    made = alice.post(
        "/settings/tokens/",
        {"name": TOKEN_NAME, "password": PASSWORD, "scope": "read", "days": "90"},
    )
    assert made.status_code == 200
    assert made.context["new_secret"]
    # The app reads both back, and shows them where they belong.
    assert User.objects.get(pk=people.alice.pk).name == DISPLAY_NAME
    assert ApiToken.objects.get(user=people.alice).name == TOKEN_NAME
    assert TOKEN_NAME in alice.get("/settings/tokens/").content.decode()
    assert client_for(people.bob).get("/api/me").json()["partner"] == {"name": DISPLAY_NAME}

    raw = raw_database_text()
    for text in (DISPLAY_NAME, TOKEN_NAME, "Okonkwo", "diary to the drive"):
        assert text.encode() not in raw, f"{text!r} is stored in plain text"


def test_a_wrong_key_fails_closed_with_a_clear_error(people: People, settings) -> None:
    JournalEntry.objects.create(author=people.alice, body=SENTENCE)
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(DecryptionError, match="HEARTWORK_ENCRYPTION_KEYS"):
        JournalEntry.objects.get()


def test_keys_rotate_without_losing_a_word(people: People, settings) -> None:
    old_key = settings.ENCRYPTION_KEYS[0]
    JournalEntry.objects.create(author=people.alice, body=SENTENCE)
    new_key = Fernet.generate_key().decode()

    settings.ENCRYPTION_KEYS = [new_key, old_key]
    assert JournalEntry.objects.get().body == SENTENCE  # old text still opens
    call_command("rotate_encryption", stdout=open("/dev/null", "w"))  # noqa: SIM115

    settings.ENCRYPTION_KEYS = [new_key]  # the old key is gone
    assert JournalEntry.objects.get().body == SENTENCE
