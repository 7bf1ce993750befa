"""A small linear model over words, word pairs and the patterns that fired.

It is the second net under the patterns: it sees ways of saying danger that no pattern
lists ("his hands were on my neck", "I've put the tablets on the side"), and it learns
which patterns mislead in which company ("she'll kill me if I forget the cake, lol").
Trained on our own corpus by ``tools/concern/train.py`` and shipped as
``data/concern.npz``: the vocabulary, one weight per class for each feature, the
threshold on "any danger" set for recall, and the patterns trusted to flag on their own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np

from heartwork.coach.concern.lexicon import CLASSES_OF
from heartwork.coach.concern.rules import Pattern, mask_idioms
from heartwork.coach.concern.scope import scope_features

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
    """Words, word pairs, word classes, class pairs and scope (``scope.py``) of a text.

    Idioms ("this commute is killing me") become one word, so their parts teach nothing.
    """
    words = _WORD.findall(mask_idioms(normalized))
    classes = [CLASSES_OF.get(word, ("-",)) for word in words]
    out = [*words, *(f"{a} {b}" for a, b in pairwise(words))]
    out += [f"c:{c}" for group in classes for c in group if c != "-"]
    out += [f"cc:{a}_{b}" for left, right in pairwise(classes) for a in left for b in right]
    out += scope_features(words, normalized)
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
        # The same features as ``features()`` gives, found without building their strings:
        # per word its own row, its class rows and the rows of the pairs it starts.
        self._pairs: dict[str, dict[str, int]] = {}
        self._class_pairs: dict[tuple[str, str], int] = {}
        for feature, row in self.index.items():
            if feature.startswith("cc:"):
                left, _, right = feature[3:].partition("_")
                self._class_pairs[left, right] = row
            elif " " in feature and ":" not in feature:
                first, _, second = feature.partition(" ")
                self._pairs.setdefault(first, {})[second] = row
        self._words: dict[str, tuple[int, tuple[str, ...], tuple[int, ...], dict[str, int]]] = {}
        self._between: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[int, ...]] = {}

    def _word(self, word: str) -> tuple[int, tuple[str, ...], tuple[int, ...], dict[str, int]]:
        found = self._words.get(word)
        if found is None:
            classes = CLASSES_OF.get(word, ("-",))
            class_rows = tuple(self.index[f"c:{c}"] for c in classes if f"c:{c}" in self.index)
            found = (self.index.get(word, -1), classes, class_rows, self._pairs.get(word, {}))
            if len(self._words) < 100_000:  # bounded: a flood of odd words can't grow it
                self._words[word] = found
        return found

    def rows(self, normalized: str, fired: list[Pattern]) -> set[int]:
        """The rows of the features of ``normalized`` and the patterns that fired."""
        rows: set[int] = set()
        add = rows.add
        before: tuple[str, ...] = ()
        pairs: dict[str, int] = {}
        words = _WORD.findall(mask_idioms(normalized))
        memo, between_memo = self._words, self._between
        for word in words:
            found = memo.get(word)
            if found is None:
                found = self._word(word)
            row, classes, class_rows, next_pairs = found
            if row >= 0:
                add(row)
            pair = pairs.get(word)
            if pair is not None:
                add(pair)
            if class_rows:
                rows.update(class_rows)
            if before:
                between = between_memo.get((before, classes))
                if between is None:
                    between = tuple(
                        self._class_pairs[a, b]
                        for a in before
                        for b in classes
                        if (a, b) in self._class_pairs
                    )
                    between_memo[before, classes] = between
                if between:
                    rows.update(between)
            before, pairs = classes, next_pairs
        index = self.index
        for feature in scope_features(words, normalized):
            if feature in index:
                add(index[feature])
        for pattern in fired:
            for feature in ("r:" + pattern.sub, "rk:" + pattern.kind):
                if feature in index:
                    add(index[feature])
        return rows

    def verdict(self, normalized: str, fired: list[Pattern]) -> Verdict:
        rows = self.rows(normalized, fired)
        summed = np.add.reduce(self.weights.take(list(rows), axis=0)) if rows else 0.0
        scores: list[float] = (self.bias + summed).tolist()
        # Seven numbers: plain Python is quicker here than numpy's per-call overhead.
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        danger = 1.0 - exps[0] / sum(exps)
        best = CLASSES[max(range(1, len(CLASSES)), key=exps.__getitem__)]
        return Verdict(
            danger=danger,
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
