"""The upgrade gives every row that already exists its own random public id (issue 9, finding 4).

A database from before public ids is rebuilt with the historical models, holding a couple's
history of every kind that now has a public id; the upgrade must fill each row, in
batches, with a distinct UUIDv4, and leave the column required and unique. CI runs this on
SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from heartwork.core import public_ids

APPS = ("accounts", "journal", "daily", "checkup")
LABELS = (
    "accounts.User",
    "accounts.Invitation",
    "accounts.ApiToken",
    "journal.JournalEntry",
    "daily.DailyAnswer",
    "daily.DailyReply",
    "daily.CheckIn",
    "daily.Appreciation",
    "daily.Plan",
    "daily.Promise",
    "checkup.CheckupResponse",
)
ROWS = 7  # more than one batch of the 3 set below, and not a multiple of it
# Rows a later migration moved to another table, keeping their public ids: old replies to
# daily answers are replies in the answer's thread since together 0002.
MOVED = {"daily.DailyReply": "together.Response"}


def public_id_migrations() -> list[tuple[str, str]]:
    """Each app's migration that adds public ids, found by name so renumbering keeps it."""
    graph = MigrationExecutor(connection).loader.graph
    found = [key for key in graph.nodes if key[0] in APPS and key[1].endswith("_public_ids")]
    assert sorted(app for app, _ in found) == sorted(APPS), found
    return found


def just_before(migrations: list[tuple[str, str]]) -> list[tuple[str, str]]:
    graph = MigrationExecutor(connection).loader.graph
    return [next(iter(graph.node_map[key].parents)).key for key in migrations]


def write_history(old: Any) -> None:
    """Seven of everything, written by two partners before public ids existed."""
    model = old.get_model
    now, later = timezone.now(), timezone.now() + timedelta(days=90)
    people = [
        model("accounts", "User").objects.create(email=f"p{i}@example.com", name=f"P{i}")
        for i in range(ROWS)
    ]
    alex, sam = people[0], people[1]
    couple = model("accounts", "Couple").objects.create()
    for person in (alex, sam):
        model("accounts", "Membership").objects.create(couple=couple, user=person)
    pack = model("daily", "QuestionPack").objects.create(key="p", title="P", description="P")
    shared = {"couple": couple, "visibility": "shared"}
    for i in range(ROWS):
        model("accounts", "Invitation").objects.create(
            inviter=people[i],
            token_hash=f"t{i}",
            code_hash=f"c{i}",
            token="t",
            code="c",
            expires_at=later,
        )
        model("accounts", "ApiToken").objects.create(
            user=alex,
            name=f"script {i}",
            prefix=f"prefix{i}",
            secret_hash="0" * 64,
            scope="read",
            expires_at=later,
        )
        model("journal", "JournalEntry").objects.create(author=alex, body=f"entry {i}")
        # A deleted entry leaves a gap in the keys, as a real history has.
        model("journal", "JournalEntry").objects.create(author=alex, body="gone").delete()
        question = model("daily", "Question").objects.create(
            pack=pack, key=f"q{i}", text=f"Question {i}?", depth=1
        )
        day = model("daily", "DailyQuestion").objects.create(
            couple=couple, date=date(2025, 1, 1) + timedelta(days=i), question=question
        )
        alexs = model("daily", "DailyAnswer").objects.create(
            daily_question=day, author=alex, body="a", couple=couple, visibility="sealed"
        )
        model("daily", "DailyReply").objects.create(answer=alexs, author=sam, body="r", **shared)
        model("daily", "CheckIn").objects.create(author=alex, date=day.date, mood=3)
        model("daily", "Appreciation").objects.create(author=sam, body="thank you", **shared)
        model("daily", "Plan").objects.create(author=alex, title="walk", planned_for=day.date)
        model("daily", "Promise").objects.create(author=sam, text="call", due=day.date, **shared)
        model("checkup", "CheckupResponse").objects.create(
            author=alex, round_number=i + 1, created_at=now, instrument_version=1
        )


@pytest.mark.django_db(transaction=True)
def test_every_existing_row_gets_its_own_random_public_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(public_ids, "FILL_BATCH", 3)
    added = public_id_migrations()
    before = just_before(added)
    try:
        MigrationExecutor(connection).migrate(before)
        write_history(MigrationExecutor(connection).loader.project_state(before).apps)

        call_command("migrate", verbosity=0)

        new = MigrationExecutor(connection).loader.project_state(added).apps
        for label in LABELS:
            model = django_apps.get_model(MOVED[label]) if label in MOVED else new.get_model(label)
            ids = list(model._base_manager.values_list("public_id", flat=True))
            assert len(ids) == ROWS, label
            assert all(isinstance(value, uuid.UUID) for value in ids), (label, ids)
            assert len(set(ids)) == ROWS, f"{label}: two rows share a public id"
            assert {value.version for value in ids} == {4}, label
    finally:
        call_command("migrate", verbosity=0)


@pytest.mark.django_db
def test_after_the_upgrade_a_public_id_is_required_and_unique() -> None:
    from conftest import make_user

    from heartwork.journal.models import JournalEntry

    author = make_user("u@example.com", "U")
    entry = JournalEntry.objects.create(author=author, body="one")
    assert entry.public_id.version == 4
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalEntry.objects.create(author=author, body="two", public_id=entry.public_id)
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalEntry.objects.filter(pk=entry.pk).update(public_id=None)
