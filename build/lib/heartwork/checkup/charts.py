"""Server-rendered SVG charts of each dimension over rounds: no script, readable on a phone.

Each chart is a small picture with its own text alternative; the page also has a table
of the same numbers for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from heartwork.checkup.instrument import load
from heartwork.checkup.report import RoundScores

WIDTH, HEIGHT, PAD = 300, 90, 18


@dataclass(frozen=True)
class Chart:
    name: str
    section: str
    points: str  # SVG polyline points
    dots: list[tuple[float, float, float, int, int]]  # x, y, label y, round, score
    label: str  # text alternative
    width: int = WIDTH
    height: int = HEIGHT


def _x(i: int, n: int) -> float:
    return PAD + (WIDTH - 2 * PAD) * (i / (n - 1) if n > 1 else 0.5)


def _y(score: int) -> float:
    return HEIGHT - PAD - (HEIGHT - 2 * PAD) * score / 100


def dimension_charts(rounds: list[RoundScores]) -> list[Chart]:
    charts = []
    n = len(rounds)
    for section in load().sections:
        for d in section.dimensions:
            series = [
                (i, r.round_number, r.scores[d.key])
                for i, r in enumerate(rounds)
                if d.key in r.scores
            ]
            if not series:
                continue
            dots = [
                (round(_x(i, n), 1), round(_y(s), 1), round(_y(s) - 7, 1), number, s)
                for i, number, s in series
            ]
            label = f"{d.name}: " + ", ".join(f"round {number} {s}" for _, number, s in series)
            charts.append(
                Chart(
                    d.name,
                    section.title,
                    " ".join(f"{x},{y}" for x, y, _, _, _ in dots),
                    dots,
                    label,
                )
            )
    return charts
