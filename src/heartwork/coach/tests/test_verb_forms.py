"""The verb table the rewrites read is lemminflect's, written by tools/coach/verb_forms.py."""

from __future__ import annotations

from heartwork.coach import verbs
from heartwork.coach.tests.coach_tools import coach_tool


def test_the_shipped_table_is_what_lemminflect_gives_today() -> None:
    tool = coach_tool("verb_forms")
    assert verbs.VERBS_PATH.read_text(encoding="utf-8").splitlines() == tool.rows()


def test_forms_for_the_words_couples_use() -> None:
    assert verbs.base("left") == "leave" and verbs.forms("cook").past == "cooked"  # type: ignore[union-attr]
    assert verbs.forms("text").gerund == "texting"  # type: ignore[union-attr]
    assert verbs.is_past("forgot") and not verbs.is_past("cut")
