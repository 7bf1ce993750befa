"""A check-in the page sends back (a field too long) keeps the feeling words ticked, and a
fresh check-in form has none ticked, whoever opened the page before."""

from __future__ import annotations

import re

from conftest import People, client_for

from heartwork.daily.services import TEXT_MAX


def _ticked(page: str) -> set[str]:
    return set(re.findall(r'name="feelings" value="([^"]+)" checked', page))


def test_a_check_in_sent_back_keeps_the_words_ticked(people: People) -> None:
    alice = client_for(people.alice)
    response = alice.post(
        "/daily/checkins/",
        {"mood": 2, "feelings": ["tired", "hopeful"], "hard_thing": "x" * (TEXT_MAX + 1)},
    )
    assert response.status_code == 400
    assert _ticked(response.content.decode()) == {"tired", "hopeful"}


def test_a_fresh_check_in_form_has_nothing_ticked_after_another_was_sent_back(
    people: People,
) -> None:
    client_for(people.alice).post(
        "/daily/checkins/", {"mood": 2, "feelings": ["tired"], "hard_thing": "x" * (TEXT_MAX + 1)}
    )
    for person in (people.alice, people.bob):
        page = client_for(person).get("/daily/checkins/").content.decode()
        assert 'name="feelings" value="tired"' in page
        assert _ticked(page) == set()
