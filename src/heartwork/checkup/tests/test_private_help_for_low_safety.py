"""A low respect or safety score leads that person alone to private help."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.report import couple_report
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

LOW = {"safety_to_share": [1, 2, 1, 1]}


def test_a_low_safety_score_shows_a_private_card_linking_to_help(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=LOW)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Just for you" in html
    assert 'href="/coach/help/"' in html
    assert "A counselor could help" not in html  # no joint suggestion built on it


def test_the_partner_never_sees_that_card(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=LOW)
    finish_round(people.bob, EVERY_PART)
    html = client_for(people.bob).get("/checkup/report/1/").content.decode()
    assert "Just for you" not in html
    assert 'href="/coach/help/"' not in html
    assert "A counselor could help" not in html


def test_a_low_safety_score_drives_no_couple_practice(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=LOW)
    finish_round(people.bob, EVERY_PART)
    for person in (people.alice, people.bob):
        report = couple_report(person, 1)
        assert report is not None
        assert "safety_to_share" not in {row.dimension.key for row in report.growth}
        assert not any(gap.dimension.key == "safety_to_share" for gap in report.gaps)
