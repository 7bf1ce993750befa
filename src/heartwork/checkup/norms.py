"""What the stored rounds say about the instrument: reliability and spread per dimension.

The reliable change index needs each dimension's reliability (Cronbach's alpha) and
standard deviation. They are measured over every finished round in this installation
by ``heartwork worker`` (``refresh``, at most once every ``MEASURE_EVERY``), never while
a page waits: measuring reads every answer. Pages read the one stored row. Until enough
rounds exist, documented defaults stand in (docs/checkup.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from heartwork.checkup import stats
from heartwork.checkup.instrument import Dimension, load
from heartwork.checkup.models import CheckupAnswer, Norms
from heartwork.checkup.scoring import item_value, score_of_keyed
from heartwork.core import leases

MIN_RESPONDENTS = 20
DEFAULT_RELIABILITY = 0.80
DEFAULT_SD = 18.0
MEASURE_EVERY = timedelta(hours=6)
# A claim older than this belongs to a worker that died mid-measure: take it over.
CLAIM_EXPIRES = timedelta(minutes=30)


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
    """Per dimension (alpha, SD) for the reliable change index: one small row, or defaults."""
    stored = (
        Norms.objects.filter(instrument_version=load().version)
        .values_list("values", flat=True)
        .first()
    )
    return {key: (pair[0], pair[1]) for key, pair in (stored or {}).items()}


def _measured() -> dict[str, list[float]]:
    out = {}
    for s in measure():
        # An alpha below 0 says the answers do not hang together at all (it has no lower
        # bound); such a figure would only make every change look like noise, so that
        # dimension keeps the default until its answers say something.
        if s.respondents >= MIN_RESPONDENTS and s.alpha is not None and s.sd and s.alpha >= 0:
            out[s.key] = [s.alpha, s.sd]
    return out


def refresh(*, worker: str, now: datetime | None = None) -> bool:
    """Measure the current version's norms if they are due and no other worker has them.

    Claimed with one conditional UPDATE, as reminders are, so that several workers
    never measure at once. Returns whether this worker measured.
    """
    now = now or timezone.now()
    version = load().version
    try:
        with transaction.atomic():
            Norms.objects.get_or_create(instrument_version=version)
    except IntegrityError:
        pass  # another worker made the row a moment ago
    due = Q(measured_at__isnull=True) | Q(measured_at__lte=now - MEASURE_EVERY)
    mine = Norms.objects.filter(due, instrument_version=version)
    if not leases.claim(mine, worker=worker, now=now, expires=CLAIM_EXPIRES):
        return False
    values = _measured()
    Norms.objects.filter(instrument_version=version, claimed_by=worker).update(
        values=values, measured_at=timezone.now(), claimed_by="", claimed_at=None
    )
    return True
