"""A couple who live apart are asked the apart version of a question that assumes a
shared room (issue #14), from the day after they say so, on every page and the API."""

from __future__ import annotations

import json

import pytest
from conftest import People, api_client, client_for

from heartwork.core.errors import DomainError
from heartwork.daily.models import Question
from heartwork.daily.questions import parse_pack, save_pack

SAME_ROOM = "Which meal would you like us to share at the same table?"
APART = "Which meal would you like us to cook together on a call?"
PACK = {
    "key": "one-room",
    "title": "One room",
    "description": "A single question, for this test.",
    "questions": [{"key": "one-room-001", "text": SAME_ROOM, "depth": 1, "apart": APART}],
}


def _only_this_pack(people: People, *, apart: bool) -> None:
    save_pack(parse_pack(json.dumps(PACK)), builtin=False)
    data = {"timezone": "UTC", "packs": ["one-room"], "max_depth": "1", "save_questions": "1"}
    if apart:
        data["apart"] = "on"
    response = client_for(people.alice).post("/daily/settings/", data)
    assert response.status_code == 302


def test_a_couple_apart_is_asked_the_apart_version(people: People) -> None:
    _only_this_pack(people, apart=True)
    for person in (people.alice, people.bob):
        page = client_for(person).get("/daily/").content.decode()
        assert APART in page and SAME_ROOM not in page
    assert api_client(people.bob).get("/api/daily/today").json()["question"] == APART
    home = client_for(people.alice).get("/").content.decode()
    assert APART in home


def test_a_couple_together_is_asked_the_question_as_written(people: People) -> None:
    _only_this_pack(people, apart=False)
    page = client_for(people.alice).get("/daily/").content.decode()
    assert SAME_ROOM in page and APART not in page


def test_the_settings_page_offers_the_choice(people: People) -> None:
    page = client_for(people.alice).get("/daily/settings/").content.decode()
    assert "We&#x27;re apart for now, or live at a distance" in page


def test_the_built_in_questions_carry_their_apart_versions(db: None) -> None:
    assert Question.objects.exclude(apart_text="").count() >= 8


def test_a_pack_with_a_bad_apart_version_is_refused_by_name() -> None:
    bad = {**PACK, "questions": [{**PACK["questions"][0], "apart": 7}]}  # type: ignore[dict-item]
    with pytest.raises(DomainError, match='question 1: "apart" must be between 3 and 300'):
        parse_pack(json.dumps(bad))
