"""Saving a question pack again (every ``migrate`` saves the built-in ones) changes what
changed, adds what is new in the pack's order, and keeps each question's identity, so a
couple's past days still point at the question they were asked."""

from __future__ import annotations

import json

import pytest

from heartwork.core.errors import DomainError
from heartwork.daily.models import Question
from heartwork.daily.questions import parse_pack, save_pack

pytestmark = pytest.mark.django_db


def _pack(*questions: tuple[str, str], key: str = "evening") -> str:
    return json.dumps(
        {
            "key": key,
            "title": "Evening",
            "description": "Questions for this test.",
            "questions": [{"key": k, "text": t, "depth": 1} for k, t in questions],
        }
    )


def test_saving_again_updates_in_place_and_adds_in_order() -> None:
    save_pack(parse_pack(_pack(("ev-1", "What made you smile today?"))), builtin=False)
    first = Question.objects.get(key="ev-1")

    save_pack(
        parse_pack(
            _pack(
                ("ev-1", "What made you smile this evening?"),
                ("ev-2", "Which song would you play for me now?"),
                ("ev-3", "Where would you like to walk this weekend?"),
            )
        ),
        builtin=False,
    )

    again = Question.objects.get(key="ev-1")
    assert again.pk == first.pk and again.text == "What made you smile this evening?"
    added = list(Question.objects.filter(key__in=["ev-2", "ev-3"]).order_by("pk"))
    assert [q.key for q in added] == ["ev-2", "ev-3"] and added[0].pk > first.pk


def test_a_key_of_another_pack_is_refused_and_nothing_is_saved() -> None:
    save_pack(parse_pack(_pack(("ev-1", "What made you smile today?"))), builtin=False)
    other = _pack(("morning-1", "How did you sleep?"), ("ev-1", "Taken?"), key="morning")
    with pytest.raises(DomainError, match="ev-1"):
        save_pack(parse_pack(other), builtin=False)
    assert not Question.objects.filter(key="morning-1").exists()
    assert Question.objects.get(key="ev-1").text == "What made you smile today?"
