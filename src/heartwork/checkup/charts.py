"""Server-rendered SVG charts of each dimension over rounds: no script, readable on a phone.

Each chart is a small picture with its own text alternative; the page also has a table
of the same numbers for screen readers. Where a new version of the check-up changed a
dimension's questions, its line breaks there and the chart says so: the two sides of the
break are not the same measurement.
"""

from __future__ import annotations

from dataclasses import dataclass

from heartwork.checkup.history import RoundScores
from heartwork.checkup.instrument import Dimension, Instrument

WIDTH, HEIGHT, PAD = 300, 90, 18


@dataclass(frozen=True)
class Chart:
    name: str
    section: str
    segments: list[str]  # SVG polyline points, one line per stretch of the same questions
    dots: list[tuple[float, float, float, int, int]]  # x, y, label y, round, score
    cells: list[int | None]  # the score in each round, None where it was not asked
    label: str  # text alternative
    changed_at: list[int]  # rounds from which the questions were new
    width: int = WIDTH
    height: int = HEIGHT


def _x(i: int, n: int) -> float:
    return PAD + (WIDTH - 2 * PAD) * (i / (n - 1) if n > 1 else 0.5)


def _y(score: int) -> float:
    return HEIGHT - PAD - (HEIGHT - 2 * PAD) * score / 100


def _dimensions(rounds: list[RoundScores]) -> list[tuple[str, Dimension]]:
    """Each dimension any of the rounds asked, in the order of the newest version first."""
    seen: dict[str, tuple[str, Dimension]] = {}
    versions: dict[int, Instrument] = {r.version: r.instrument for r in rounds}
    for version in sorted(versions, reverse=True):
        instrument = versions[version]
        for section in instrument.sections:
            for d in section.scored_dimensions:
                seen.setdefault(d.key, (section.title, d))
    return list(seen.values())


def dimension_charts(rounds: list[RoundScores]) -> list[Chart]:
    charts = []
    n = len(rounds)
    for section_title, d in _dimensions(rounds):
        series = [
            (i, r, r.scores[d.key], r.instrument.dimension(d.key))
            for i, r in enumerate(rounds)
            if d.key in r.scores
        ]
        if not series:
            continue
        segments: list[list[str]] = []
        changed_at = []
        for k, (i, r, score, asked) in enumerate(series):
            if k == 0 or not asked.comparable_with(series[k - 1][3]):
                if k:
                    changed_at.append(r.round_number)
                segments.append([])
            segments[-1].append(f"{round(_x(i, n), 1)},{round(_y(score), 1)}")
        dots = [
            (round(_x(i, n), 1), round(_y(s), 1), round(_y(s) - 7, 1), r.round_number, s)
            for i, r, s, _ in series
        ]
        label = f"{d.name}: " + ", ".join(f"round {r.round_number} {s}" for _, r, s, _ in series)
        if changed_at:
            label += ". The questions changed from round " + ", ".join(map(str, changed_at))
        charts.append(
            Chart(
                d.name,
                section_title,
                [" ".join(points) for points in segments],
                dots,
                [r.scores.get(d.key) for r in rounds],
                label,
                changed_at,
            )
        )
    return charts
