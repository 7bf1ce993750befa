"""Listening aids for the reader of a partner's words."""

from __future__ import annotations

from heartwork.coach import listen


def test_listening_reflects_the_feeling_and_the_situation_from_the_readers_side() -> None:
    heard = listen("I feel lonely when you work late every night.")
    assert heard.reflection == "It sounds like you felt lonely when I work late every night."
    assert heard.validation and "lonely" in heard.validation
    assert heard.question and heard.question.endswith("?")


def test_listening_to_a_harsh_message_still_starts_with_understanding() -> None:
    heard = listen("You never listen to me!")
    assert heard.reflection and heard.reflection.startswith("It sounds like you felt frustrated")
    assert heard.question and "heard" in heard.question
