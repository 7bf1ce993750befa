"""Today's small numbers (check-ins today, new appreciations, "your turn") count only
what the reader may see: their own, and what their partner shared with them.

The query behind them is built once per process with the reader, the couple and the day
as values (``core/prepared.py``): another couple's things, and the partner's private
ones, must stay out of every reader's numbers, whoever asked first.
"""

from __future__ import annotations

from conftest import People, client_for

from heartwork.daily import services as daily


def test_another_couples_things_and_private_ones_are_not_counted(people: People) -> None:
    alice, eve = client_for(people.alice), client_for(people.eve)
    alice.get("/")  # today's question is chosen for each couple
    eve.get("/")
    daily.checkin_create(user=people.frank, mood=2, feelings=["calm"], shared=True)
    daily.checkin_create(user=people.bob, mood=3, feelings=["calm"])  # kept to himself
    daily.appreciation_send(user=people.frank, kind="thanks", body="for the tea")
    franks_question = daily.todays_question(people.frank)
    assert franks_question is not None
    daily.daily_answer(user=people.frank, daily_question_id=franks_question.pk, body="hills")
    page = alice.get("/").content.decode()
    assert "today)" not in page and " new</span>" not in page
    assert "your turn" not in page
    page = eve.get("/").content.decode()
    assert "(1 today)" in page and "1 new" in page and "Frank answered: your turn." in page


def test_the_partners_shared_things_are_counted_for_the_reader_alone(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    daily.checkin_create(user=people.alice, mood=4, feelings=["calm"], shared=True)
    daily.checkin_create(user=people.bob, mood=3, feelings=["calm"], shared=True)
    daily.appreciation_send(user=people.bob, kind="thanks", body="for the soup")
    assert "(2 today)" in alice.get("/").content.decode()
    page = bob.get("/").content.decode()
    assert "(2 today)" in page and " new</span>" not in page  # his own is not news to him
    assert "1 new" in alice.get("/").content.decode()
