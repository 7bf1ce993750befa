"""The trust record's summary says what the list of past promises below it shows, for
each partner: a renegotiated promise is counted (for and against no one), never
"nothing marked"; a withdrawn one is not presented as marked."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import People, client_for

from heartwork.daily import services


@pytest.fixture
def marked(people: People) -> People:
    """Alice's promise kept, Bob's only promise renegotiated: each marked by the other."""
    hers = services.promise_make(user=people.alice, text="book the dentist", due=date(2030, 1, 1))
    services.promise_mark(user=people.bob, promise_id=hers.public_id, status="kept")
    his = services.promise_make(user=people.bob, text="fix the shelf", due=date(2030, 1, 2))
    services.promise_mark(
        user=people.alice, promise_id=his.public_id, status="renegotiated", note="next week"
    )
    return people


@pytest.mark.parametrize("reader", ["alice", "bob"])
def test_a_renegotiated_promise_is_in_the_summary_as_it_is_in_the_list(
    marked: People, reader: str
) -> None:
    me = getattr(marked, reader)
    page = client_for(me).get("/daily/promises/").content.decode()
    bob = "You" if reader == "bob" else marked.bob.display_name
    assert "fix the shelf" in page.split("Past promises")[1]
    assert f"{bob}: nothing marked" not in page
    assert (
        f"{bob}: 1 promise renegotiated. Changing a plan and saying so counts against no one."
        in page
    )


def test_only_a_renegotiated_promise_is_still_a_record_to_show(people: People) -> None:
    his = services.promise_make(user=people.bob, text="fix the shelf", due=date(2030, 1, 2))
    services.promise_mark(user=people.alice, promise_id=his.public_id, status="renegotiated")
    page = client_for(people.alice).get("/daily/promises/").content.decode()
    assert "Trust record, last 90 days" in page
    assert "0 of 0" not in page


def test_a_withdrawn_promise_is_not_listed_as_marked(people: People) -> None:
    mine = services.promise_make(user=people.bob, text="paint the door", due=date(2030, 1, 3))
    services.promise_withdraw(user=people.bob, promise_id=mine.public_id)
    page = client_for(people.alice).get("/daily/promises/").content.decode()
    assert "<h2>Marked</h2>" not in page
    assert "paint the door" in page.split("Past promises")[1]
