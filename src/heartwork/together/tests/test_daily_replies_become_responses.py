"""The upgrade moves every old reply to a daily answer into the answer's thread, losing
nothing: the same public id, author, couple, time and the very ciphertext of its words.

A database from before is rebuilt with the historical models: Bob replied to Alice's
answer, Alice to Bob's, and Bob once to an answer of Alice's that she later deleted.
After the upgrade each reply shows where replies to an answer show now (Alice's page,
both exports); backwards, each goes back to being the old kind of reply. CI runs this on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from conftest import client_for, make_user
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from heartwork.accounts.models import Couple, Membership

BEFORE = [
    ("together", "0001_responses_and_visits"),
    ("daily", "0011_newest_checkins_plans_and_open_promises"),
]
MOVED = [("together", "0002_daily_replies_become_responses")]
AFTER_BOTH = [*MOVED, ("daily", "0012_daily_reply_folded_into_responses")]
LONG_AGO = timezone.now() - timedelta(days=40)


def stored_text(table: str) -> dict[str, str]:
    """Each row's words as the database holds them (ciphertext), by public id."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT public_id, body FROM {table}")  # noqa: S608 - our own table
        return {str(public_id).replace("-", ""): body for public_id, body in cursor.fetchall()}


def write_replies(old: Any) -> dict[str, Any]:
    """Two partners who answered today's question and replied the old way. The people and
    their couple are today's models (their tables did not change); the rest is history."""
    alice, bob = make_user("alice@example.com", "Alice"), make_user("bob@example.com", "Bob")
    couple = Couple.objects.create()
    for person in (alice, bob):
        Membership.objects.create(couple=couple, user=person)
    model = old.get_model
    pack = model("daily", "QuestionPack").objects.create(key="p", title="P", description="P")
    asked = model("daily", "Question").objects.create(pack=pack, key="q", text="Q?", depth=1)
    day = model("daily", "DailyQuestion").objects.create(
        couple_id=couple.pk, date=timezone.localdate(), question=asked
    )
    seal = {"couple_id": couple.pk, "visibility": "sealed", "seal_key": f"daily:{day.pk}"}
    answer = model("daily", "DailyAnswer")
    alices = answer.objects.create(daily_question=day, author_id=alice.pk, body="The sea.", **seal)
    bobs = answer.objects.create(daily_question=day, author_id=bob.pk, body="The hills.", **seal)
    yesterday = model("daily", "DailyQuestion").objects.create(
        couple_id=couple.pk, date=day.date - timedelta(days=1), question=asked
    )
    gone = answer.objects.create(daily_question=yesterday, author_id=alice.pk, body="Gone.", **seal)
    reply = model("daily", "DailyReply")
    shared = {"couple_id": couple.pk, "visibility": "shared", "created_at": LONG_AGO}
    replies = {
        "bobs": reply.objects.create(
            answer=alices, author_id=bob.pk, body="I loved that day.", **shared
        ),
        "alices": reply.objects.create(answer=bobs, author_id=alice.pk, body="Let's go.", **shared),
        "orphan": reply.objects.create(answer=gone, author_id=bob.pk, body="Still mine.", **shared),
    }
    gone.delete()  # the reply outlives it, its answer set to null
    return {"alice": alice, "bob": bob, "alices": alices, "bobs": bobs, "replies": replies}


@pytest.fixture
def upgraded_from_before(transactional_db: None) -> Any:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    written = write_replies(old)
    written["ciphertext"] = stored_text(old.get_model("daily", "DailyReply")._meta.db_table)
    try:
        call_command("migrate", verbosity=0)
        yield written
    finally:
        call_command("migrate", verbosity=0)


def test_every_old_reply_keeps_its_id_author_time_and_ciphertext(upgraded_from_before: Any) -> None:
    from heartwork.together.models import Response

    written = upgraded_from_before
    moved = {str(r.public_id): r for r in Response.objects.all()}
    replies = written["replies"]
    assert set(moved) == {str(r.public_id) for r in replies.values()}
    for name, old in replies.items():
        new = moved[str(old.public_id)]
        assert (new.author_id, new.couple_id, new.visibility) == (
            old.author_id,
            old.couple_id,
            "shared",
        )
        assert new.created_at == old.created_at
        assert (new.item_kind, new.reaction, new.body) == ("answer", "", old.body), name
    assert stored_text(Response._meta.db_table) == written["ciphertext"]
    bobs_reply = moved[str(replies["bobs"].public_id)]
    assert (bobs_reply.item_id, bobs_reply.item_author_id) == (
        written["alices"].public_id,
        written["alice"].pk,
    )


def test_alice_reads_bobs_old_reply_under_her_answer_and_bob_keeps_his_orphan(
    upgraded_from_before: Any,
) -> None:
    alice, bob = upgraded_from_before["alice"], upgraded_from_before["bob"]
    page = client_for(alice).get("/daily/").content.decode()
    assert "I loved that day." in page and "Let&#x27;s go." in page
    assert "Still mine." not in page  # its answer is gone: nowhere to show it
    export = client_for(bob).get("/settings/export.json").json()
    assert sorted((r["body"], r["answer_id"]) for r in export["daily_replies"]) == [
        ("I loved that day.", str(upgraded_from_before["alices"].public_id)),
        ("Let's go.", str(upgraded_from_before["bobs"].public_id)),
        ("Still mine.", None),
    ]


def test_backwards_each_reply_is_the_old_kind_again(upgraded_from_before: Any) -> None:
    written = upgraded_from_before
    MigrationExecutor(connection).migrate(BEFORE)
    old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    back = {str(r.public_id): r for r in old.get_model("daily", "DailyReply").objects.all()}
    replies = written["replies"]
    assert set(back) == {str(r.public_id) for r in replies.values()}
    assert back[str(replies["bobs"].public_id)].answer_id == written["alices"].pk
    assert back[str(replies["alices"].public_id)].answer_id == written["bobs"].pk
    assert back[str(replies["orphan"].public_id)].answer_id is None
    assert {str(r.public_id): r.body for r in back.values()} == {
        str(r.public_id): r.body for r in replies.values()
    }
    assert stored_text(old.get_model("daily", "DailyReply")._meta.db_table) == written["ciphertext"]
    assert not old.get_model("together", "Response").objects.exists()
