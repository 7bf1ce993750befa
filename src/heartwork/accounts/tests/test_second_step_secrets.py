"""The app's key and the recovery codes' seed are stored encrypted, survive a key
rotation, and the operator can turn a second step off for someone who lost every way in."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from conftest import PASSWORD, People, client_for
from cryptography.fernet import Fernet
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from heartwork.accounts.tests.second_step import (
    AUTHENTICATE,
    app_code,
    set_up_app,
    sign_in,
    signed_in,
)


def raw_rows() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator")
        return "\n".join(str(row[0]) for row in cursor.fetchall())


def test_the_apps_key_never_appears_in_the_database(people: People) -> None:
    set_up = set_up_app(client_for(people.alice))
    raw = raw_rows()
    assert set_up.secret not in raw
    seed = Authenticator.objects.get(user=people.alice, type="recovery_codes").data["seed"]
    assert seed.startswith("gAAAAA")  # a Fernet token, not the hex seed


def test_codes_still_work_after_the_keys_rotate(people: People, settings) -> None:
    set_up = set_up_app(client_for(people.alice))
    old_key = settings.ENCRYPTION_KEYS[0]
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old_key]
    call_command("rotate_encryption", stdout=StringIO())
    settings.ENCRYPTION_KEYS = settings.ENCRYPTION_KEYS[:1]  # the old key is gone

    client = sign_in("alice@example.com")
    client.post(AUTHENTICATE, {"code": app_code(set_up.secret)})
    assert signed_in(client)
    other = sign_in("alice@example.com")
    other.post(AUTHENTICATE, {"code": set_up.recovery_codes[0]})
    assert signed_in(other)


def test_the_operator_can_turn_the_second_step_off(
    people: People, django_capture_on_commit_callbacks
) -> None:
    set_up_app(client_for(people.alice))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remove_second_factor", "Alice@Example.com", stdout=out)
    assert "Turned off the second step for alice@example.com" in out.getvalue()
    assert not Authenticator.objects.filter(user=people.alice).exists()
    [told] = [m for m in mail.outbox if "was turned off" in m.subject]
    assert told.to == ["alice@example.com"]

    client = Client()
    client.post("/accounts/login/", {"login": "alice@example.com", "password": PASSWORD})
    assert signed_in(client)  # the password alone works again


def test_the_operator_command_names_an_unknown_email(db) -> None:
    with pytest.raises(
        CommandError, match=re.escape("No account signs in with nobody@example.com")
    ):
        call_command("remove_second_factor", "nobody@example.com")
