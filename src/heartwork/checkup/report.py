"""The couple report and one's own history, built from finished responses.

Reads go through the access layer: the partner's response of a round exists for the
reader only once both have finished that round (sealed visibility).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import scoring
from heartwork.checkup.instrument import CLOSENESS, PRIVATE_SECTION, Dimension, Instrument, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.checkup.norms import reliability_and_sd
from heartwork.checkup.stats import reliable_change

GROWTH = 55  # below this a dimension is a place to grow
VERY_LOW = 25  # respect or safety this low: a counselor could help
MAX_GROWTH_AREAS = 5


def answers_of(response: CheckupResponse) -> dict[str, int]:
    return dict(response.answers.values_list("item_key", "value"))


@dataclass
class Row:
    dimension: Dimension
    mine: int | None
    theirs: int | None  # None when not shared or not available
    drivers: list[scoring.Driver] = field(default_factory=list)  # my own items, lowest first

    @property
    def lowest(self) -> int | None:
        return min((s for s in (self.mine, self.theirs) if s is not None), default=None)


@dataclass
class Gap:
    dimension: Dimension
    text: str


@dataclass
class CoupleReport:
    round_number: int
    mine: CheckupResponse
    theirs: CheckupResponse | None
    partner: User | None
    sections: list[tuple[str, list[Row]]] = field(default_factory=list)
    strengths: list[Row] = field(default_factory=list)
    growth: list[Row] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    closeness: tuple[int | None, int | None] = (None, None)
    counselor: list[str] = field(default_factory=list)


def _visible(section: str, response: CheckupResponse | None) -> bool:
    return response is not None and (section != PRIVATE_SECTION or response.share_self_needs)


def couple_report(user: User, round_number: int) -> CoupleReport | None:
    """The report of a round: mine alone until my partner has finished it too."""
    mine = (
        access.owned(user, CheckupResponse)
        .filter(round_number=round_number, finished_at__isnull=False)
        .first()
    )
    if mine is None:
        return None
    theirs = (
        access.readable(user, CheckupResponse)
        .filter(round_number=round_number, finished_at__isnull=False)
        .exclude(author=user)
        .select_related("author")
        .first()
    )
    instrument = load()
    my_answers = answers_of(mine)
    their_answers = answers_of(theirs) if theirs else {}
    my_scores = scoring.scores(my_answers, instrument)
    their_scores = scoring.scores(their_answers, instrument)
    report = CoupleReport(round_number, mine, theirs, theirs.author if theirs else None)
    for section in instrument.sections:
        rows = [
            Row(
                d,
                my_scores.get(d.key),
                their_scores.get(d.key) if _visible(section.key, theirs) else None,
                scoring.drivers(my_answers, d),
            )
            for d in section.dimensions
        ]
        report.sections.append((section.title, rows))
    every = [row for _, rows in report.sections for row in rows]
    report.strengths = [
        r
        for r in every
        if r.mine is not None
        and r.theirs is not None
        and r.mine >= scoring.STRONG
        and r.theirs >= scoring.STRONG
    ]
    low = [r for r in every if r.lowest is not None and r.lowest < GROWTH]
    report.growth = sorted(low, key=lambda r: r.lowest or 0)[:MAX_GROWTH_AREAS]
    report.gaps = _gaps(instrument, my_scores, their_scores, report.partner) if theirs else []
    report.closeness = (my_answers.get(CLOSENESS), their_answers.get(CLOSENESS))
    report.counselor = counselor_reasons(user, my_scores, their_scores)
    return report


# How each section's two views are compared, and said: {name} is the partner, {a} my
# score, {b} theirs, {more} "more" or "less". The partner's key is the paired dimension
# (how they see themself) or, for foundations, the same one.
GAP_WORDING = {
    "partner_offers": "{name} sees their own {dimension} {more} than you feel it ({name}: {b}, you: {a}). "
    "Neither view is wrong; it may be worth asking each other what it looks like day to day.",
    "self_offers": "{name} feels your {dimension} {more} than you see it in yourself ({name}: {b}, "
    "you: {a}). A gentle conversation about what they notice could help you both.",
    "foundations": "You see {dimension} between you differently (you: {a}, {name}: {b}). Talking about "
    "what shapes each view is a good start.",
}


def _gaps(
    instrument: Instrument, mine: dict[str, int], theirs: dict[str, int], partner: User | None
) -> list[Gap]:
    """Where two views of the same thing differ by GAP points or more, said without blame."""
    name = partner.display_name if partner else "Your partner"
    gaps = []
    for d in instrument.dimensions:
        wording = GAP_WORDING.get(d.section)
        other = d.key if d.section == "foundations" else d.pair
        if wording is None or other is None:
            continue
        a, b = mine.get(d.key), theirs.get(other)
        if a is not None and b is not None and abs(a - b) >= scoring.GAP:
            more = "more" if b > a else "less"
            gaps.append(
                Gap(d, wording.format(name=name, dimension=d.name.lower(), more=more, a=a, b=b))
            )
    return gaps


# A foundation that, scored very low by either partner, is reason enough to see someone.
_COUNSELOR_WHEN_LOW = (
    (
        "partner_respect",
        "Feeling respected scored very low. Belittling or shaming wears "
        "closeness down quickly, and a counselor can help you both change it.",
    ),
    (
        "safety_to_share",
        "Feeling safe to share scored very low. Being able to speak without "
        "fear matters, and a counselor offers a safe place to start.",
    ),
)


def counselor_reasons(user: User, mine: dict[str, int], theirs: dict[str, int]) -> list[str]:
    """Why a counselor could help, if the scores say so; an empty list otherwise."""
    reasons = [
        reason
        for key, reason in _COUNSELOR_WHEN_LOW
        if any(scores.get(key, 100) < VERY_LOW for scores in (mine, theirs))
    ]
    overall = [scoring.overall(r.scores) for r in my_rounds(user)[-2:]]
    if len(overall) == 2 and all(o is not None and o < scoring.LOW for o in overall):
        reasons.append(
            "Your overall closeness has been in the lowest band for two rounds. That "
            "is hard to carry, and a counselor can help you find a way forward together."
        )
    return reasons


@dataclass(frozen=True)
class RoundScores:
    round_number: int
    finished_at: datetime
    scores: dict[str, int]


def my_rounds(user: User) -> list[RoundScores]:
    """My scores for each finished round, oldest first (two queries, however many rounds)."""
    responses = list(
        access.owned(user, CheckupResponse)
        .filter(finished_at__isnull=False)
        .order_by("round_number")
    )
    answers: dict[int, dict[str, int]] = {r.pk: {} for r in responses}
    rows = CheckupAnswer.objects.filter(response__in=responses).values_list(
        "response_id", "item_key", "value"
    )
    for response_id, key, value in rows:
        answers[response_id][key] = value
    instrument = load()
    return [
        RoundScores(r.round_number, r.finished_at, scoring.scores(answers[r.pk], instrument))  # type: ignore[arg-type]
        for r in responses
    ]


@dataclass
class Change:
    dimension: Dimension
    before: int
    after: int
    rci: float

    @property
    def reliable(self) -> bool:
        return abs(self.rci) > 1.96


def changes_since_last(user: User) -> list[Change]:
    rounds = my_rounds(user)
    if len(rounds) < 2:
        return []
    norms = reliability_and_sd()
    before, after = rounds[-2].scores, rounds[-1].scores
    out = []
    for d in load().dimensions:
        if d.key in before and d.key in after:
            alpha, sd = norms[d.key]
            out.append(
                Change(
                    d,
                    before[d.key],
                    after[d.key],
                    reliable_change(before[d.key], after[d.key], sd=sd, reliability=alpha),
                )
            )
    return out
