"""A partner builds a report of their own: chosen part by part, previewed, then shared.

The safety screen, the direct question about fear and the sensitive scores are in no
report, in no format, whatever is chosen; the partner's answers never are either.
"""

from __future__ import annotations

import json

from conftest import People, client_for

from heartwork.report.models import CounselorReport
from heartwork.report.tests.sharing import EVERY_PART, NEVER, afraid_round, share, two_rounds
from heartwork.safety import services as safety_services
from heartwork.safety.screen import KEYS


def test_the_builder_offers_my_parts_and_the_preview_shows_them_before_anything_is_shared(
    people: People,
) -> None:
    two_rounds(people.alice)
    alice = client_for(people.alice)
    page = alice.get("/reports/new/")
    assert page.status_code == 200
    for words in (
        "Check-up: What I offer my partner",
        "How close you feel",
        "Your practice together",
    ):
        assert words.lower() in page.content.decode().lower()
    preview = alice.post(
        "/reports/new/", {"sections": ["checkup.self_offers"], "days": "7", "preview": "1"}
    )
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "Preview: what the counselor will see" in body
    assert "Check-up: What I offer my partner" in body
    assert "Foundations between us".lower() not in body.lower().split("preview:")[1]
    assert CounselorReport.objects.count() == 0  # a preview shares nothing


def test_sharing_shows_the_link_and_code_once(people: People) -> None:
    two_rounds(people.alice)
    alice = client_for(people.alice)
    answer = alice.post(
        "/reports/new/",
        {
            "sections": ["checkup.self_offers", "trends"],
            "days": "7",
            "with_code": "on",
            "share": "1",
        },
    )
    assert answer.status_code == 302
    first = alice.get(answer["Location"]).content.decode()
    assert "/r/" in first and "The code to read out" in first
    again = alice.get(answer["Location"]).content.decode()
    assert "/r/" not in again and "The code to read out" not in again


def test_nothing_to_share_is_refused_with_a_reason_and_keeps_the_choices(people: People) -> None:
    two_rounds(people.alice)
    answer = client_for(people.alice).post(
        "/reports/new/", {"days": "7", "label": "Dr. Rivera", "share": "1"}
    )
    assert answer.status_code == 400
    assert "Choose at least one part" in answer.content.decode()
    assert 'value="Dr. Rivera"' in answer.content.decode()
    assert CounselorReport.objects.count() == 0


def test_fear_safety_and_the_private_screen_are_in_no_format(people: People) -> None:
    afraid_round(people.alice)
    afraid_round(people.alice)
    safety_services.screen_save(user=people.alice, answers=dict.fromkeys(KEYS, "often"))
    shared = share(people.alice, EVERY_PART)
    stored = json.loads(CounselorReport.objects.get().content)
    counselor = client_for(people.eve)  # anyone with the link; signed in or not
    formats = {
        "snapshot": json.dumps(stored),
        "page": counselor.get(f"/r/{shared.token}/").content.decode(),
        "fhir": counselor.get(f"/r/{shared.token}/report.fhir.json").content.decode(),
        "pdf": pdf_text(counselor.get(f"/r/{shared.token}/report.pdf").content),
        "preview": client_for(people.alice)
        .get(f"/reports/{shared.report.public_id}/")
        .content.decode(),
    }
    assert "Kindness" in formats["page"] and "Kindness" in formats["pdf"]  # the control
    for name, text in formats.items():
        for words in NEVER:
            assert words not in text, f"{words!r} is in the {name}"
        for words in ("afraid", "screen", "For you"):
            assert words.lower() not in text.lower() or name == "preview", f"{words} in {name}"


def test_only_my_own_answers_go_in_never_my_partners(people: People) -> None:
    two_rounds(people.alice)
    from heartwork.checkup.tests.answering import finish_round

    finish_round(
        people.bob,
        ["partner_offers", "self_offers", "self_needs", "foundations", "closeness"],
        default=1,
    )
    finish_round(
        people.bob,
        ["partner_offers", "self_offers", "self_needs", "foundations", "closeness"],
        default=1,
    )
    shared = share(people.alice)
    fhir = client_for(people.eve).get(f"/r/{shared.token}/report.fhir.json").json()
    answers = [
        a["valueCoding"]["code"]
        for e in fhir["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
        for group in e["resource"]["item"]
        for item in group.get("item", [group])
        for a in item["answer"]
    ]
    assert answers and "Bob" not in json.dumps(fhir)
    stored = json.loads(shared.report.content)
    scores = [s for t in stored["checkup"]["sections"] for row in t["rows"] for s in row["scores"]]
    assert 0 not in scores  # Bob answered 1 everywhere: a 0 would be his


def test_my_partner_sees_none_of_my_reports(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, label="For Dr. Rivera")
    bob = client_for(people.bob)
    assert "Dr. Rivera" not in bob.get("/reports/").content.decode()
    assert bob.get(f"/reports/{shared.report.public_id}/").status_code == 404
    assert bob.post(f"/reports/{shared.report.public_id}/revoke/").status_code == 404
    assert CounselorReport.objects.get().revoked_at is None


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)
