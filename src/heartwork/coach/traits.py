"""What a word about someone's character usually stands for: the situation behind it.

"You're so lazy" names no behaviour, yet the writer almost always means one thing: the
jobs at home land on them. A rewrite that keeps the point says that situation and asks
for something, instead of repeating the verdict or falling back on a line that names nothing.
Each entry is written for the word, in our own words; a word not listed gets no guess.
Words that stand for too many situations to guess one ("impossible", "clueless",
"useless", "impractical") are left out: blind raters said the guess missed the point.
"""

from __future__ import annotations

import re

_SITUATIONS: tuple[tuple[str, str, str], ...] = (
    # words, the situation ("when ..."), a request
    (
        "selfish|self-centred|self-centered|self-absorbed|inconsiderate|thoughtless|"
        "uncaring|heartless",
        "when it seems my needs don't count",
        "Could we talk about what I need from you right now?",
    ),
    (
        "lazy|idle|bone idle",
        "when I end up carrying most of the load",
        "Could we share things out more evenly this week?",
    ),
    (
        "careless|sloppy|disorganised|disorganized|irresponsible|scatterbrained|scatterbrain",
        "when things get missed and I end up sorting them",
        "Could we work out together who keeps track of what?",
    ),
    (
        "cold|distant|closed off|unaffectionate",
        "when you feel far away from me",
        "Could we have some close time together this week?",
    ),
    (
        "stubborn|pig-headed|inflexible",
        "when we can't find a middle ground",
        "Could we each give a little on this?",
    ),
    (
        "negative|miserable|grumpy|moody",
        "when our time together feels heavy",
        "Could we plan something that lifts us both?",
    ),
    (
        "jealous|possessive|controlling|clingy",
        "when I feel watched and hemmed in",
        "Could we talk about what would help you feel secure and me feel free?",
    ),
    (
        "boring|dull",
        "when we stop doing new things together",
        "Could we plan something different this weekend?",
    ),
    (
        "rude|mean|nasty|harsh",
        "when things are said in a way that stings",
        "Could we try to be gentler with each other?",
    ),
    (
        "arrogant|know-it-all|smug|condescending|patronising|patronizing",
        "when my view doesn't get heard",
        "Could you ask what I think before deciding?",
    ),
    (
        "tightwad|stingy|cheap|mean with money",
        "when money feels tight between us",
        "Could we talk about what we each want to spend on?",
    ),
)
_PATTERNS = tuple(
    (re.compile(rf"\b(?:{words})\b", re.I), situation, request)
    for words, situation, request in _SITUATIONS
)


def situation_of(text: str) -> tuple[str, str] | None:
    """The situation a character word stands for, and a request, or None."""
    for pattern, situation, request in _PATTERNS:
        if pattern.search(text):
            return situation, request
    return None
