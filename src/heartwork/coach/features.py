"""Features of one message, the same at training time and at run time.

Words and word pairs (with negation marked), word classes (``lexicon.py``) alone and after
the word before them, how the message opens, and punctuation. Each feature is a short
string; the model maps the ones it knows to weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from heartwork.coach.lexicon import CLASSES_OF
from heartwork.coach.rules import RULES, Rule
from heartwork.coach.text import Token, lower, mask, tokens
from heartwork.coach.triggers import TriggerIndex

# Each rule's alternatives: most are skipped by the word index or by a check for text a
# match must contain (``TriggerIndex.runnable``), both far cheaper than a regex search.
_BRANCHES = [(order, rule, branch) for order, rule in enumerate(RULES) for branch in rule.branches]
_INDEX = TriggerIndex([branch for _, _, branch in _BRANCHES])


class Hit(NamedTuple):
    rule: Rule
    start: int
    end: int
    order: int  # the rule's place in RULES


@dataclass(frozen=True, slots=True)
class Parsed:
    text: str
    masked: str
    tokens: list[Token]
    hits: list[Hit]


def parse(text: str) -> Parsed:
    masked = mask(lower(text))
    toks = tokens(masked)
    found: dict[int, Hit] = {}
    for i in _INDEX.runnable([t.raw for t in toks], masked):
        order, rule, branch = _BRANCHES[i]
        match = branch.search(masked)
        if match:
            earlier = found.get(order)
            if earlier is None or match.start() < earlier.start:
                found[order] = Hit(rule, match.start(), match.end(), order)
    hits = [found[order] for order in sorted(found)]
    return Parsed(text, masked, toks, hits)


def length_bucket(n: int) -> str:
    """How long a message is, in the four sizes the model knows."""
    return "1" if n <= 1 else "short" if n <= 4 else "mid" if n <= 15 else "long"


def shouted(text: str) -> bool:
    """Whether a word of three letters or more is written in capitals."""
    return any(w.isupper() and len(w) > 2 for w in text.split())


def features(parsed: Parsed) -> list[str]:
    """The features of one message, by name; ``rows.py`` finds the same ones as model rows."""
    words = [("n_" + t.text) if t.negated else t.text for t in parsed.tokens]
    out = ["bias"]
    out.extend("w:" + w for w in words)
    out.extend(f"b:{a}_{b}" for a, b in pairwise(words))
    previous = "<s>"
    for token in parsed.tokens:
        for name in CLASSES_OF.get(token.text, ()):
            marked = ("n_" + name) if token.negated else name
            out.append("c:" + marked)
            out.append(f"cb:{previous}_{marked}")
        previous = token.text
    if words:
        out.append("first:" + words[0])
        if len(words) > 1:
            out.append(f"first2:{words[0]}_{words[1]}")
        out.append("last:" + words[-1])
        out.append("len:" + length_bucket(len(words)))
    if parsed.text.rstrip().endswith("?"):
        out.append("ends:?")
    if shouted(parsed.text):
        out.append("caps")
    out.extend(f"r:{hit.rule.label}:{hit.rule.name}" for hit in parsed.hits)
    out.extend({f"rl:{hit.rule.label}" for hit in parsed.hits})
    return out
