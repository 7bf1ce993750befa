"""Text handling shared by the rules, the model and the rewrites.

Everything here keeps character offsets: masked words are replaced by spaces of the same
length, so a span found in the masked text points at the same words in the original.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Quoted words of someone else's: two words or more. A single word in quotes is usually
# a scare quote ("helping"), which belongs to the writer and often carries contempt.
_QUOTE = re.compile(
    r"\"[^\"\n]{0,200} [^\"\n]{0,200}\"|\u201c[^\u201d\n]{0,200} [^\u201d\n]{0,200}\u201d"
    r"|(?<![a-z])'[^'\n]{1,200} [^'\n]{1,200}'(?![a-z])"
    # ...and anything quoted right after a verb of saying: 'she said "whatever"'.
    r"|\b(?:said|says|say|told me|tells me|texted|wrote|asked|goes|went|replied),?\s*"
    r"(?:\"[^\"\n]{1,200}\"|\u201c[^\u201d\n]{1,200}\u201d)"
)
# "my boss said I'm useless", "she told me I was lazy": someone else's words, reported.
_REPORTED = re.compile(
    r"\b(?:my|his|her|their|our|the|a)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:said|says|told me|tells me|called me|calls me|thinks|wrote|keeps saying|texted)\b"
    r"[^.!?\n]*"
    r"|\b(?:he|she|they|someone|somebody|everyone|people|mum|mom|dad)\s+"
    r"(?:said|says|told me|tells me|called me|calls me|keeps saying|texted)\b[^.!?\n]*"
)
_REPORTING = (
    "said",
    "says",
    "told",
    "tells",
    "called",
    "calls",
    "thinks",
    "wrote",
    "saying",
    "texted",
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?]|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_SENTENCE_END = re.compile(r"[.!?\n;]+")

# Texting spellings mapped to the word they stand for (token level, offsets untouched).
SPELLING = {
    "u": "you",
    "ur": "your",
    "youre": "you're",
    "im": "i'm",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "ive": "i've",
    "id": "i'd",
    "ill": "i'll",
    "thx": "thanks",
    "ty": "thanks",
    "pls": "please",
    "plz": "please",
    "r": "are",
    "ya": "you",
    "cuz": "because",
    "bc": "because",
    "wat": "what",
    "wut": "what",
    "luv": "love",
    "sry": "sorry",
    "soz": "sorry",
    "w": "with",
    "tho": "though",
}
NEGATORS = frozenset(
    {
        "not",
        "no",
        "don't",
        "didn't",
        "doesn't",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "won't",
        "can't",
        "couldn't",
        "shouldn't",
        "wouldn't",
        "haven't",
        "hasn't",
        "hardly",
        "nothing",
        "nobody",
    }
)


def lower(text: str) -> str:
    """Lower-case ``text``, with curly apostrophes made straight, keeping its length."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("\u2019", "'")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def mask(low: str) -> str:
    """Blank out quoted and reported speech in lower-cased text, keeping every offset."""
    # Every quote _QUOTE finds has a double quote or two single ones; most messages have
    # one apostrophe ("I'm") and no quote, and the search over them finds nothing.
    if '"' in low or "\u201c" in low or low.count("'") > 1:
        low = _QUOTE.sub(_blank, low)
    if any(verb in low for verb in _REPORTING):
        low = _REPORTED.sub(_blank, low)
    return low


class Token(NamedTuple):
    raw: str  # as written (lower-cased)
    text: str  # normalised spelling: "u" -> "you"
    start: int
    end: int
    negated: bool


def tokens(masked: str) -> list[Token]:
    """Tokens of lower-cased, masked text; words shortly after a negation are marked."""
    out: list[Token] = []
    scope = 0
    last_end = 0
    for match in _TOKEN.finditer(masked):
        start = match.start()
        if scope and _SENTENCE_END.search(masked, last_end, start):
            scope = 0
        raw = match.group(0)
        word = SPELLING.get(raw, raw)
        out.append(Token(raw, word, start, match.end(), scope > 0))
        scope = 3 if word in NEGATORS else (scope - 1 if scope else 0)
        last_end = match.end()
    return out
