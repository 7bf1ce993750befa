"""Scores, bands and comparisons: pure functions over answers (item key -> 1..7)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from heartwork.checkup.instrument import POINTS, Dimension, Instrument

STRONG = 70  # a score at or above this is a strength
LOW = 40  # below this is the lowest band: a growth area
GAP = 20  # two views of the same thing this far apart are a perception gap


def item_value(value: int, reverse: bool) -> int:
    """The answer with reverse keys applied, so that higher always means more."""
    return POINTS + 1 - value if reverse else value


def dimension_score(answers: Mapping[str, int], dimension: Dimension) -> int | None:
    """0-100, or None while any item of the dimension is unanswered."""
    values = [answers.get(item.key) for item in dimension.items]
    if any(v is None for v in values):
        return None
    keyed = [item_value(v, item.reverse) for v, item in zip(values, dimension.items, strict=True)]  # type: ignore[arg-type]
    return round(score_of_keyed(keyed))


def score_of_keyed(keyed: list[int] | list[float]) -> float:
    """The 0-100 score of a dimension's keyed answers: (mean - 1) / (points - 1) * 100."""
    return (sum(keyed) / len(keyed) - 1) / (POINTS - 1) * 100


@dataclass(frozen=True)
class Driver:
    """An item's part in a score.

    ``answer`` is what the person chose, in the scale's words, exactly as given: a
    reverse-keyed sentence answered "Completely true" is shown so, never as "1 of 7"
    beside a sentence that says the opposite. ``keyed`` only orders them.
    """

    text: str
    keyed: int
    answer: str


def drivers(answers: Mapping[str, int], dimension: Dimension, scale: Sequence[str]) -> list[Driver]:
    """The items of a dimension, the ones that pulled the score down first."""
    out = [
        Driver(item.text, item_value(answers[item.key], item.reverse), scale[answers[item.key] - 1])
        for item in dimension.items
        if item.key in answers
    ]
    return sorted(out, key=lambda d: d.keyed)


def scores(answers: Mapping[str, int], instrument: Instrument) -> dict[str, int]:
    """Every dimension's score; never the direct question about fear, which is no score."""
    out = {}
    for dimension in instrument.scored_dimensions:
        score = dimension_score(answers, dimension)
        if score is not None:
            out[dimension.key] = score
    return out


def overall(scores_by_dimension: Mapping[str, int], instrument: Instrument) -> int | None:
    """Overall closeness: the mean over the instrument's closeness dimensions.

    Leaves out the private section about oneself and every sensitive dimension
    (``Instrument.closeness_dimensions`` says why).
    """
    counted = [
        scores_by_dimension[d.key]
        for d in instrument.closeness_dimensions
        if d.key in scores_by_dimension
    ]
    if not counted:
        return None
    return round(sum(counted) / len(counted))
