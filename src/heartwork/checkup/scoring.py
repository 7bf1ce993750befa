"""Scores, bands and comparisons: pure functions over answers (item key -> 1..7)."""

from __future__ import annotations

from collections.abc import Mapping
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
    """An item's part in a score: what the person answered, keyed."""

    text: str
    keyed: int


def drivers(answers: Mapping[str, int], dimension: Dimension) -> list[Driver]:
    """The items of a dimension, the ones that pulled the score down first."""
    out = [
        Driver(item.text, item_value(answers[item.key], item.reverse))
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


def overall(scores_by_dimension: Mapping[str, int]) -> int | None:
    """The mean over every dimension: the overall closeness score."""
    if not scores_by_dimension:
        return None
    return round(sum(scores_by_dimension.values()) / len(scores_by_dimension))
