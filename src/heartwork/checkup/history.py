"""One person's finished rounds over time: scores, real changes, and the counselor rule.

Each round is scored with the questions it was taken on. A dimension's scores are
compared from one round to the next only where its questions stayed the same; where a
new version of the check-up changed them, the history says so instead of drawing a
change that is only a change of wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import scoring
from heartwork.checkup.instrument import Dimension, Instrument, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.checkup.norms import DEFAULT_RELIABILITY, DEFAULT_SD, reliability_and_sd
from heartwork.checkup.private_help import signals
from heartwork.checkup.stats import reliable_change
from heartwork.core.prepared import Prepared, Slots


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


def scores_to_store(answers: dict[str, int], version: int) -> dict[str, object]:
    """What a finished round keeps in ``stored_scores``: its scores, scored once."""
    instrument = load(version)
    return {
        "scores": scoring.scores(answers, instrument),
        "private_help": bool(signals(answers, instrument)),
    }


def _answers_of(responses: list[CheckupResponse]) -> dict[int, dict[str, int]]:
    answers: dict[int, dict[str, int]] = {r.pk: {} for r in responses}
    rows = CheckupAnswer.objects.filter(response__in=responses).values_list(
        "response_id", "item_key", "value"
    )
    for response_id, key, value in rows:
        answers[response_id][key] = value
    return answers


# Rounds a page of the history shows: two years at one a season. Each page draws only
# its own rounds, so a page costs the same after ten years as after one (issue 12).
ROUNDS_PER_PAGE = 8


def finished(user: User) -> QuerySet[CheckupResponse]:
    """My finished rounds, newest first: the order the history pages through them."""
    return (
        access.owned(user, CheckupResponse)
        .filter(finished_at__isnull=False)
        .order_by("-round_number")
    )


def scored(responses: list[CheckupResponse]) -> list[RoundScores]:
    """The scores of these rounds, in the order given.

    Read as stored when each round was finished: nothing scored again. Rounds from
    before scores were stored are scored here (one more query) until the worker has
    stored theirs.
    """
    unstored = [r for r in responses if r.stored_scores is None]
    answers = _answers_of(unstored) if unstored else {}
    out = []
    for r in responses:
        stored: dict[str, Any] = r.stored_scores or scores_to_store(
            answers[r.pk], r.instrument_version
        )
        out.append(
            RoundScores(
                r.round_number,
                r.finished_at,  # type: ignore[arg-type]
                dict(stored["scores"]),
                load(r.instrument_version),
                bool(stored["private_help"]),
            )
        )
    return out


def my_rounds(user: User, *, last: int | None = None) -> list[RoundScores]:
    """My scores for each finished round, oldest first; one query however many rounds.

    ``last``: only the latest rounds, so a rule that looks at two reads two.
    """
    if last is None:
        return scored(list(finished(user))[::-1])
    return scored(LAST_ROUNDS.objects(last, reader=user.pk)[::-1])


def fill_stored_scores(*, batch: int = 200) -> int:
    """Store the scores of finished rounds from before they were stored; how many.

    For ``heartwork worker``. Safe for several workers at once: a round's answers no
    longer change once it is finished, so two workers would store the same scores.
    """
    responses = list(
        CheckupResponse.objects.filter(
            finished_at__isnull=False, stored_scores__isnull=True
        ).order_by("pk")[:batch]
    )
    answers = _answers_of(responses)
    for r in responses:
        CheckupResponse.objects.filter(pk=r.pk, stored_scores__isnull=True).update(
            stored_scores=scores_to_store(answers[r.pk], r.instrument_version)
        )
    return len(responses)


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


def _last_rounds(slots: Slots, last: int) -> QuerySet[CheckupResponse]:
    """``my_rounds``' latest ``last`` rounds, asked on every Today by the counselor rule:
    built once per process and ``last`` (``core/prepared.py``)."""
    return finished(User(pk=slots.reader))[:last]


LAST_ROUNDS = Prepared(_last_rounds, reader=int)
