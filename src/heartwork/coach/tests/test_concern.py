"""Words that signal danger: noticed, sorted by kind and urgency, and met with help.

The sentences here are our own, written for these tests; the detector's figures on
texts by people who never saw its data are in bench/concern.py and docs/coach.md.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from heartwork.coach import analyze, directory_for, listen
from heartwork.coach.concern import find_concern, model
from heartwork.coach.concern.rules import matches, normalize

GB = directory_for("GB")
CORPUS = Path(__file__).resolve().parents[4] / "corpus"
_DEV_TEXTS = [
    json.loads(line)["text"]
    for path in sorted((CORPUS / "concern" / "dev").glob("*.jsonl"))
    for line in path.open()
]


@pytest.mark.parametrize(
    ("text", "kind", "urgency"),
    [
        ("I've swallowed the whole packet of tablets, I'm sorry.", "self_harm", "imminent"),
        ("He's kicking the bedroom door in right now and I'm hiding.", "violence", "imminent"),
        ("I've been saving up my sleeping pills for a while now.", "self_harm", "urgent"),
        ("Some days I don't want to wake up anymore.", "self_harm", "concern"),
        ("He keeps a gun on the table when we argue.", "violence", "urgent"),
        ("She said she'd kill me if I ever left.", "violence", "urgent"),
        ("His hands were round my neck last night.", "violence", "urgent"),
        ("She hits me when she is drunk.", "violence", "concern"),
        ("He took my passport and keeps it locked in his desk.", "control", "concern"),
        ("I have to send him a photo of wherever I am, every hour.", "control", "concern"),
        ("I'm walking on eggshells every time he comes home.", "fear", "concern"),
    ],
)
def test_danger_is_noticed_with_its_kind_and_urgency(text: str, kind: str, urgency: str) -> None:
    concern = find_concern(text)
    assert concern is not None, text
    assert (concern.kind, concern.urgency) == (kind, urgency)


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me.",
        "I could kill for a pizza right now.",
        "I'm dying to see you on Friday!",
        "Can you sharpen the bread knife before Sunday?",
        "Passports are in the top drawer with the tickets.",
        "I'll share my location when I drive home so you don't worry.",
        "Thank you for cooking tonight, it was lovely.",
        # A surprise on its way in is not danger on its way in (issue #13, third round).
        "she's coming up the drive with the birthday balloons, everyone hide!",
    ],
)
def test_everyday_words_stay_quiet(text: str) -> None:
    assert find_concern(text) is None


def test_a_bare_wish_to_die_flags_though_a_longer_joke_with_it_does_not() -> None:
    """Training has more football losses than cries for help saying "I want to die", so
    the model alone misses the bare words; with nothing around them they flag."""
    assert find_concern("i want to die") is not None
    assert find_concern("I ate three plates of pasta and I want to die") is None


def test_one_playful_line_does_not_take_the_trust_from_a_plain_report() -> None:
    """'He pushed me into the pool!' is in training as everyday; a push down the stairs
    still flags, from the pattern, whatever the model reads in 'you'."""
    concern = find_concern("You pushed me down the stairs.")
    assert concern is not None and concern.kind == "violence"


def test_an_idiom_never_outranks_a_plain_report_of_harm() -> None:
    assert find_concern("It hits me when I think of her.") is None
    assert find_concern("She hits me when she's drunk.") is not None


def test_imminent_danger_puts_the_emergency_number_first() -> None:
    concern = find_concern("took all my pills 20 mins ago", GB)
    assert concern is not None and concern.urgency == "imminent"
    assert concern.response.steps[0].startswith("Call 999 now")
    assert concern.resources[0] == "In danger right now: call 999."


def test_thoughts_of_self_harm_get_a_crisis_line_and_tell_someone_today() -> None:
    concern = find_concern("I keep thinking everyone would be better off without me.", GB)
    assert concern is not None and concern.kind == "self_harm"
    assert concern.resources[0].startswith("Samaritans")
    assert any("tell someone today" in step for step in concern.response.steps)


def test_violence_gets_abuse_support_and_never_a_rewrite() -> None:
    analysis = analyze("You pushed me down the stairs and I'm scared of you.", resources=GB)
    assert analysis.concern is not None and analysis.concern.kind == "violence"
    assert analysis.suggestions == []
    assert any("Domestic Abuse" in line for line in analysis.concern.resources)


def test_resource_lines_replace_one_category_or_all() -> None:
    one = directory_for("GB", ["crisis: Our local line 0800 111"])
    assert one.crisis == ("Our local line 0800 111",)
    assert one.emergency == GB.emergency
    every = directory_for("", ["Ring the front desk"])
    assert every.crisis == every.abuse == every.emergency == ("Ring the front desk",)
    plain = analyze("I want to die.", resources=["Call Samaritans on 116 123."])
    assert plain.concern is not None
    assert "Call Samaritans on 116 123." in plain.concern.resources


def test_the_listening_aid_offers_no_script_for_violence_toward_the_writer() -> None:
    heard = listen("He pushed me and I'm scared.")
    assert heard.reflection is heard.validation is heard.question is None
    assert heard.guidance is not None and heard.concern is not None
    assert "no suggested words" in heard.guidance.steps[0]


def test_the_listening_aid_tells_the_reader_how_to_respond_to_self_harm() -> None:
    heard = listen("I want to die.", resources=GB)
    assert heard.reflection is None
    assert heard.guidance is not None
    assert any("Ask them plainly" in step for step in heard.guidance.steps)
    assert any("Samaritans" in line for line in heard.resources)
    assert heard.to_dict()["concern"]["kind"] == "self_harm"  # type: ignore[index]


def test_the_concern_test_set_is_frozen() -> None:
    """Nothing is tuned on the test set; a change to it would make its figure meaningless."""
    folder = Path(__file__).resolve().parents[4] / "corpus" / "concern" / "test"
    digests = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob("*.jsonl"))
    }
    assert digests == {
        "test-mixed-1.jsonl": "350f8990bad778ad6c773d0d14aec37d2550895e349c72e9fc06fd8f59121deb",
        "test-mixed-2.jsonl": "b89a6628786bbce46a76bb5e0c4d4723bef23de75e1cd9a5e79e8db75a6b8a2e",
    }


def test_the_danger_model_finds_the_features_the_trainer_names() -> None:
    """The scorer looks features up without building their strings; it must find the same."""
    loaded = model.load()
    for text in _DEV_TEXTS:
        normalized = normalize(text)
        fired = matches(normalized)
        named = set(model.features(normalized))
        named |= {f"r:{p.sub}" for p in fired} | {f"rk:{p.kind}" for p in fired}
        assert loaded.rows(normalized, fired) == {
            loaded.index[f] for f in named if f in loaded.index
        }, text
