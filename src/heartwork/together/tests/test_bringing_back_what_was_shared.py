"""Two people who left each other link again: each may bring back what they themselves
had shared before. Nothing comes back without its author's choice, the other's things
stay away until the other chooses, and someone new never sees what was shared before."""

from __future__ import annotations

from typing import Any

from conftest import People, api_client, client_for, link, make_user

from heartwork import access
from heartwork.accounts import services as accounts
from heartwork.daily import services as daily
from heartwork.daily.models import Appreciation
from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry


def _sees_entry(who, entry: JournalEntry) -> bool:
    return client_for(who).get(f"/journal/{entry.public_id}/").status_code == 200


def _history(people: People) -> dict[str, Any]:
    """Alice and Bob shared things, kept one private, and parted."""
    things = {
        "alices": journal.journal_create(author=people.alice, body="The lake", shared=True),
        "alices_private": journal.journal_create(author=people.alice, body="Only mine"),
        "alices_thanks": daily.appreciation_send(user=people.alice, kind="thanks", body="Tea"),
        "bobs": journal.journal_create(author=people.bob, body="The hill", shared=True),
    }
    accounts.couple_leave(user=people.bob)
    return things


def _rejoin_on_the_web(people: People) -> Any:
    """Bob invites; Alice types the code, as a person would."""
    invitation = accounts.invitation_create(inviter=people.bob)
    return client_for(people.alice).post("/couple/join/", {"code": invitation.code})


def test_after_linking_again_a_calm_page_offers_only_ones_own_things(people: People) -> None:
    things = _history(people)
    joined = _rejoin_on_the_web(people)
    assert joined.status_code == 302 and joined["Location"] == "/together/before/"
    page = client_for(people.alice).get("/together/before/").content.decode()
    assert "1 journal entry, 1 appreciation" in page
    assert "Bring back what I shared" in page
    # Nothing has come back on its own: each sees only their own.
    assert not _sees_entry(people.bob, things["alices"])
    assert not _sees_entry(people.alice, things["bobs"])


def test_bringing_back_shows_the_partner_ones_own_things_and_nothing_else(
    people: People,
) -> None:
    things = _history(people)
    _rejoin_on_the_web(people)
    brought = client_for(people.alice).post("/together/before/", follow=True)
    assert "Brought back 2 things you shared before" in brought.content.decode()
    assert _sees_entry(people.bob, things["alices"])
    assert [a.body for a in access.readable(people.bob, Appreciation)] == ["Tea"]
    assert not _sees_entry(people.bob, things["alices_private"])  # private stays private
    assert not _sees_entry(people.alice, things["bobs"])  # Bob's stays away: his choice
    again = client_for(people.alice).post("/together/before/", follow=True)
    assert "nothing of yours from before" in again.content.decode()


def test_the_other_chooses_for_their_own_through_the_api(people: People) -> None:
    things = _history(people)
    link(people.bob, people.alice)
    bob = api_client(people.bob)
    assert bob.get("/api/together/before").json() == {"mine": ["1 journal entry"]}
    brought = bob.post("/api/together/before/bring-back")
    assert brought.status_code == 200 and brought.json() == {"brought_back": 1}
    assert _sees_entry(people.alice, things["bobs"])
    assert not _sees_entry(people.bob, things["alices"])  # Alice has not chosen
    assert bob.get("/api/together/before").json() == {"mine": []}
    assert bob.post("/api/together/before/bring-back").status_code == 400


def test_the_one_who_invited_is_told_on_today(people: People) -> None:
    _history(people)
    _rejoin_on_the_web(people)
    today = client_for(people.bob).get("/").content.decode()
    assert "You and Alice linked again: choose whether to bring back what you shared before" in (
        today
    )
    us = client_for(people.bob).get("/couple/").content.decode()
    assert "From before" in us and "/together/before/" in us


def test_a_new_partner_never_sees_what_was_shared_before(people: People) -> None:
    things = _history(people)
    dan = make_user("dan@example.com", "Dan")
    link(people.alice, dan)
    alice = api_client(people.alice)
    assert alice.get("/api/together/before").json() == {"mine": []}  # Dan is someone new
    assert alice.post("/api/together/before/bring-back").status_code == 400
    assert not _sees_entry(dan, things["alices"])
    assert "From before" not in client_for(people.alice).get("/couple/").content.decode()
    # Even brought back with Bob, and then parted again, it is never Dan's to see.
    accounts.couple_leave(user=dan)
    link(people.bob, people.alice)
    client_for(people.alice).post("/together/before/")
    assert _sees_entry(people.bob, things["alices"])
    accounts.couple_leave(user=people.alice)
    link(people.alice, dan)
    assert not _sees_entry(dan, things["alices"])
    assert not access.readable(dan, JournalEntry).exclude(author=dan).exists()
    assert not access.readable(dan, Appreciation).exclude(author=dan).exists()
