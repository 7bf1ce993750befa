"""The listening aid fits what was shared: good news is met with joy, a hard thing with
understanding, and danger with no words at all, whatever the tone around it."""

from __future__ import annotations

import pytest

from heartwork.coach import listen
from heartwork.coach.listen import listen_to_checkin

PROUD = "We talked about the hard thing and nobody slammed a door. I'm proud of how we listened."


def test_good_news_is_met_with_joy_not_with_a_worry_nobody_had() -> None:
    heard = listen(PROUD)
    assert heard.good_news
    assert heard.reflection == "It sounds like you feel proud of how we listened."
    assert heard.validation == "I love hearing that, and I'm so glad you told me."
    assert heard.question == "What was the best part of it for you?"
    assert "heard by me" not in heard.question


def test_joy_about_the_reader_is_said_back_from_the_readers_side() -> None:
    assert (
        listen("So grateful for your help with the move.").reflection
        == "It sounds like you feel grateful for my help with the move."
    )
    assert (
        listen("We did it! The flat is ours.").reflection
        == "It sounds like something good happened, and you wanted me to share it."
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm not happy about how we left things.",
        "I love you but I feel so alone lately.",
        "You never listen to me, and I'm done pretending I'm fine.",
    ],
)
def test_something_hard_still_gets_understanding(text: str) -> None:
    heard = listen(text)
    assert not heard.good_news
    assert heard.validation and heard.validation.startswith("That makes sense")


def test_danger_wrapped_in_good_words_gets_no_words_to_say() -> None:
    heard = listen("I'm so happy now that I've decided to kill myself.")
    assert heard.concern is not None
    assert heard.reflection is heard.validation is heard.question is None


def test_a_good_check_in_with_a_small_hard_thing_is_met_with_joy() -> None:
    heard = listen_to_checkin(
        mood=4,
        good_thing="A long walk at lunch.",
        hard_thing="A tense meeting, but it passed.",
        feelings=("peaceful", "grateful"),
    )
    assert heard is not None and heard.good_news
    assert heard.reflection == "It sounds like you're feeling peaceful and grateful."
    assert "work" not in " ".join(filter(None, [heard.reflection, heard.question]))


def test_a_hard_day_is_met_as_it_was_before() -> None:
    hard = "I feel exhausted when work takes every evening."
    heard = listen_to_checkin(mood=2, good_thing="A long walk.", hard_thing=hard)
    assert heard is not None and not heard.good_news
    assert heard.reflection == "It sounds like you felt exhausted when work takes every evening."


def test_a_check_in_speaking_of_danger_in_its_good_thing_gets_no_words() -> None:
    heard = listen_to_checkin(
        mood=5, good_thing="Finally decided to end my life.", hard_thing="", feelings=("calm",)
    )
    assert heard is not None and heard.concern is not None and heard.reflection is None
