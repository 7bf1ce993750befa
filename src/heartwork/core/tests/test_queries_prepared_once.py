"""A query prepared once per process answers each reader as the access layer would.

``core/prepared.py`` builds a query once, with markers where the reader, the couple and
a time go, and runs its SQL with each request's values. These check that it reads the
same rows as the queryset built afresh for that reader, on either database: each
partner sees their own half of the other's things, the outsider couple's nothing, a
sealed answer only once its seal is written, and a time or a day moves the answer.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from conftest import People
from django.db.models import QuerySet
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import Couple, User
from heartwork.core.prepared import Prepared, PreparedError, Slots
from heartwork.daily import services as daily
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer
from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry


def _partners_things(slots: Slots, model: type[Any]) -> QuerySet[Any]:
    reader, couple = User(pk=slots.reader), Couple(pk=slots.couple)
    return (
        access.from_partner_in(reader, couple, model)
        .filter(created_at__gt=slots.since)
        .order_by("created_at")
        .values_list("public_id", "created_at")
    )


PARTNERS_THINGS = Prepared(_partners_things, reader=int, couple=int, since=datetime)


def _fresh(user: User, model: type[Any], since: datetime) -> list[tuple[Any, ...]]:
    return list(
        access.from_partner(user, model)
        .filter(created_at__gt=since)
        .order_by("created_at")
        .values_list("public_id", "created_at")
    )


def _prepared(user: User, model: type[Any], since: datetime) -> list[tuple[Any, ...]]:
    reader, couple = access.reader_and_couple(user) or (0, 0)
    return PARTNERS_THINGS.rows((model,), reader=reader, couple=couple, since=since)


def test_each_reader_gets_what_the_access_layer_gives_them(people: People) -> None:
    long_ago = timezone.now() - timedelta(days=1)
    journal.journal_create(author=people.bob, title="Mine", body="not for anyone")
    shared = journal.journal_create(author=people.bob, body="a good week", shared=True)
    journal.journal_create(author=people.alice, body="for Bob", shared=True)
    journal.journal_create(author=people.frank, body="for Eve", shared=True)
    daily.appreciation_send(user=people.bob, kind="thanks", body="for the soup")
    daily.checkin_create(user=people.eve, mood=3, feelings=["calm"], shared=True)
    for reader in (people.alice, people.bob, people.eve, people.frank):
        for model in (JournalEntry, Appreciation, CheckIn):
            assert _prepared(reader, model, long_ago) == _fresh(reader, model, long_ago)
    alices = _prepared(people.alice, JournalEntry, long_ago)
    assert [public_id for public_id, _ in alices] == [shared.public_id]
    assert _prepared(people.alice, JournalEntry, timezone.now()) == []
    assert _prepared(people.eve, JournalEntry, long_ago) != alices


def test_a_sealed_answer_opens_only_once_the_reader_has_answered_too(people: People) -> None:
    long_ago = timezone.now() - timedelta(days=1)
    question = daily.todays_question(people.alice)
    assert question is not None
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body="the sea")
    assert _prepared(people.alice, DailyAnswer, long_ago) == []
    daily.daily_answer(user=people.alice, daily_question_id=question.pk, body="the hills")
    opened = _prepared(people.alice, DailyAnswer, long_ago)
    assert len(opened) == 1 and opened == _fresh(people.alice, DailyAnswer, long_ago)
    assert _prepared(people.eve, DailyAnswer, long_ago) == []


def _checkins_on(slots: Slots) -> QuerySet[Any]:
    return CheckIn.objects.filter(author_id=slots.reader, date=slots.day).values_list("mood")


def test_a_day_is_a_value_too(people: People) -> None:
    daily.checkin_create(user=people.alice, mood=4, feelings=["calm"])
    on = Prepared(_checkins_on, reader=int, day=date)
    today = timezone.localdate()
    assert on.rows(reader=people.alice.pk, day=today) == [(4,)]
    assert on.rows(reader=people.alice.pk, day=today - timedelta(days=1)) == []
    assert on.rows(reader=people.bob.pk, day=today) == []


def _folds_its_marker(slots: Slots) -> QuerySet[Any]:
    # Slicing by a value puts it into the SQL text: no parameter to put a value in.
    return CheckIn.objects.values_list("mood")[: slots.count]


def test_a_value_django_writes_into_the_sql_is_refused(people: People) -> None:
    with pytest.raises(PreparedError, match="count"):
        Prepared(_folds_its_marker, count=int).rows(count=3)


def test_every_value_must_be_given(people: People) -> None:
    with pytest.raises(TypeError, match="since"):
        PARTNERS_THINGS.rows((JournalEntry,), reader=people.alice.pk, couple=1)


def _entry_named(slots: Slots) -> QuerySet[Any]:
    reader, couple = User(pk=slots.reader), Couple(pk=slots.couple)
    return (
        access.readable_in(reader, couple, JournalEntry)
        .filter(public_id__in=[slots.one, slots.other])
        .select_related("author")
        .defer("body")
    )


def test_instances_come_with_what_was_joined_and_only_what_was_asked(
    people: People, django_assert_num_queries: Any
) -> None:
    shared = journal.journal_create(author=people.bob, title="Us", body="words", shared=True)
    private = journal.journal_create(author=people.bob, title="Me", body="mine")
    named = Prepared(_entry_named, reader=int, couple=int, one=uuid.UUID, other=uuid.UUID)
    reader, couple = access.reader_and_couple(people.alice) or (0, 0)
    with django_assert_num_queries(1):
        found = named.objects(
            reader=reader, couple=couple, one=shared.public_id, other=private.public_id
        )
        assert [(e.title, e.author.display_name) for e in found] == [("Us", "Bob")]
    assert "body" in found[0].get_deferred_fields()
    assert (
        named.objects(reader=reader, couple=couple, one=private.public_id, other=private.public_id)
        == []
    )
