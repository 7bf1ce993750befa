"""Conventions that decide: every labelled line the coach is trained or measured on reads
"you always / you never" attacks as coach-labels.md does ("You never listen to me." is
criticism *and* absolute), so a right ``criticism`` is never counted as a false alarm, and
each line the rule changed is logged so the figures from before can be read again."""

from __future__ import annotations

import json
from pathlib import Path

from heartwork.coach.tests.coach_tools import check

ROOT = Path(__file__).resolve().parents[4]
CORPUS = ROOT / "corpus" / "coach"


def test_every_split_and_dev_set_follows_the_always_never_rule() -> None:
    failed = check("conventions")
    assert failed is None, failed


def test_each_relabelled_test_line_is_logged_with_its_labels_before_and_after() -> None:
    """bench/coach.py reads the frozen test as it was labelled before from this log."""
    test = [json.loads(line) for line in (CORPUS / "splits" / "test.jsonl").open()]
    now = {row["text"]: row["labels"] for row in test}
    logged = [
        json.loads(line)
        for line in (CORPUS / "conventions-changes.jsonl").open(encoding="utf-8")
        if json.loads(line)["split"] == "test"
    ]
    assert len(logged) == 26
    for change in logged:
        assert now[change["text"]] == change["after"]
        assert set(change["after"]) - set(change["before"]) == {"criticism"}
    absolute = [row for row in test if "absolute" in row["labels"]]
    assert absolute and all("criticism" in row["labels"] for row in absolute)
