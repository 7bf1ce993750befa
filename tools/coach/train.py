"""Train the coach's linear model on the train and dev splits (never the test split).

    python tools/coach/train.py          # writes src/heartwork/coach/data/model.json

Hyper-parameters and per-label thresholds are chosen by 5-fold cross-validation over
train+dev, with folds grouped by scenario so paraphrases never straddle a fold. Needs
scikit-learn (a development dependency); the shipped model needs only NumPy.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from heartwork.coach.features import features, parse
from heartwork.coach.labels import HARMFUL, LABELS
from heartwork.coach.model import HARMFUL_ANY, Model

ROOT = Path(__file__).resolve().parents[2]
SPLITS = ROOT / "corpus" / "coach" / "splits"
C_VALUES = (0.3, 1.0, 3.0, 10.0)


def load(names: tuple[str, ...]) -> list[dict]:
    rows = []
    for name in names:
        rows += [json.loads(x) for x in (SPLITS / f"{name}.jsonl").read_text().splitlines() if x]
    return rows


def vocabulary(feature_lists: list[list[str]]) -> dict[str, int]:
    """Features seen in at least two messages, and every rule (rare but written on purpose)."""
    counts: dict[str, int] = {}
    for feats in feature_lists:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= 2 or f.startswith("r"))
    return {f: i for i, f in enumerate(kept)}


def matrix(feature_lists: list[list[str]], vocab: dict[str, int]) -> csr_matrix:
    indptr, indices = [0], []
    for feats in feature_lists:
        cols = sorted({vocab[f] for f in feats if f in vocab})
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return csr_matrix((data, indices, indptr), shape=(len(feature_lists), len(vocab)))


def fit(x: csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=2000)
    return model.fit(x, y)


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    best = (0.0, -1.0)
    for t in np.unique(np.round(scores, 3)):
        pred = scores >= t
        tp = float(np.sum(pred & truth))
        f1 = 2 * tp / (pred.sum() + truth.sum()) if (pred.sum() + truth.sum()) else 0.0
        if f1 > best[1] or (f1 == best[1] and abs(t) < abs(best[0])):
            best = (float(t), f1)
    return best


def main() -> None:
    rows = load(("train", "dev"))
    feats = [[f for f in features(parse(r["text"])) if f != "bias"] for r in rows]
    vocab = vocabulary(feats)
    x = matrix(feats, vocab)
    y = np.array([[label in r["labels"] for label in LABELS] for r in rows])
    groups = [r["scenario"] for r in rows]
    folds = list(GroupKFold(n_splits=5).split(x, y, groups))

    # One column per label, and a last one for "any pattern that pushes partners apart":
    # every harmful message is a positive there, so it learns the broad shape from far
    # more examples than any single label has.
    y = np.hstack([y, y[:, [LABELS.index(h) for h in HARMFUL]].any(axis=1, keepdims=True)])
    columns = [*LABELS, HARMFUL_ANY]
    weights = np.zeros((len(vocab) + 1, len(columns)), dtype=np.float32)
    thresholds = np.zeros(len(columns), dtype=np.float32)
    for j, label in enumerate(columns):
        best = (-1.0, 1.0, 0.0)  # f1, C, threshold
        for c in C_VALUES:
            oof = np.zeros(len(rows))
            for train_idx, held_idx in folds:
                oof[held_idx] = fit(x[train_idx], y[train_idx, j], c).decision_function(x[held_idx])
            t, f1 = best_threshold(oof, y[:, j])
            if f1 > best[0]:
                best = (f1, c, t)
        f1, c, t = best
        final = fit(x, y[:, j], c)
        weights[0, j] = final.intercept_[0]
        weights[1:, j] = final.coef_[0]
        thresholds[j] = t
        print(f"{label:<15} cv-F1 {f1:.3f}  C={c:<4}  threshold={t:+.3f}")

    keep = [0] + [i + 1 for i in range(len(vocab)) if np.abs(weights[i + 1]).max() > 1e-3]
    names = ["bias", *sorted(vocab, key=vocab.__getitem__)]
    kept = {names[i]: n for n, i in enumerate(keep)}
    Model(columns, kept, weights[keep], thresholds).to_file()
    print(f"features kept: {len(kept)} of {len(names)}")


if __name__ == "__main__":
    main()
