"""The reports API: the same rules as the pages, for one's own reports only."""

from __future__ import annotations

from conftest import People, api_client
from django.test import Client

from heartwork.report.models import CounselorReport
from heartwork.report.tests.sharing import two_rounds


def test_a_script_previews_shares_lists_and_revokes_a_report(people: People) -> None:
    two_rounds(people.alice)
    alice = api_client(people.alice)
    parts = [p["key"] for p in alice.get("/api/reports/parts").json()]
    assert "checkup.self_offers" in parts and "practice" in parts
    preview = alice.post(
        "/api/reports/preview", {"sections": ["trends"]}, content_type="application/json"
    )
    assert preview.status_code == 200 and "trends" in preview.json()
    assert CounselorReport.objects.count() == 0
    made = alice.post(
        "/api/reports",
        {"sections": ["checkup.self_offers"], "days": 3, "with_code": True, "label": "Dr. R"},
        content_type="application/json",
    )
    assert made.status_code == 201, made.content
    shared = made.json()
    assert shared["code"] and "/r/" in shared["link"] and shared["live"]
    link = shared["link"].split("testserver", 1)[1]
    assert Client().get(link).status_code == 200  # the code page
    listed = alice.get("/api/reports").json()
    assert [r["id"] for r in listed] == [shared["id"]] and "link" not in listed[0]
    assert alice.get(f"/api/reports/{shared['id']}/openings").json() == []
    revoked = alice.post(f"/api/reports/{shared['id']}/revoke")
    assert revoked.status_code == 200 and not revoked.json()["live"]
    assert Client().get(link).status_code == 404


def test_the_api_refuses_parts_that_are_not_mine_to_share(people: People) -> None:
    two_rounds(people.alice)
    alice = api_client(people.alice)
    for sections, words in (
        ([], "at least one part"),
        (["safety_screen"], "can't go in your report"),
        (["checkup.feeling_safe"], "can't go in your report"),
    ):
        answer = alice.post("/api/reports", {"sections": sections}, content_type="application/json")
        assert answer.status_code == 400 and words in answer.json()["detail"], answer.content
    too_long = alice.post(
        "/api/reports", {"sections": ["trends"], "days": 31}, content_type="application/json"
    )
    assert too_long.status_code == 422
    assert CounselorReport.objects.count() == 0


def test_the_partner_lists_none_of_my_reports(people: People) -> None:
    two_rounds(people.alice)
    alice, bob = api_client(people.alice), api_client(people.bob)
    alice.post("/api/reports", {"sections": ["trends"]}, content_type="application/json")
    assert bob.get("/api/reports").json() == []
