"""What a person shares of a finished round can be changed later, more or less."""

from __future__ import annotations

from conftest import People, api_client, client_for

from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.tests.answering import EVERY_PART, finish_round


def _bob_sees_kindness(people: People) -> bool:
    html = client_for(people.bob).get("/checkup/report/1/").content.decode()
    # How Alice experiences Bob's kindness: what she chose to share of her own answers.
    seen = html.split("How Alice experiences you")[1]
    row = seen.split("Kindness</summary>")[1].split('class="score-row"')[0]
    return "not shared" not in row


def test_sharing_more_from_the_report_page_shows_it_to_the_partner(people: People) -> None:
    finish_round(people.alice, [])
    finish_round(people.bob, EVERY_PART)
    assert not _bob_sees_kindness(people)
    page = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Save what I share" in page
    client_for(people.alice).post("/checkup/report/1/share/", {"share": ["partner_offers"]})
    assert CheckupResponse.objects.get(author=people.alice).shared_parts == ["partner_offers"]
    assert _bob_sees_kindness(people)


def test_sharing_less_from_the_report_page_hides_it_again(people: People) -> None:
    finish_round(people.alice, EVERY_PART)
    finish_round(people.bob, EVERY_PART)
    assert _bob_sees_kindness(people)
    client_for(people.alice).post("/checkup/report/1/share/", {"share": ["closeness"]})
    assert not _bob_sees_kindness(people)


def test_the_api_changes_the_choice_the_same_way(people: People) -> None:
    response = finish_round(people.alice, EVERY_PART)
    client = api_client(people.alice)
    out = client.put(
        f"/api/checkup/rounds/{response.public_id}/sharing",
        {"parts": []},
        content_type="application/json",
    )
    assert out.status_code == 200 and out.json()["shared_parts"] == []
    unknown = client.put(
        f"/api/checkup/rounds/{response.public_id}/sharing",
        {"parts": ["answers"]},
        content_type="application/json",
    )
    assert unknown.status_code == 400


def test_the_partner_cannot_change_what_i_share(people: People) -> None:
    response = finish_round(people.alice, [])
    finish_round(people.bob, [])
    out = api_client(people.bob).put(
        f"/api/checkup/rounds/{response.public_id}/sharing",
        {"parts": EVERY_PART},
        content_type="application/json",
    )
    assert out.status_code == 404
    client_for(people.bob).post("/checkup/report/1/share/", {"share": EVERY_PART})
    assert CheckupResponse.objects.get(author=people.alice).shared_parts == []
