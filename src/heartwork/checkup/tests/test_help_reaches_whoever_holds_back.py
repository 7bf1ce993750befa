"""The rule for private help catches single worrying answers that an average hides.

Someone who holds things back for fear of the reaction, but answers the other safety
questions warmly, scored 75 on safety to share and reached no help before. Someone
content is left alone.
"""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.instrument import load
from heartwork.checkup.private_help import signals
from heartwork.checkup.scoring import dimension_score
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

# Keyed answers (higher is better) to the four safety-to-share questions; the third is
# "I sometimes hold things back because I worry how my partner will react".
HOLDS_BACK = {"safety_to_share": [7, 7, 2, 7]}  # 6 as given: "Mostly true"
CONTENT = {"safety_to_share": [6, 6, 6, 6]}


def _as_given(keyed: dict[str, list[int]], fear: int = 1) -> dict[str, int]:
    instrument = load()
    answers = {"feeling_safe_1": fear}
    for key, values in keyed.items():
        for item, value in zip(instrument.dimension(key).items, values, strict=True):
            answers[item.key] = 8 - value if item.reverse else value
    return answers


def test_holding_things_back_is_a_signal_even_when_the_score_looks_fine() -> None:
    answers = _as_given(HOLDS_BACK)
    assert dimension_score(answers, load().dimension("safety_to_share")) == 79
    assert [s.key for s in signals(answers, load())] == ["safety_to_share_3"]


def test_any_fear_is_a_signal() -> None:
    assert [s.key for s in signals(_as_given(CONTENT, fear=2), load())] == ["feeling_safe_1"]


def test_a_content_pattern_gives_no_signal() -> None:
    assert signals(_as_given(CONTENT), load()) == []
    assert signals(_as_given({"safety_to_share": [5, 5, 5, 5]}), load()) == []  # "sometimes"


def test_someone_who_holds_back_is_offered_private_help(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=HOLDS_BACK)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Just for you" in html
    assert "you hold things back because you worry how your partner will react" in html


def test_someone_content_is_offered_nothing_of_the_kind(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=CONTENT)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Just for you" not in html
    assert "A counselor of your own" not in html
