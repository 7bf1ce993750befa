"""What the stored rounds say about the instrument: reliability and spread per dimension.

The reliable change index needs each dimension's reliability (Cronbach's alpha) and
standard deviation. They are measured over every finished round in this installation;
until enough rounds exist, documented defaults stand in (docs/checkup.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache

from heartwork.checkup import stats
from heartwork.checkup.instrument import Dimension, load
from heartwork.checkup.models import CheckupAnswer
from heartwork.checkup.scoring import item_value, score_of_keyed

MIN_RESPONDENTS = 20
DEFAULT_RELIABILITY = 0.80
DEFAULT_SD = 18.0
CACHE_KEY = "checkup:norms:instrument-{version}"  # new questions, new norms


@dataclass(frozen=True)
class DimensionStats:
    key: str
    respondents: int
    alpha: float | None
    item_stats: list[stats.ItemStats]
    sd: float | None


def item_matrix(
    dimension: Dimension, answers_by_response: dict[int, dict[str, int]]
) -> list[list[float]]:
    """Respondents x items, keyed, for every finished response that answered them all."""
    rows = []
    for answers in answers_by_response.values():
        if all(item.key in answers for item in dimension.items):
            rows.append([float(item_value(answers[i.key], i.reverse)) for i in dimension.items])
    return rows


def finished_answers() -> dict[int, dict[str, int]]:
    """Every finished response's answers. Only numbers: no text, no names."""
    out: dict[int, dict[str, int]] = {}
    rows = CheckupAnswer.objects.filter(response__finished_at__isnull=False).values_list(
        "response_id", "item_key", "value"
    )
    for response_id, key, value in rows.iterator():
        out.setdefault(response_id, {})[key] = value
    return out


def measure() -> list[DimensionStats]:
    answers = finished_answers()
    out = []
    for dimension in load().scored_dimensions:
        rows = item_matrix(dimension, answers)
        scores = [score_of_keyed(r) for r in rows]
        out.append(
            DimensionStats(
                dimension.key,
                len(rows),
                stats.cronbach_alpha(rows),
                stats.item_stats(rows) if len(rows) > 1 else [],
                stats.standard_deviation(scores) if len(scores) > 1 else None,
            )
        )
    return out


def reliability_and_sd() -> dict[str, tuple[float, float]]:
    """Per dimension (alpha, SD) for the reliable change index, cached for an hour."""
    key = CACHE_KEY.format(version=load().version)
    cached = cache.get(key)
    if cached is not None:
        return dict(cached)
    out = {}
    for s in measure():
        measured = s.respondents >= MIN_RESPONDENTS and s.alpha is not None and s.sd
        out[s.key] = (s.alpha, s.sd) if measured else (DEFAULT_RELIABILITY, DEFAULT_SD)
    cache.set(key, out, 3600)
    return out  # type: ignore[return-value]
