"""Train the concern model (``src/heartwork/coach/data/concern.npz``) and print how it does.

    .venv/bin/python tools/concern/train.py

Reads ``corpus/concern/train/*.jsonl`` (one file a writer) and, as more everyday text, the
coach corpus's train and dev splits (couples' ordinary and heated messages, none of them
about danger). Never reads ``corpus/concern/dev`` or ``test``.

Cross-validation leaves one writer out at a time, the closest we have to a new person's
words: the threshold on "any danger" is set on those held-out scores, for recall. A
pattern is trusted (flags on its own, whatever the model says) when it fired on danger
and never on an everyday text in the training data.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from heartwork.coach.concern import IMMINENT  # noqa: E402
from heartwork.coach.concern.model import CLASSES, MODEL_PATH, features  # noqa: E402
from heartwork.coach.concern.rules import matches, normalize  # noqa: E402

TRAIN = ROOT / "corpus" / "concern" / "train"
COACH = [ROOT / "corpus" / "coach" / "splits" / name for name in ("train.jsonl", "dev.jsonl")]
TARGET_RECALL = 0.90
COACH_WEIGHT = 1.0


def label_of(kind: str | None, sub: str | None) -> str:
    if kind is None:
        return "none"
    if kind in ("self_harm", "violence") and sub in IMMINENT:
        return f"{kind}_imminent"
    return kind


def load() -> list[tuple[str, str, str | None, str, float]]:
    """(text, class, sub, group, weight) for every training line."""
    rows = []
    for path in sorted(TRAIN.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append(
                    (item["text"], label_of(item["kind"], item["sub"]), item["sub"], path.stem, 1.0)
                )
    for path in COACH:
        for line in path.read_text().splitlines():
            text = json.loads(line)["text"]
            # A heated message that names fear of the partner is not an everyday text.
            if any(p.kind == "fear" for p in matches(normalize(text))):
                continue
            rows.append((text, "none", None, "coach", COACH_WEIGHT))
    return rows


def featurize(text: str) -> dict[str, float]:
    normalized = normalize(text)
    out = dict.fromkeys(features(normalized), 1.0)
    for pattern in matches(normalized):
        out["r:" + pattern.sub] = 1.0
        out["rk:" + pattern.kind] = 1.0
    return out


def fit(x: object, y: list[str], w: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=4.0, max_iter=3000)
    model.fit(x, y, sample_weight=w)
    return model


def danger_probability(model: LogisticRegression, x: object) -> np.ndarray:
    none = list(model.classes_).index("none")
    return 1.0 - model.predict_proba(x)[:, none]


def trusted_patterns(fired: list[list[str]], danger: np.ndarray, rows: np.ndarray) -> set[str]:
    """Patterns that fired on danger in ``rows`` and never on an everyday line there."""
    counts: dict[str, Counter[bool]] = {}
    for i in np.where(rows)[0]:
        for name in fired[i]:
            counts.setdefault(name, Counter())[bool(danger[i])] += 1
    return {name for name, c in counts.items() if c[True] and not c[False]}


def main() -> None:
    rows = load()
    texts = [r[0] for r in rows]
    y = [r[1] for r in rows]
    groups = np.array([r[3] for r in rows])
    weights = np.array([r[4] for r in rows])
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([featurize(t) for t in texts])
    print(f"{len(rows)} lines, {x.shape[1]} features; classes {Counter(y)}")

    fired = [[p.name for p in matches(normalize(t))] for t in texts]
    danger = np.array([c != "none" for c in y])

    # Leave one writer out; the coach corpus always stays in training. The held-out
    # writer's lines are flagged as shipped: by a pattern trusted on the other writers,
    # or by the model.
    held = np.zeros(len(rows))
    by_trusted = np.zeros(len(rows), dtype=bool)
    for writer in sorted(set(groups) - {"coach"}):
        test = groups == writer
        model = fit(x[~test], [c for c, t in zip(y, test, strict=True) if not t], weights[~test])
        held[test] = danger_probability(model, x[test])
        trusted = trusted_patterns(fired, danger, ~test)
        by_trusted[test] = [any(n in trusted for n in fired[i]) for i in np.where(test)[0]]
    writer_rows = groups != "coach"
    missed_by_rules = np.sort(held[danger & writer_rows & ~by_trusted])
    needed = int(np.ceil(TARGET_RECALL * (danger & writer_rows).sum())) - int(
        (danger & writer_rows & by_trusted).sum()
    )
    threshold = float(missed_by_rules[max(len(missed_by_rules) - needed, 0)])
    flagged = by_trusted | (held >= threshold)
    recall = (flagged & danger & writer_rows).sum() / (danger & writer_rows).sum()
    false_alarms = (flagged & ~danger & writer_rows).sum() / (~danger & writer_rows).sum()
    print(
        f"leave-one-writer-out, as shipped: threshold {threshold:.3f}, recall {recall:.3f}, "
        f"false alarms {false_alarms:.3f} on the writers' everyday lines"
    )
    trusted = sorted(trusted_patterns(fired, danger, np.ones(len(rows), dtype=bool)))
    print(f"{len(trusted)} patterns are trusted")

    final = fit(x, y, weights)
    if tuple(final.classes_) != tuple(sorted(CLASSES)):
        raise SystemExit(f"the training data lacks a class: it has {list(final.classes_)}")
    order = [list(final.classes_).index(c) for c in CLASSES]
    vocabulary = np.array(vectorizer.get_feature_names_out())
    coefficients = final.coef_[order].T.astype(np.float32)
    keep = np.abs(coefficients).max(axis=1) > 1e-3
    np.savez_compressed(
        MODEL_PATH,
        vocabulary=vocabulary[keep].astype(str),
        weights=coefficients[keep],
        bias=final.intercept_[order].astype(np.float32),
        threshold=np.float32(threshold),
        trusted=np.array(trusted, dtype=str),
    )
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
