"""Names stored in plain text before encryption are encrypted by the upgrade, and back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from heartwork.accounts.models import ApiToken, User
from heartwork.accounts.tests.migrating import migrate_everything

BEFORE = ("accounts", "0003_api_token_scope_and_expiry")
NAME = "Zoë, who writes in the evenings"
TOKEN_NAME = "nightly backup of our letters"


def raw_names() -> set[str]:
    """The name columns as stored, read past the model."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM accounts_user")
        names = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT name FROM accounts_apitoken")
        return names | {row[0] for row in cursor.fetchall()}


@pytest.mark.django_db(transaction=True)
def test_existing_names_are_encrypted_by_the_upgrade_and_decrypted_by_its_reversal() -> None:
    call_command("migrate", *BEFORE, verbosity=0)
    old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    zoe = old.get_model("accounts", "User").objects.create(email="zoe@example.com", name=NAME)
    old.get_model("accounts", "User").objects.create(email="nameless@example.com", name="")
    old.get_model("accounts", "ApiToken").objects.create(
        user=zoe,
        name=TOKEN_NAME,
        prefix="0123456789ab",
        secret_hash="0" * 64,
        scope="read",
        expires_at=timezone.now() + timedelta(days=90),
    )
    assert raw_names() == {NAME, "", TOKEN_NAME}

    migrate_everything()
    stored = raw_names()
    assert all(value.startswith("gAAAA") for value in stored), stored
    assert NAME not in str(stored)
    assert User.objects.get(email="zoe@example.com").name == NAME
    assert User.objects.get(email="nameless@example.com").display_name == "nameless"
    assert ApiToken.objects.get().name == TOKEN_NAME

    call_command("migrate", *BEFORE, verbosity=0)
    assert raw_names() == {NAME, "", TOKEN_NAME}
    migrate_everything()
    assert User.objects.get(email="zoe@example.com").name == NAME
