"""A couple's first Today in a new server process takes the kept count of harsh words.

Each server process used to read and classify up to 250 shared texts on a couple's first
Today (issue 12: under load, most Todays were such a first one). The count is now kept
per couple, encrypted, with a keyed hash of what it was counted from: a new process
(here: the memory forgotten) reads that row, and counts again only after a change.
"""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.db import connection

from heartwork.accounts import services as accounts
from heartwork.counseling import selectors
from heartwork.counseling.models import HarshCount
from heartwork.counseling.rules import HARSH_AT
from heartwork.counseling.tests.test_when_a_counselor_is_suggested import (
    CARD,
    HARSH,
    countings,
    share_journal,
)

__all__ = ["countings"]  # the fixture, used by name


def test_a_new_process_takes_the_kept_count_without_reading_the_words(
    people: People, countings: list[int]
) -> None:
    for _ in range(HARSH_AT):
        share_journal(people.alice, HARSH)
    assert CARD in client_for(people.alice).get("/").content.decode()
    assert countings == [HARSH_AT]
    selectors.forget_counts()  # as a new server process starts with nothing in memory
    assert CARD in client_for(people.bob).get("/").content.decode()
    assert countings == [HARSH_AT], "taken from the kept count, no words read"
    share_journal(people.bob, HARSH)
    selectors.forget_counts()
    assert selectors.harsh_shared_count(people.bob) == HARSH_AT + 1
    assert countings == [HARSH_AT, HARSH_AT + 1], "something changed: counted again"


def test_the_counseling_page_reads_a_kept_count_but_never_keeps_one(
    people: People, countings: list[int]
) -> None:
    for _ in range(HARSH_AT):
        share_journal(people.alice, HARSH)
    client_for(people.alice).get("/counseling/")
    client_for(people.alice).get("/api/counseling")
    assert not HarshCount.objects.exists(), "looking for help stores nothing"
    client_for(people.bob).get("/")  # Today keeps it
    selectors.forget_counts()
    countings.clear()
    assert "A counselor" in client_for(people.alice).get("/counseling/").content.decode()
    assert countings == []


def test_the_kept_count_is_not_stored_in_plain(people: People) -> None:
    for _ in range(HARSH_AT + 3):
        share_journal(people.alice, HARSH)
    assert selectors.harsh_shared_count(people.alice, keep=True) == HARSH_AT + 3
    with connection.cursor() as cursor:
        cursor.execute("SELECT stamp, count FROM counseling_harshcount")
        ((stamp, count),) = cursor.fetchall()
    assert count != str(HARSH_AT + 3) and count.startswith("gAAAA")  # Fernet, the app's key
    assert len(stamp) == 64 and int(stamp, 16) >= 0  # a keyed hash, not the stamp itself


def test_the_kept_count_goes_when_the_couple_ends(people: People) -> None:
    share_journal(people.alice, HARSH)
    selectors.harsh_shared_count(people.alice, keep=True)
    selectors.harsh_shared_count(people.frank, keep=True)
    assert HarshCount.objects.count() == 2
    accounts.couple_leave(user=people.bob)
    assert list(HarshCount.objects.values_list("couple_id", flat=True)) == [
        people.frank.memberships.get().couple_id
    ], "the other couple's stays"


@pytest.mark.parametrize("broken", ["", "not a number"])
def test_an_unreadable_kept_count_is_counted_again(
    people: People, countings: list[int], broken: str
) -> None:
    share_journal(people.alice, HARSH)
    selectors.harsh_shared_count(people.alice, keep=True)
    HarshCount.objects.update(count=broken)
    selectors.forget_counts()
    assert selectors.harsh_shared_count(people.alice) == 1
    assert countings == [1, 1]
