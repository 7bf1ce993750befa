"""A person's own reports (what was shared, when it was opened) are in their export;
never in the partner's, and the link itself in no one's."""

from __future__ import annotations

from conftest import People, client_for
from django.test import Client

from heartwork.report.tests.sharing import share, two_rounds


def test_my_reports_and_their_openings_are_in_my_export_and_not_my_partners(
    people: People,
) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, ["trends"], label="For Dr. Rivera", with_code=True)
    counselor = Client()
    counselor.post(f"/r/{shared.token}/", {"code": shared.code})
    counselor.get(f"/r/{shared.token}/report.pdf")
    mine = client_for(people.alice).get("/api/export").json()["counselor_reports"]
    assert len(mine) == 1
    assert mine[0]["label"] == "For Dr. Rivera" and mine[0]["sections"] == ["trends"]
    assert [o["format"] for o in mine[0]["openings"]] == ["pdf"]
    page = client_for(people.alice).get("/settings/export/").content.decode()
    assert "For Dr. Rivera" in page and "(pdf)" in page
    for client in (client_for(people.alice), client_for(people.bob)):
        for url in ("/api/export", "/settings/export/", "/settings/export.json"):
            body = client.get(url).content.decode()
            assert shared.token not in body and str(shared.code) not in body
    bobs = client_for(people.bob).get("/api/export").json()
    assert bobs["counselor_reports"] == []
    assert "Dr. Rivera" not in client_for(people.bob).get("/settings/export/").content.decode()
