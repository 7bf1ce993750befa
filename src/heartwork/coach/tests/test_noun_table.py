"""The noun table the rewrites read is lemminflect's, written by tools/coach/noun_forms.py."""

from __future__ import annotations

from heartwork.coach import phrases
from heartwork.coach.tests.coach_tools import coach_tool


def test_the_shipped_table_is_what_lemminflect_gives_today() -> None:
    tool = coach_tool("noun_forms")
    assert phrases.NOUNS_PATH.read_text(encoding="utf-8").splitlines() == tool.rows()


def test_the_things_couples_argue_about_are_found_as_noun_phrases() -> None:
    assert phrases.thing_named("you always do this, making your religion my problem") == (
        "your religion"
    )
    assert phrases.thing_named("He's your son, you talk to him.", subject=True) == "your son"
    # the names a message calls someone are not its subject
    assert phrases.thing_named("You're a scatterbrain.") is None
    # what the writer turns to is not what the talk was about
    assert phrases.thing_named("mmhm. off to the gym", least=0, subject=True) is None
