"""The trained linear model: one weight per (feature, label), thresholds per label.

Trained at build time by ``tools/coach/train.py`` and shipped as ``data/model.json``;
at run time this needs only NumPy. Scores are summed weights (a logistic regression's
decision value); a label is on when its score passes the threshold tuned for it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("data") / "model.json"
# The model's last column: does the message have any pattern that pushes partners apart?
HARMFUL_ANY = "_harmful"


class Model:
    def __init__(
        self,
        labels: list[str],
        vocabulary: dict[str, int],
        weights: np.ndarray,
        thresholds: np.ndarray,
    ) -> None:
        self.labels = labels
        self.vocabulary = vocabulary
        self.weights = weights  # shape (features, labels), row 0 is the bias
        self.thresholds = thresholds

    def scores(self, feats: list[str]) -> np.ndarray:
        vocab = self.vocabulary
        rows = [i for i in (vocab.get(f) for f in feats) if i is not None]
        return self.weights[rows].sum(axis=0)

    def weight(self, feature: str, label_index: int) -> float:
        row = self.vocabulary.get(feature)
        return 0.0 if row is None else float(self.weights[row, label_index])

    @classmethod
    def from_file(cls, path: Path = MODEL_PATH) -> Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        labels = data["labels"]
        features = data["features"]
        weights = np.asarray(data["weights"], dtype=np.float32).reshape(len(features), len(labels))
        return cls(
            labels,
            {name: i for i, name in enumerate(features)},
            weights,
            np.asarray(data["thresholds"], dtype=np.float32),
        )

    def to_file(self, path: Path = MODEL_PATH) -> None:
        features = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        data = {
            "labels": self.labels,
            "features": features,
            "weights": [round(float(x), 4) for x in self.weights.reshape(-1)],
            "thresholds": [round(float(x), 4) for x in self.thresholds],
        }
        path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


@cache
def load() -> Model:
    return Model.from_file()
