"""The couple report and one's own history, built from finished responses.

Reads go through the access layer: the partner's response of a round exists for the
reader only once both have finished that round (sealed visibility). Of that response
the reader sees only ``partner_view``: the parts its author chose to share, never a
sensitive dimension (fear, belittling, safety to share).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import scoring
from heartwork.checkup.instrument import CLOSENESS, Dimension, Instrument, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.checkup.norms import reliability_and_sd
from heartwork.checkup.stats import reliable_change

GROWTH = 55  # below this a dimension is a place to grow
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
    # Sensitive dimensions where I scored low: a private card, for me alone.
    private_help: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerView:
    """What the partner sees of one response: the only way their scores leave it."""

    parts: frozenset[str]
    scores: dict[str, int]
    closeness: int | None


def partner_view(
    answers: dict[str, int], parts: Collection[str], instrument: Instrument
) -> PartnerView:
    """The scores of the shared parts, without any sensitive dimension."""
    chosen = frozenset(parts)
    all_scores = scoring.scores(answers, instrument)
    shown = {
        d.key: all_scores[d.key]
        for d in instrument.dimensions
        if d.section in chosen and not d.sensitive and d.key in all_scores
    }
    return PartnerView(chosen, shown, answers.get(CLOSENESS) if CLOSENESS in chosen else None)


@dataclass
class PreviewSection:
    key: str
    title: str
    shared: bool
    rows: list[tuple[Dimension, int | None]]  # the score the partner sees, None: not shared


@dataclass
class Preview:
    sections: list[PreviewSection]
    closeness_shared: bool
    closeness: int | None


def partner_preview(response: CheckupResponse, parts: Collection[str] | None = None) -> Preview:
    """Exactly what my partner will see of my response, with ``parts`` (or my saved choice)."""
    instrument = load()
    chosen = response.shared_parts if parts is None else parts
    view = partner_view(answers_of(response), chosen, instrument)
    sections = [
        PreviewSection(
            s.key,
            s.title,
            s.key in view.parts,
            [(d, view.scores.get(d.key)) for d in s.dimensions],
        )
        for s in instrument.sections
    ]
    return Preview(sections, CLOSENESS in view.parts, view.closeness)


def couple_report(
    user: User, round_number: int, *, with_partner: bool = True
) -> CoupleReport | None:
    """The report of a round: mine alone until my partner has finished it too.

    ``with_partner=False`` gives my side alone whatever my partner did: the side-by-side
    view is one of the couple exercises a person can pause (``heartwork.safety``).
    """
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
        if with_partner
        else None
    )
    instrument = load()
    my_answers = answers_of(mine)
    my_scores = scoring.scores(my_answers, instrument)
    # Never the partner's answers or full scores: only what they chose to share.
    theirs_seen = (
        partner_view(answers_of(theirs), theirs.shared_parts, instrument)
        if theirs
        else PartnerView(frozenset(), {}, None)
    )
    their_scores = theirs_seen.scores
    report = CoupleReport(round_number, mine, theirs, theirs.author if theirs else None)
    for section in instrument.sections:
        rows = [
            Row(d, my_scores.get(d.key), their_scores.get(d.key), scoring.drivers(my_answers, d))
            for d in section.dimensions
        ]
        report.sections.append((section.title, rows))
    every = [row for _, rows in report.sections for row in rows]
    report.private_help = [
        r for r in every if r.dimension.sensitive and r.mine is not None and r.mine < GROWTH
    ]
    couple_rows = [r for r in every if not r.dimension.sensitive]
    report.strengths = [
        r
        for r in couple_rows
        if r.mine is not None
        and r.theirs is not None
        and r.mine >= scoring.STRONG
        and r.theirs >= scoring.STRONG
    ]
    low = [r for r in couple_rows if r.lowest is not None and r.lowest < GROWTH]
    report.growth = sorted(low, key=lambda r: r.lowest or 0)[:MAX_GROWTH_AREAS]
    report.gaps = _gaps(instrument, my_scores, their_scores, report.partner) if theirs else []
    report.closeness = (my_answers.get(CLOSENESS), theirs_seen.closeness)
    report.counselor = counselor_reasons(user)
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
    """Where two views of the same thing differ by GAP points or more, said without blame.

    Never about a sensitive dimension, on either side: fear or belittling is not a
    difference of views to talk over with the partner.
    """
    name = partner.display_name if partner else "Your partner"
    gaps = []
    for d in instrument.dimensions:
        wording = GAP_WORDING.get(d.section)
        other = d.key if d.section == "foundations" else d.pair
        if wording is None or other is None:
            continue
        if d.sensitive or instrument.dimension(other).sensitive:
            continue
        a, b = mine.get(d.key), theirs.get(other)
        if a is not None and b is not None and abs(a - b) >= scoring.GAP:
            more = "more" if b > a else "less"
            gaps.append(
                Gap(d, wording.format(name=name, dimension=d.name.lower(), more=more, a=a, b=b))
            )
    return gaps


def counselor_reasons(user: User) -> list[str]:
    """Why a counselor for the two of us could help; an empty list otherwise.

    Sensitive dimensions never count here: a low score there leads the person alone to
    private help (``CoupleReport.private_help``), not to a joint suggestion.
    """
    sensitive = {d.key for d in load().dimensions if d.sensitive}
    reasons = []
    overall = [
        scoring.overall({k: v for k, v in r.scores.items() if k not in sensitive})
        for r in my_rounds(user)[-2:]
    ]
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
