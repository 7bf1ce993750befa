"""A blind-judging sheet for the coach's evidence spans, and the per-label report.

Issue #11 asks how often each label's highlighted words are judged right by a reader who
does not know how they were chosen. ``sheet`` draws flags from the dev split, about the
same number per label, and writes (message, label, what the label means, highlighted
words) rows; raters add ``"span": "right" | "partly" | "wrong"`` and ``"label_ok":
"right" | "wrong"`` to each row. ``report`` reads the rated rows and prints, per label,
the share of spans judged right among flags whose label was judged right.

    python tools/coach/blind_spans.py sheet OUT.jsonl [--per-label 11] [--seed 7]
    python tools/coach/blind_spans.py report RATED.jsonl [RATED2.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from heartwork.coach import analyze
from heartwork.coach.labels import LABELS

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "coach" / "splits" / "dev.jsonl"
MEANING = {
    "criticism": "an attack on the partner's character, not one behaviour",
    "contempt": "mockery, sarcasm, insults, disgust, superiority",
    "defensiveness": "an excuse, a counter-complaint, playing the innocent victim",
    "stonewalling": "shutting down, refusing to engage",
    "blame": "putting one's own feeling on the partner ('you make me…')",
    "absolute": "an overgeneralization about the partner ('always', 'never')",
    "minimizing": "shrinking or dismissing the partner's feeling",
    "fixing": "unasked-for advice in place of listening",
    "i_statement": "owning a feeling and tying it to a situation or need",
    "appreciation": "thanks, a compliment, affection",
    "validation": "saying the partner's feeling makes sense",
    "reflection": "saying back what the partner said, to check",
    "repair": "an apology, taking responsibility, de-escalating, a break with a return",
    "open_question": "a question that invites the partner to share more",
}
RUBRIC = """Each row is a message one partner sent the other, one pattern a reader found in it,
and the words highlighted as showing that pattern. For each row, write two judgements:

label_ok: "right" if the message does show this pattern, "wrong" if it does not.
span:     "right"  if the highlighted words are the ones a person would point to as the reason
                   (they may include a few words around them);
          "partly" if they hold part of the reason but miss its core, or hold the reason
                   buried in much else;
          "wrong"  if they do not show the pattern (a little word, punctuation, the wrong phrase).
Judge the span even when the label is wrong, as if the label were right. Add both as
fields of the row: {"id": 3, ..., "label_ok": "right", "span": "partly"}.
"""


def sheet(out: Path, per_label: int, seed: int) -> None:
    rows = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x]
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    rng.shuffle(rows)
    picked: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        text = row["text"]
        for span in analyze(text).spans:
            if len(picked[span.label]) < per_label:
                picked[span.label].append(
                    {
                        "text": text,
                        "label": span.label,
                        "means": MEANING[span.label],
                        "highlighted": text[span.start : span.end],
                    }
                )
    items = [item for label in LABELS for item in picked[label]]
    rng.shuffle(items)
    with out.open("w", encoding="utf-8") as handle:
        for number, item in enumerate(items, 1):
            handle.write(json.dumps({"id": number, **item}, ensure_ascii=False) + "\n")
    out.with_name(out.stem + "-rubric.md").write_text(RUBRIC, encoding="utf-8")
    print(f"{len(items)} rows to {out}, rubric beside it")


def report(paths: list[Path]) -> None:
    judged: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if (
                    row.get("label") in LABELS
                    and row.get("span")
                    and row.get("label_ok") == "right"
                ):
                    judged[row["label"]].append(row["span"])
    print(f"{'label':<15} rated  span right  partly")
    for label in LABELS:
        spans = judged[label]
        if spans:
            right = spans.count("right") / len(spans)
            partly = spans.count("partly") / len(spans)
            print(f"{label:<15} {len(spans):>5}  {right:>10.2f}  {partly:>6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("sheet")
    make.add_argument("out", type=Path)
    make.add_argument("--per-label", type=int, default=11)
    make.add_argument("--seed", type=int, default=7)
    read = sub.add_parser("report")
    read.add_argument("rated", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "sheet":
        sheet(args.out, args.per_label, args.seed)
    else:
        report(args.rated)


if __name__ == "__main__":
    main()
