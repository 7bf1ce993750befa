"""Benchmark the coach on the frozen test split: quality, speed, load time, size.

    .venv/bin/python bench/coach.py            # a readable report
    .venv/bin/python bench/coach.py --json     # the same figures as JSON

Quality and speed are measured beside two baselines in the same run (a keyword list and
VADER), on the same messages; speed is the median of several runs on one core,
in-process. Figures are recorded in docs/benchmarks.md and docs/coach.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from baselines import keyword_labels, vader_labeller
from rewrite_figures import figures, flagged_dev_texts, rewriter_at

from heartwork.coach import analyze, classify
from heartwork.coach.evaluate import read_jsonl, score
from heartwork.coach.model import MODEL_PATH

ROOT = Path(__file__).resolve().parents[1]
TEST_SPLIT = ROOT / "corpus" / "coach" / "splits" / "test.jsonl"
DEV_SPLIT = ROOT / "corpus" / "coach" / "splits" / "dev.jsonl"


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def speed(
    fn: Callable[[str], object],
    texts: Sequence[str],
    runs: int = 7,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median messages per second over ``runs`` passes (after one warm-up pass).

    ``clock=time.process_time`` counts only this process's CPU time: steadier than the wall
    clock on a machine others share.
    """
    for text in texts:
        fn(text)
    rates = []
    for _ in range(runs):
        started = clock()
        for text in texts:
            fn(text)
        rates.append(len(texts) / (clock() - started))
    return statistics.median(rates)


def load_seconds() -> float:
    """Cold start in a fresh interpreter: import the library and analyse one message."""
    code = (
        "import time; t=time.perf_counter(); import heartwork.coach as c; "
        "c.analyze('You never listen.'); print(time.perf_counter()-t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return statistics.median(runs)


def rewrite_section(old_rev: str | None) -> dict[str, object]:
    """Rewrite figures on the dev split's flagged messages (never the frozen test split)."""
    texts = flagged_dev_texts(read_jsonl(DEV_SPLIT))
    section: dict[str, object] = {
        "messages": "dev split, flagged by the coach",
        "today": figures(texts),
    }
    if old_rev:
        section[old_rev] = figures(texts, rewriter_at(old_rev))
    return section


def render_rewrites(section: dict[str, object]) -> str:
    runs = {k: v for k, v in section.items() if isinstance(v, dict)}
    names = list(next(iter(runs.values())))
    lines = ["rewrites (first suggestion, " + str(section["messages"]) + ")"]
    lines.append(f"  {'':<34}" + "".join(f"{k:>12}" for k in runs))
    for name in names:
        lines.append(f"  {name:<34}" + "".join(f"{v[name]:>12}" for v in runs.values()))  # type: ignore[index]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--rewrites-only", action="store_true", help="only the rewrite section (no timing)"
    )
    parser.add_argument(
        "--old-rev", help="also measure the rewriter of this commit on the same messages"
    )
    args = parser.parse_args()
    rewrites = rewrite_section(args.old_rev)
    if args.rewrites_only:
        print(json.dumps(rewrites, indent=2) if args.json else render_rewrites(rewrites))
        return
    examples = read_jsonl(TEST_SPLIT)
    texts = [e.text for e in examples]
    truth = [e.labels for e in examples]
    vader = vader_labeller()
    ours = score(truth, [frozenset(classify(t)) for t in texts])
    keywords = score(truth, [frozenset(keyword_labels(t)) for t in texts])
    vader_scores = score(truth, [frozenset(vader(t)) for t in texts])
    data_dir = MODEL_PATH.parent
    result = {
        "machine": machine(),
        "messages": len(texts),
        "quality": {
            "heartwork": {
                "macro_f1": ours["macro_f1"],
                "any_harmful_f1": ours["any_harmful"]["f1"],  # type: ignore[index]
                "per_label_f1": {k: v["f1"] for k, v in ours["per_label"].items()},
            },  # type: ignore[attr-defined]
            "keywords": {
                "macro_f1": keywords["macro_f1"],
                "any_harmful_f1": keywords["any_harmful"]["f1"],
            },  # type: ignore[index]
            "vader": {"any_harmful_f1": vader_scores["any_harmful"]["f1"]},  # type: ignore[index]
        },
        "messages_per_second": {
            "heartwork_analyze": round(speed(analyze, texts)),
            "heartwork_classify": round(speed(classify, texts)),
            "keywords": round(speed(keyword_labels, texts)),
            "vader": round(speed(vader, texts, runs=3)),
        },
        "load_seconds": round(load_seconds(), 3),
        "model_bytes": sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file()),
    }
    result["rewrites"] = rewrites
    mps = result["messages_per_second"]
    result["analyze_vs_keywords_speed_ratio"] = round(mps["heartwork_analyze"] / mps["keywords"], 3)  # type: ignore[index]
    if args.json:
        print(json.dumps(result, indent=2))
        return
    m = result["machine"]
    print(f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}")  # type: ignore[index]
    print(f"Frozen test split: {len(texts)} messages\n")
    print("quality                 macro-F1   any-harmful F1")
    q = result["quality"]
    print(
        f"  heartwork             {q['heartwork']['macro_f1']:.3f}      {q['heartwork']['any_harmful_f1']:.3f}"
    )  # type: ignore[index]
    print(
        f"  keyword list          {q['keywords']['macro_f1']:.3f}      {q['keywords']['any_harmful_f1']:.3f}"
    )  # type: ignore[index]
    print(f"  VADER (binary only)     -        {q['vader']['any_harmful_f1']:.3f}")  # type: ignore[index]
    print("\nper-label F1 (heartwork):")
    for label, f1 in q["heartwork"]["per_label_f1"].items():  # type: ignore[index]
        print(f"  {label:<15} {f1:.3f}")
    print("\nmessages per second (one core, median of runs):")
    for name, rate in mps.items():  # type: ignore[attr-defined]
        print(f"  {name:<20} {rate:>10,}")
    print(f"\nanalyze / keyword-list speed: {result['analyze_vs_keywords_speed_ratio']}")
    print(f"cold start (import + first analysis): {result['load_seconds']} s")
    print(f"model files: {result['model_bytes'] / 1e6:.1f} MB")
    print("\n" + render_rewrites(rewrites))


if __name__ == "__main__":
    main()
