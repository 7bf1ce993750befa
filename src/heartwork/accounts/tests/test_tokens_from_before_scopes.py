"""Tokens made before scopes and expiry keep writing, for 90 days from the upgrade."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from heartwork.accounts.models import ApiToken
from heartwork.accounts.tests.migrating import migrate_everything

BEFORE = ("accounts", "0002_user_failed_logins_and_login_failures")


@pytest.mark.django_db(transaction=True)
def test_an_existing_token_becomes_read_write_for_90_days() -> None:
    call_command("migrate", *BEFORE, verbosity=0)
    old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    user = old.get_model("accounts", "User").objects.create(email="old@example.com")
    old.get_model("accounts", "ApiToken").objects.create(
        user=user, name="old", prefix="0123456789ab", secret_hash="0" * 64
    )
    migrate_everything()
    token = ApiToken.objects.get()
    assert token.scope == ApiToken.Scope.READ_WRITE
    assert abs(token.expires_at - (timezone.now() + timedelta(days=90))) < timedelta(minutes=5)
