"""A held-back section and every fear or safety score never reach the partner.

Alice answers some dimensions with patterns whose scores (and answers) appear nowhere
else; Bob's report page and API answer are then searched for those numbers.
"""

from __future__ import annotations

import json
import re

from conftest import People, api_client, client_for

from heartwork.checkup.instrument import load
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

# Keyed answers and the score each gives (0-100); Bob answers 4 everywhere (score 50).
HELD_BACK = 5  # 67, in every "What I offer my partner" dimension
RESPECT = [3, 3, 3, 2, 3, 3, 3]  # 31
SAFETY = 2  # 17
SENSITIVE = ("partner_respect", "safety_to_share")


def _numbers_in(text: str, *numbers: int) -> list[int]:
    return [n for n in numbers if re.search(rf"(?<![\w.#-]){n}(?![\w.%-])", text)]


def _alice_holds_back(people: People, share: list[str]) -> None:
    keyed: dict[str, int | list[int]] = {
        d.key: HELD_BACK for d in load().section("self_offers").dimensions
    }
    keyed |= {"partner_respect": RESPECT, "safety_to_share": SAFETY}
    finish_round(people.alice, share, keyed=keyed)
    finish_round(people.bob, EVERY_PART, default=4)


def test_a_held_back_section_shows_as_not_shared_on_the_partners_page(people: People) -> None:
    _alice_holds_back(people, [p for p in EVERY_PART if p != "self_offers"])
    html = client_for(people.bob).get("/checkup/report/1/").content.decode()
    assert _numbers_in(html, 67) == []
    assert "(6 of 7)" not in html and "(5 of 7)" not in html  # none of Alice's answers
    assert html.count("not shared") >= len(load().section("self_offers").dimensions)


def test_a_held_back_section_is_not_shared_in_the_partners_api_answer(people: People) -> None:
    _alice_holds_back(people, [p for p in EVERY_PART if p != "self_offers"])
    answer = api_client(people.bob).get("/api/checkup/reports/1").json()
    held_back = {d.key for d in load().section("self_offers").dimensions}
    for score in answer["scores"]:
        if score["partner_dimension"] in held_back:
            assert score["partner"] is None
            assert score["partner_status"] == "not shared"
    assert _numbers_in(json.dumps(answer), 67) == []


def test_fear_and_safety_scores_never_reach_the_partners_page_even_when_shared(
    people: People,
) -> None:
    _alice_holds_back(people, EVERY_PART)
    html = client_for(people.bob).get("/checkup/report/1/").content.decode()
    assert _numbers_in(html, 31, 17) == []
    assert "(2 of 7)" not in html and "(3 of 7)" not in html
    assert "scored very low" not in html  # no counselor card built on Alice's fear
    assert "Respect.</strong>" not in html  # no "gap" about respect to raise with her
    assert "Safety to share.</strong>" not in html


def test_fear_and_safety_scores_never_reach_the_partners_api_answer(people: People) -> None:
    _alice_holds_back(people, EVERY_PART)
    answer = api_client(people.bob).get("/api/checkup/reports/1").json()
    by_theirs = {s["partner_dimension"]: s for s in answer["scores"]}
    for key in SENSITIVE:
        assert by_theirs[key]["partner"] is None
        assert by_theirs[key]["partner_status"] == "not shared"
    assert by_theirs["self_respect"]["partner"] is not None  # Bob still sees the rest
    assert _numbers_in(json.dumps(answer), 31, 17) == []
    assert answer["counselor"] == []
    assert not any("respect" in gap.lower() for gap in answer["perception_gaps"])
    assert not set(SENSITIVE) & set(answer["growth_areas"])
