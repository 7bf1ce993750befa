"""Checks of how the check-up's sentences are written, one rule per function.

Issue #14 read the first versions item by item and found sentences that carry their own
"sometimes" on a scale that already asks how true or how often, sentences about "we"
(and if one of us lies?), two ideas in one sentence, idioms, sentences that assume the
two partners share a room, and reverse-keyed sentences always in the same place. These
checks find each of those, so the tests hold the current version to them and the bench
script (``bench/checkup_items.py``) shows the counts before and after.

They read words, so they are a floor, not a proof: the lists below name what was found
and what a careful writer would avoid, and a person still reads every new sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heartwork.checkup.instrument import Dimension, Instrument, Item

# A stem that says how often or how able ("sometimes", "can") answers a second question
# inside the one the scale asks.
QUALIFIERS = re.compile(
    r"\b(sometimes|often|usually|always|never|rarely|mostly|occasionally|at times|"
    r"still|can|could|tend to|tends to)\b",
    re.I,
)
# More than one person as the subject: each sentence speaks of "I" or "my partner".
SHARED_SUBJECT = re.compile(r"\b(we|we're|we've|us|our|ours|each other|one of us|both)\b", re.I)
# Two ideas joined: "puts the phone down and is with me".
TWO_IDEAS = re.compile(r"\b(and|or|but)\b|,|;", re.I)
# Figures of speech a reader in a second language, or a literal reader, may not follow.
IDIOMS = re.compile(
    r"\b(short with|face value|track record|half-listening|let it in|putting on a show|"
    r"at peace|jumps? to conclusions|hard on myself|big and small|slip|let my guard down|"
    r"catch up|feel it with|brush(es)? off|on the same page|walk on eggshells|"
    r"give .* the benefit of the doubt|bottle up|open book|hold a grudge|"
    r"under the rug|from my side|day after day|not a big deal|a show|on edge)\b",
    re.I,
)
# Sentences that assume the two share a room or a home: long-distance couples cannot
# answer them.
SAME_ROOM = re.compile(
    r"\b(phone down|puts? (their|my) phone|at home|come home|comes home|the house|"
    r"same room|face to face|look me in the eye|hug|chores|housework|in bed|dinner)\b",
    re.I,
)


def _items_matching(pattern: re.Pattern[str]) -> Callable[[Instrument], list[Item]]:
    def check(instrument: Instrument) -> list[Item]:
        return [item for item in _scored_items(instrument) if pattern.search(item.text)]

    return check


def _scored_items(instrument: Instrument) -> list[Item]:
    return [item for d in instrument.scored_dimensions for item in d.items]


def _is_clause_of_time(text: str) -> bool:
    """A leading "When I make a mistake," is a condition, not a second idea."""
    return text.startswith("When ") and text.count(",") == 1


def two_ideas(instrument: Instrument) -> list[Item]:
    """Sentences that join two ideas, which a person may feel differently about."""
    out = []
    for item in _scored_items(instrument):
        text = item.text.split(",", 1)[1] if _is_clause_of_time(item.text) else item.text
        if TWO_IDEAS.search(text):
            out.append(item)
    return out


def one_reverse_in_the_same_place(instrument: Instrument) -> list[Dimension]:
    """Dimensions of four or more sentences with fewer than two reverse-keyed ones.

    One reverse-keyed sentence, always third, does little against answering every
    sentence alike.
    """
    return [
        d
        for d in instrument.scored_dimensions
        if len(d.items) >= 4 and sum(item.reverse for item in d.items) < 2
    ]


def reverse_positions(instrument: Instrument) -> set[int]:
    """Where reverse-keyed sentences sit in their dimension (0 is first)."""
    return {
        i for d in instrument.scored_dimensions for i, item in enumerate(d.items) if item.reverse
    }


CHECKS: dict[str, Callable[[Instrument], list[Item]]] = {
    "carries its own qualifier (sometimes, often, can, still)": _items_matching(QUALIFIERS),
    "has 'we' or 'us' as subject instead of one person": _items_matching(SHARED_SUBJECT),
    "joins two ideas": two_ideas,
    "uses an idiom": _items_matching(IDIOMS),
    "assumes the two share a room or a home": _items_matching(SAME_ROOM),
}
