"""``module_db`` (conftest.py): what a module builds once stays for each of its tests, and
what a test writes is gone before the next one. The authorization walk leans on this: a
write an intruder managed in one case must not hide in, or leak into, the next."""

from __future__ import annotations

import pytest
from conftest import People

from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry


@pytest.fixture(scope="module")
def kept(module_people: People) -> JournalEntry:
    return journal.journal_create(author=module_people.alice, body="built once")


def test_a_test_sees_the_module_rows_and_writes_its_own(kept: JournalEntry, db: None) -> None:
    assert list(JournalEntry.objects.values_list("pk", flat=True)) == [kept.pk]
    journal.journal_create(author=kept.author, body="this test's own")
    assert JournalEntry.objects.count() == 2


def test_the_next_test_sees_the_module_rows_only(kept: JournalEntry, db: None) -> None:
    assert list(JournalEntry.objects.values_list("pk", flat=True)) == [kept.pk]
