"""Before finishing, a person sees exactly what the partner will see, and chooses it."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.report import couple_report, partner_preview
from heartwork.checkup.tests.answering import EVERY_PART, answer_round, finish_round


def test_the_finish_page_shows_every_part_as_not_shared_until_ticked(people: People) -> None:
    answer_round(people.alice, default=6)
    html = client_for(people.alice).get("/checkup/review/").content.decode()
    assert "What your partner will see" in html
    assert "Bob sees" in html
    assert 'type="checkbox" name="share"' in html
    assert " checked" not in html
    assert ">83<" not in html  # her score shows only once she ticks its section


def test_previewing_a_choice_shows_the_scores_the_partner_would_see(people: People) -> None:
    answer_round(people.alice, default=6)  # every score 83
    html = (
        client_for(people.alice)
        .post("/checkup/review/", {"action": "preview", "share": ["partner_offers"]})
        .content.decode()
    )
    assert html.count("<td>83</td>") == 6  # seven dimensions, less respect (never shown)
    assert "not shared (never shown to your partner)" in html
    assert CheckupResponse.objects.get(author=people.alice).finished_at is None


def test_the_preview_is_exactly_what_the_partner_then_sees(people: People) -> None:
    response = answer_round(
        people.alice, keyed={"partner_kindness": [7, 5, 6, 4], "honesty": [2, 3, 2, 1, 2]}
    )
    share = ["partner_offers", "foundations", "closeness"]
    preview = partner_preview(response, share)
    client_for(people.alice).post("/checkup/review/", {"action": "finish", "share": share})
    finish_round(people.bob, EVERY_PART)
    seen = couple_report(people.bob, 1)
    assert seen is not None
    previewed = {d.key: score for part in preview.sections for d, score in part.rows}
    shown = {row.their_key: row.theirs for row in seen.rows if row.their_key}
    assert shown == previewed
    assert seen.closeness[1] == preview.closeness == 5


def test_finishing_shares_only_the_ticked_parts(people: People) -> None:
    answer_round(people.alice)
    client_for(people.alice).post("/checkup/review/", {"action": "finish", "share": ["self_needs"]})
    response = CheckupResponse.objects.get(author=people.alice)
    assert response.is_finished
    assert response.shared_parts == ["self_needs"]
