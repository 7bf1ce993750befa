"""The report's conflict part: offered once the room has something in it, previewed, and
shown to the counselor on the page, in the PDF and in the FHIR file as counts, never
a word of what either partner wrote."""

from __future__ import annotations

from conftest import People, api_client, client_for
from django.test import Client
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation

from heartwork.conflict import services as room
from heartwork.conflict.models import Turn
from heartwork.conflict.tests import steps
from heartwork.conflict.tests.test_coach_reads_each_turn import HARSH
from heartwork.report.tests.sharing import share
from heartwork.report.tests.test_building_a_report import pdf_text

TITLE = "How disagreements have gone"


def a_repaired_fight(people: People) -> list[str]:
    """A topic taken all the way to repaired, with one harsh turn sent anyway; its words."""
    topic = steps.parts_said(people.alice, people.bob)
    t = topic.public_id
    room.turn_send(user=people.bob, topic_id=t, kind="apology", body=HARSH, send_anyway=True)
    room.turn_send(user=people.alice, topic_id=t, kind="accept", body="Thank you.")
    room.turn_send(user=people.alice, topic_id=t, kind="plan", body="I will ask first.")
    room.turn_send(user=people.bob, topic_id=t, kind="plan", body="I will do them first.")
    room.topic_resolve(user=people.alice, topic_id=t)
    said = [b for b in Turn.objects.values_list("body", flat=True) if len(b) > 12]
    return [steps.TITLE, steps.ALICE_SIDE, steps.BOB_SIDE, *said]


def test_the_part_is_offered_only_once_the_room_has_something(people: People) -> None:
    alice = api_client(people.alice)
    assert "conflict" not in [p["key"] for p in alice.get("/api/reports/parts").json()]
    assert TITLE.lower() not in client_for(people.alice).get("/reports/new/").content.decode()
    a_repaired_fight(people)
    assert "conflict" in [p["key"] for p in alice.get("/api/reports/parts").json()]
    assert "how your disagreements have gone" in (
        client_for(people.bob).get("/reports/new/").content.decode().lower()
    )


def test_the_preview_and_the_counselor_see_counts_and_never_words(people: People) -> None:
    words = a_repaired_fight(people)
    preview = client_for(people.bob).post(
        "/reports/new/", {"sections": ["conflict"], "days": "7", "preview": "1"}
    )
    body = preview.content.decode()
    assert TITLE in body and "Repaired" in body and "Turns with criticism" in body
    got = api_client(people.bob).post(
        "/api/reports/preview", {"sections": ["conflict"]}, content_type="application/json"
    )
    month = got.json()["conflict"]["months"][-1]
    assert month["counts"][:2] == [1, 1]  # one opened, one repaired
    shared = share(people.bob, ["conflict"])
    page = Client().get(f"/r/{shared.token}/").content.decode()
    pdf = pdf_text(Client().get(f"/r/{shared.token}/report.pdf").content)
    fhir = Client().get(f"/r/{shared.token}/report.fhir.json").content.decode()
    assert TITLE in page and "Apologies accepted" in page and "Turns with criticism" in page
    assert TITLE in pdf and "Repaired" in pdf and "Turns with criticism" in pdf
    for shown in (body, str(got.json()), page, pdf, fhir):
        for w in words:
            assert w not in shown, w
    resources = [e.resource for e in Bundle.model_validate_json(fhir).entry or []]
    observations = [r for r in resources if isinstance(r, Observation)]
    assert len(observations) == 12
    last = {c.code.text: c.valueInteger for c in observations[-1].component or []}
    assert last["Repaired"] == 1 and last["Turns with criticism, over the months reported"] == 1
