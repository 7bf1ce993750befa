"""The report as FHIR R4 resources a clinic can import: a ``Questionnaire`` for each
version of the questions the report's rounds were taken on, and a
``QuestionnaireResponse`` for each round, and an ``Observation`` of counts for each month
of the conflict room when that part was chosen, together in one ``collection`` Bundle.

Only what the report holds goes in: the questions of the parts its author chose (never
the sensitive ones or the direct question about fear, which are in no report) and their
own answers to them. Built as plain JSON from the snapshot, so the app needs no FHIR
library; the tests validate it with ``fhir.resources``.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from heartwork.checkup.instrument import CLOSENESS, POINTS, Instrument, load
from heartwork.report.content import reportable
from heartwork.report.sections import CHECKUP_PREFIX

QUESTIONNAIRE_URL = "urn:heartwork:questionnaire:checkup"
SCALE_SYSTEM = "urn:heartwork:codesystem:checkup-scale"
CLOSENESS_SYSTEM = "urn:heartwork:codesystem:closeness"
CONFLICT_SYSTEM = "urn:heartwork:codesystem:conflict-room"
# A stable namespace, so the same report gives the same ids each time it is downloaded.
NAMESPACE = uuid.UUID("6f0d3c1e-6a43-4f5c-9a57-3b1f8a9d2c10")


def _scale(instrument: Instrument) -> list[dict[str, Any]]:
    return [
        {"valueCoding": {"system": SCALE_SYSTEM, "code": str(n), "display": label}}
        for n, label in enumerate(instrument.scale, start=1)
    ]


def _closeness_options(instrument: Instrument) -> list[dict[str, Any]]:
    def display(n: int) -> str:
        if n == 1:
            return f"1 ({instrument.closeness_low})"
        if n == POINTS:
            return f"{n} ({instrument.closeness_high})"
        return str(n)

    return [
        {"valueCoding": {"system": CLOSENESS_SYSTEM, "code": str(n), "display": display(n)}}
        for n in range(1, POINTS + 1)
    ]


def questionnaire(
    instrument: Instrument, section_keys: list[str], closeness: bool
) -> dict[str, Any]:
    """The questions of the chosen parts, as asked in ``instrument``'s version."""
    groups: list[dict[str, Any]] = []
    for section in instrument.sections:
        if section.key not in section_keys:
            continue
        items: list[dict[str, Any]] = [
            {
                "linkId": item.key,
                "text": item.text,
                "type": "choice",
                "required": True,
                "answerOption": _scale(instrument),
            }
            for d in section.dimensions
            if reportable(d)
            for item in d.items
        ]
        groups.append(
            {"linkId": section.key, "text": section.title, "type": "group", "item": items}
        )
    if closeness:
        groups.append(
            {
                "linkId": CLOSENESS,
                "text": instrument.closeness_question,
                "type": "choice",
                "required": True,
                "answerOption": _closeness_options(instrument),
            }
        )
    return {
        "resourceType": "Questionnaire",
        "id": f"heartwork-checkup-v{instrument.version}",
        "url": QUESTIONNAIRE_URL,
        "version": str(instrument.version),
        "name": "HeartworkCheckup",
        "title": "Heartwork check-up: the conditions for closeness",
        "status": "active",
        "subjectType": ["Person"],
        "description": (
            "A self-report questionnaire on the conditions for emotional closeness between "
            "partners, each statement answered on a seven-point scale. Only the parts its "
            "author chose to share are included."
        ),
        "item": groups,
    }


def _coding(options: list[dict[str, Any]], value: int) -> dict[str, Any]:
    return {"valueCoding": options[value - 1]["valueCoding"]}


def response(round_: dict[str, Any], instrument: Instrument, name: str) -> dict[str, Any]:
    """One round's own answers to the questions of its Questionnaire."""
    answers: dict[str, int] = round_["answers"]
    scale = _scale(instrument)
    groups: list[dict[str, Any]] = []
    for section in instrument.sections:
        items = [
            {"linkId": item.key, "text": item.text, "answer": [_coding(scale, answers[item.key])]}
            for item in section.items
            if item.key in answers
        ]
        if items:
            groups.append({"linkId": section.key, "text": section.title, "item": items})
    if round_.get("closeness"):
        groups.append(
            {
                "linkId": CLOSENESS,
                "text": instrument.closeness_question,
                "answer": [_coding(_closeness_options(instrument), round_["closeness"])],
            }
        )
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{QUESTIONNAIRE_URL}|{instrument.version}",
        "status": "completed",
        "authored": round_["finished_at"],
        "author": {"display": name},
        "source": {"display": name},
        "item": groups,
    }


def bundle(snapshot: dict[str, Any], *, report_id: str) -> dict[str, Any]:
    """The Bundle: one Questionnaire per version used, then one response per round."""
    checkup = snapshot.get("checkup") or {"rounds": [], "closeness": False}
    section_keys = [
        k.removeprefix(CHECKUP_PREFIX) for k in snapshot["sections"] if k.startswith(CHECKUP_PREFIX)
    ]
    closeness = bool(checkup.get("closeness"))
    entries = []
    for version in sorted({r["version"] for r in checkup["rounds"]}):
        resource = questionnaire(load(version), section_keys, closeness)
        entries.append({"fullUrl": _urn(report_id, f"q{version}"), "resource": resource})
    for r in checkup["rounds"]:
        resource = response(r, load(r["version"]), snapshot["name"])
        resource["id"] = f"round-{r['round']}"
        entries.append({"fullUrl": _urn(report_id, f"r{r['round']}"), "resource": resource})
    for month in (snapshot.get("conflict") or {}).get("months", []):
        resource = conflict_month(month, snapshot["conflict"], snapshot["name"])
        entries.append({"fullUrl": _urn(report_id, f"c{month['month']}"), "resource": resource})
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(NAMESPACE, report_id)),
        "type": "collection",
        "timestamp": snapshot["made_at"],
        "entry": entries,
    }


def conflict_month(month: dict[str, Any], conflict: dict[str, Any], name: str) -> dict[str, Any]:
    """One month of the conflict room as an ``Observation``: a count per component.

    Patterns are counted over the whole span in the snapshot, so they go with the last
    month alone (as "over the months above"), never split into guesses per month.
    """
    first = date.fromisoformat(month["month"])
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    components = [
        {"code": {"text": head}, "valueInteger": n}
        for head, n in zip(conflict["heads"], month["counts"], strict=True)
    ]
    if month is conflict["months"][-1]:
        components += [
            {"code": {"text": f"{label}, over the months reported"}, "valueInteger": n}
            for label, n in conflict["patterns"]
        ]
    return {
        "resourceType": "Observation",
        "id": f"conflict-{month['month']}",
        "status": "final",
        "code": {
            "coding": [{"system": CONFLICT_SYSTEM, "code": "month"}],
            "text": "How disagreements went in the conflict room this month (counts)",
        },
        "subject": {"display": name},
        "effectivePeriod": {
            "start": first.isoformat(),
            "end": (after - timedelta(days=1)).isoformat(),
        },
        "component": components,
    }


def _urn(report_id: str, part: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{report_id}:{part}')}"
