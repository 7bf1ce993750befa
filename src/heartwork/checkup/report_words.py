"""How the couple report speaks to the person reading it.

Every number says whose view of whom it is, and every place to grow is worded for the
reader: what I could ask for where I feel less of something from my partner, and what I
can offer where my partner feels less of it from me. The same round reads differently
to each partner, because each of them can only change their own side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.text import capfirst

from heartwork.checkup import scoring
from heartwork.checkup.instrument import Dimension

if TYPE_CHECKING:
    from heartwork.checkup.report import CoupleReport, Row

# Whose experience of whom a row is.
TO_ME = "to_me"  # how I experience my partner
FROM_ME = "from_me"  # how my partner experiences me
SELF = "self"  # each about themself
BETWEEN = "between"  # the ground under both

OF_YOU = "_of_you"  # the key of a row of how my partner sees me where I have no own view

GROWTH = 55  # below this a view is a place to grow
MAX_PROMPTS = 3

# A quality of my partner with no self-view beside it, and what I can do to earn it
# from them in turn: trust is earned by doing what you said you would.
OFFERED_INSTEAD = {"trust_earned": "integrity"}


@dataclass
class Gap:
    dimension: Dimension
    text: str


def section_labels(way: str, name: str) -> tuple[str, str, str]:
    """A view's title, and the labels of my number and my partner's in it."""
    them = capfirst(name)
    return {
        TO_ME: (f"How you experience {name}", f"You, about {name}", f"{them}, about themself"),
        FROM_ME: (f"How {name} experiences you", "You, about yourself", f"{them}, about you"),
        SELF: (
            "What you each need from yourselves",
            "You, about yourself",
            f"{them}, about themself",
        ),
        BETWEEN: ("Foundations between you", "You", them),
    }[way]


def label(row: Row, name: str) -> str:
    """A row's name wherever it stands alone (strengths, places to grow)."""
    x = row.name.lower()
    if row.way == TO_ME:
        return f"{row.name} from {name}"
    if row.way == FROM_ME:
        if row.key.endswith(OF_YOU):  # no self-view of mine beside it
            return f"{capfirst(name)}'s trust in you"
        return f"Your {x} toward {name}"
    if row.way == SELF:
        return f"{row.name}, in yourself"
    return f"{row.name} between you"


# How two views of the same thing are compared, and said: what differs, then a nudge to
# talk it over. Keyed by the section of the reader's dimension: "partner_offers" is how I
# experience my partner beside how they see themself, "self_offers" how I see myself
# beside how they experience me. {name} is the partner, {a} my score, {b} theirs, {more}
# "more" or "less". "Neither view is wrong" is never said where the experience of the one
# on the receiving end counts (patience, respect): EXPERIENCE_COUNTS is said there
# instead. A reader who does not feel safe with their partner gets no nudge.
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


def gap(row: Row, name: str, *, nudge: bool) -> Gap | None:
    """Where the two numbers of a row differ by GAP points or more, said without blame."""
    d = row.dimension
    wording = (EXPERIENCE_COUNTS if d.experience_counts else GAP_WORDING).get(d.section)
    a, b = row.mine, row.theirs
    if wording is None or a is None or b is None or abs(a - b) < scoring.GAP:
        return None
    said = " ".join(wording if nudge else wording[:1])
    more = "more" if b > a else "less"
    return Gap(d, said.format(name=name, dimension=d.name.lower(), more=more, a=a, b=b))


def grows(row: Row) -> bool:
    """A place to grow for the reader: only what the reader can do something about.

    How my partner sees their own side is theirs to work on; how they experience me, and
    how I experience them, are mine to offer to and to ask about.
    """
    low = {
        TO_ME: [row.mine],
        FROM_ME: [row.mine, row.theirs],
        SELF: [row.mine],
        BETWEEN: [row.mine, row.theirs],
    }[row.way]
    return any(score is not None and score < GROWTH for score in low)


def word_growth(row: Row, name: str) -> None:
    """Say to the reader what the numbers of a place to grow mean for them, and what helps."""
    x = row.name.lower()
    them = capfirst(name)
    if row.way == TO_ME:
        row.why = (
            row.gap.text
            if row.gap
            else (f"You feel less {x} from {name} than you would like (you: {row.mine}).")
        )
        row.ideas = "What you could ask for, or notice"
    elif row.way == FROM_ME:
        if row.gap:
            row.why = row.gap.text
        elif row.theirs is not None and row.theirs < GROWTH:
            seen = f"; you see yourself at {row.mine}" if row.mine is not None else ""
            row.why = (
                f"{them} feels less {x} from you than they would like ({name}: {row.theirs}{seen})."
            )
        else:
            row.why = f"You see room to grow in your own {x} toward {name} (you: {row.mine})."
        row.ideas = "What you can offer"
    elif row.way == SELF:
        row.why = f"This one is about you, and for you (you: {row.mine})."
        row.ideas = "For yourself"
    else:
        row.why = (
            row.gap.text
            if row.gap
            else (
                f"It reads lower than the rest (you: {_or_dash(row.mine)}, {name}: {_or_dash(row.theirs)})."
            )
        )
        row.ideas = "For the two of you"


def _or_dash(score: int | None) -> str:
    return "not shared" if score is None else str(score)


def prompts(report: CoupleReport, name: str) -> list[str]:
    """Two or three things to talk about, drawn from this round: warm first, then what differs.

    Never from a sensitive dimension or a place where the reader's own experience counts
    (being met with impatience is not for them to ask to be talked out of), and none at
    all for a reader who does not feel safe (the caller leaves them out).
    """
    growing = {r.key for r in report.growth}
    gap_rows = [r for r in report.rows if r.gap and r.key not in growing]
    said: list[str] = []
    for kind in (
        [_strength(r, name) for r in report.strengths],
        [_offer(r, name) for r in report.growth if r.way == FROM_ME],
        [_differ(r, name) for r in gap_rows],
        [_ask(r, name) for r in report.growth if r.way in (TO_ME, BETWEEN)],
    ):
        first = next((p for p in kind if p), None)
        if first and len(said) < MAX_PROMPTS:
            said.append(first)
    if len(said) < 2:
        said.append(
            f"Ask {name}: “What surprised you while you answered?” Then share what surprised you."
        )
    return said


def _strength(row: Row, name: str) -> str | None:
    x = row.name.lower()
    return {
        TO_ME: f"Tell {name} about a moment lately when you felt their {x}, and what it meant to you.",
        FROM_ME: f"Ask {name} about a moment lately when they felt your {x}.",
        BETWEEN: f"Remember together a time when {x} between you made something hard easier.",
    }.get(row.way)


def _offer(row: Row, name: str) -> str:
    if row.mine is None:  # their trust in me: earned by what I do
        return f"Ask {name}: “What is one small promise I could make and keep this week?”"
    return (
        f"Ask {name}: “What is one small thing I could do this week that would show you "
        f"more {row.name.lower()}?” Then listen, without explaining."
    )


def _differ(row: Row, name: str) -> str | None:
    x = row.name.lower()
    if row.way == TO_ME:
        if row.dimension.experience_counts:
            return None
        return f"Ask {name} what their {x} looks like from their side on an ordinary day, and tell them how it feels from yours."
    if row.way == FROM_ME:
        return f"Ask {name} what they notice about your {x}, and listen before you answer."
    return f"Talk with {name} about what shapes how each of you sees {x} between you."


def _ask(row: Row, name: str) -> str | None:
    if row.dimension.experience_counts:
        return None
    x = row.name.lower()
    if row.way == BETWEEN:
        return f"Choose one small step for {x} between you this week, and look back on it together."
    return f"Tell {name} one thing that would help you feel more {x} from them: “It would mean a lot to me if…”"
