"""The word index runs only the patterns that can match, and finds all that do.

It is a speed-up and nothing else: running every pattern on every text must give the
same result. Checked on the dev and test texts, for the coach's rules and the danger patterns.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from heartwork.coach import features
from heartwork.coach.concern.rules import GUARDS, PATTERNS, mask_idioms, matches, normalize
from heartwork.coach.text import lower, mask
from heartwork.coach.triggers import Prechecked, cover, required_text

CORPUS = Path(__file__).resolve().parents[4] / "corpus"


def _texts() -> list[str]:
    concern = [
        *sorted((CORPUS / "concern").glob("dev/*.jsonl")),
        *(CORPUS / "concern/test").glob("*.jsonl"),
    ]
    paths = [*concern, CORPUS / "coach/splits/test.jsonl"]
    return [json.loads(line)["text"] for path in paths for line in path.open() if line.strip()]


def test_a_gap_of_words_keeps_the_next_word_a_word_start() -> None:
    """A pattern with a few free words before its verb is keyed on the verb, not on "he"."""
    assert cover(re.compile(r"\bhe (?:[\w']+ ){0,3}?hits me")) == {"hits"}
    assert cover(re.compile(r"\b(?:the |my )?(?:dog|cat)\b")) == {"dog", "cat"}
    assert cover(re.compile(r"\bhe (?:\w+)?hits")) == {"he"}  # "hits" may start mid-word


def test_the_index_finds_every_danger_pattern_that_matches() -> None:
    for text in _texts():
        normalized = normalize(text)
        guards = list(GUARDS.finditer(normalized))
        every = [
            p.name
            for p in PATTERNS
            if (m := p.regex.search(normalized))
            and not (p.guarded and any(g.start() < m.end() and m.start() < g.end() for g in guards))
        ]
        assert [p.name for p in matches(normalized)] == every, text


def test_the_index_finds_every_coach_rule_that_matches() -> None:
    for text in _texts():
        masked = mask(lower(text))
        every = {order for order, _, branch in features._BRANCHES if branch.search(masked)}
        assert {hit.order for hit in features.parse(text).hits} == every, text


def test_idioms_are_masked_only_where_the_index_says_they_may_be() -> None:
    for text in _texts():
        normalized = normalize(text)
        assert mask_idioms(normalized) == GUARDS.sub(" idiom ", normalized), text


def test_a_choice_of_words_is_checked_as_text_before_the_search() -> None:
    """A pattern that needs "dead" or "six feet under" is skipped by a substring check when
    the text has neither; a long list of choices is left to the search itself."""
    assert required_text(re.compile(r"\b(?:you're|i'm) (?:dead|six feet under)\b")) == (
        "six feet under",
        "dead",
    )
    assert required_text(re.compile(r"\b(?:a|b) (?:on|to)")) is None  # too short to be worth it
    many = "sad|angry|lonely|tired|scared|hurt|small|lost|stuck|low"
    assert required_text(re.compile(rf"\bi feel (?:{many})")) == ("i feel ",)


def test_a_prechecked_pattern_finds_what_its_pattern_finds() -> None:
    """The rewrites' shapes skip a search only when it could not match, whatever the text."""
    from heartwork.coach.point import _POINTED_SHAPES, _RETORT, _WHO

    shapes = [*(shape for shape, _ in _POINTED_SHAPES), _RETORT, _WHO]
    texts = [*_texts(), "What is it with you and leaving socks everywhere?", "WHO LEAVES CUPS OUT"]
    for shape in shapes:
        assert shape.needs, shape.regex.pattern  # each is checked first, or it would not pay
        for text in texts:
            found, want = shape.search(text), shape.regex.search(text)
            assert (found and found.span()) == (want and want.span()), (shape.regex.pattern, text)


def test_a_prechecked_pattern_searches_text_that_is_not_ascii() -> None:
    """Under re.I the long s matches "s": such text is always searched, never skipped."""
    prechecked = Prechecked(re.compile(r"\bso\b", re.I))
    assert prechecked.needs is None or "\u017fo" not in prechecked.needs
    shaped = Prechecked(re.compile(r"\bthanks for\b", re.I))
    assert shaped.search("thank\u017f for nothing") is not None
    assert shaped.search("thanks a lot") is None
