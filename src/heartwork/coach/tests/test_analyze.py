"""The coach library: labels with the words that show them, kind reasons, rewrites."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from heartwork.coach import HARMFUL, LABELS, analyze, classify, is_harmful

CORPUS = Path(__file__).resolve().parents[4] / "corpus" / "coach"


def corpus_texts() -> list[str]:
    texts = []
    for part in sorted((CORPUS / "messages").glob("*.jsonl")):
        texts += [json.loads(x)["text"] for x in part.read_text().splitlines() if x.strip()]
    return texts


def test_the_library_imports_no_django() -> None:
    code = "import sys, heartwork.coach as c; c.analyze('hi'); print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_critical_message_is_named_with_its_words_and_a_reason() -> None:
    text = "You never listen to me, you're so selfish!"
    analysis = analyze(text)
    assert {"criticism", "absolute"} <= set(analysis.labels)
    spans = {span.label: text[span.start : span.end] for span in analysis.spans}
    assert "selfish" in spans["criticism"]
    assert "never" in spans["absolute"].lower()
    assert all(span.why.endswith(".") and len(span.why) > 40 for span in analysis.spans)


def test_a_flagged_message_gets_up_to_three_i_statement_rewrites() -> None:
    analysis = analyze("You make me so angry when you leave your dishes everywhere.")
    assert "blame" in analysis.labels
    assert 1 <= len(analysis.suggestions) <= 3
    assert analysis.suggestions[0].startswith("I ")
    assert any("housework" in s or "jobs" in s for s in analysis.suggestions)


def test_every_suggestion_for_every_flagged_corpus_message_is_itself_clean() -> None:
    flagged = 0
    for text in corpus_texts():
        analysis = analyze(text)
        if not analysis.harmful or analysis.concern:
            continue
        flagged += 1
        assert analysis.suggestions, f"no suggestion for {text!r}"
        for suggestion in analysis.suggestions:
            assert not is_harmful(suggestion), (text, suggestion, classify(suggestion))
    assert flagged > 500


def test_kind_messages_get_no_suggestions() -> None:
    analysis = analyze("Thank you for making dinner tonight, it was lovely.")
    assert analysis.labels == ["appreciation"]
    assert analysis.suggestions == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I always love it when you cook for us.", "absolute"),
        ("You're not lazy at all, you were exhausted.", "criticism"),
        ("My boss said I'm useless at presentations.", "criticism"),
        ('She looked at me and said "whatever" and walked off.', "stonewalling"),
        ("I never remember to text back, I'm sorry.", "absolute"),
        ("This traffic is killing me, be there in ten.", "contempt"),
        ("You're amazing, you know that?", "criticism"),
    ],
)
def test_words_that_usually_signal_a_pattern_but_dont_here(text: str, absent: str) -> None:
    assert absent not in analyze(text).labels


def test_plain_logistics_have_no_labels() -> None:
    assert analyze("I'll pick up milk on the way home.").labels == []


def test_i_feel_like_you_are_is_criticism_not_an_i_statement() -> None:
    labels = analyze("I feel like you're selfish.").labels
    assert "criticism" in labels
    assert "i_statement" not in labels


def test_the_json_shape_of_the_design_contract() -> None:
    data = analyze("whatever.").to_dict()
    assert set(data) == {"labels", "spans", "suggestions", "concern"}
    assert set(data["spans"][0]) == {"label", "start", "end", "why"}  # type: ignore[index]
    assert all(label in LABELS for label in data["labels"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["", "   ", "🙂", "x" * 20000, "\u202e\u0000odd"])
def test_any_input_gives_an_analysis_without_error(text: str) -> None:
    analysis = analyze(text)
    assert all(label in LABELS for label in analysis.labels)
    assert all(0 <= s.start <= s.end <= len(analysis.text) for s in analysis.spans)


def test_harmful_and_helpful_together() -> None:
    analysis = analyze("I'm sorry I snapped. I felt scared. What do you need from me?")
    assert {"repair", "i_statement", "open_question"} <= set(analysis.labels)
    assert not set(analysis.labels) & set(HARMFUL)
