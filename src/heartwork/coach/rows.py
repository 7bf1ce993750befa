"""The label model's rows for one message, found without building the feature strings.

``features()`` names each feature with a string ("w:you", "b:you_always", "cb:so_trait"):
that is what training reads and what a person can inspect. At run time the model needs
only the row each name has in its vocabulary, and building some sixty strings a message
and hashing each cost more than the model's arithmetic. So the vocabulary is indexed here
by word (a word's own row, its rows as the first or the last word, the rows of the pairs
it starts) and by word class, and ``rows()`` gives the very rows ``features()`` names, in
the same order: the scores are float sums, and their last bits follow that order.

The evidence spans (``evidence.py``) credit each word from the same rows, so a message's
rows are found once and serve both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, repeat

import numpy as np

from heartwork.coach.features import Parsed, length_bucket, shouted
from heartwork.coach.lexicon import CLASSES_OF
from heartwork.coach.model import Model
from heartwork.coach.rules import RULES


def _splits(rest: str) -> list[tuple[str, str]]:
    """Every way to read "a_b" as two parts joined by "_".

    A word may itself hold "_" ("n_not", a negated "not"), so a name is registered under
    each reading; only the true one can ever be looked up, because a pair of words gives
    back exactly that name.
    """
    return [(rest[:i], rest[i + 1 :]) for i, c in enumerate(rest) if c == "_"]


class Index:
    """The vocabulary of one model, keyed the way ``rows()`` looks features up."""

    def __init__(self, model: Model) -> None:
        # A feature the model does not know reads the zero row past the vocabulary's end.
        self.zero = zero = model.zero_row
        self.word: dict[str, int] = {}
        self.first: dict[str, int] = {}
        self.last: dict[str, int] = {}
        self.pair: dict[str, dict[str, int]] = {}
        self.first2: dict[str, dict[str, int]] = {}
        self.klass: dict[str, int] = {}
        self.class_after: dict[str, dict[str, int]] = {}
        self.other: dict[str, int] = {}
        simple = {"w": self.word, "first": self.first, "last": self.last, "c": self.klass}
        paired = {"b": self.pair, "first2": self.first2, "cb": self.class_after}
        for name, row in model.vocabulary.items():
            kind, _, rest = name.partition(":")
            if kind in simple:
                simple[kind][rest] = row
            elif kind in paired:
                for a, b in _splits(rest):
                    paired[kind].setdefault(a, {})[b] = row
            else:
                self.other[name] = row
        get = model.vocabulary.get
        self.rule = [get(f"r:{rule.label}:{rule.name}", zero) for rule in RULES]
        self.bias = get("bias", zero)
        self.ends_question = get("ends:?", zero)
        self.caps = get("caps", zero)
        self.length = {size: get("len:" + size, zero) for size in ("1", "short", "mid", "long")}
        # Each label's linear weights, with the zero row's 0.0 at the end.
        padded = np.vstack([model.linear, np.zeros((1, model.linear.shape[1]), model.linear.dtype)])
        self._columns = np.ascontiguousarray(padded.T)

    def column(self, label_index: int) -> np.ndarray:
        return self._columns[label_index]


@lru_cache(maxsize=4)  # one model in use; tests build small ones
def index_of(model: Model) -> Index:
    return Index(model)


_NO_PAIRS: dict[str, int] = {}


@dataclass(slots=True)
class Rows:
    """One message's rows, one slot per feature ``features()`` may name, in its order.

    A feature the model does not know (or that the message lacks: "ends:?", a second
    word) holds the zero row, which adds exactly 0.0 to any sum, so the slots sit where
    the evidence expects them: the bias, a word per token, a pair per neighbouring
    tokens, two slots per word class of a token (the class, the class after the word
    before), the first word, the first two, the last word, the length, "ends:?", "caps",
    a slot per rule hit, then one per label of the hits (``hit_labels``).
    """

    slots: list[int]
    n: int  # tokens
    class_tokens: list[int]  # the token of each word-class pair of slots
    tail: int  # the slot of the first word
    hit_labels: dict[str, int]  # each hit label's slot
    _array: np.ndarray | None = None

    @property
    def pairs_at(self) -> int:
        """The slot of the first word pair: past the bias and a word per token."""
        return 1 + self.n

    @property
    def classes_at(self) -> int:
        """The first word-class slot: past the bias, the words and the pairs."""
        return self.pairs_at + max(self.n - 1, 0)

    @property
    def hits_at(self) -> int:
        """The first rule hit's slot: past first, first two, last, length, "?" and caps."""
        return self.tail + 6

    def array(self, extra: list[int] | None = None) -> np.ndarray:
        """The slots as an index array (``extra`` rows after them: the reply's)."""
        if extra:
            return np.array(self.slots + extra, dtype=np.intp)
        if self._array is None:
            self._array = np.array(self.slots, dtype=np.intp)
        return self._array

    def weights(self, index: Index, label_index: int) -> list[float]:
        """Each slot's linear weight for one label."""
        values: list[float] = index.column(label_index)[self.array()].tolist()
        return values


def rows(parsed: Parsed, model: Model) -> Rows:
    """The slots of ``features(parsed)`` (see ``Rows``), rows of ``model``'s vocabulary."""
    index = index_of(model)
    zero = index.zero
    toks = parsed.tokens
    words = [("n_" + t.text) if t.negated else t.text for t in toks]
    slots = [index.bias]
    slots += map(index.word.get, words, repeat(zero))
    pair_get = index.pair.get
    slots += [pair_get(a, _NO_PAIRS).get(b, zero) for a, b in pairwise(words)]
    klass, after = index.klass, index.class_after
    class_tokens: list[int] = []
    previous = "<s>"
    for i, token in enumerate(toks):
        names = CLASSES_OF.get(token.text)
        if names is not None:
            for name in names:
                marked = ("n_" + name) if token.negated else name
                slots += (klass.get(marked, zero), after.get(previous, _NO_PAIRS).get(marked, zero))
                class_tokens.append(i)
        previous = token.text
    tail = len(slots)
    if words:
        slots += (
            index.first.get(words[0], zero),
            index.first2.get(words[0], _NO_PAIRS).get(words[1], zero) if len(words) > 1 else zero,
            index.last.get(words[-1], zero),
            index.length[length_bucket(len(words))],
        )
    else:
        slots += (zero, zero, zero, zero)
    slots += (
        index.ends_question if parsed.text.rstrip().endswith("?") else zero,
        index.caps if index.caps != zero and shouted(parsed.text) else zero,
    )
    hit_labels: dict[str, int] = {}
    if parsed.hits:
        rule = index.rule
        slots += [rule[hit.order] for hit in parsed.hits]
        # The labels in the order ``features()`` gives them, a set of strings: that order
        # follows the strings' hashes, and a sum's last bits follow the order.
        other = index.other.get
        for name in {"rl:" + hit.rule.label for hit in parsed.hits}:
            hit_labels[name[3:]] = len(slots)
            slots.append(other(name, zero))
    return Rows(slots, len(toks), class_tokens, tail, hit_labels)
