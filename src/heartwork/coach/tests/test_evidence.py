"""Evidence or silence: a flag shows the words the model read it from, never a word that
shows nothing ("a", "!", "oh", "I'm"), and a label with no such words is not shown."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from heartwork.coach import analyze
from heartwork.coach.evidence import LITTLE_WORDS, evidence
from heartwork.coach.features import parse
from heartwork.coach.model import Model

DEV = Path(__file__).resolve().parents[4] / "corpus" / "coach" / "splits" / "dev.jsonl"


def tiny_model(weights: dict[str, float]) -> Model:
    """A model with one label, ``contempt``, whose linear weights are ``weights``."""
    names = ["bias", *weights]
    linear = np.array([[0.0], *([w] for w in weights.values())], dtype=np.float32)
    return Model(
        ["contempt"],
        names,
        linear,
        np.zeros((len(names), 1), dtype=np.float16),
        np.zeros((2, 1), dtype=np.float32),
        np.array([[0.0], [1.0], [0.0], [1.0]], dtype=np.float32),
        np.zeros(1, dtype=np.float32),
    )


def test_the_words_shown_are_the_ones_the_model_weighs_not_the_first() -> None:
    model = tiny_model({"w:oh": 0.2, "w:medal": 1.5, "w:get": 0.3})
    text = "Oh look, someone get this man a medal."
    found = evidence(parse(text), model, "contempt")
    assert found is not None
    assert "medal" in text[found.start : found.end]
    assert not text[found.start : found.end].lower().startswith("oh")


def test_a_label_that_rests_only_on_little_words_is_not_shown() -> None:
    model = tiny_model({"w:oh": 2.0, "w:!": 1.0, "w:a": 1.0})
    assert evidence(parse("Oh, a lovely tulip!"), model, "contempt") is None


def test_no_flag_on_the_dev_set_shows_only_little_words() -> None:
    shown = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for span in analyze(text).spans:
            words = text[span.start : span.end].lower().replace("\u2019", "'").split()
            cleaned = [w.strip('.,;:"()') for w in words]
            assert any(w and w not in LITTLE_WORDS for w in cleaned), (text, span.label, words)
            shown += 1
    assert shown > 1000
