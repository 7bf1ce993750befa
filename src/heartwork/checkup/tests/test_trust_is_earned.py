"""Trust is measured as what the partner's behaviour has earned, not as one's own failing;
practices (and nudges to talk things over) that ask for more openness wait until sharing
feels safe.
"""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.instrument import load
from heartwork.checkup.report import couple_report
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

SHARE_A_WORRY = "Share one small worry"
HOLDS_BACK_NOTE = "left out for now, because sharing doesn't feel safe for you"
CLOSED_UP = {"willing_to_be_vulnerable": 2}


def test_trust_is_asked_about_the_partners_behaviour_one_idea_at_a_time() -> None:
    instrument = load()
    trust = instrument.dimension("trust_earned")
    assert trust.section == "partner_offers"  # what my partner offers me, not my shortfall
    assert all(item.text.startswith("My partner ") for item in trust.items)
    assert not any(" and " in item.text for item in trust.items)
    assert any(item.reverse for item in trust.items)
    assert instrument.find("ability_to_trust") is None


def test_a_wary_answer_about_trust_is_not_a_place_to_grow_in_oneself(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed={"trust_earned": 2})
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Trustworthiness" in html
    assert "help your trust catch up" not in html
    assert "Ability to trust" not in html


def test_openness_practices_are_not_suggested_while_sharing_feels_unsafe(people: People) -> None:
    unsafe: dict[str, int | list[int]] = {**CLOSED_UP, "safety_to_share": [3, 3, 2, 3]}
    finish_round(people.alice, EVERY_PART, keyed=unsafe)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Openness" in html  # still a place to grow, with what is safe to try alone
    assert SHARE_A_WORRY not in html
    assert "Write it first" in html
    assert HOLDS_BACK_NOTE in html


def test_openness_practices_are_suggested_when_sharing_feels_safe(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed={**CLOSED_UP, "safety_to_share": 6})
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert SHARE_A_WORRY in html
    assert HOLDS_BACK_NOTE not in html


def test_every_practice_in_the_conflict_room_counts_as_opening_up() -> None:
    for d in load().dimensions:
        for practice in d.practices:
            if practice.place == "conflict_room":
                assert practice.opens_up, (d.key, practice.title)


def test_someone_who_does_not_feel_safe_is_not_nudged_to_talk_gaps_over(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed={"partner_kindness": 2, "feeling_safe": [3]})
    finish_round(people.bob, EVERY_PART, keyed={"self_kindness": 7})
    gap = _kindness_gap(people)
    assert "(Bob: 100, you: 17)" in gap
    assert "asking each other" not in gap and "Neither view" not in gap


def test_someone_who_feels_safe_is_nudged_to_talk_gaps_over(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed={"partner_kindness": 2})
    finish_round(people.bob, EVERY_PART, keyed={"self_kindness": 7})
    assert "asking each other" in _kindness_gap(people)


def _kindness_gap(people: People) -> str:
    report = couple_report(people.alice, 1)
    assert report is not None
    gap = report.row("partner_kindness").gap
    assert gap is not None
    return gap.text
