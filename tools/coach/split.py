"""Split the coach corpus into train / dev / test by scenario.

Paraphrases of one situation share a scenario id, so a whole scenario goes to one split
(by a hash of its id): the test split never contains a near-copy of a training line.
The test split is frozen: its SHA-256 is checked by the test suite, and the model is
never tuned on it.

    python tools/coach/split.py          # writes corpus/coach/splits/{train,dev,test}.jsonl
    python tools/coach/split.py --check  # exit 1 if the committed splits are out of date
    python tools/coach/split.py --relabel-test   # after conventions.py: test labels only

The frozen test split never gains, loses or rewords a line. Its labels change only by a
written rule that anyone can re-run (``tools/coach/conventions.py``), and then
``--relabel-test`` writes it again, refusing if anything but labels differs; the test
suite's checked SHA-256 is updated by hand in the same commit, with the figures before
and after in docs/benchmarks.md.

The seed files (``MANIFEST.csv`` says "train/dev/test") were split three ways once; every
other file, written after the test split was frozen, goes to train and dev only.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from corpus_files import message_files

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "coach"
SPLITS = CORPUS / "splits"
# Per hundred scenarios: 0-59 train, 60-74 dev, 75-99 test (a large test split, so
# that every label has enough positives for its F1 to mean something).
BOUNDS = (("train", 60), ("dev", 75), ("test", 100))


def split_of(scenario: str) -> str:
    bucket = int(hashlib.sha256(scenario.encode()).hexdigest(), 16) % 100
    return next(name for name, bound in BOUNDS if bucket < bound)


def train_or_dev(scenario: str) -> str:
    """Messages written after the test split was frozen never go to the test split."""
    bucket = int(hashlib.sha256(scenario.encode()).hexdigest(), 16) % 100
    return "train" if bucket < 80 else "dev"


def same_lines_but_labels(frozen: list[str], lines: list[str]) -> bool:
    """True when the two test splits hold the same messages in the same order."""

    def key(line: str) -> tuple[str, str, object]:
        row = json.loads(line)
        return row["text"], row["scenario"], row.get("hard")

    return len(frozen) == len(lines) and all(
        key(a) == key(b) for a, b in zip(frozen, lines, strict=True)
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    relabel = "--relabel-test" in args
    rows: dict[str, list[str]] = {name: [] for name, _ in BOUNDS}
    for part in message_files(three_way=True):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows[split_of(json.loads(line)["scenario"])].append(line)
    for part in message_files(three_way=False):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows[train_or_dev(json.loads(line)["scenario"])].append(line)
    SPLITS.mkdir(exist_ok=True)
    for name, lines in rows.items():
        if name == "test" and (SPLITS / "test.jsonl").exists():
            frozen = (SPLITS / "test.jsonl").read_text(encoding="utf-8").splitlines()
            if frozen != lines and relabel and same_lines_but_labels(frozen, lines):
                (SPLITS / "test.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
                changed = sum(a != b for a, b in zip(frozen, lines, strict=True))
                print(f"test: {changed} lines relabelled; update FROZEN_SHA256 in the tests")
                continue
            if frozen != lines:
                print(
                    "test.jsonl is frozen and the corpus now splits differently; "
                    "add new lines to train or dev parts instead.",
                    file=sys.stderr,
                )
                return 1
            continue
        if check:
            if (SPLITS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() != lines:
                print(f"{name}.jsonl is out of date: run tools/coach/split.py", file=sys.stderr)
                return 1
            continue
        (SPLITS / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
