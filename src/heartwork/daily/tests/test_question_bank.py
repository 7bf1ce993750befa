"""The built-in daily questions read well as a bank (issue #14): varied frames, no
question asking another's question in other words, light questions that assume no
happy childhood, nothing that assumes a Western week or climate, and apart versions
for questions that assume the same room.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from heartwork.daily.similarity import similar_pairs

PACKS = Path(__file__).parents[1] / "questions"
# Two questions this alike (TF-IDF cosine over content words) ask the same thing.
ALIKE = 0.45


def _questions() -> list[dict[str, object]]:
    return [
        q
        for path in sorted(PACKS.glob("*.json"))
        for q in json.loads(path.read_text(encoding="utf-8"))["questions"]
    ]


def _texts() -> dict[str, str]:
    return {str(q["key"]): str(q["text"]) for q in _questions()}


def test_no_single_opening_dominates_the_bank() -> None:
    texts = list(_texts().values())
    openings = Counter(t.split()[0].lower() for t in texts)
    word, count = openings.most_common(1)[0]
    assert count / len(texts) <= 0.35, (word, count)
    assert sum(t.startswith("What's") for t in texts) / len(texts) <= 0.05


def test_no_two_questions_ask_the_same_thing() -> None:
    assert similar_pairs(_texts(), ALIKE) == []


def test_the_measure_finds_a_question_asked_twice_in_other_words() -> None:
    texts = _texts() | {"again": "What's a memory of the two of us that always makes you laugh?"}
    pairs = [(a, b) for _, a, b in similar_pairs(texts, ALIKE)]
    assert pairs == [("memories-019", "again")]


def test_light_questions_assume_no_childhood_at_all() -> None:
    childhood = re.compile(
        r"\b(kid|child|childhood|growing up|grew up|teenager|school|parents?|mum|dad)\b", re.I
    )
    light = [q["text"] for q in _questions() if q["depth"] == 1]
    assert [t for t in light if childhood.search(str(t))] == []


def test_light_questions_touch_no_fear_or_hurt() -> None:
    heavy = re.compile(r"\b(fear|afraid|hurt|sad|sadness|lonely|alone|worry|insecur\w*)\b", re.I)
    light = [q["text"] for q in _questions() if q["depth"] == 1]
    assert [t for t in light if heavy.search(str(t))] == []


def test_no_question_assumes_a_western_week_or_climate() -> None:
    western = re.compile(
        r"\b(weekends?|saturday|sunday|weekdays?|seasons?|summer|winter|snow|christmas)\b", re.I
    )
    assert [t for t in _texts().values() if western.search(t)] == []


def test_questions_that_assume_the_same_room_have_an_apart_version() -> None:
    apart = {str(q["key"]): str(q["apart"]) for q in _questions() if "apart" in q}
    assert len(apart) >= 8
    texts = _texts()
    for key, words in apart.items():
        assert words != texts[key]
        assert not re.search(r"\b(same table|at home|in the room)\b", words), key
