"""Evaluate any labeller on a JSON Lines file in the format of coach-labels.md.

``heartwork coach eval FILE.jsonl [--json]`` uses this with the coach's own classifier;
the benchmarks use it with the baselines, so every figure is computed the same way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from heartwork.coach.labels import HARMFUL, LABELS


class CorpusError(ValueError):
    """A line of an evaluation file that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Example:
    text: str
    labels: frozenset[str]
    replying_to: str | None = None  # the message this one answers, where the file says


def read_jsonl(path: Path) -> list[Example]:
    examples = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: is not UTF-8 text.") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: not valid JSON ({exc.msg}).") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise CorpusError(f'{where}: each line needs a "text" string.')
        labels = row.get("labels")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise CorpusError(f'{where}: "labels" must be a list of label names.')
        unknown = sorted(set(labels) - set(LABELS))
        if unknown:
            raise CorpusError(f"{where}: unknown label(s) {', '.join(unknown)}.")
        replying_to = row.get("replying_to")
        if replying_to is not None and not isinstance(replying_to, str):
            raise CorpusError(f'{where}: "replying_to" must be text or null.')
        examples.append(Example(row["text"], frozenset(labels), replying_to or None))
    if not examples:
        raise CorpusError(f"{path}: has no messages.")
    return examples


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(
    truth: Sequence[frozenset[str]], predicted: Sequence[frozenset[str]]
) -> dict[str, object]:
    """Per-label precision, recall, F1; macro-F1 over labels present; harmful-or-not F1."""
    per_label: dict[str, dict[str, float]] = {}
    for label in LABELS:
        support = sum(label in t for t in truth)
        if not support:
            continue
        tp = sum(label in t and label in p for t, p in zip(truth, predicted, strict=True))
        fp = sum(label not in t and label in p for t, p in zip(truth, predicted, strict=True))
        precision, recall, f1 = _prf(tp, fp, support - tp)
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    harmful = frozenset(HARMFUL)
    t_any = [bool(t & harmful) for t in truth]
    p_any = [bool(p & harmful) for p in predicted]
    tp = sum(a and b for a, b in zip(t_any, p_any, strict=True))
    fp = sum(b and not a for a, b in zip(t_any, p_any, strict=True))
    fn = sum(a and not b for a, b in zip(t_any, p_any, strict=True))
    macro = sum(v["f1"] for v in per_label.values()) / len(per_label) if per_label else 0.0
    return {
        "macro_f1": round(macro, 4),
        "per_label": per_label,
        "any_harmful": dict(
            zip(
                ("precision", "recall", "f1"),
                map(lambda x: round(x, 4), _prf(tp, fp, fn)),
                strict=True,
            )
        ),
    }


def evaluate(
    examples: Sequence[Example], labeller: Callable[[str], Sequence[str]]
) -> dict[str, object]:
    texts = [e.text for e in examples]
    started = time.perf_counter()
    predicted = [frozenset(labeller(text)) for text in texts]
    elapsed = time.perf_counter() - started
    result: dict[str, object] = {"n": len(examples)}
    result.update(score([e.labels for e in examples], predicted))
    result["messages_per_second"] = round(len(texts) / elapsed, 1) if elapsed else None
    return result
