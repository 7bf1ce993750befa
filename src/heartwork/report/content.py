"""What a report holds: a snapshot of its author's own data, built from the parts they chose.

The snapshot is plain JSON, made once when the report is previewed or shared, and every
format (the page, the PDF, the FHIR file) is drawn from it alone. So what the author
previewed is what the counselor reads, and nothing that is not in it can leak out through
one format and not another.

Sensitive dimensions and the direct question about fear are left out here, at the one
place data enters a report: the tests look for them in every format.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup.history import RoundScores, my_rounds, since_last
from heartwork.checkup.instrument import CLOSENESS as CLOSENESS_ITEM
from heartwork.checkup.instrument import Dimension, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.core.errors import DomainError
from heartwork.report import sections as parts
from heartwork.report.conflict import conflict_patterns
from heartwork.report.practice import LABELS, practice_summary

FORMAT = 1
MAX_ROUNDS = 20  # the latest rounds; a counselor reads trends, not every round ever


def reportable(dimension: Dimension) -> bool:
    """Whether a dimension may ever be in a report: never fear, belittling or safety."""
    return not (dimension.sensitive or dimension.screen)


def valid_sections(user: User, chosen: Collection[str]) -> list[str]:
    """The chosen parts in report order, or a ``DomainError`` saying what is wrong."""
    offered = [c.key for c in parts.choices_for(user)]
    unknown = sorted(set(chosen) - set(offered))
    if unknown:
        raise DomainError(
            "These parts can't go in your report (they are unknown, or you have nothing in "
            f"them yet): {', '.join(unknown)}."
        )
    if not chosen:
        raise DomainError("Choose at least one part to go in the report.")
    return [key for key in offered if key in chosen]


def build(user: User, chosen: Collection[str]) -> dict[str, Any]:
    """The snapshot of ``user``'s own chosen parts (see the module docstring)."""
    sections = valid_sections(user, chosen)
    content: dict[str, Any] = {
        "format": FORMAT,
        "name": user.display_name,
        "made_at": timezone.now().isoformat(),
        "sections": sections,
    }
    section_keys = [
        k.removeprefix(parts.CHECKUP_PREFIX) for k in sections if k.startswith(parts.CHECKUP_PREFIX)
    ]
    rounds = my_rounds(user, last=MAX_ROUNDS)
    if section_keys or parts.CLOSENESS in sections:
        content["checkup"] = _checkup(user, rounds, section_keys, parts.CLOSENESS in sections)
    if parts.TRENDS in sections:
        content["trends"] = _trends(rounds, section_keys)
    if parts.PRACTICE in sections:
        summary = practice_summary(user) or {"days": 0, "counts": {}}
        content["practice"] = {
            "days": summary["days"],
            "rows": [[LABELS[k], v] for k, v in summary["counts"].items()],
        }
    if parts.CONFLICT in sections:
        content["conflict"] = conflict_patterns(user)  # None: nothing since it was offered
    return content


def _checkup(
    user: User, rounds: list[RoundScores], section_keys: list[str], closeness: bool
) -> dict[str, Any]:
    """Scores by dimension across rounds, and each round's own answers for the FHIR file."""
    current = load()
    answers = _answers(user, [r.round_number for r in rounds])
    tables = []
    for key in section_keys:
        section = current.section(key)
        rows = []
        for d in section.dimensions:
            if reportable(d):
                rows.append(
                    {"key": d.key, "name": d.name, "scores": [r.scores.get(d.key) for r in rounds]}
                )
        tables.append({"key": key, "title": section.title, "rows": rows})
    return {
        "rounds": [
            {
                "round": r.round_number,
                "finished_at": r.finished_at.isoformat(),
                "version": r.version,
                "closeness": answers[r.round_number].get(CLOSENESS_ITEM) if closeness else None,
                "answers": _reportable_answers(answers[r.round_number], r, section_keys),
            }
            for r in rounds
        ],
        "sections": tables,
        "closeness": closeness,
    }


def _answers(user: User, round_numbers: list[int]) -> dict[int, dict[str, int]]:
    rows = CheckupAnswer.objects.filter(
        response__in=access.owned(user, CheckupResponse).filter(round_number__in=round_numbers)
    ).values_list("response__round_number", "item_key", "value")
    out: dict[int, dict[str, int]] = {n: {} for n in round_numbers}
    for number, key, value in rows:
        out[number][key] = value
    return out


def _reportable_answers(
    answers: dict[str, int], round_: RoundScores, section_keys: list[str]
) -> dict[str, int]:
    keep = {
        item.key
        for d in round_.instrument.dimensions
        if d.section in section_keys and reportable(d)
        for item in d.items
    }
    return {k: v for k, v in sorted(answers.items()) if k in keep}


def _trends(rounds: list[RoundScores], section_keys: list[str]) -> dict[str, Any]:
    moved = since_last(rounds)
    return {
        "rounds": [rounds[-2].round_number, rounds[-1].round_number] if len(rounds) > 1 else [],
        "rows": [
            {
                "name": c.dimension.name,
                "before": c.before,
                "after": c.after,
                "reliable": c.reliable,
            }
            for c in moved.changes
            if c.dimension.section in section_keys and reportable(c.dimension)
        ],
        "not_compared": [
            d.name for d in moved.not_compared if d.section in section_keys and reportable(d)
        ],
    }
