"""The trained model: two readers of the same features, averaged, and a threshold per label.

Trained at build time by ``tools/coach/train.py`` and shipped as ``data/model.npz``; at
run time this needs only NumPy.

- A linear model (one logistic regression per label): its weights also say which words
  show a label, for the highlighted span.
- A network with one hidden layer over the same features, which can learn that words
  mean something else together ("wow" with "again" is not "wow" with "thank you").

Each reader's score is put on a common scale (its mean and spread over held-out
messages at training time) and the two are added; a label is on when the sum passes the
threshold tuned for it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("data") / "model.npz"
# The model's last column: does the message have any pattern that pushes partners apart?
HARMFUL_ANY = "_harmful"


class Model:
    def __init__(
        self,
        labels: list[str],
        features: list[str],
        linear: np.ndarray,
        hidden: np.ndarray,
        output: np.ndarray,
        scale: np.ndarray,
        thresholds: np.ndarray,
    ) -> None:
        """Row 0 of ``linear``, ``hidden`` and ``output`` is the bias.

        ``linear``: (features, labels). ``hidden``: (features, units), float16 to keep the
        file small. ``output``: (1 + units, labels). ``scale``: (4, labels), the mean and
        spread of the linear scores, then of the network's.
        """
        self.labels = labels
        self.features = features
        self.vocabulary = {name: i for i, name in enumerate(features)}
        # The row of a feature the model does not know: all zeros, past the vocabulary.
        self.zero_row = len(features)
        self.linear = linear
        self.hidden = hidden
        self.output = output
        self.scale = scale
        self.thresholds = thresholds
        # For speed, the scale is folded into the weights, and both readers' first layers
        # sit side by side so one message needs one gather and one sum.
        mean_l, spread_l, mean_n, spread_n = scale
        first = np.hstack([linear / spread_l, hidden.astype(np.float32)])
        first[0, : len(labels)] -= mean_l / spread_l
        # A zero row past the vocabulary's end: an unknown feature's row (``rows.py``).
        first = np.vstack([first, np.zeros((1, first.shape[1]), first.dtype)])
        self._first = np.ascontiguousarray(first, dtype=np.float32)
        self._out = np.ascontiguousarray(output[1:] / spread_n, dtype=np.float32)
        self._out_bias = ((output[0] - mean_n) / spread_n).astype(np.float32)

    def scores(self, feats: list[str]) -> np.ndarray:
        return self.scores_of_rows([i for i in map(self.vocabulary.get, feats) if i is not None])

    def scores_of_rows(self, rows: list[int] | np.ndarray) -> np.ndarray:
        """The scores of a message whose features have these rows, in this order (a
        feature the model does not know may have the zero row, ``self.zero_row``)."""
        summed = self._first[rows].sum(axis=0)
        n = len(self.labels)
        units = np.maximum(summed[n:], 0.0)
        return summed[:n] + units @ self._out + self._out_bias

    def weight(self, feature: str, label_index: int) -> float:
        """The linear model's weight: how much one feature alone says about a label."""
        row = self.vocabulary.get(feature)
        return 0.0 if row is None else float(self.linear[row, label_index])

    @classmethod
    def from_file(cls, path: Path = MODEL_PATH) -> Model:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                [str(x) for x in data["labels"]],
                [str(x) for x in data["features"]],
                data["linear"].astype(np.float32),
                data["hidden"],
                data["output"].astype(np.float32),
                data["scale"].astype(np.float32),
                data["thresholds"].astype(np.float32),
            )

    def to_file(self, path: Path = MODEL_PATH) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            features=np.array(self.features),
            linear=self.linear.astype(np.float32),
            hidden=self.hidden.astype(np.float16),
            output=self.output.astype(np.float32),
            scale=self.scale.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
        )


@cache
def load() -> Model:
    return Model.from_file()
