"""The coach corpus's message files, in the order and with the use ``MANIFEST.csv`` gives.

One list says which file holds what (brief, register, label focus, writer, review round)
and which splits it may feed, so that the split, the review and the validator never guess
from a file name. The order matters: the frozen test split is the seed files' test lines
in manifest order.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "coach"
MANIFEST = CORPUS / "MANIFEST.csv"
THREE_WAY = "train/dev/test (test frozen)"


def manifest() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def message_files(*, three_way: bool | None = None) -> list[Path]:
    """Files in manifest order; ``three_way`` picks the seed files (True) or the rest (False)."""
    return [
        CORPUS / row["file"]
        for row in manifest()
        if three_way is None or (row["splits"] == THREE_WAY) == three_way
    ]


def review_id(path: Path, number: int) -> str:
    """The id the review rounds use: files renamed since keep their old name in the ids."""
    names = {CORPUS / row["file"]: row["was"] for row in manifest()}
    was = names.get(path, "") or path.name
    return f"{was.removesuffix('.jsonl')}:{number}"


def reply_pairs() -> dict[tuple[str, str], str]:
    """(scenario, reply text) -> the message it answers, from the message-and-replies files.

    In those files each scenario opens with the message a partner sent; every later line
    of the scenario is one way of answering it.
    """
    pairs: dict[tuple[str, str], str] = {}
    for row in manifest():
        if "replies" not in row["label_focus"]:
            continue
        opened: dict[str, str] = {}
        for line in (CORPUS / row["file"]).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["scenario"] in opened:
                    pairs[(item["scenario"], item["text"])] = opened[item["scenario"]]
                else:
                    opened[item["scenario"]] = item["text"]
    return pairs
