"""A guard for speed work on the coach: does ``analyze`` still give the very same answers?

Runs ``analyze`` over every text the project holds for the coach and the danger check (the
corpus files, the dev and test splits, the real-style dev set, the message-reply pairs,
the danger dev and test sets), each read alone and in context, and writes one line per
reading: the labels, the model's scores (rounded to 1e-9), the spans, the suggestions and
the danger verdict. Run it on the old code and on the new, with the same model files, and
compare the digests: a faster coach must not change a single answer.

    .venv/bin/python tools/coach/same_answers.py OUT.jsonl            # this tree
    PYTHONPATH=OLD/src .venv/bin/python tools/coach/same_answers.py OLD.jsonl
    cmp OUT.jsonl OLD.jsonl                                            # or diff them

Scores are summed over feature sets whose order follows Python's string hashing, which
changes from one process to the next (and with it the last bits of a score), so the guard
runs itself with PYTHONHASHSEED=0: both sides then sum in the same order.

"In context" reads each text as a reply to the message it answers where the file says, and
otherwise to the line before it in the same file, so every text also runs the reply path.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from heartwork.coach import analysis as analysis_module
from heartwork.coach import analyze

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (
    "corpus/coach/messages/*.jsonl",
    "corpus/coach/splits/*.jsonl",
    "corpus/coach/realstyle/*.jsonl",
    "corpus/coach/context/*.jsonl",
    "corpus/concern/dev/*.jsonl",
    "corpus/concern/test/*.jsonl",
)


def texts() -> Iterator[tuple[str, str, str | None]]:
    """(where, text, the message it answers or the line before) for every corpus line."""
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            before = None
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                text = row["text"]
                yield f"{path.relative_to(ROOT)}:{number}", text, row.get("replying_to") or before
                before = text


def _scores(text: str, replying_to: str | None) -> list[float]:
    """The label model's scores, by the coach's own path where it has one."""
    own = getattr(analysis_module, "scores", None)
    if own is not None:
        values = own(text, replying_to)
    else:  # the code before the speed work: features as strings, scored by the model
        from heartwork.coach import model as model_module
        from heartwork.coach.context import reply_features
        from heartwork.coach.features import features, parse

        parsed = parse(text[: analysis_module.MAX_CHARS])
        if not parsed.tokens:
            return []
        feats = features(parsed)
        if replying_to:
            feats += reply_features(parsed, replying_to[: analysis_module.MAX_CHARS])
        values = model_module.load().scores(feats)
    return [round(float(v), 9) for v in values]


def reading(text: str, replying_to: str | None) -> dict[str, object]:
    result = analyze(text, replying_to=replying_to)
    concern = result.concern
    return {
        "labels": result.labels,
        "scores": _scores(text, replying_to),
        "spans": [[s.label, s.start, s.end] for s in result.spans],
        "suggestions": result.suggestions,
        "concern": [concern.kind, concern.sub, concern.urgency] if concern else None,
    }


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)  # noqa: S606 (itself, again)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write one line per reading")
    args = parser.parse_args()
    digest = hashlib.sha256()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for where, text, before in texts():
            for mode, replying_to in (("alone", None), ("context", before)):
                line = json.dumps(
                    {"at": where, "mode": mode, **reading(text, replying_to)}, ensure_ascii=False
                )
                out.write(line + "\n")
                digest.update(line.encode())
                count += 1
    print(f"{count} readings, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
