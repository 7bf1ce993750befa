"""The danger check in the voices the larger dev set showed it missing (issue #13, fourth round).

Older people who understate, "is it normal that…" and "asking for a friend" that turn out to
be the writer, men hurt by a woman, danger said in Spanish, Tagalog, Hindi, Portuguese or
Arabic words, veiled threats, weapons beyond guns and knives, and a high place with a note;
beside them everyday lines that share their words (a surprise coming up the stairs, grief
that comes in waves, an exam that "shot me"). Our own
sentences, written for these tests: none is from the dev or test sets.
"""

from __future__ import annotations

import pytest

from heartwork.coach.concern import find_concern
from heartwork.coach.concern.rules import matches, normalize


@pytest.mark.parametrize(
    ("text", "kind", "urgency"),
    [
        # A high place and a note: happening now, however calmly it is told.
        (
            "Sat on top of the feed silo. Wrote the boys a letter, it's by the kettle.",
            "self_harm",
            "imminent",
        ),
        # Threats to kill and hiding now, said in the writer's first language.
        ("mi marido dice que me va a matar esta noche", "violence", "urgent"),
        ("papatayin daw niya ako pag nalaman niya", "violence", "urgent"),
        ("ele disse que vai me matar se eu contar pra alguém", "violence", "urgent"),
        ("he says mujhe maar dalega if i leave", "violence", "urgent"),
        (
            "estou escondida no banheiro, ele quebrou a porta da sala",
            "violence",
            "imminent",
        ),
        # A veiled threat to kill.
        (
            "He smiles and says one day you'll just disappear and nobody will bother looking.",
            "violence",
            "urgent",
        ),
        # Weapons beyond guns and knives.
        (
            "Is it normal that he polishes his old bayonet at the kitchen table whenever we argue?",
            "violence",
            "urgent",
        ),
        ("She keeps a cleaver by the bed and picks it up when we fight.", "violence", "urgent"),
        # Wishes to die, in other languages and in a faith's words.
        ("no quiero vivir mas, estoy cansada de todo", "self_harm", "concern"),
        ("gusto ko nang mamatay, sobrang pagod na ako", "self_harm", "concern"),
        (
            "I keep asking the Lord why He still leaves me here. I'd go tonight if He called.",
            "self_harm",
            "concern",
        ),
        (
            "I've had enough of living, if I'm honest. No plans. I'm just worn out.",
            "self_harm",
            "concern",
        ),
    ],
)
def test_danger_in_new_voices_is_noticed(text: str, kind: str, urgency: str) -> None:
    concern = find_concern(text)
    assert concern is not None, text
    assert (concern.kind, concern.urgency) == (kind, urgency), text


@pytest.mark.parametrize(
    "text",
    [
        "The sadness comes in waves. One minute I'm fine in the garden, the next I find his gloves and I'm gone.",
        "she's coming up the stairs with a surprise, act normal!!",
    ],
)
def test_everyday_lines_with_the_same_words_stay_quiet(text: str) -> None:
    assert find_concern(text) is None, text


def test_a_person_by_the_door_is_a_person_not_the_word_the() -> None:
    """A pattern once read the "he" inside "the" ("can't breathe ... the cat") as danger now."""
    fired = matches(normalize("can't breathe, the cat is lying on my chest again"))
    assert not [p for p in fired if p.sub == "now"]


def test_an_exam_that_shot_me_is_an_idiom_a_partner_who_shot_at_me_is_not() -> None:
    assert not matches(normalize("that exam shot me in the face"))
    assert [p.sub for p in matches(normalize("he shot at me from the car"))] == ["weapon"]
