"""Benchmark the coach on the frozen test split: quality, speed, load time, size.

Then, reported apart: the real-style dev set (``corpus/coach/realstyle/dev.jsonl``,
written by writers who never saw the training data; nothing is trained or tuned on it)
and the message-reply pairs (``corpus/coach/context/pairs-dev.jsonl``), each read with
and without the message a reply answers.

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
from heartwork.coach.evaluate import Example, read_jsonl, score
from heartwork.coach.labels import HARMFUL
from heartwork.coach.model import MODEL_PATH

ROOT = Path(__file__).resolve().parents[1]
TEST_SPLIT = ROOT / "corpus" / "coach" / "splits" / "test.jsonl"
REALSTYLE = ROOT / "corpus" / "coach" / "realstyle" / "dev.jsonl"
PAIRS = ROOT / "corpus" / "coach" / "context" / "pairs-dev.jsonl"
CONVENTIONS_LOG = ROOT / "corpus" / "coach" / "conventions-changes.jsonl"


def read(examples: Sequence[Example], *, context: bool) -> list[frozenset[str]]:
    """The labels ``analyze`` shows, with or without the message each reply answers."""
    return [
        frozenset(analyze(e.text, replying_to=e.replying_to if context else None).labels)
        for e in examples
    ]


def no_pattern_flagged(examples: Sequence[Example], predicted: Sequence[frozenset[str]]) -> float:
    """Of the messages with no label at all, the share shown a pattern that pushes apart."""
    plain = [p for e, p in zip(examples, predicted, strict=True) if not e.labels]
    return sum(bool(p & frozenset(HARMFUL)) for p in plain) / len(plain) if plain else 0.0


def in_context(path: Path) -> dict[str, object]:
    """Quality of a dev set read alone and with context, and of its replies alone."""
    examples = read_jsonl(path)
    truth = [e.labels for e in examples]
    alone, with_context = read(examples, context=False), read(examples, context=True)
    replies = [i for i, e in enumerate(examples) if e.replying_to]
    out: dict[str, object] = {"messages": len(examples), "replies": len(replies)}
    for name, predicted in (("alone", alone), ("with_context", with_context)):
        scored = score(truth, predicted)
        out[name] = {
            "macro_f1": scored["macro_f1"],
            "any_harmful_f1": scored["any_harmful"]["f1"],  # type: ignore[index]
            "no_pattern_flagged": round(no_pattern_flagged(examples, predicted), 4),
            "per_label_f1": {k: v["f1"] for k, v in scored["per_label"].items()},  # type: ignore[attr-defined]
        }
        if replies:
            on_replies = score([truth[i] for i in replies], [predicted[i] for i in replies])
            out[name]["replies_macro_f1"] = on_replies["macro_f1"]  # type: ignore[index]
            out[name]["replies_per_label_f1"] = {  # type: ignore[index]
                k: v["f1"]
                for k, v in on_replies["per_label"].items()  # type: ignore[attr-defined]
            }
    return out


def before_relabelling(examples: Sequence[Example]) -> tuple[list[frozenset[str]], int]:
    """The frozen test labels as they were before ``tools/coach/conventions.py`` gave every
    always/never line ``criticism`` too (its log keeps each line's labels before), so the
    figures of earlier models can be compared. Returns the labels and how many differ."""
    before: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
    if CONVENTIONS_LOG.exists():
        for line in CONVENTIONS_LOG.read_text(encoding="utf-8").splitlines():
            change = json.loads(line)
            if change["split"] == "test":
                before[(change["text"], frozenset(change["after"]))] = frozenset(change["before"])
    read_as = [before.get((e.text, e.labels), e.labels) for e in examples]
    return read_as, sum(a != e.labels for a, e in zip(read_as, examples, strict=True))


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
    predicted = [frozenset(classify(t)) for t in texts]
    ours = score(truth, predicted)
    as_before, relabelled = before_relabelling(examples)
    ours_before = score(as_before, predicted)
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
            "heartwork_test_before_relabelling": {
                "lines_read_differently": relabelled,
                "macro_f1": ours_before["macro_f1"],
                "any_harmful_f1": ours_before["any_harmful"]["f1"],  # type: ignore[index]
                "criticism_f1": ours_before["per_label"]["criticism"]["f1"],  # type: ignore[index]
            },
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
    pairs = read_jsonl(PAIRS)
    pair_texts = [(e.text, e.replying_to) for e in pairs]
    result["realstyle_dev"] = in_context(REALSTYLE) if REALSTYLE.exists() else None
    result["pairs_dev"] = in_context(PAIRS)
    result["rewrites"] = rewrites
    mps = result["messages_per_second"]
    mps["heartwork_analyze_on_pairs"] = round(speed(analyze, [t for t, _ in pair_texts]))  # type: ignore[index]
    mps["heartwork_analyze_on_pairs_with_context"] = round(  # type: ignore[index]
        speed(lambda pair: analyze(pair[0], replying_to=pair[1]), pair_texts)  # type: ignore[arg-type,index]
    )
    result["analyze_vs_vader_speed_ratio"] = round(mps["heartwork_analyze"] / mps["vader"], 3)  # type: ignore[index]
    result["analyze_with_context_vs_vader_speed_ratio"] = round(
        mps["heartwork_analyze_on_pairs_with_context"] / mps["vader"],  # type: ignore[index]
        3,
    )
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
    c = q["heartwork_test_before_relabelling"]  # type: ignore[index]
    print(
        f"\nfrozen test as labelled before the conventions ({c['lines_read_differently']} "
        f"always/never lines absolute only): macro-F1 {c['macro_f1']:.3f}, any-harmful "
        f"{c['any_harmful_f1']:.3f}, criticism {c['criticism_f1']:.3f}"
    )
    for name, block in (
        ("real-style dev", result["realstyle_dev"]),
        ("pairs dev", result["pairs_dev"]),
    ):
        if not block:
            continue
        print(f"\n{name}: {block['messages']} messages, {block['replies']} replies")  # type: ignore[index]
        print("                 macro-F1  any-harmful  no-pattern flagged  replies macro-F1")
        for how in ("alone", "with_context"):
            b = block[how]  # type: ignore[index]
            print(
                f"  {how:<14} {b['macro_f1']:.3f}     {b['any_harmful_f1']:.3f}        "
                f"{b['no_pattern_flagged']:.3f}               {b.get('replies_macro_f1', 0):.3f}"
            )
        print("  per-label F1 (with context):")
        for label, f1 in block["with_context"]["per_label_f1"].items():  # type: ignore[index]
            alone_f1 = block["alone"]["per_label_f1"].get(label, 0.0)  # type: ignore[index]
            print(f"    {label:<15} {f1:.3f}   (alone {alone_f1:.3f})")
    print(
        f"\nanalyze / VADER speed: {result['analyze_vs_vader_speed_ratio']} (context off), "
        f"{result['analyze_with_context_vs_vader_speed_ratio']} (context on, pairs)"
    )
    print(f"analyze / keyword-list speed: {result['analyze_vs_keywords_speed_ratio']}")
    print(f"cold start (import + first analysis): {result['load_seconds']} s")
    print(f"model files: {result['model_bytes'] / 1e6:.1f} MB")
    print("\n" + render_rewrites(rewrites))


if __name__ == "__main__":
    main()
