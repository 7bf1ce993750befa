"""The couple report and one's own history, built from finished responses.

Reads go through the access layer: the partner's response of a round exists for the
reader only once both have finished that round (sealed visibility). Of that response
the reader sees only ``partner_view``: the parts its author chose to share, never a
sensitive dimension (fear, belittling, safety to share).

Each response is scored with the questions it was taken on; when the two partners took
a round on different versions, a dimension is set side by side only if its questions
are the same in both.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import scoring
from heartwork.checkup.instrument import CLOSENESS, Dimension, Instrument, Practice, load
from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.private_help import Signal, signals

GROWTH = 55  # below this a dimension is a place to grow
MAX_GROWTH_AREAS = 5


def answers_of(response: CheckupResponse) -> dict[str, int]:
    return dict(response.answers.values_list("item_key", "value"))


def instrument_of(response: CheckupResponse) -> Instrument:
    """The questions this response was taken on."""
    return load(response.instrument_version)


@dataclass
class Row:
    dimension: Dimension
    mine: int | None
    theirs: int | None  # None when not shared or not available
    drivers: list[scoring.Driver] = field(default_factory=list)  # my own items, lowest first
    # The partner shared it, but answered other questions for it (another version).
    asked_differently: bool = False
    # The practices offered for it: without those that ask me to open up, while I
    # don't feel safe to (see CoupleReport.private_help).
    practices: tuple[Practice, ...] = ()

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
    # Why my own answers say I may not be safe: a private note, for me alone, leading to
    # help of my own instead of joint counseling or practices that ask me to open up.
    private_help: list[Signal] = field(default_factory=list)
    # Some practices that ask me to open up were left out because of private_help.
    practices_held_back: bool = False


@dataclass(frozen=True)
class PartnerView:
    """What the partner sees of one response: the only way their scores leave it."""

    parts: frozenset[str]
    scores: dict[str, int]
    closeness: int | None


def partner_view(
    answers: dict[str, int], parts: Collection[str], instrument: Instrument
) -> PartnerView:
    """The scores of the shared parts, without any sensitive dimension or the fear question."""
    chosen = frozenset(parts)
    all_scores = scoring.scores(answers, instrument)
    shown = {
        d.key: all_scores[d.key]
        for d in instrument.dimensions
        if d.section in chosen and not d.sensitive and not d.screen and d.key in all_scores
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
    instrument = instrument_of(response)
    chosen = response.shared_parts if parts is None else parts
    view = partner_view(answers_of(response), chosen, instrument)
    sections = [
        PreviewSection(
            s.key,
            s.title,
            s.key in view.parts,
            [(d, view.scores.get(d.key)) for d in s.scored_dimensions],
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
    instrument = instrument_of(mine)
    my_answers = answers_of(mine)
    my_scores = scoring.scores(my_answers, instrument)
    # Never the partner's answers or full scores: only what they chose to share.
    their_instrument = instrument_of(theirs) if theirs else instrument
    theirs_seen = (
        partner_view(answers_of(theirs), theirs.shared_parts, their_instrument)
        if theirs
        else PartnerView(frozenset(), {}, None)
    )
    report = CoupleReport(round_number, mine, theirs, theirs.author if theirs else None)
    for section in instrument.sections:
        rows = [
            _row(d, my_scores, my_answers, theirs_seen, their_instrument, instrument)
            for d in section.dimensions
            if not d.screen
        ]
        report.sections.append((section.title, rows))
    every = [row for _, rows in report.sections for row in rows]
    report.private_help = signals(my_answers, instrument)
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
    report.practices_held_back = _hold_back_opening_up(report.growth, bool(report.private_help))
    their_scores = {r.dimension.key: r.theirs for r in every if r.theirs is not None}
    report.gaps = (
        _gaps(
            instrument,
            my_scores,
            their_scores,
            report.partner,
            nudge=not report.private_help,
        )
        if theirs
        else []
    )
    report.closeness = (my_answers.get(CLOSENESS), theirs_seen.closeness)
    return report


def _row(
    d: Dimension,
    my_scores: dict[str, int],
    my_answers: dict[str, int],
    theirs_seen: PartnerView,
    their_instrument: Instrument,
    my_instrument: Instrument,
) -> Row:
    """One dimension side by side: theirs only if shared and asked with the same questions."""
    their_d = their_instrument.find(d.key)
    same = d.comparable_with(their_d) and not (d.sensitive or (their_d and their_d.sensitive))
    shared = d.section in theirs_seen.parts  # sections keep their keys across versions
    return Row(
        d,
        my_scores.get(d.key),
        theirs_seen.scores.get(d.key) if same else None,
        scoring.drivers(my_answers, d, my_instrument.scale),
        asked_differently=shared and not same and not d.sensitive,
        practices=d.practices,
    )


def _hold_back_opening_up(growth: list[Row], unsafe: bool) -> bool:
    """Leave out practices that ask me to open up while I don't feel safe to; say if any."""
    if not unsafe:
        return False
    held_back = False
    for row in growth:
        kept = tuple(p for p in row.practices if not p.opens_up)
        held_back = held_back or len(kept) < len(row.practices)
        row.practices = kept
    return held_back


# How each section's two views are compared, and said: what differs, then a nudge to talk
# it over. {name} is the partner, {a} my score, {b} theirs, {more} "more" or "less". The
# partner's key is the paired dimension (how they see themself) or, for foundations, the
# same one. "Neither view is wrong" is never said where the experience of the one on the
# receiving end counts (patience, respect): EXPERIENCE_COUNTS is said there instead. A
# reader who does not feel safe with their partner gets no nudge to talk it over.
GAP_WORDING = {
    "partner_offers": (
        "{name} sees their own {dimension} {more} than you feel it ({name}: {b}, you: {a}).",
        "Neither view is wrong; it may be worth asking each other what it looks like day to day.",
    ),
    "self_offers": (
        "{name} feels your {dimension} {more} than you see it in yourself ({name}: {b}, you: {a}).",
        "A gentle conversation about what they notice could help you both.",
    ),
    "foundations": (
        "You see {dimension} between you differently (you: {a}, {name}: {b}).",
        "Talking about what shapes each view is a good start.",
    ),
}
EXPERIENCE_COUNTS = {
    "partner_offers": (
        "{name} sees their own {dimension} {more} than you feel it ({name}: {b}, you: {a}). "
        "How it feels on your side is real, and it counts as it is.",
        "If you want to raise it, the coach can help you find the words; you don't have to.",
    ),
    "self_offers": (
        "{name} feels your {dimension} {more} than you see it in yourself ({name}: {b}, you: {a}). "
        "Here what it is like on their side is what counts.",
        "You could ask what they notice, and listen without defending.",
    ),
}


def _gaps(
    instrument: Instrument,
    mine: dict[str, int],
    theirs: dict[str, int],
    partner: User | None,
    *,
    nudge: bool,
) -> list[Gap]:
    """Where two views of the same thing differ by GAP points or more, said without blame.

    Never about a sensitive dimension, on either side: fear or belittling is not a
    difference of views to talk over with the partner.
    """
    name = partner.display_name if partner else "Your partner"
    gaps = []
    for d in instrument.scored_dimensions:
        wordings = EXPERIENCE_COUNTS if d.experience_counts else GAP_WORDING
        wording = wordings.get(d.section)
        other = d.key if d.section == "foundations" else d.pair
        paired = instrument.find(other) if other else None
        if wording is None or paired is None:
            continue
        if d.sensitive or paired.sensitive:
            continue
        a, b = mine.get(d.key), theirs.get(paired.key)
        if a is not None and b is not None and abs(a - b) >= scoring.GAP:
            more = "more" if b > a else "less"
            said = " ".join(wording if nudge else wording[:1])
            gaps.append(
                Gap(d, said.format(name=name, dimension=d.name.lower(), more=more, a=a, b=b))
            )
    return gaps
