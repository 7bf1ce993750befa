"""Small server-drawn SVG bar charts of the monthly counts: no script, readable on a phone,
each with its own text alternative (and the page's table says the same in full)."""

from __future__ import annotations

from dataclasses import dataclass

from heartwork.conflict.stats import MonthCounts

BAR, GAP, HEIGHT = 18, 4, 60

MEASURES = (
    ("opened", "Topics opened"),
    ("resolved", "Topics repaired"),
    ("lasting", "Lasting differences"),
    ("breaks", "Breaks taken"),
    ("honoured", "Breaks we came back from"),
    ("repairs_offered", "Apologies offered"),
    ("repairs_accepted", "Apologies accepted"),
)


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[tuple[int, float, float, int]]  # x, top, height, count
    label: str  # text alternative
    width: int
    height: int = HEIGHT + 5


def bar_chart(title: str, months: list[MonthCounts], values: list[int]) -> BarChart:
    top = max(values) or 1
    bars = []
    for i, value in enumerate(values):
        height = round(value / top * HEIGHT, 1)
        bars.append((i * (BAR + GAP) + GAP, round(HEIGHT + 2 - height, 1), height, value))
    label = f"{title}: " + ", ".join(
        f"{m.month.strftime('%B %Y')} {v}" for m, v in zip(months, values, strict=True)
    )
    return BarChart(title, bars, label, len(values) * (BAR + GAP) + GAP)


def month_charts(months: list[MonthCounts]) -> list[BarChart]:
    charts = [
        bar_chart(title, months, [getattr(m, key) for m in months]) for key, title in MEASURES
    ]
    labels = sorted({label for m in months for label in m.patterns})
    for label in labels:
        title = f"Turns with {label.replace('_', ' ')}"
        charts.append(bar_chart(title, months, [m.patterns.get(label, 0) for m in months]))
    return charts
