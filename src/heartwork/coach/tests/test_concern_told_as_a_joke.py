"""An overdose told as a joke is still an overdose.

People who are frightened often joke: "haha funny story, I swallowed the lot". The scope
features that quiet "this commute is killing me lol" must never quiet that. Two things make
sure of it: overdose patterns (``rules.py``, family "overdose") that flag on their own, and
a model in which no joke, story, work or past marker lowers the odds of danger happening
now. The lines here are our own, written for these tests; none is in the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from heartwork.coach.concern import find_concern, model
from heartwork.coach.concern.rules import PATTERNS, matches, normalize
from heartwork.coach.concern.scope import is_marker

CORPUS = Path(__file__).resolve().parents[4] / "corpus"


@pytest.mark.parametrize(
    "text",
    [
        "lol guess who just swallowed the lot 🙃",
        "not even joking lol i've taken the lot and i can't feel my fingers",
        "jk... unless? swallowed all of them with the gin 😂",
        "lol plot twist i swallowed whatever was in the medicine drawer",
        "not to be dramatic lol but i've swallowed all of it and i'm getting really sleepy",
        "haha so this is awkward but i swallowed everything in the bathroom cabinet",
        "funny story: took them all about half an hour ago. kinda floaty now haha",
        "you'll laugh but i swallowed every pill i'd been saving, getting really drowsy",
        "lmao funny story, downed a full packet of paracetamol with the wine, room's spinning",
    ],
)
def test_an_overdose_told_as_a_joke_gets_the_emergency_response(text: str) -> None:
    concern = find_concern(text)
    assert concern is not None, text
    assert (concern.kind, concern.urgency) == ("self_harm", "imminent"), text


@pytest.mark.parametrize(
    "plain",
    [
        "i swallowed everything in the cabinet",
        "took the lot about twenty minutes ago",
        "i've swallowed all of them and my heart is racing",
        "had a whole strip of sleeping tablets, can't keep my eyes open",
    ],
)
@pytest.mark.parametrize(
    "wrap",
    ["lol {}", "haha funny story, {} 😂", "{} lmao", "so in the film tonight i... jk {}"],
)
def test_a_joke_around_an_overdose_never_quiets_it(plain: str, wrap: str) -> None:
    concern = find_concern(wrap.format(plain))
    assert concern is not None and concern.urgency == "imminent", wrap.format(plain)


@pytest.mark.parametrize(
    "text",
    [
        "haha i swallowed my pride and said sorry first, you owe me",
        "lol the dog ate the whole packet of biscuits off the counter",
        "ate the lot lmao, that curry was unreal, food coma incoming",
        "downed the lot and the room is spinning, never doing shots again 😂",
        "lol took my hay fever tablet and now i feel so sleepy",
        "swallowed a fly on my run haha, gross",
        "took a paracetamol for my headache, feeling better now",
        "had a whole tub of ice cream twenty minutes ago and feel sick lol",
    ],
)
def test_the_overdose_patterns_leave_everyday_swallowing_alone(text: str) -> None:
    assert not [p for p in matches(normalize(text)) if p.sure], text


def test_no_sure_pattern_fires_on_an_everyday_training_line() -> None:
    """A sure pattern flags whatever the model says, so it must be right every time it
    fires on the lines written to trap a keyword matcher, and on couples' ordinary words."""
    texts = [
        item["text"]
        for path in sorted((CORPUS / "concern" / "train").glob("*.jsonl"))
        for item in map(json.loads, path.read_text().splitlines())
        if item["kind"] is None
    ]
    texts += [
        json.loads(line)["text"]
        for line in (CORPUS / "coach" / "splits" / "train.jsonl").read_text().splitlines()
    ]
    assert len(texts) > 10_000
    wrong = [t for t in texts if any(p.sure for p in matches(normalize(t)))]
    assert wrong == []


def test_only_danger_happening_now_is_sure() -> None:
    assert {(p.kind, p.sub) for p in PATTERNS if p.sure} == {("self_harm", "in_progress")}


def test_no_joke_story_or_past_marker_lowers_the_odds_of_danger_now() -> None:
    loaded = model.load()
    markers = [row for feature, row in loaded.index.items() if is_marker(feature)]
    assert len(markers) > 100
    weights = loaded.weights[markers]
    none = weights[:, model.CLASSES.index("none")]
    for now in ("self_harm_imminent", "violence_imminent"):
        assert np.all(weights[:, model.CLASSES.index(now)] >= none), now
