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
from heartwork.checkup import report_words as words
from heartwork.checkup import scoring
from heartwork.checkup.instrument import (
    CLOSENESS,
    SELF_NEEDS,
    Dimension,
    Instrument,
    Practice,
    load,
)
from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.private_help import Signal, signals
from heartwork.checkup.report_words import (  # noqa: F401 (the wordings, read by tests)
    BETWEEN,
    EXPERIENCE_COUNTS,
    FROM_ME,
    GAP_WORDING,
    GROWTH,
    SELF,
    TO_ME,
    Gap,
)

MAX_GROWTH_AREAS = 5
MAX_STRENGTHS = 5


def answers_of(response: CheckupResponse) -> dict[str, int]:
    return dict(response.answers.values_list("item_key", "value"))


def instrument_of(response: CheckupResponse) -> Instrument:
    """The questions this response was taken on."""
    return load(response.instrument_version)


@dataclass
class Row:
    """One quality in one direction, as the reader sees it: their number and the partner's.

    ``way`` says whose experience of whom it is (TO_ME: how I experience my partner,
    FROM_ME: how my partner experiences me, SELF: each about themself, BETWEEN: the
    ground under both), so a growth area can be worded for the reader: what I could ask
    for where I feel less of something, what I can offer where my partner does.
    """

    key: str  # unique in a report: my dimension's key, or "<key>_of_you"
    way: str
    dimension: Dimension  # mine where I answered it (drivers come from it)
    mine: int | None
    theirs: int | None  # None when not shared or not available
    drivers: list[scoring.Driver] = field(default_factory=list)  # my own items, lowest first
    # The partner shared it, but answered other questions for it (another version).
    asked_differently: bool = False
    # The practices offered for it: without those that ask me to open up, while I
    # don't feel safe to (see CoupleReport.private_help).
    practices: tuple[Practice, ...] = ()
    about: str = ""
    their_key: str | None = None  # the partner's dimension set beside mine
    # About fear, belittling or safety to share on either side: never a strength, a
    # difference or a couple practice.
    sensitive: bool = False
    theirs_private: bool = False  # their side is sensitive: never shown, whatever they share
    mine_asked: bool = True  # I gave a view of this (not so of my partner's trust in me)
    theirs_asked: bool = True  # my partner gave one (they have no view of their own trust)
    gap: Gap | None = None
    label: str = ""  # its name where it stands alone: "Kindness from Sam"
    why: str = ""  # set for a place to grow: what the numbers say, to the reader
    ideas: str = ""  # and how its practices are offered: "What you can offer"

    @property
    def name(self) -> str:
        return self.dimension.name

    @property
    def lowest(self) -> int | None:
        return min((s for s in (self.mine, self.theirs) if s is not None), default=None)


@dataclass
class ReportSection:
    """One of the four views, with whose number is whose said in its column labels."""

    way: str
    title: str
    mine_label: str
    theirs_label: str
    rows: list[Row]

    @property
    def theirs_first(self) -> bool:
        # How my partner experiences me: their side is what counts, so it comes first.
        return self.way == FROM_ME


@dataclass
class CoupleReport:
    round_number: int
    mine: CheckupResponse
    theirs: CheckupResponse | None
    partner: User | None
    sections: list[ReportSection] = field(default_factory=list)
    strengths: list[Row] = field(default_factory=list)
    growth: list[Row] = field(default_factory=list)
    # Differences of view not already a place to grow: each row is in one place only.
    gaps: list[Gap] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    closeness: tuple[int | None, int | None] = (None, None)
    # Why my own answers say I may not be safe: a private note, for me alone, leading to
    # help of my own instead of joint counseling or practices that ask me to open up.
    private_help: list[Signal] = field(default_factory=list)
    # Some practices that ask me to open up were left out because of private_help.
    practices_held_back: bool = False

    @property
    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]

    def row(self, key: str) -> Row:
        return next(row for row in self.rows if row.key == key)


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
    # Never the partner's answers or full scores: only what they chose to share.
    their_instrument = instrument_of(theirs) if theirs else instrument
    theirs_seen = (
        partner_view(answers_of(theirs), theirs.shared_parts, their_instrument)
        if theirs
        else PartnerView(frozenset(), {}, None)
    )
    report = CoupleReport(round_number, mine, theirs, theirs.author if theirs else None)
    name = report.partner.display_name if report.partner else "your partner"
    sides = _Sides(
        instrument,
        my_answers,
        scoring.scores(my_answers, instrument),
        theirs_seen,
        their_instrument,
    )
    report.sections = _sections(instrument, sides, name)
    report.private_help = signals(my_answers, instrument)
    _place(report, name, nudge=not report.private_help)
    report.practices_held_back = _hold_back_opening_up(report.growth, bool(report.private_help))
    report.closeness = (my_answers.get(CLOSENESS), theirs_seen.closeness)
    if theirs and not report.private_help:
        report.prompts = words.prompts(report, name)
    return report


@dataclass
class _Sides:
    """My scores and what I see of my partner's, to set one quality side by side."""

    instrument: Instrument
    answers: dict[str, int]
    scores: dict[str, int]
    theirs_seen: PartnerView
    their_instrument: Instrument

    def row(self, way: str, d: Dimension, their_key: str | None, *, answered: bool) -> Row:
        """``d`` as I answered it (``answered``) beside the partner's ``their_key``.

        Theirs only if shared, never one of their sensitive dimensions, and asked with the
        same questions in both versions. My own sensitive number is mine to see; it only
        keeps the row out of strengths, differences and places to grow (``_place``).
        """
        asked_me = self.instrument.find(their_key) if their_key else None
        their_d = self.their_instrument.find(their_key) if their_key else None
        sensitive = bool(their_d and their_d.sensitive)
        same = bool(asked_me and asked_me.comparable_with(their_d)) and not sensitive
        # Sections keep their keys across versions.
        shared = their_d is not None and their_d.section in self.theirs_seen.parts
        return Row(
            d.key if answered else d.key + words.OF_YOU,
            way,
            d,
            self.scores.get(d.key) if answered else None,
            self.theirs_seen.scores.get(their_key) if same and their_key else None,
            scoring.drivers(self.answers, d, self.instrument.scale) if answered else [],
            asked_differently=shared and not same and not sensitive,
            practices=d.practices,
            their_key=their_key,
            sensitive=sensitive or d.sensitive,
            theirs_private=sensitive,
            mine_asked=answered,
            theirs_asked=their_key is not None,
        )


def _sections(instrument: Instrument, sides: _Sides, name: str) -> list[ReportSection]:
    """The four views of the reader's round, each quality in one direction per row.

    How I experience my partner sets my view of them beside how they see themself; how
    they experience me sets their view of me beside how I see myself. A quality of the
    partner that has no self-view (trustworthiness) is there in both directions, one
    number each; what I can offer to earn trust are the practices of integrity.
    """
    offers = {d.key: d for d in instrument.dimensions if d.section == "partner_offers"}
    own = [d for d in instrument.dimensions if d.section == "self_offers"]
    to_me = [sides.row(TO_ME, d, d.pair or None, answered=True) for d in offers.values()]
    from_me = [sides.row(FROM_ME, d, d.pair, answered=True) for d in own]
    for d in offers.values():
        if d.pair is None:
            row = sides.row(FROM_ME, d, d.key, answered=False)
            row.practices = _offered_instead(instrument, d)
            from_me.append(row)

    def of(section: str, way: str) -> list[Row]:
        return [
            sides.row(way, d, d.key, answered=True)
            for d in instrument.dimensions
            if d.section == section and not d.screen
        ]

    views = [(TO_ME, to_me), (FROM_ME, from_me), (SELF, of(SELF_NEEDS, SELF))]
    views.append((BETWEEN, of("foundations", BETWEEN)))
    sections = []
    for way, rows in views:
        for row in rows:
            row.label = words.label(row, name)
        sections.append(ReportSection(way, *words.section_labels(way, name), rows))
    return sections


def _offered_instead(instrument: Instrument, d: Dimension) -> tuple[Practice, ...]:
    """What I can do to earn what my partner feels (trust is earned by what I do)."""
    instead = instrument.find(words.OFFERED_INSTEAD.get(d.key, ""))
    return instead.practices if instead else ()


def _place(report: CoupleReport, name: str, *, nudge: bool) -> None:
    """Put each row in one place at most: a place to grow, a difference, or a strength.

    Never a sensitive dimension (fear, belittling, safety to share): those lead to
    private help, not to couple practices or a difference of views to talk over.
    """
    rows = [r for r in report.rows if not r.sensitive]
    for row in rows:
        row.gap = words.gap(row, name, nudge=nudge) if report.theirs else None
    low = [r for r in rows if words.grows(r)]
    report.growth = sorted(low, key=lambda r: r.lowest or 0)[:MAX_GROWTH_AREAS]
    for row in report.growth:
        words.word_growth(row, name)
    growing = {r.key for r in report.growth}
    report.gaps = [r.gap for r in rows if r.gap and r.key not in growing]
    differ = {r.key for r in rows if r.gap}
    strong = [
        r
        for r in rows
        if r.key not in growing
        and r.key not in differ
        and r.mine is not None
        and r.theirs is not None
        and r.mine >= scoring.STRONG
        and r.theirs >= scoring.STRONG
    ]
    # The strongest few: a list of everything would bury them.
    report.strengths = sorted(strong, key=lambda r: -(r.lowest or 0))[:MAX_STRENGTHS]


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
