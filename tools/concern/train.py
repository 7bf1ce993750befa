"""Train the concern model (``src/heartwork/coach/data/concern.npz``) and print how it does.

    .venv/bin/python tools/concern/train.py            # about 10 minutes
    .venv/bin/python tools/concern/train.py --no-cv    # skip the cross-validation report

Learns from ``corpus/concern/train/*.jsonl`` (one file a writer) and, as more everyday
text, the coach corpus's train and dev splits (couples' ordinary and heated messages, none
of them about danger). A pattern is trusted (flags on its own, whatever the model says)
when it fired on danger and never on an everyday text in the training data, or on five or
more danger lines with no more than one everyday line in twenty. Sure patterns (the
overdose family in ``rules.py``) flag on their own by construction, not by this count. After
fitting, no joke, story, work or past marker may lower the odds of danger happening now
(see ``fit``).

The one choice made on ``corpus/concern/dev``: the threshold on "any danger", the highest
that keeps recall on dev at ``TARGET_RECALL`` or more and misses nothing that must never be
missed (danger now, weapons, threats to kill). ``corpus/concern/test`` is never read.
The report then leaves one training writer out at a time, at that threshold: the
closest estimate of how the detector meets a new person's words.
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
from heartwork.coach.concern.rules import alone, matches, normalize  # noqa: E402
from heartwork.coach.concern.scope import is_marker  # noqa: E402

TRAIN = ROOT / "corpus" / "concern" / "train"
COACH = [ROOT / "corpus" / "coach" / "splits" / name for name in ("train.jsonl", "dev.jsonl")]
# The floor is 0.95; 0.96 keeps a margin above it. With 480/480 dev lines and the
# fourth round's patterns and writers, 0.96 gives dev 0.029 false alarms (docs/coach.md).
TARGET_RECALL = 0.96
DEV = ROOT / "corpus" / "concern" / "dev"
MUST_NOT_MISS = ("in_progress", "now", "weapon", "threat_to_kill")
COACH_WEIGHT = 1.0
# The writers' everyday lines were written to trap a keyword matcher: they teach most about
# when a danger word is harmless, so each counts three times (2 was chosen on dev among 0.5
# to 8 with sixteen writers; with twenty-eight, 3 gave the same dev figure and fewer false
# alarms on writers left out, by six-fold cross-validation over writers).
TRAP_WEIGHT = 3.0


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
                    (
                        item["text"],
                        label_of(item["kind"], item["sub"]),
                        item["sub"],
                        path.stem,
                        1.0 if item["kind"] else TRAP_WEIGHT,
                    )
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


def flags_alone(text: str, trusted: set[str]) -> bool:
    """Whether ``text`` flags without the model, as ``detect`` decides it."""
    normalized = normalize(text)
    return bool(alone(normalized, matches(normalized), trusted))


# The classes of danger happening now: no joke, story, work or past marker may lower them.
NOW = ("self_harm_imminent", "violence_imminent")


def fit(x: object, y: list[str], w: np.ndarray, names: np.ndarray) -> LogisticRegression:
    """Logistic regression, then no scope marker (``scope.is_marker``) left lowering the odds
    of danger happening now against no danger: where a marker's weight for "none" is above
    its weight for an imminent class, the imminent weight is raised to meet it. So "lol" or
    "funny story" beside an overdose reads as if they were not there, whatever the training
    data's jokes taught.
    """
    model = LogisticRegression(C=16.0, max_iter=5000)
    model.fit(x, y, sample_weight=w)
    classes = list(model.classes_)
    none = classes.index("none")
    markers = np.array([is_marker(str(name)) for name in names])
    for now in NOW:
        row = classes.index(now)
        model.coef_[row, markers] = np.maximum(
            model.coef_[row, markers], model.coef_[none, markers]
        )
    return model


def danger_probability(model: LogisticRegression, x: object) -> np.ndarray:
    none = list(model.classes_).index("none")
    return 1.0 - model.predict_proba(x)[:, none]


def trusted_patterns(fired: list[list[str]], danger: np.ndarray, rows: np.ndarray) -> set[str]:
    """Patterns that fired on danger in ``rows`` and never on an everyday line there, or on
    at least five danger lines and no more than one everyday line in twenty.

    "Never" alone let one playful line ("he pushed me into the pool!") take the trust from
    a pattern right 26 times in 27, leaving "You pushed me down the stairs" to the model.
    """
    counts: dict[str, Counter[bool]] = {}
    for i in np.where(rows)[0]:
        for name in fired[i]:
            counts.setdefault(name, Counter())[bool(danger[i])] += 1
    return {
        name
        for name, c in counts.items()
        if (c[True] and not c[False]) or (c[True] >= 5 and c[False] * 20 <= c[True] + c[False])
    }


def dev_threshold(
    model: LogisticRegression, vectorizer: DictVectorizer, trusted: set[str]
) -> float:
    """The highest threshold that keeps dev recall at TARGET_RECALL with no must-not-miss miss."""
    rows = [json.loads(line) for path in sorted(DEV.glob("*.jsonl")) for line in path.open()]
    danger = np.array([row["kind"] is not None for row in rows])
    must = np.array([row["sub"] in MUST_NOT_MISS for row in rows])
    by_trusted = np.array([flags_alone(row["text"], trusted) for row in rows])
    scores = danger_probability(model, vectorizer.transform([featurize(r["text"]) for r in rows]))
    for threshold in sorted(set(np.round(scores, 4)), reverse=True):
        flagged = by_trusted | (scores >= threshold)
        recall = (flagged & danger).sum() / danger.sum()
        if recall >= TARGET_RECALL and flagged[must].all():
            false_alarms = (flagged & ~danger).sum() / (~danger).sum()
            print(
                f"dev: threshold {threshold:.4f}, recall {recall:.3f}, "
                f"false alarms {false_alarms:.3f}"
            )
            return float(threshold)
    raise SystemExit("no threshold reaches the recall target on dev")


def cross_validate(
    x: object,
    y: list[str],
    rows: list,
    fired: list[list[str]],
    threshold: float,
    names: np.ndarray,
) -> None:
    """Leave one writer out; the coach corpus always stays in training."""
    texts = [r[0] for r in rows]
    groups = np.array([r[3] for r in rows])
    weights = np.array([r[4] for r in rows])
    danger = np.array([c != "none" for c in y])
    flagged = np.zeros(len(rows), dtype=bool)
    for writer in sorted(set(groups) - {"coach"}):
        test = groups == writer
        model = fit(
            x[~test],  # type: ignore[index]
            [c for c, t in zip(y, test, strict=True) if not t],
            weights[~test],
            names,
        )
        held = danger_probability(model, x[test])  # type: ignore[index]
        trusted = trusted_patterns(fired, danger, ~test)
        by_trusted = np.array([flags_alone(texts[i], trusted) for i in np.where(test)[0]])
        flagged[test] = by_trusted | (held >= threshold)
    writers = groups != "coach"
    recall = (flagged & danger & writers).sum() / (danger & writers).sum()
    false_alarms = (flagged & ~danger & writers).sum() / (~danger & writers).sum()
    print(
        f"leave-one-writer-out at that threshold: recall {recall:.3f}, "
        f"false alarms {false_alarms:.3f} on the writers' everyday lines"
    )


def main() -> None:
    rows = load()
    texts = [r[0] for r in rows]
    y = [r[1] for r in rows]
    weights = np.array([r[4] for r in rows])
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([featurize(t) for t in texts])
    print(f"{len(rows)} lines, {x.shape[1]} features; classes {Counter(y)}")
    fired = [[p.name for p in matches(normalize(t))] for t in texts]
    danger = np.array([c != "none" for c in y])
    trusted = trusted_patterns(fired, danger, np.ones(len(rows), dtype=bool))
    print(f"{len(trusted)} patterns are trusted")

    names = vectorizer.get_feature_names_out()
    final = fit(x, y, weights, names)
    if tuple(final.classes_) != tuple(sorted(CLASSES)):
        raise SystemExit(f"the training data lacks a class: it has {list(final.classes_)}")
    threshold = dev_threshold(final, vectorizer, trusted)
    order = [list(final.classes_).index(c) for c in CLASSES]
    vocabulary = np.array(names)
    coefficients = final.coef_[order].T.astype(np.float32)
    keep = np.abs(coefficients).max(axis=1) > 1e-3
    np.savez_compressed(
        MODEL_PATH,
        vocabulary=vocabulary[keep].astype(str),
        weights=coefficients[keep],
        bias=final.intercept_[order].astype(np.float32),
        threshold=np.float32(threshold),
        trusted=np.array(sorted(trusted), dtype=str),
    )
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB)")
    if "--no-cv" not in sys.argv:
        cross_validate(x, y, rows, fired, threshold, names)


if __name__ == "__main__":
    main()
