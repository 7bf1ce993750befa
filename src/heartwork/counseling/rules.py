"""When Heartwork suggests a counselor, and which kind: the one rule for the web and the API.

The rule reads a few counts (``Signals``, gathered by ``selectors.signals_for``) and
decides. It is documented, with each threshold, in docs/counseling.md:

- **Check-up**: my overall closeness (without the sensitive dimensions) in the check-up's
  own lowest band (``scoring.LOW``) in each of my last two finished rounds.
- **Shared words**: at least ``HARSH_AT`` things the two of us shared over the last
  ``WINDOW`` in which the coach finds criticism or contempt (counts only; never what was
  typed and not sent, never anything private).
- **Unresolved topics**: at least ``UNRESOLVED_AT`` conflict-room topics that ended
  unresolved, counted by whatever registered with ``unresolved_topics_source``.
- **A private signal**: my own check-up answers say I may not be safe (the check-up's
  ``private_help`` rule, with its thresholds: respect or safety to share below 55, any
  fear, holding back for fear), or my private safety screen shows risk, or I paused the
  couple exercises. Then the suggestion is always a counselor *of my own*, never "go
  together", whatever else holds.

Asking needs no rule: the counseling page is linked from Today, Settings and the
check-up report for everyone, always.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from heartwork.accounts.models import User
from heartwork.checkup import scoring
from heartwork.checkup.history import RoundScores

WINDOW = timedelta(days=28)
HARSH_AT = 4  # shared things with criticism or contempt in WINDOW: about one a week
HARSH_LABELS = frozenset({"criticism", "contempt"})
UNRESOLVED_AT = 3  # conflict-room topics that ended unresolved, as the room counts them

Path = Literal["together", "own"]


@dataclass(frozen=True)
class Reason:
    key: str  # "checkup", "shared_words", "unresolved" or "private"
    words: str  # for the reader alone, warm and without blame


REASONS = {
    "checkup": Reason(
        "checkup",
        "Your overall closeness has been in the lowest band for two rounds. That is hard "
        "to carry, and a counselor can help you find a way forward together.",
    ),
    "shared_words": Reason(
        "shared_words",
        "Over the last four weeks, some of what you've shared with each other has carried "
        "criticism or contempt. That happens to couples who care, when things are hard, and "
        "a counselor can help you both find gentler ways to say difficult things.",
    ),
    "unresolved": Reason(
        "unresolved",
        "A few topics keep ending without an answer you can both live with. A counselor can "
        "help you find a way through them together.",
    ),
    "private": Reason(
        "private",
        "Some of your own answers say that things don't always feel safe with your partner. "
        "Then help just for you comes first: a counselor of your own, at your own pace, "
        "rather than sessions together.",
    ),
}


@dataclass(frozen=True)
class Signals:
    """What the rule reads, all counts: nothing here holds anyone's words."""

    overall_last_two: tuple[int | None, ...] = ()  # my last two rounds, oldest first
    private: bool = False
    harsh_shared: int = 0
    unresolved: int = 0


@dataclass(frozen=True)
class Suggestion:
    path: Path | None  # None: nothing suggested (the page is still there for anyone)
    reasons: tuple[Reason, ...] = ()

    @property
    def suggested(self) -> bool:
        return self.path is not None


def overall_closeness(rounds: RoundScores) -> int | None:
    """A round's overall closeness, as the check-up counts it (never a sensitive dimension)."""
    return scoring.overall(rounds.scores, rounds.instrument)


def decide(signals: Signals) -> Suggestion:
    """The suggestion for one person; a private signal always leads to the individual path."""
    if signals.private:
        return Suggestion("own", (REASONS["private"],))
    held = []
    last_two = signals.overall_last_two
    if len(last_two) == 2 and all(o is not None and o < scoring.LOW for o in last_two):
        held.append(REASONS["checkup"])
    if signals.harsh_shared >= HARSH_AT:
        held.append(REASONS["shared_words"])
    if signals.unresolved >= UNRESOLVED_AT:
        held.append(REASONS["unresolved"])
    return Suggestion("together", tuple(held)) if held else Suggestion(None)


# The conflict room's hook: it registers a function that counts, for one person's
# current couple, the topics that ended unresolved recently (the room decides the window).
UnresolvedSource = Callable[[User], int]
_unresolved_sources: list[UnresolvedSource] = []


def unresolved_topics_source(source: UnresolvedSource) -> UnresolvedSource:
    """Register ``source`` (usable as a decorator); the counts of every source add up.

    The conflict room calls this once, from its ``AppConfig.ready``.
    """
    if source not in _unresolved_sources:
        _unresolved_sources.append(source)
    return source


def unresolved_topics(user: User) -> int:
    return sum(source(user) for source in _unresolved_sources)
