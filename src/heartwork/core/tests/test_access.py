"""The access layer: own items always, partner's shared items, sealed until both answered."""

from __future__ import annotations

import pytest
from conftest import People
from django.http import Http404

from heartwork import access
from heartwork.accounts import services as account_services
from heartwork.core.models import Visibility
from heartwork.journal.models import JournalEntry


def entry(author, visibility=Visibility.PRIVATE, seal_key="", body="words"):
    return JournalEntry.objects.create(
        author=author,
        couple=access.current_couple(author),
        visibility=visibility,
        seal_key=seal_key,
        body=body,
    )


def test_a_person_reads_all_of_their_own_items(people: People) -> None:
    private, shared = entry(people.alice), entry(people.alice, Visibility.SHARED)
    assert set(access.readable(people.alice, JournalEntry)) == {private, shared}


def test_the_partner_reads_shared_items_but_never_private_ones(people: People) -> None:
    private, shared = entry(people.alice), entry(people.alice, Visibility.SHARED)
    readable = set(access.readable(people.bob, JournalEntry))
    assert shared in readable
    assert private not in readable
    with pytest.raises(Http404):
        access.get_readable(people.bob, JournalEntry, private.public_id)


def test_an_outsider_reads_nothing_of_the_couple(people: People) -> None:
    entry(people.alice), entry(people.alice, Visibility.SHARED)
    assert list(access.readable(people.eve, JournalEntry)) == []


def test_sealed_items_open_only_when_both_have_answered(people: People) -> None:
    alices = entry(people.alice, Visibility.SEALED, seal_key="question:1")
    assert alices not in access.readable(people.bob, JournalEntry)

    bobs_other = entry(people.bob, Visibility.SEALED, seal_key="question:2")
    assert alices not in access.readable(people.bob, JournalEntry), "another question opens nothing"
    assert bobs_other not in access.readable(people.alice, JournalEntry)

    bobs = entry(people.bob, Visibility.SEALED, seal_key="question:1")
    assert alices in access.readable(people.bob, JournalEntry)
    assert bobs in access.readable(people.alice, JournalEntry)


def test_a_private_answer_does_not_unseal_the_partners(people: People) -> None:
    alices = entry(people.alice, Visibility.SEALED, seal_key="question:1")
    entry(people.bob, Visibility.PRIVATE, seal_key="question:1")
    assert alices not in access.readable(people.bob, JournalEntry)


def test_after_leaving_nothing_of_the_other_is_visible_and_sealed_stays_sealed(
    people: People,
) -> None:
    shared = entry(people.alice, Visibility.SHARED)
    sealed = entry(people.alice, Visibility.SEALED, seal_key="question:1")
    bobs_own = entry(people.bob)
    account_services.couple_leave(user=people.bob)

    assert list(access.readable(people.bob, JournalEntry)) == [bobs_own]
    assert set(access.readable(people.alice, JournalEntry)) == {shared, sealed}
    # Bob answering now, outside the couple, must not open Alice's sealed answer.
    JournalEntry.objects.create(
        author=people.bob, visibility=Visibility.SEALED, seal_key="question:1", body="late"
    )
    assert sealed not in access.readable(people.bob, JournalEntry)


def test_a_new_partner_never_sees_what_was_shared_in_an_earlier_couple(people: People) -> None:
    shared = entry(people.alice, Visibility.SHARED)
    account_services.couple_leave(user=people.alice)
    account_services.couple_leave(user=people.eve)
    invitation = account_services.invitation_create(inviter=people.alice)
    account_services.invitation_accept(user=people.eve, code=invitation.code)
    assert shared not in access.readable(people.eve, JournalEntry)


def test_only_the_author_may_change_an_item(people: People) -> None:
    shared = entry(people.alice, Visibility.SHARED)
    assert access.get_owned(people.alice, JournalEntry, shared.public_id) == shared
    with pytest.raises(Http404):
        access.get_owned(people.bob, JournalEntry, shared.public_id)


@pytest.mark.parametrize("as_sent", [int, str])
def test_a_primary_key_finds_nothing_even_for_the_owner(people: People, as_sent) -> None:
    mine = entry(people.alice)
    assert access.get_readable(people.alice, JournalEntry, mine.public_id) == mine
    with pytest.raises(Http404):
        access.get_readable(people.alice, JournalEntry, as_sent(mine.pk))


@pytest.mark.parametrize(
    "bad_id", ["abc", None, -1, 10**12, "", "00000000-0000-0000-0000-00000000000g", 1.5]
)
def test_nonsense_ids_are_simply_not_found(people: People, bad_id: object) -> None:
    with pytest.raises(Http404):
        access.get_readable(people.alice, JournalEntry, bad_id)


def test_partner_lookup(people: People) -> None:
    assert access.partner_of(people.alice) == people.bob
    assert access.partner_of(people.eve) == people.frank
    account_services.couple_leave(user=people.alice)
    assert access.partner_of(people.alice) is None
    assert access.partner_of(people.bob) is None


def test_what_is_open_to_both_is_only_what_each_partner_may_read(people: People) -> None:
    shared, private = entry(people.alice, Visibility.SHARED), entry(people.alice)
    alices_sealed = entry(people.alice, Visibility.SEALED, seal_key="question:1")
    bobs_unanswered = entry(people.bob, Visibility.SEALED, seal_key="question:2")
    bobs_shared = entry(people.bob, Visibility.SHARED)
    entry(people.eve, Visibility.SHARED)
    for person in (people.alice, people.bob):
        both = set(access.open_to_both(person, JournalEntry))
        assert both == {shared, bobs_shared}, "nothing private, sealed or from another couple"
        assert both <= set(access.readable(person, JournalEntry))
    bobs_answer = entry(people.bob, Visibility.SEALED, seal_key="question:1")
    for person in (people.alice, people.bob):
        both = set(access.open_to_both(person, JournalEntry))
        assert both == {shared, bobs_shared, alices_sealed, bobs_answer}
    assert private not in both and bobs_unanswered not in both
    assert set(access.open_to_both(people.eve, JournalEntry)) <= set(
        access.readable(people.eve, JournalEntry)
    )


def test_from_the_partner_is_what_they_opened_to_me_and_nothing_of_mine(people: People) -> None:
    mine = entry(people.alice, Visibility.SHARED)
    theirs, their_private = entry(people.bob, Visibility.SHARED), entry(people.bob)
    their_sealed = entry(people.bob, Visibility.SEALED, seal_key="question:1")
    entry(people.eve, Visibility.SHARED)
    assert set(access.from_partner(people.alice, JournalEntry)) == {theirs}
    entry(people.alice, Visibility.SEALED, seal_key="question:1")
    assert set(access.from_partner(people.alice, JournalEntry)) == {theirs, their_sealed}
    assert set(access.from_partner(people.bob, JournalEntry)) >= {mine}
    assert their_private not in access.from_partner(people.alice, JournalEntry)
    assert list(access.from_partner(people.eve, JournalEntry)) == []
