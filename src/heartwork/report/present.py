"""A report's snapshot made ready to read: dates as dates, parts with their titles.

The page, the author's preview and the PDF all read this, so they say the same thing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from heartwork.checkup.instrument import POINTS, load
from heartwork.report.sections import all_choices


def present(snapshot: dict[str, Any]) -> dict[str, Any]:
    titles = {c.key: c.shown for c in all_choices()}
    out = dict(snapshot)
    out["made_at"] = datetime.fromisoformat(snapshot["made_at"])
    out["titles"] = [titles.get(key, key) for key in snapshot["sections"]]
    checkup = snapshot.get("checkup")
    if checkup:
        rounds = [
            {**r, "finished_at": datetime.fromisoformat(r["finished_at"])}
            for r in checkup["rounds"]
        ]
        out["checkup"] = {**checkup, "rounds": rounds}
    conflict = snapshot.get("conflict")
    if conflict:
        months = [
            {**m, "label": f"{date.fromisoformat(m['month']):%B %Y}"} for m in conflict["months"]
        ]
        out["conflict"] = {**conflict, "months": months}
    instrument = load()
    out["closeness_scale"] = (
        f"1 = {instrument.closeness_low}, {POINTS} = {instrument.closeness_high}"
    )
    return out
