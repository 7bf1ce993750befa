"""The report's formats: a printable page, a PDF whose text says what the page says, and a
FHIR R4 Bundle (a Questionnaire per version of the questions, a QuestionnaireResponse per
round) that a maintained FHIR library accepts."""

from __future__ import annotations

from conftest import People
from django.test import Client
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from heartwork.checkup.instrument import load
from heartwork.checkup.tests.answering import finish_old_round
from heartwork.report.tests.sharing import share, two_rounds
from heartwork.report.tests.test_building_a_report import pdf_text

# R4's codes for the fields we fill (the library checks structure and types, not codes).
R4_STATUS = {"draft", "active", "retired", "unknown"}
R4_RESPONSE_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
R4_ITEM_TYPES = {"group", "display", "boolean", "decimal", "integer", "date", "dateTime",
                 "time", "string", "text", "url", "choice", "open-choice", "attachment",
                 "reference", "quantity"}  # fmt: skip


def test_the_fhir_bundle_validates_with_one_questionnaire_per_version(people: People) -> None:
    finish_old_round(people.alice, [], version=1)
    two_rounds(people.alice)
    shared = share(people.alice)
    answer = Client().get(f"/r/{shared.token}/report.fhir.json")
    assert answer["Content-Type"] == "application/fhir+json"
    bundle = Bundle.model_validate_json(answer.content)
    assert bundle.type == "collection"
    resources = [e.resource for e in bundle.entry or []]
    questionnaires = [r for r in resources if isinstance(r, Questionnaire)]
    responses = [r for r in resources if isinstance(r, QuestionnaireResponse)]
    assert sorted(str(q.version) for q in questionnaires) == ["1", str(load().version)]
    assert len(responses) == 3
    known = {f"{q.url}|{q.version}": q for q in questionnaires}
    for r in responses:
        assert r.status in R4_RESPONSE_STATUS
        questionnaire = known[str(r.questionnaire)]  # each response names its questionnaire
        asked = {i.linkId for g in questionnaire.item or [] for i in (g.item or [g])}
        given = {i.linkId for g in r.item or [] for i in (g.item or [g])}
        assert given and given <= asked
    for q in questionnaires:
        assert q.status in R4_STATUS
        assert all(g.type in R4_ITEM_TYPES for g in q.item or [])


def test_the_pdf_says_what_the_page_says(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, ["checkup.self_offers", "trends", "practice"])
    answer = Client().get(f"/r/{shared.token}/report.pdf")
    assert answer["Content-Type"] == "application/pdf"
    assert "attachment" in answer["Content-Disposition"]
    text = pdf_text(answer.content)
    for words in ("A report from Alice", "What I offer my partner", "Patience", "Round 2",
                  "How the scores moved", "Practice together", "Appreciations sent"):  # fmt: skip
        assert words in text, words


def test_a_name_the_pdf_font_cannot_draw_is_marked_not_dropped(people: People) -> None:
    people.alice.name = "Ålice 李"
    people.alice.save()
    two_rounds(people.alice)
    shared = share(people.alice, ["checkup.self_offers"])
    text = pdf_text(Client().get(f"/r/{shared.token}/report.pdf").content)
    assert "Ålice ?" in text and "shown as '?'" in text
    assert "Ålice 李" in Client().get(f"/r/{shared.token}/").content.decode()


def test_the_page_prints_cleanly(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, ["checkup.self_offers"])
    page = Client().get(f"/r/{shared.token}/").content.decode()
    assert "heartwork/report.css" in page  # its @media print rules hide the buttons
    assert 'class="no-print downloads"' in page
    assert f"/r/{shared.token}/report.pdf" in page and f"/r/{shared.token}/report.fhir.json" in page
