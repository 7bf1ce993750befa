"""The shares of a blind rating of the coach's rewrites, per method (issue #11).

Raters see only ``blind-400.jsonl`` and the rubric; ``key.json`` (id -> method) stays with
us. A rewrite is good when a rater says yes to all three: meaning kept, natural, kinder.

    python tools/coach/blind_score.py corpus/coach/blind/rewrites-2026-12-07
    python tools/coach/blind_score.py FOLDER --gold corpus/coach/realstyle/dev.jsonl

With ``--gold`` (labelled files holding the sheet's messages), "all three" is also given
apart for messages that truly show a harmful pattern and for those the coach flagged
wrongly: a rewrite of a message that needed none cannot be good, and a sheet drawn from
real words holds many such, so the two are worth telling apart.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from heartwork.coach.labels import HARMFUL

QUESTIONS = ("meaning", "natural", "kinder")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="holds key.json and rater-*.jsonl")
    parser.add_argument("--gold", type=Path, nargs="*", default=[], help="labelled .jsonl files")
    args = parser.parse_args()
    folder = args.folder
    key: dict[str, str] = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    raters = {
        path.stem: {row["id"]: row for row in map(json.loads, path.open(encoding="utf-8"))}
        for path in sorted(folder.glob("rater-*.jsonl"))
    }

    def good(row: dict[str, str]) -> bool:
        return all(row[q] == "yes" for q in QUESTIONS)

    for method in sorted(set(key.values())):
        ids = [i for i, m in key.items() if m == method]
        for name, rated in raters.items():
            shares = {q: sum(rated[i][q] == "yes" for i in ids) / len(ids) for q in QUESTIONS}
            shown = "  ".join(f"{q} {v:.3f}" for q, v in shares.items())
            all_three = sum(good(rated[i]) for i in ids) / len(ids)
            print(f"{method:<4} {name:<8} {shown}  all three {all_three:.3f}")
        every = sum(all(good(r[i]) for r in raters.values()) for i in ids) / len(ids)
        print(f"{method:<4} good for every rater {every:.3f}")
        if args.gold:
            _by_gold(method, ids, folder, args.gold, raters, good)
    for q in QUESTIONS:
        same = sum(len({r[i][q] for r in raters.values()}) == 1 for i in key) / len(key)
        print(f"raters agree on {q}: {same:.3f}")


def _by_gold(
    method: str,
    ids: list[str],
    folder: Path,
    gold_files: list[Path],
    raters: dict[str, dict[str, dict[str, str]]],
    good: Callable[[dict[str, str]], bool],
) -> None:
    """Each rater's "all three" share among the messages whose labels are known."""
    harmful = set(HARMFUL)
    gold: dict[str, bool] = {}
    for path in gold_files:
        for row in map(json.loads, path.open(encoding="utf-8")):
            gold[row["text"]] = bool(harmful & set(row["labels"]))
    sheet = {
        row["id"]: row["message"]
        for row in map(json.loads, (folder / "blind-400.jsonl").open(encoding="utf-8"))
    }
    for truly, name in ((True, "truly harmful"), (False, "flagged wrongly")):
        part = [i for i in ids if gold.get(sheet[i]) is truly]
        if part:
            shares = "  ".join(
                f"{rater} {sum(good(r[i]) for i in part) / len(part):.3f}"
                for rater, r in raters.items()
            )
            print(f"{method:<4} {name} ({len(part)} messages): all three {shares}")


if __name__ == "__main__":
    main()
