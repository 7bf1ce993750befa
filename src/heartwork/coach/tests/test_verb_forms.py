"""The verb table the rewrites read is lemminflect's, written by tools/coach/verb_forms.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from heartwork.coach import verbs

TOOL = Path(__file__).resolve().parents[4] / "tools" / "coach" / "verb_forms.py"


def test_the_shipped_table_is_what_lemminflect_gives_today() -> None:
    spec = importlib.util.spec_from_file_location("verb_forms", TOOL)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert verbs.VERBS_PATH.read_text(encoding="utf-8").splitlines() == tool.rows()


def test_forms_for_the_words_couples_use() -> None:
    assert verbs.base("left") == "leave" and verbs.forms("cook").past == "cooked"  # type: ignore[union-attr]
    assert verbs.forms("text").gerund == "texting"  # type: ignore[union-attr]
    assert verbs.is_past("forgot") and not verbs.is_past("cut")
