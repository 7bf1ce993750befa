"""Agreement between the corpus labels and a blind second labelling of 200 messages.

    python tools/coach/agreement.py

Prints, per label, how often the two passes agree and Cohen's kappa (agreement beyond
chance), plus the share of messages whose label sets match exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_files import message_files

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "coach"
AGREEMENT = CORPUS / "agreement"


def kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main() -> None:
    first_by_text: dict[str, set[str]] = {}
    for part in message_files(three_way=True):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                first_by_text[row["text"]] = set(row["labels"])
    blind = [json.loads(x) for x in (AGREEMENT / "blind-200.jsonl").read_text().splitlines()]
    second = {
        row["id"]: set(row["labels"])
        for row in map(json.loads, (AGREEMENT / "second-pass-200.jsonl").read_text().splitlines())
    }
    pairs = [(first_by_text[row["text"]], second[row["id"]]) for row in blind]
    labels = sorted(set().union(*(a | b for a, b in pairs)))
    print(f"{'label':<15} {'first':>5} {'second':>6} {'agree':>6} {'kappa':>6}")
    kappas = []
    for label in labels:
        a = [label in x for x, _ in pairs]
        b = [label in y for _, y in pairs]
        k = kappa(a, b)
        kappas.append(k)
        agree = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
        print(f"{label:<15} {sum(a):>5} {sum(b):>6} {agree:>6.1%} {k:>6.2f}")
    exact = sum(a == b for a, b in pairs) / len(pairs)
    print(
        f"\nmessages: {len(pairs)}; identical label sets: {exact:.1%}; "
        f"mean kappa over labels: {sum(kappas) / len(kappas):.2f}"
    )


if __name__ == "__main__":
    main()
