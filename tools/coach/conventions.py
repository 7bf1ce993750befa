"""Make every coach label file follow the conventions in ``/work/shared/coach-labels.md``.

The label doc labels its own example "You never listen to me." as both ``criticism`` and
``absolute``: saying the partner always or never does a thing turns one behaviour into
who they are. Many writers gave such lines ``absolute`` alone, so the model learnt the two
labels as rivals, and a test line labelled ``absolute`` alone counted a right
``criticism`` as a false alarm. The rule is mechanical and reads labels only (never a
model's predictions): **a line labelled ``absolute`` also gets ``criticism``**
(``absolute`` is only ever given to an overgeneralized complaint about the partner, see
the corpus README).

    python tools/coach/conventions.py          # rewrites the files, logs each change
    python tools/coach/conventions.py --check  # exit 1 if a line anywhere disagrees

It reads every file a figure comes from: the message files (the train, dev and frozen
test splits are cut from them by ``split.py``, which must be re-run after a change), the
real-style dev set and the message-reply pairs. Each line it changes is appended to
``corpus/coach/conventions-changes.jsonl`` (file, line, split, text, labels before and
after), so the figures measured before a re-labelling can be read again
(``bench/coach.py`` reports the frozen test both ways) and no one is misled.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from corpus_files import CORPUS, message_files
from split import split_of, train_or_dev

from heartwork.coach.labels import LABELS

LOG = CORPUS / "conventions-changes.jsonl"
DEV_SETS = {
    CORPUS / "realstyle" / "dev.jsonl": "real-style dev",
    CORPUS / "context" / "pairs-dev.jsonl": "pairs dev",
}


def follows(labels: list[str]) -> list[str]:
    """The labels a line should carry under the conventions."""
    wanted = set(labels)
    if "absolute" in wanted:
        wanted.add("criticism")
    return [label for label in LABELS if label in wanted]


def labelled_files() -> list[tuple[Path, str | None]]:
    """Every file of labelled lines, with its split when the whole file has one."""
    seed = set(message_files(three_way=True))
    files: list[tuple[Path, str | None]] = [
        (path, None if path in seed else "train/dev") for path in message_files()
    ]
    return files + [(path, name) for path, name in DEV_SETS.items() if path.exists()]


def split_name(path: Path, row: dict, whole_file: str | None) -> str:
    if whole_file == "train/dev":
        return train_or_dev(row["scenario"])
    return whole_file or split_of(row["scenario"])


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    changes: list[dict] = []
    for path, whole_file in labelled_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        touched = False
        for number, line in enumerate(lines):
            if not line.strip():
                continue
            row = json.loads(line)
            wanted = follows(row["labels"])
            if set(wanted) == set(row["labels"]):
                continue  # the same labels (a file may list them in its own order)
            changes.append(
                {
                    "file": str(path.relative_to(CORPUS)),
                    "line": number + 1,
                    "split": split_name(path, row, whole_file),
                    "text": row["text"],
                    "before": row["labels"],
                    "after": wanted,
                }
            )
            row["labels"] = wanted
            lines[number] = json.dumps(row, ensure_ascii=False)
            touched = True
        if touched and not check:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if changes and not check:
        with LOG.open("a", encoding="utf-8") as log:
            for change in changes:
                log.write(json.dumps(change, ensure_ascii=False) + "\n")
    by_split = Counter(change["split"] for change in changes)
    for split, count in sorted(by_split.items()):
        print(f"{split}: {count} lines gain criticism next to absolute")
    print(f"lines {'to change' if check else 'changed'}: {len(changes)}")
    if changes and not check:
        print(f"logged in {LOG.relative_to(CORPUS.parents[1])}; now run tools/coach/split.py")
    return 1 if check and changes else 0


if __name__ == "__main__":
    raise SystemExit(main())
