"""Measurement quality of a scale: Cronbach's alpha and item-total correlations.

Pure functions over a respondents x items matrix (reverse keys already applied), so the
command, the reliable-change index and the tests all use the same arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Matrix = Sequence[Sequence[float]]


def _variance(values: Sequence[float]) -> float:
    """Sample variance (n - 1)."""
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return sum((v - mean) ** 2 for v in values) / (n - 1)


def _correlation(a: Sequence[float], b: Sequence[float]) -> float | None:
    n = len(a)
    mean_a, mean_b = sum(a) / n, sum(b) / n
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    spread = math.sqrt(sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b))
    return cov / spread if spread else None


def cronbach_alpha(rows: Matrix) -> float | None:
    """k/(k-1) * (1 - sum of item variances / variance of the total); None if undefined."""
    if len(rows) < 2 or not rows[0] or len(rows[0]) < 2:
        return None
    k = len(rows[0])
    columns = list(zip(*rows, strict=True))
    total_variance = _variance([sum(row) for row in rows])
    if total_variance == 0:
        return None
    return k / (k - 1) * (1 - sum(_variance(col) for col in columns) / total_variance)


@dataclass(frozen=True)
class ItemStats:
    index: int
    corrected_item_total: float | None  # with the rest of the scale, the item left out
    alpha_if_deleted: float | None

    def lowers_alpha(self, alpha: float | None) -> bool:
        return (
            alpha is not None
            and self.alpha_if_deleted is not None
            and self.alpha_if_deleted > alpha
        )


def item_stats(rows: Matrix) -> list[ItemStats]:
    k = len(rows[0]) if rows else 0
    out = []
    for i in range(k):
        item = [row[i] for row in rows]
        rest = [sum(row) - row[i] for row in rows]
        without = [[v for j, v in enumerate(row) if j != i] for row in rows]
        out.append(
            ItemStats(
                i,
                _correlation(item, rest) if len(rows) > 1 else None,
                cronbach_alpha(without) if k > 2 else None,
            )
        )
    return out


def standard_deviation(values: Sequence[float]) -> float:
    return math.sqrt(_variance(values))


def reliable_change(before: float, after: float, *, sd: float, reliability: float) -> float:
    """Jacobson and Truax's reliable change index: the change over its standard error.

    RCI = (after - before) / sqrt(2 * SE^2), SE = SD * sqrt(1 - reliability). Beyond
    +/-1.96 a change is larger than the instrument's noise (95%).
    """
    se = sd * math.sqrt(max(1.0 - reliability, 0.0))
    s_diff = math.sqrt(2 * se * se)
    return (after - before) / s_diff if s_diff else 0.0
