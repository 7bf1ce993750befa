"""Benchmark the danger detector on texts written by people who never saw its training data.

    .venv/bin/python bench/concern.py                 # dev set, readable
    .venv/bin/python bench/concern.py --set test      # the frozen test set
    .venv/bin/python bench/concern.py --json          # the same figures as JSON
    .venv/bin/python bench/concern.py --misses        # list what it missed and false alarms
    .venv/bin/python bench/concern.py --cpu           # time by CPU time (a shared machine)

Reports recall overall and for each kind and sub-kind (imminent self-harm, danger now,
weapons and threats to kill must be 1.00), false alarms on everyday texts that use the
same words, the share of detected messages given the right kind, and the speed of the
whole coach (``analyze``) beside VADER in the same run, as a ratio, on one core.
Targets are in docs/coach.md; figures are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from coach import machine, speed

from heartwork.coach import analyze, classify
from heartwork.coach.concern import detect

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "corpus" / "concern"
MUST_NOT_MISS = ("in_progress", "now", "weapon", "threat_to_kill")


def read(name: str) -> list[dict[str, str | None]]:
    rows = []
    for path in sorted((SETS / name).glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return rows


def measure(rows: list[dict[str, str | None]]) -> dict[str, object]:
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    right_kind = detected = false_alarms = everyday = 0
    misses, alarms = [], []
    for row in rows:
        found = detect(str(row["text"]))
        if row["kind"] is None:
            everyday += 1
            if found:
                false_alarms += 1
                alarms.append({"text": row["text"], "found": list(found)})
            continue
        keys = ["all", f"kind:{row['kind']}", f"sub:{row['sub']}"]
        for key in keys:
            total[key] += 1
        if found:
            detected += 1
            right_kind += found[0] == row["kind"]
            for key in keys:
                hit[key] += 1
        else:
            misses.append({"text": row["text"], "kind": row["kind"], "sub": row["sub"]})
    recall = {key: round(hit[key] / total[key], 3) for key in sorted(total)}
    return {
        "risk_messages": total["all"],
        "everyday_messages": everyday,
        "recall": recall["all"],
        "recall_must_not_miss": {sub: recall.get(f"sub:{sub}") for sub in MUST_NOT_MISS},
        "recall_by": recall,
        "false_alarm_rate": round(false_alarms / everyday, 3) if everyday else None,
        "right_kind": round(right_kind / detected, 3) if detected else None,
        "misses": misses,
        "false_alarms": alarms,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="dev", choices=("dev", "test", "train"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--cpu", action="store_true", help="time by this process's CPU time, not the wall clock"
    )
    args = parser.parse_args()
    rows = read(args.set)
    result = measure(rows)
    if not args.no_speed:
        from baselines import vader_labeller

        texts = [
            json.loads(line)["text"] for line in (ROOT / "corpus/coach/splits/test.jsonl").open()
        ]
        clock = time.process_time if args.cpu else time.perf_counter
        ours = speed(analyze, texts, clock=clock)
        alone = speed(detect, texts, clock=clock)
        labels = speed(classify, texts, clock=clock)
        vader = speed(vader_labeller(), texts, clock=clock)
        result["speed"] = {
            "analyze_messages_per_second": round(ours),
            "concern_alone_messages_per_second": round(alone),
            "labels_alone_messages_per_second": round(labels),
            "vader_messages_per_second": round(vader),
            "ratio_to_vader": round(ours / vader, 3),
            "concern_share_of_analyze": round(ours / alone, 3),
        }
    result["machine"] = machine()
    if not args.misses:
        result.pop("misses")
        result.pop("false_alarms")
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{args.set} set: {result['risk_messages']} risk messages, {result['everyday_messages']} everyday"
    )
    print(
        f"recall {result['recall']:.3f}   false alarms {result['false_alarm_rate']:.3f}   "
        f"right kind {result['right_kind']:.3f}"
    )
    print("must not miss:", result["recall_must_not_miss"])
    for key, value in result["recall_by"].items():  # type: ignore[attr-defined]
        print(f"  {key:<26} {value:.2f}")
    if "speed" in result:
        print("speed:", result["speed"])
    print("machine:", result["machine"])
    for miss in result.get("misses", []):  # type: ignore[attr-defined]
        print("MISS", miss)
    for alarm in result.get("false_alarms", []):  # type: ignore[attr-defined]
        print("FALSE ALARM", alarm)


if __name__ == "__main__":
    sys.exit(main())
