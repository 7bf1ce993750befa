"""Train the coach's model on the train and dev splits (never the test split).

    python tools/coach/train.py          # writes src/heartwork/coach/data/model.npz
    python tools/coach/train.py --held-out OUT.jsonl   # and each message's held-out labels


A linear model per label and one small network for all labels read the same features;
their scores are averaged on a common scale (see ``heartwork.coach.model``). The linear
model's C and every threshold are chosen by 5-fold cross-validation over train+dev, with
folds grouped by scenario so paraphrases never straddle a fold; the scale and the
thresholds come from held-out scores only. Needs scikit-learn (a development
dependency); the shipped model needs only NumPy. Takes a few minutes on two cores.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from corpus_files import reply_pairs
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPClassifier

from heartwork.coach.analysis import reconcile
from heartwork.coach.context import reply_features
from heartwork.coach.features import features, parse
from heartwork.coach.labels import HARMFUL, LABELS
from heartwork.coach.model import HARMFUL_ANY, Model

ROOT = Path(__file__).resolve().parents[2]
SPLITS = ROOT / "corpus" / "coach" / "splits"
C_VALUES = (0.3, 1.0, 3.0, 10.0)
HIDDEN_UNITS = 128


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


def held_out(x: csr_matrix, target: np.ndarray, folds: list, c: float) -> np.ndarray:
    """Each message's linear score from the fold that did not train on it."""
    scores = np.zeros(len(target))
    for train_idx, held_idx in folds:
        scores[held_idx] = fit(x[train_idx], target[train_idx], c).decision_function(x[held_idx])
    return scores


def f1_of(pred: np.ndarray, truth: np.ndarray) -> float:
    found = pred.sum() + truth.sum()
    return 2 * float(np.sum(pred & truth)) / found if found else 0.0


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    best = (0.0, -1.0)
    for t in np.unique(np.round(scores, 3)):
        f1 = f1_of(scores >= t, truth)
        if f1 > best[1] or (f1 == best[1] and abs(t) < abs(best[0])):
            best = (float(t), f1)
    return best


def network() -> MLPClassifier:
    return MLPClassifier(
        hidden_layer_sizes=(HIDDEN_UNITS,),
        alpha=1e-3,
        max_iter=15,
        batch_size=128,
        random_state=0,
    )


def network_scores(net: MLPClassifier, x: csr_matrix) -> np.ndarray:
    """The network's score before the sigmoid, computed as the shipped model does."""
    units = np.maximum(x @ net.coefs_[0] + net.intercepts_[0], 0.0)
    return np.asarray(units @ net.coefs_[1] + net.intercepts_[1])


def f1_at(scores: np.ndarray, truth: np.ndarray) -> float:
    return best_threshold(scores, truth)[1]


def with_replies(rows: list[dict]) -> list[dict]:
    """The rows, then each reply again with the message it answers (``replying_to``).

    A reply is read both ways at run time (with the message it answers where a page knows
    it, alone where it does not), so the model learns both.
    """
    pairs = reply_pairs()
    again = [
        {**r, "replying_to": pairs[(r["scenario"], r["text"])]}
        for r in rows
        if (r["scenario"], r["text"]) in pairs
    ]
    return rows + again


def row_features(row: dict) -> list[str]:
    parsed = parse(row["text"])
    feats = [f for f in features(parsed) if f != "bias"]
    if row.get("replying_to"):
        feats += reply_features(parsed, row["replying_to"])
    return feats


def write_held_out(path: Path, rows: list[dict], on: np.ndarray, margins: np.ndarray) -> None:
    """Each message's labels from the folds that did not train on it, for error analysis.

    The dev split is trained on, so the model's own answers on it show only what it
    memorised; the cross-validation's held-out answers show what it misses.
    """
    with path.open("w", encoding="utf-8") as out:
        for row, flags, margin in zip(rows, on, margins, strict=True):
            found = [label for label, flag in zip(LABELS, flags, strict=False) if flag]
            record = {
                "text": row["text"],
                "scenario": row["scenario"],
                "replying_to": row.get("replying_to"),
                "labels": row["labels"],
                "predicted": found,
                "margins": {c: round(float(m), 2) for c, m in zip(LABELS, margin, strict=False)},
            }
            out.write(json.dumps(record) + "\n")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    rows = with_replies(load(("train", "dev")))
    feats = [row_features(r) for r in rows]
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

    # The linear reader: C per column, chosen by cross-validated F1.
    linear = np.zeros((len(vocab) + 1, len(columns)), dtype=np.float32)
    linear_oof = np.zeros(y.shape)
    for j in range(len(columns)):
        best_f1 = -1.0
        for c in C_VALUES:
            oof = held_out(x, y[:, j], folds, c)
            if (f1 := f1_at(oof, y[:, j])) > best_f1:
                best_f1, best_c, linear_oof[:, j] = f1, c, oof
        final = fit(x, y[:, j], best_c)
        linear[0, j] = final.intercept_[0]
        linear[1:, j] = final.coef_[0]

    # The network reader: all columns at once.
    network_oof = np.zeros(y.shape)
    for train_idx, held_idx in folds:
        network_oof[held_idx] = network_scores(
            network().fit(x[train_idx], y[train_idx]), x[held_idx]
        )
    net = network().fit(x, y)

    scale = np.vstack(
        [linear_oof.mean(0), linear_oof.std(0), network_oof.mean(0), network_oof.std(0)]
    )
    combined = (linear_oof - scale[0]) / scale[1] + (network_oof - scale[2]) / scale[3]
    thresholds = np.zeros(len(columns), dtype=np.float32)
    print(f"{'':<15} cross-validated F1: linear  network  both")
    for j, label in enumerate(columns):
        thresholds[j], f1 = best_threshold(combined[:, j], y[:, j])
        print(
            f"{label:<15} {f1_at(linear_oof[:, j], y[:, j]):>27.3f}"
            f"  {f1_at(network_oof[:, j], y[:, j]):.3f}    {f1:.3f}"
        )

    # The whole decision as analyze() makes it, on held-out scores.
    on = np.array([reconcile(margins) for margins in combined - thresholds])
    harmful = [LABELS.index(h) for h in HARMFUL]
    macro = np.mean([f1_of(on[:, j], y[:, j]) for j in range(len(LABELS))])
    any_harmful = f1_of(on[:, harmful].any(axis=1), y[:, -1])
    print(f"cross-validated, as shipped: macro-F1 {macro:.3f}, any-harmful F1 {any_harmful:.3f}")
    if "--held-out" in args:
        write_held_out(Path(args[args.index("--held-out") + 1]), rows, on, combined - thresholds)

    names = ["bias", *sorted(vocab, key=vocab.__getitem__)]
    hidden = np.vstack([net.intercepts_[0], net.coefs_[0]])
    output = np.vstack([net.intercepts_[1], net.coefs_[1]])
    Model(columns, names, linear, hidden, output, scale, thresholds).to_file()
    print(f"features: {len(names)}, hidden units: {HIDDEN_UNITS}")


if __name__ == "__main__":
    main()
