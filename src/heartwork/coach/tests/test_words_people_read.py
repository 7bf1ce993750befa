"""The coach's own words: rewrites keep the writer's feeling as strong as they said it,
and the patterns are named in words a person would use (issue #14).
"""

from __future__ import annotations

import pytest
from conftest import People, client_for

from heartwork.coach import analyze
from heartwork.coach.labels import LABELS, NAMES

# A rewrite that turned these into "small", "embarrassed" or "unwanted" shrank the very
# feeling the writer was trying to say.
STRONG_FEELINGS = [
    ("You make me feel worthless.", "worthless", "small"),
    ("You humiliated me in front of everyone.", "humiliated", "embarrassed"),
    ("You made me feel ugly at the party.", "ugly", "unwanted"),
    ("You always make me furious.", "furious", "really angry"),
]
# The names from the research and from therapy that the coach once showed as they are.
TECHNICAL = {
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "minimizing",
    "fixing",
    "validation",
    "reflection",
    "repair",
    "appreciation",
}


@pytest.mark.parametrize(("message", "feeling", "smaller"), STRONG_FEELINGS)
def test_a_rewrite_keeps_the_writers_own_feeling(message: str, feeling: str, smaller: str) -> None:
    suggestions = analyze(message).suggestions
    assert suggestions
    for suggestion in suggestions:
        assert feeling in suggestion
        assert smaller not in suggestion


def test_every_pattern_is_named_in_plain_words() -> None:
    assert set(NAMES) == set(LABELS)
    for name in NAMES.values():
        assert name.lower() not in TECHNICAL
        assert not set(name.lower().split()) & TECHNICAL, name


def test_the_page_names_contempt_as_a_person_would(people: People) -> None:
    html = client_for(people.alice).post("/coach/", {"text": "Nice job, genius."}).content.decode()
    assert "Mocking or insulting" in html
    assert "Contempt" not in html
