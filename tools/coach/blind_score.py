"""The shares of a blind rating of the coach's rewrites, per method (issue #11).

Raters see only ``blind-400.jsonl`` and the rubric; ``key.json`` (id -> method) stays with
us. A rewrite is good when a rater says yes to all three: meaning kept, natural, kinder.

    python tools/coach/blind_score.py corpus/coach/blind/rewrites-2026-12-07
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

QUESTIONS = ("meaning", "natural", "kinder")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="holds key.json and rater-*.jsonl")
    folder = parser.parse_args().folder
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
    for q in QUESTIONS:
        same = sum(len({r[i][q] for r in raters.values()}) == 1 for i in key) / len(key)
        print(f"raters agree on {q}: {same:.3f}")


if __name__ == "__main__":
    main()
