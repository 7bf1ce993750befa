"""Listening aids for the reader, and the concern flag that replaces tips with help."""

from __future__ import annotations

import pytest

from heartwork.coach import analyze, listen
from heartwork.coach.concern import DEFAULT_RESOURCES


def test_listening_reflects_the_feeling_and_the_situation_from_the_readers_side() -> None:
    heard = listen("I feel lonely when you work late every night.")
    assert heard.reflection == "It sounds like you felt lonely when I work late every night."
    assert "lonely" in heard.validation
    assert heard.question.endswith("?")


def test_listening_to_a_harsh_message_still_starts_with_understanding() -> None:
    heard = listen("You never listen to me!")
    assert heard.reflection.startswith("It sounds like you felt frustrated")
    assert "heard" in heard.question


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Some days I don't want to be here anymore.", "self_harm"),
        ("He pushed me against the wall last night.", "violence"),
        ("I'm scared of what you'll do when you're drunk.", "fear"),
    ],
)
def test_a_concern_replaces_tips_with_help(text: str, kind: str) -> None:
    analysis = analyze(text)
    assert analysis.concern is not None
    assert analysis.concern.kind == kind
    assert analysis.concern.resources == list(DEFAULT_RESOURCES)
    assert analysis.suggestions == []


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me.",
        "I could kill for a pizza right now.",
        "I'm scared of spiders, can you get it?",
        "I'm not scared of you, I'm scared of losing us.",
        "I'm dying to see you on Friday!",
    ],
)
def test_idioms_and_negations_are_not_concerns(text: str) -> None:
    assert analyze(text).concern is None


def test_resources_can_be_replaced() -> None:
    analysis = analyze("I want to die.", resources=["Call Samaritans on 116 123."])
    assert analysis.concern is not None
    assert analysis.concern.resources == ["Call Samaritans on 116 123."]
