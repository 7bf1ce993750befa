"""A consistency pass over the extra writers' labels: flag, label blind, settle by majority.

Many writers label the same kind of message a little differently; the model then learns
the disagreement as noise. This pass finds the labels most at odds with what the rest of
the corpus says, has a blind reviewer label those messages again from the written rules,
and changes a label only when the reviewer and the model agree against the writer.

    python tools/coach/review.py flag 2 600   # round 2: corpus/coach/review/round-2/batch-*.jsonl
    # ...reviewers write round-2/decisions-*.jsonl ({"id", "labels"})...
    python tools/coach/review.py apply 2      # rewrites the later writers' labels

Each round flags only messages no earlier round looked at.

Only the later writers' files are reviewed: the seed files (the writer of the frozen test
split) is the reference the rules in corpus/coach/README.md were written from, and the
test split itself is never read. Scores are out-of-fold (5 folds grouped by scenario),
so no message is judged by a model that saw it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from corpus_files import message_files, review_id
from sklearn.model_selection import GroupKFold
from train import held_out, load, matrix, vocabulary

from heartwork.coach.features import features, parse
from heartwork.coach.labels import LABELS

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "coach"
REVIEW = CORPUS / "review"
MARGIN = 1.0  # how far past the threshold the model must be to question a label
BATCHES = 4


def _extra_rows() -> list[tuple[Path, int, dict]]:
    rows = []
    for path in message_files(three_way=False):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rows.append((path, number, json.loads(line)))
    return rows


def flag(round_: int, limit: int) -> None:
    out = REVIEW / f"round-{round_}"
    seen = {
        json.loads(line)["id"]
        for path in REVIEW.glob("round-*/questioned.jsonl")
        for line in path.read_text().splitlines()
    }
    rows = load(("train", "dev"))
    where = {(row["scenario"], row["text"]): (path, n) for path, n, row in _extra_rows()}
    feats = [[f for f in features(parse(r["text"])) if f != "bias"] for r in rows]
    vocab = vocabulary(feats)
    x = matrix(feats, vocab)
    y = np.array([[label in r["labels"] for label in LABELS] for r in rows])
    folds = list(GroupKFold(n_splits=5).split(x, y, [r["scenario"] for r in rows]))
    margins = np.column_stack([held_out(x, y[:, j], folds, 3.0) for j in range(len(LABELS))])
    located = [
        (i, *where[(r["scenario"], r["text"])])
        for i, r in enumerate(rows)
        if (r["scenario"], r["text"]) in where
    ]
    # How strongly the model disagrees with each extra message's labels.
    doubt = np.where(y, -margins, margins)
    worst = doubt.max(axis=1)
    fresh = [i for i, path, n in located if review_id(path, n) not in seen]
    chosen = sorted((i for i in fresh if worst[i] > MARGIN), key=lambda i: -worst[i])[:limit]
    by_scenario: dict[str, list[str]] = {}
    for row in rows:
        by_scenario.setdefault(row["scenario"], []).append(row["text"])
    out.mkdir(parents=True, exist_ok=True)
    place = {i: (path, n) for i, path, n in located}
    items = []
    for i in sorted(chosen, key=lambda i: place[i]):
        path, number = place[i]
        row = rows[i]
        questioned = [LABELS[j] for j in range(len(LABELS)) if doubt[i, j] > MARGIN]
        items.append(
            {
                "id": review_id(path, number),
                "text": row["text"],
                "context": [t for t in by_scenario[row["scenario"]] if t != row["text"]],
                "_questioned": questioned,
            }
        )
    for b in range(BATCHES):
        batch = items[b::BATCHES]
        blind = [{k: v for k, v in item.items() if not k.startswith("_")} for item in batch]
        (out / f"batch-{b + 1}.jsonl").write_text(
            "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in blind),
            encoding="utf-8",
        )
    (out / "questioned.jsonl").write_text(
        "".join(
            json.dumps({"id": it["id"], "questioned": it["_questioned"]}) + "\n" for it in items
        ),
        encoding="utf-8",
    )
    print(f"flagged {len(items)} of {len(located)} extra messages into {BATCHES} batches")


def apply(round_: int) -> None:
    out = REVIEW / f"round-{round_}"
    questioned = {
        json.loads(line)["id"]: json.loads(line)["questioned"]
        for line in (out / "questioned.jsonl").read_text().splitlines()
    }
    decided: dict[str, set[str]] = {}
    for path in sorted(out.glob("decisions-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                decided[item["id"]] = set(item["labels"])
    changed = flipped = kept = 0
    for path in message_files(three_way=False):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            key = review_id(path, number)
            if key not in decided or key not in questioned:
                continue
            row = json.loads(line)
            labels = set(row["labels"])
            for label in questioned[key]:
                # The model questioned this label; the blind reviewer settles it.
                if (label in decided[key]) != (label in labels):
                    labels ^= {label}
                    flipped += 1
                else:
                    kept += 1
            if labels != set(row["labels"]):
                row["labels"] = [label for label in LABELS if label in labels]
                lines[number - 1] = json.dumps(row, ensure_ascii=False)
                changed += 1
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"reviewed {len(decided)} messages: of {flipped + kept} labels the model doubted, "
        f"the reviewer kept {kept} and changed {flipped}; {changed} messages changed"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["flag"] and len(sys.argv) in (3, 4):
        flag(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 800)
    elif sys.argv[1:2] == ["apply"] and len(sys.argv) == 3:
        apply(int(sys.argv[2]))
    else:
        print(__doc__)
        raise SystemExit(2)
