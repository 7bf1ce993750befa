"""Leaving a couple: each keeps what they wrote and stops seeing the other's."""

from __future__ import annotations

from conftest import People, client_for

from heartwork import access
from heartwork.journal import services as journal


def test_the_page_says_what_happens_before_anyone_confirms(people: People) -> None:
    page = client_for(people.alice).get("/couple/leave/").content.decode()
    assert "You keep everything you wrote" in page
    assert "no longer see what Bob wrote" in page
    assert "sealed stays sealed" in page
    assert access.partner_of(people.alice) == people.bob  # nothing changed yet


def test_after_leaving_each_keeps_their_own_and_loses_the_others(people: People) -> None:
    alices = journal.journal_create(author=people.alice, body="Alice's shared words", shared=True)
    bobs = journal.journal_create(author=people.bob, body="Bob's shared words", shared=True)
    client = client_for(people.alice)
    assert client.post("/couple/leave/").status_code == 302

    assert access.partner_of(people.alice) is None
    assert access.partner_of(people.bob) is None
    alice_page = client.get("/journal/").content.decode()
    assert "Alice&#x27;s shared words" in alice_page
    assert "Bob&#x27;s shared words" not in alice_page
    assert client.get(f"/journal/{bobs.public_id}/").status_code == 404
    assert client_for(people.bob).get(f"/journal/{alices.public_id}/").status_code == 404
    assert client_for(people.bob).get(f"/journal/{bobs.public_id}/").status_code == 200
