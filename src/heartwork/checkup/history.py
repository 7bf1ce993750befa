"""One person's finished rounds over time: scores, real changes, and the counselor rule.

Each round is scored with the questions it was taken on. A dimension's scores are
compared from one round to the next only where its questions stayed the same; where a
new version of the check-up changed them, the history says so instead of drawing a
change that is only a change of wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import scoring
from heartwork.checkup.instrument import Dimension, Instrument, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.checkup.norms import DEFAULT_RELIABILITY, DEFAULT_SD, reliability_and_sd
from heartwork.checkup.private_help import signals
from heartwork.checkup.stats import reliable_change


@dataclass(frozen=True)
class RoundScores:
    round_number: int
    finished_at: datetime
    scores: dict[str, int]
    instrument: Instrument  # the version this round was taken on
    private_help: bool  # my own answers in it signal that I may not be safe

    @property
    def version(self) -> int:
        return self.instrument.version


def my_rounds(user: User, *, last: int | None = None) -> list[RoundScores]:
    """My scores for each finished round, oldest first (two queries, however many rounds).

    ``last``: only the latest rounds, so a rule that looks at two reads two.
    """
    finished = access.owned(user, CheckupResponse).filter(finished_at__isnull=False)
    if last is None:
        responses = list(finished.order_by("round_number"))
    else:
        responses = list(finished.order_by("-round_number")[:last])[::-1]
    answers: dict[int, dict[str, int]] = {r.pk: {} for r in responses}
    rows = CheckupAnswer.objects.filter(response__in=responses).values_list(
        "response_id", "item_key", "value"
    )
    for response_id, key, value in rows:
        answers[response_id][key] = value
    out = []
    for r in responses:
        instrument = load(r.instrument_version)
        out.append(
            RoundScores(
                r.round_number,
                r.finished_at,  # type: ignore[arg-type]
                scoring.scores(answers[r.pk], instrument),
                instrument,
                bool(signals(answers[r.pk], instrument)),
            )
        )
    return out


@dataclass
class Change:
    dimension: Dimension
    before: int
    after: int
    rci: float

    @property
    def reliable(self) -> bool:
        return abs(self.rci) > 1.96


@dataclass
class SinceLast:
    changes: list[Change] = field(default_factory=list)
    # Asked with different questions than last round: their scores are not compared.
    not_compared: list[Dimension] = field(default_factory=list)
    new: list[Dimension] = field(default_factory=list)  # not asked in the round before


def since_last(rounds: list[RoundScores]) -> SinceLast:
    """How each dimension moved between my last two rounds, where it can be compared."""
    out = SinceLast()
    if len(rounds) < 2:
        return out
    norms = reliability_and_sd()
    before, after = rounds[-2], rounds[-1]
    for d in after.instrument.scored_dimensions:
        earlier = before.instrument.find(d.key)
        if not d.comparable_with(earlier):
            (out.new if earlier is None else out.not_compared).append(d)
            continue
        if d.key in before.scores and d.key in after.scores:
            alpha, sd = norms.get(d.key, (DEFAULT_RELIABILITY, DEFAULT_SD))
            a, b = before.scores[d.key], after.scores[d.key]
            out.changes.append(Change(d, a, b, reliable_change(a, b, sd=sd, reliability=alpha)))
    return out
