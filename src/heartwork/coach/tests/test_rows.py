"""The label model reads a message by rows (``rows.py``) exactly as by feature names: the
same scores to the last bit, so no label or span changes with the faster path."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from heartwork.coach import model as model_module
from heartwork.coach.analysis import scores
from heartwork.coach.context import reply_features
from heartwork.coach.features import features, parse

CORPUS = Path(__file__).resolve().parents[4] / "corpus" / "coach"


def _by_name(text: str, replying_to: str | None) -> list[float]:
    parsed = parse(text)
    if not parsed.tokens:
        return []
    names = features(parsed)
    if replying_to:
        names += reply_features(parsed, replying_to)
    return [float(v) for v in model_module.load().scores(names)]


def test_scores_by_rows_are_the_scores_by_feature_names() -> None:
    readings = []
    for path in [CORPUS / "splits" / "dev.jsonl", *sorted(CORPUS.glob("context/*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            readings += [(row["text"], None), (row["text"], row.get("replying_to"))]
    # Odd shapes too: no words, one word, a negated pair, shouting, a question, emoji.
    readings += [(t, None) for t in ("", "!!", "k", "not you", "WHY NOT?", "you 🙄 genius")]
    assert len(readings) > 500
    for text, replying_to in readings:
        assert np.array_equal(scores(text, replying_to), _by_name(text, replying_to)), text
