"""``GET /api/counseling`` and the private plan through the API: the web's rules, the same."""

from __future__ import annotations

from conftest import People, api_client

from heartwork.checkup.tests.answering import finish_round
from heartwork.counseling.models import CounselingNote
from heartwork.counseling.services import NOTE_MAX

LOW_BUT_SAFE = {"partner_respect": 6, "safety_to_share": 6}


def test_nothing_is_suggested_to_a_new_couple_but_the_directory_is_there(
    people: People, settings
) -> None:
    settings.COACH_HELP_COUNTRY = "US"
    got = api_client(people.alice).get("/api/counseling").json()
    assert (got["suggested"], got["path"], got["reasons"]) == (False, None, [])
    assert got["where"]["country"] == "US"
    assert any("aamft.org" in line for line in got["where"]["couples"])
    assert got["where"]["telehealth"]  # from the lists for everywhere


def test_the_suggestion_is_the_webs(people: People) -> None:
    for _ in range(2):
        finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    got = api_client(people.alice).get("/api/counseling").json()
    assert got["path"] == "together"
    assert got["reasons"][0]["words"].startswith("Your overall closeness has been in the lowest")
    assert api_client(people.bob).get("/api/counseling").json()["path"] is None


def test_the_plan_can_be_kept_read_replaced_and_deleted(people: People) -> None:
    alice = api_client(people.alice)
    assert alice.get("/api/counseling/plan").status_code == 404
    put = alice.put(
        "/api/counseling/plan", {"body": "  See Dr Lee.  "}, content_type="application/json"
    )
    assert put.status_code == 200 and put.json()["body"] == "See Dr Lee."
    alice.put("/api/counseling/plan", {"body": "Walk daily."}, content_type="application/json")
    assert alice.get("/api/counseling/plan").json()["body"] == "Walk daily."
    assert CounselingNote.objects.count() == 1
    assert api_client(people.bob).get("/api/counseling/plan").status_code == 404
    assert alice.delete("/api/counseling/plan").status_code == 204
    assert alice.get("/api/counseling/plan").status_code == 404


def test_a_bad_plan_is_refused_with_a_reason(people: People) -> None:
    alice = api_client(people.alice)
    for body, status in (
        ({"body": ""}, 422),
        ({"body": "x" * (NOTE_MAX + 1)}, 422),
        ({"body": "   "}, 400),
        ({"body": 5}, 422),
    ):
        response = alice.put("/api/counseling/plan", body, content_type="application/json")
        assert response.status_code == status, (body, response.content)
    assert not CounselingNote.objects.exists()


def test_a_read_only_token_reads_but_cannot_write(people: People) -> None:
    reader = api_client(people.alice, scope="read")
    assert reader.get("/api/counseling").status_code == 200
    put = reader.put("/api/counseling/plan", {"body": "x"}, content_type="application/json")
    assert put.status_code == 403
    assert reader.delete("/api/counseling/plan").status_code == 403
