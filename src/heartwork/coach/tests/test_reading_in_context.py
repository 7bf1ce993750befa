"""The coach reads a reply with the message it answers (``analyze(text, replying_to=…)``)."""

from __future__ import annotations

from heartwork.coach import analyze

ADVICE = "You should just quit."


def test_advice_in_answer_to_a_feeling_is_fixing() -> None:
    reply = analyze(ADVICE, replying_to="I feel so worn down by my job.")
    assert "fixing" in reply.labels
    assert reply.suggestions  # a softer wording is offered


def test_advice_that_was_asked_for_is_not_fixing() -> None:
    assert "fixing" not in analyze(ADVICE, replying_to="What should I do about my job?").labels


def test_advice_in_answer_to_plain_news_is_not_fixing() -> None:
    assert "fixing" not in analyze(ADVICE, replying_to="The bus was late again.").labels


def test_a_complaint_turned_back_is_defensiveness() -> None:
    text = "What about when you forgot my birthday?"
    reply = analyze(text, replying_to="I felt hurt when you were late for dinner.")
    assert "defensiveness" in reply.labels
    assert any(span.label == "defensiveness" for span in reply.spans)


def test_without_a_message_to_answer_nothing_changes() -> None:
    for text in (ADVICE, "I love how you laugh.", "You never listen to me."):
        assert analyze(text).labels == analyze(text, replying_to=None).labels
