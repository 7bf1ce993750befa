"""A small linear model over words, word pairs and the patterns that fired.

It is the second net under the patterns: it sees ways of saying danger that no pattern
lists ("his hands were on my neck", "I've put the tablets on the side"), and it learns
which patterns mislead in which company ("she'll kill me if I forget the cake, lol").
Trained on our own corpus by ``tools/concern/train.py`` and shipped as
``data/concern.npz``: the vocabulary, one weight per class for each feature, the
threshold on "any danger" set for recall, and the patterns trusted to flag on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np

from heartwork.coach.concern.lexicon import CLASSES_OF
from heartwork.coach.concern.rules import Pattern, mask_idioms

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "concern.npz"
CLASSES = (
    "none",
    "self_harm",
    "self_harm_imminent",
    "violence",
    "violence_imminent",
    "control",
    "fear",
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def features(normalized: str) -> list[str]:
    """Words, word pairs, word classes and class pairs of a normalized text.

    Idioms ("this commute is killing me") become one word, so their parts teach nothing.
    """
    words = _WORD.findall(mask_idioms(normalized))
    classes = [CLASSES_OF.get(word, ("-",)) for word in words]
    out = [*words, *(f"{a} {b}" for a, b in pairwise(words))]
    out += [f"c:{c}" for group in classes for c in group if c != "-"]
    out += [f"cc:{a}_{b}" for left, right in pairwise(classes) for a in left for b in right]
    return out


class Verdict(NamedTuple):
    danger: float  # the probability of any danger
    kind: str  # the likeliest kind of danger, whatever ``danger`` is
    imminent: bool  # whether the likeliest class is one of danger happening now


class Model:
    def __init__(
        self,
        vocabulary: list[str],
        weights: np.ndarray,
        bias: np.ndarray,
        threshold: float,
        trusted: Iterable[str],
    ) -> None:
        self.index = {feature: i for i, feature in enumerate(vocabulary)}
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.trusted = frozenset(trusted)

    def verdict(self, normalized: str, fired: list[Pattern]) -> Verdict:
        found = set(features(normalized))
        for pattern in fired:
            found.update(("r:" + pattern.sub, "rk:" + pattern.kind))
        index = self.index
        rows = [index[f] for f in found if f in index]
        scores = self.bias + self.weights[rows].sum(axis=0) if rows else self.bias
        exp = np.exp(scores - scores.max())
        probabilities = exp / exp.sum()
        best = CLASSES[1 + int(np.argmax(probabilities[1:]))]
        return Verdict(
            danger=float(1.0 - probabilities[0]),
            kind=best.removesuffix("_imminent"),
            imminent=best.endswith("_imminent"),
        )


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> Model:
    data = np.load(path, allow_pickle=False)
    return Model(
        [str(v) for v in data["vocabulary"]],
        data["weights"].astype(np.float64),
        data["bias"].astype(np.float64),
        float(data["threshold"]),
        [str(v) for v in data["trusted"]],
    )
