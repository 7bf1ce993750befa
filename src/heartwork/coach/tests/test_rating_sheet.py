"""The fresh blind sheet draws messages no earlier sheet or reader has seen (issue #11):
the same 200 studied for rounds would flatter the rewriter tuned on them."""

from __future__ import annotations

import json
from pathlib import Path

from heartwork.coach.tests.coach_tools import coach_tool

FLAGGED = [
    "You never listen to me.",
    "You're so selfish.",
    "Whatever. I'm done talking.",
    "You always leave your socks on the floor.",
    "It's not a big deal, calm down.",
    "You should just quit.",
]
PLAIN = ["I'll pick up milk on the way home.", "Dinner at seven?"]


def _dev(tmp_path: Path) -> Path:
    dev = tmp_path / "dev.jsonl"
    dev.write_text("".join(json.dumps({"text": t, "labels": []}) + "\n" for t in FLAGGED + PLAIN))
    return dev


def test_a_fresh_sheet_leaves_out_what_earlier_sheets_and_readers_saw(tmp_path: Path) -> None:
    sheet = coach_tool("rating_sheet")
    earlier = tmp_path / "round5"
    earlier.mkdir()
    (earlier / "blind-400.jsonl").write_text(
        json.dumps({"id": "s001", "message": FLAGGED[0], "suggestion": "…"}) + "\n"
    )
    spans = tmp_path / "spans"
    spans.mkdir()
    (spans / "blind-spans.jsonl").write_text(json.dumps({"id": 1, "text": FLAGGED[2]}) + "\n")
    read = tmp_path / "read.txt"
    read.write_text("You're   so selfish.\n")  # spacing differs: still the same message
    seen = sheet.seen_in([earlier, spans, read])
    chosen = [text for text, _ in sheet.fresh_messages(seen, seed=3, total=10, dev=_dev(tmp_path))]
    assert set(chosen) == set(FLAGGED[3:])  # flagged, and neither seen nor plain


def test_the_seed_decides_the_draw_and_the_same_seed_gives_the_same_sheet(tmp_path: Path) -> None:
    sheet = coach_tool("rating_sheet")
    dev = _dev(tmp_path)
    draws = {
        seed: [text for text, _ in sheet.fresh_messages(set(), seed=seed, total=3, dev=dev)]
        for seed in range(6)
    }
    assert draws[1] == [t for t, _ in sheet.fresh_messages(set(), seed=1, total=3, dev=dev)]
    assert len({tuple(d) for d in draws.values()}) > 1
    assert all(len(d) == 3 and set(d) <= set(FLAGGED) for d in draws.values())


def test_a_fresh_sheet_draws_from_the_first_dev_file_before_topping_up(tmp_path: Path) -> None:
    sheet = coach_tool("rating_sheet")
    unread = tmp_path / "unread.jsonl"
    unread.write_text("".join(json.dumps({"text": t, "labels": []}) + "\n" for t in FLAGGED[:2]))
    chosen = [t for t, _ in sheet.fresh_messages(set(), 5, total=4, dev=[unread, _dev(tmp_path)])]
    assert len(chosen) == 4 and set(chosen[:2]) == set(FLAGGED[:2])
    assert len(set(chosen)) == 4  # a message in both files is drawn once
