"""The conflict room's record of how a couple handles hard moments: counts, never quotes.

Read from ``heartwork.conflict.stats.conflict_counts`` (the room's one read of these
numbers, which loads no encrypted text) and shaped once, as plain JSON, for the report's
snapshot: a table of months (opened, repaired, lasting differences, breaks, apologies
offered and accepted) and the number of sent turns that carried each pattern over the
same months. The page, the PDF and the FHIR file all draw from this shape.

None (the part is not offered) while the reader has no couple or nothing happened in
the room over ``MONTHS``.
"""

from __future__ import annotations

from typing import Any

from heartwork.accounts.models import User
from heartwork.coach import HARMFUL
from heartwork.conflict.stats import conflict_counts

MONTHS = 12
COLUMNS = (
    ("opened", "Opened"),
    ("resolved", "Repaired"),
    ("lasting", "Lasting differences"),
    ("breaks", "Breaks"),
    ("repairs_offered", "Apologies offered"),
    ("repairs_accepted", "Apologies accepted"),
)


def pattern_name(label: str) -> str:
    return f"Turns with {label.replace('_', ' ')}"


def conflict_patterns(user: User) -> dict[str, Any] | None:
    """The couple's counts month by month and pattern by pattern, or None if there are none.

    ``{"heads": [...], "months": [{"month": "2026-12-01", "counts": [...]}, ...],
    "patterns": [["Turns with criticism", 2], ...]}``, oldest month first.
    """
    months = conflict_counts(user, months=MONTHS)
    totals = {label: sum(m.patterns.get(label, 0) for m in months) for label in HARMFUL}
    rows = [
        {"month": m.month.isoformat(), "counts": [getattr(m, key) for key, _ in COLUMNS]}
        for m in months
    ]
    if not any(any(r["counts"]) for r in rows) and not any(totals.values()):
        return None
    return {
        "heads": [title for _, title in COLUMNS],
        "months": rows,
        "patterns": [[pattern_name(label), n] for label, n in totals.items() if n],
    }
