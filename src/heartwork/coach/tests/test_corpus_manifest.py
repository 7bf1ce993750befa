"""The corpus a newcomer can read: every message file is named in the manifest with what it
holds, and the splits made from the manifest are the committed ones (the frozen test
split included), so renaming a file can never move a line between splits."""

from __future__ import annotations

import csv
from pathlib import Path

from heartwork.coach.tests.coach_tools import check

ROOT = Path(__file__).resolve().parents[4]
CORPUS = ROOT / "corpus" / "coach"


def test_every_message_file_has_a_manifest_row_that_says_what_it_holds() -> None:
    with (CORPUS / "MANIFEST.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    listed = {row["file"] for row in rows}
    on_disk = {f"messages/{p.name}" for p in (CORPUS / "messages").glob("*.jsonl")}
    assert listed == on_disk
    for row in rows:
        for field in ("brief", "register", "label_focus", "writer", "review_round", "splits"):
            assert row[field].strip(), (row["file"], field)
    assert not list(CORPUS.glob("part-*.jsonl")) and not list(CORPUS.glob("extra-*.jsonl"))


def test_the_committed_splits_are_the_ones_the_manifest_makes() -> None:
    failed = check("split")
    assert failed is None, failed


def test_the_voices_files_read_as_separate_lines_not_one_template() -> None:
    """A frame reused across many situations, or a line repeated with only a pet name
    changed, teaches the model the template's words as the label (it once learnt "night"
    from a sign-off frame and flagged a plain reflection as shutting down)."""
    failed = check("artifacts")
    assert failed is None, failed
