"""The same round reads differently to each partner: each can only change their own side.

Alice rates Bob's kindness to her 88; Bob rates hers to him 54. Alice is told what she
can offer Bob, Bob what he could ask Alice for, and every number says whose view of whom
it is.
"""

from __future__ import annotations

import re

from conftest import People, client_for

from heartwork.accounts.models import User
from heartwork.checkup.report import couple_report
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

# Keyed answers to the four kindness sentences: 88 and 54 out of 100.
SCORE_88 = [7, 6, 6, 6]
SCORE_54 = [4, 4, 4, 5]


def _kindness_88_54(people: People, **alice: list[int] | int) -> None:
    finish_round(people.alice, EVERY_PART, keyed={"partner_kindness": SCORE_88, **alice})
    finish_round(people.bob, EVERY_PART, keyed={"partner_kindness": SCORE_54})


def _report_html(user: User) -> str:
    response = client_for(user).get("/checkup/report/1/")
    assert response.status_code == 200
    return response.content.decode()


def _growth(html: str) -> str:
    return html.split("Places to grow, and how")[1].split("</div>")[0]


def test_the_one_rated_lower_is_told_what_they_can_offer(people: People) -> None:
    _kindness_88_54(people)
    report = couple_report(people.alice, 1)
    assert report is not None
    assert report.row("partner_kindness").mine == 88
    assert report.row("self_kindness").theirs == 54
    growth = _growth(_report_html(people.alice))
    assert "Your kindness toward Bob" in growth
    assert "Bob feels your kindness less than you see it in yourself (Bob: 54, you: 83)" in growth
    assert "What you can offer:" in growth
    assert "One small kindness a day" in growth
    # Not the advice for someone who feels less kindness themself.
    assert "Name a kind moment" not in growth and "Ask for what would help" not in growth
    assert "What you could ask for" not in growth


def test_the_one_who_feels_less_is_told_what_they_could_ask_for(people: People) -> None:
    _kindness_88_54(people)
    growth = _growth(_report_html(people.bob))
    assert "Kindness from Alice" in growth
    assert "Alice sees their own kindness more than you feel it (Alice: 83, you: 54)." in growth
    assert "What you could ask for, or notice:" in growth
    assert "Ask for what would help" in growth
    assert "One small kindness a day" not in growth
    assert "What you can offer" not in growth


def test_every_number_says_whose_view_of_whom_it_is(people: People) -> None:
    _kindness_88_54(people)
    html = _report_html(people.alice)
    for said in (
        "How you experience Bob",
        "You, about Bob",
        "Bob, about themself",
        "How Bob experiences you",
        "Bob, about you",
        "You, about yourself",
    ):
        assert said in html
    report = couple_report(people.alice, 1)
    assert report is not None
    to_me, from_me = report.sections[0], report.sections[1]
    kindness_to_me = next(r for r in to_me.rows if r.key == "partner_kindness")
    kindness_from_me = next(r for r in from_me.rows if r.key == "self_kindness")
    assert (kindness_to_me.mine, kindness_to_me.theirs) == (88, 83)  # Bob about himself
    assert (kindness_from_me.theirs, kindness_from_me.mine) == (54, 83)  # Bob about Alice


def test_a_quality_is_in_one_place_only(people: People) -> None:
    # Low, different and strong views at once.
    finish_round(
        people.alice,
        EVERY_PART,
        keyed={"partner_kindness": SCORE_88, "self_empathy": 2, "honesty": 7},
    )
    finish_round(
        people.bob,
        EVERY_PART,
        keyed={"partner_kindness": SCORE_54, "partner_empathy": 7, "honesty": 4},
    )
    for person in (people.alice, people.bob):
        report = couple_report(person, 1)
        assert report is not None
        growing = [r.key for r in report.growth]
        differing = [g.dimension.key for g in report.gaps]
        strong = [r.key for r in report.strengths]
        everywhere = growing + differing + strong
        assert len(everywhere) == len(set(everywhere)), everywhere
        labels = re.findall(r"<h3>([^<]+)</h3>", _growth(_report_html(person)))
        assert len(labels) == len(set(labels))


def test_the_report_leads_with_things_to_talk_about(people: People) -> None:
    _kindness_88_54(people)
    html = _report_html(people.alice)
    assert html.index("To talk about together") < html.index("Places to grow, and how")
    assert html.index("Places to grow, and how") < html.index("The details")
    report = couple_report(people.alice, 1)
    assert report is not None
    assert 2 <= len(report.prompts) <= 3
    assert (
        "Ask Bob: “What is one small thing I could do this week that would show you more "
        "kindness?”" in " ".join(report.prompts)
    )


def test_no_prompt_nudges_someone_who_does_not_feel_safe(people: People) -> None:
    _kindness_88_54(people, feeling_safe=[3])
    html = _report_html(people.alice)
    assert "Just for you" in html
    assert "To talk about together" not in html


def test_the_scale_is_calm_not_a_traffic_light(people: People) -> None:
    _kindness_88_54(people)
    html = _report_html(people.alice)
    meters = re.findall(r"<meter[^>]*>", html)
    assert meters
    for meter in meters:
        assert 'class="calm"' in meter
        assert not re.search(r"\b(low|high|optimum)=", meter)
