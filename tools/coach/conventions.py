"""Make the corpus labels follow the conventions in ``/work/shared/coach-labels.md``.

The label doc labels its own example "You never listen to me." as both ``criticism`` and
``absolute``: saying the partner always or never does a thing turns one behaviour into
who they are. Many writers gave such lines ``absolute`` alone, so the model learnt the
two labels as rivals. This adds ``criticism`` to every train/dev line labelled
``absolute`` (``absolute`` is only ever given to an overgeneralized complaint about the
partner, see the corpus README).

    python tools/coach/conventions.py          # rewrites the message files, prints counts
    python tools/coach/conventions.py --check  # exit 1 if a train/dev line disagrees

Lines of the frozen test split are never touched; the count of test lines that disagree
is printed so that figures read on the test split can say so.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from corpus_files import message_files
from split import split_of

from heartwork.coach.labels import LABELS


def follows(labels: list[str]) -> list[str]:
    """The labels a line should carry under the conventions."""
    wanted = set(labels)
    if "absolute" in wanted:
        wanted.add("criticism")
    return [label for label in LABELS if label in wanted]


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    changed: Counter[str] = Counter()
    frozen_disagree = 0
    seed = set(message_files(three_way=True))
    for path in message_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            row = json.loads(line)
            wanted = follows(row["labels"])
            if wanted == row["labels"]:
                continue
            if path in seed and split_of(row["scenario"]) == "test":
                frozen_disagree += 1
                continue
            changed[path.name] += 1
            row["labels"] = wanted
            lines[number] = json.dumps(row, ensure_ascii=False)
        if not check and changed[path.name]:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, count in sorted(changed.items()):
        print(f"{name}: {count} lines gain criticism next to absolute")
    print(f"train/dev lines {'to change' if check else 'changed'}: {sum(changed.values())}")
    print(f"frozen test lines that disagree (left as they are): {frozen_disagree}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
