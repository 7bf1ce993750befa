"""Being met with impatience or belittled is not a difference of two equally good views.

"Neither view is wrong" is still said of a kindness gap; never of patience or respect,
where how it feels to the one on the receiving end is what counts.
"""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.instrument import load
from heartwork.checkup.report import EXPERIENCE_COUNTS, GAP_WORDING, couple_report
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

NEITHER = "Neither view is wrong"


def _impatient_bob_who_sees_himself_as_patient(people: People) -> None:
    finish_round(
        people.alice,
        EVERY_PART,
        keyed={"partner_patience": 2, "partner_kindness": 2},
    )
    finish_round(people.bob, EVERY_PART, keyed={"self_patience": 7, "self_kindness": 7})


def test_a_patience_gap_says_her_experience_counts(people: People) -> None:
    _impatient_bob_who_sees_himself_as_patient(people)
    report = couple_report(people.alice, 1)
    assert report is not None
    gaps = {row.key: row.gap.text for row in report.rows if row.gap}
    assert NEITHER not in gaps["partner_patience"]
    assert "counts as it is" in gaps["partner_patience"]
    assert NEITHER in gaps["partner_kindness"]  # still said where it fits


def test_the_partner_reads_that_her_side_is_what_counts(people: People) -> None:
    _impatient_bob_who_sees_himself_as_patient(people)
    html = client_for(people.bob).get("/checkup/report/1/").content.decode()
    # A place for Bob to grow: what he can offer, worded with her experience first.
    said = html.split("Your patience toward Alice</h3>")[1].split("</p>")[0]
    assert "what it is like on their side is what counts" in said
    assert NEITHER not in said


def test_no_wording_for_respect_or_patience_says_neither_view_is_wrong() -> None:
    for key in ("partner_respect", "self_respect", "partner_patience", "self_patience"):
        d = load().dimension(key)
        assert d.experience_counts
        wording = (EXPERIENCE_COUNTS if d.experience_counts else GAP_WORDING)[d.section]
        assert NEITHER not in " ".join(wording)
