"""How alike two questions are: a cosine over their words, weighted by rarity.

The daily question bank must not ask the same thing twice in other words ("What's a
memory of us that makes you laugh?" and "What's a silly inside joke of ours?"). Words
every question uses ("what", "you", "something") say nothing, so each word counts by
how rare it is in the bank (TF-IDF), after a light stemming so "laughing" meets
"laugh". The test of the bank and ``heartwork questions similar`` use this one measure.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping

# Words that carry the frame of a question, not what it asks about.
STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "about",
        "as",
        "by",
        "from",
        "into",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "how",
        "you",
        "your",
        "yours",
        "yourself",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "would",
        "could",
        "should",
        "will",
        "can",
        "if",
        "any",
        "some",
        "one",
        "just",
        "so",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "not",
        "no",
        "more",
        "most",
        "very",
        "really",
        "something",
        "someone",
        "time",
        "way",
        "like",
        "make",
        "made",
        "thing",
        "things",
        "get",
        "got",
        "kind",
        "feel",
        "felt",
        "think",
        "each",
        "other",
        "one's",
        "let",
        "tell",
        "still",
        "every",
        "always",
        "never",
        "often",
        "ever",
        "come",
        "back",
    ]
)
SUFFIXES = ("ing", "ed", "es", "s", "ly", "er")


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """The content words of a question, stemmed."""
    raw = re.findall(r"[a-z]+", text.lower().replace("'s", "").replace("\u2019s", ""))
    stems = (_stem(w) for w in raw if w not in STOP and len(w) > 2)
    return [w for w in stems if w not in STOP]


def similar_pairs(texts: Mapping[str, str], threshold: float) -> list[tuple[float, str, str]]:
    """Every pair of keys whose texts are at least ``threshold`` alike (0-1), most alike first."""
    bags = {key: Counter(words(text)) for key, text in texts.items()}
    documents = Counter(w for bag in bags.values() for w in set(bag))
    n = len(bags)
    vectors = {}
    for key, bag in bags.items():
        vector = {w: count * math.log((1 + n) / (1 + documents[w])) for w, count in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors[key] = {w: v / norm for w, v in vector.items()}
    out = []
    for a, b in itertools.combinations(vectors, 2):
        va, vb = vectors[a], vectors[b]
        score = sum(v * vb[w] for w, v in va.items() if w in vb)
        if score >= threshold:
            out.append((round(score, 3), a, b))
    return sorted(out, reverse=True)
