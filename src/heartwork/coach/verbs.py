"""Verb forms for the rewrites: "cook" -> "cooked", "cooking"; "left" -> "leave".

The table (``data/verbs.tsv``) is lemminflect's, written once by
``tools/coach/verb_forms.py``: reading it takes milliseconds, where loading lemminflect
itself takes seconds. It is read the first time a rewrite needs it, not at import.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

VERBS_PATH = Path(__file__).with_name("data") / "verbs.tsv"


class Forms(NamedTuple):
    base: str
    past: str
    participle: str
    gerund: str
    third: str


@cache
def _table() -> tuple[dict[str, Forms], dict[str, str]]:
    """Forms by base, and the base of every form (the first verb listed wins a tie)."""
    by_base: dict[str, Forms] = {}
    base_of: dict[str, str] = {}
    for line in VERBS_PATH.read_text(encoding="utf-8").splitlines():
        forms = Forms(*line.split("\t"))
        by_base[forms.base] = forms
        for form in forms:
            base_of.setdefault(form, forms.base)
    for forms in by_base.values():  # a base form is always its own base ("left" aside)
        base_of[forms.base] = forms.base
    return by_base, base_of


def base(word: str) -> str | None:
    """The base form of a verb form, or None when the word is not a verb we know."""
    return _table()[1].get(word.lower())


def forms(verb: str) -> Forms | None:
    return _table()[0].get(verb.lower())


def is_past(word: str) -> bool:
    """Whether ``word`` is a past form ("forgot", "left"), not also its own base ("cut")."""
    known = forms(base(word) or "")
    low = word.lower()
    return known is not None and low in (known.past, known.participle) and low != known.base
