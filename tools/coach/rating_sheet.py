"""Write the blind rating sheet for the coach's rewrites (issue #11).

    .venv/bin/python tools/coach/rating_sheet.py OUT_DIR [--old-rev main] [--same-as FOLDER]
    .venv/bin/python tools/coach/rating_sheet.py OUT_DIR --fresh --seed N \
        --from corpus/coach/realstyle/dev.jsonl corpus/coach/splits/dev.jsonl \
        --exclude corpus/coach/blind/*-2026-12-07* READ_LIST.txt

Takes 200 messages the coach flags: 150 drawn (fixed seed) from the dev split and 50
from ``bench/rewrites/own-messages.txt`` (varied messages written for this sheet; never
the frozen test split); with ``--same-as`` an earlier sheet's folder, the very messages
that sheet's raters judged, so two rounds are compared on the same 200 even after the
corpus or the model moved. With ``--fresh``, 200 flagged dev messages drawn with ``--seed``
that none of the ``--exclude`` sheets (folders) or lists (text files, one message a line)
hold, from the ``--from`` dev files in turn: messages studied for rounds flatter the
rewriter that was tuned on them, so a sample no one has read is the honest measure. For each it writes the first suggestion of today's rewriter and
of the one at ``--old-rev`` (the file ``suggest.py`` at that commit, run on the same
labels), then shuffles the 400 pairs into one sheet so raters cannot tell the methods
apart:

    OUT_DIR/blind-400.jsonl    {"id", "message", "suggestion"} per line, shuffled
    OUT_DIR/key.json           id -> "new" | "old" (keep it from the raters)
    OUT_DIR/pairs-new-200.jsonl, pairs-old-200.jsonl   the two methods, in order
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from heartwork.coach import analyze
from heartwork.coach.evaluate import read_jsonl
from heartwork.coach.labels import HARMFUL

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from rewrite_figures import rewriter_at  # noqa: E402 - bench/ is not a package

DEV = ROOT / "corpus" / "coach" / "splits" / "dev.jsonl"
OWN = ROOT / "bench" / "rewrites" / "own-messages.txt"
SEED = 11


def flagged(texts: list[str]) -> list[tuple[str, list[str]]]:
    """The messages the coach flags (and that signal no danger), with their labels."""
    out = []
    for text in texts:
        analysis = analyze(text)
        if analysis.harmful and analysis.concern is None:
            out.append((text, analysis.harmful))
    return out


def messages(own_count: int = 50, total: int = 200) -> list[tuple[str, list[str]]]:
    own = flagged([line.strip() for line in OWN.read_text().splitlines() if line.strip()])
    dev_texts = [e.text for e in read_jsonl(DEV) if set(e.labels) & set(HARMFUL)]
    random.Random(SEED).shuffle(dev_texts)  # noqa: S311 - a fixed sample, not security
    dev = flagged(dev_texts[: 2 * total])
    chosen = own[:own_count]
    chosen += dev[: total - len(chosen)]
    return chosen


def messages_of(folder: Path) -> list[tuple[str, list[str]]]:
    """The messages an earlier sheet put before its raters (once each), still flagged today."""
    rows = [json.loads(line) for line in (folder / "blind-400.jsonl").read_text().splitlines()]
    texts = list(dict.fromkeys(row["message"] for row in rows))
    return flagged(texts)


def _plain(text: str) -> str:
    """A message compared across sheets and lists: one line, spacing collapsed."""
    return " ".join(text.split())


def seen_in(paths: list[Path]) -> set[str]:
    """The messages earlier sheets (folders) or reading lists (text files) already hold.

    A rewrite sheet names them ``message``, a span sheet ``text``: both were read."""
    seen: set[str] = set()
    for path in paths:
        if path.is_dir():
            for sheet in path.glob("blind-*.jsonl"):
                rows = [json.loads(line) for line in sheet.read_text().splitlines() if line.strip()]
                seen.update(_plain(row.get("message") or row["text"]) for row in rows)
        else:
            seen.update(_plain(line) for line in path.read_text().splitlines() if line.strip())
    return seen


def fresh_messages(
    seen: set[str], seed: int, total: int = 200, dev: Path | list[Path] = DEV
) -> list[tuple[str, list[str]]]:
    """``total`` flagged dev messages, drawn with ``seed``, none of them in ``seen``.

    With several dev files, each is drawn from in turn, in the order given, until
    ``total`` are found: the first can be a set no one has read, the next a top-up.
    """
    out: list[tuple[str, list[str]]] = []
    taken: set[str] = set()
    for path in [dev] if isinstance(dev, Path) else dev:
        texts = list(dict.fromkeys(e.text for e in read_jsonl(path)))
        random.Random(seed).shuffle(texts)  # noqa: S311 - a fixed sample, not security
        for text in texts:
            if len(out) == total:
                return out
            if _plain(text) in seen or _plain(text) in taken:
                continue
            taken.add(_plain(text))
            out += flagged([text])
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--old-rev", default="main")
    parser.add_argument("--same-as", type=Path, help="an earlier sheet's folder: its messages")
    parser.add_argument("--fresh", action="store_true", help="flagged dev messages not yet seen")
    parser.add_argument("--seed", type=int, default=SEED, help="the draw for --fresh")
    parser.add_argument(
        "--from",
        dest="sources",
        type=Path,
        nargs="*",
        default=[DEV],
        help="dev files for --fresh, drawn from in this order (default: the dev split)",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        nargs="*",
        default=[],
        help="earlier sheets' folders or text files of messages read: left out of --fresh",
    )
    args = parser.parse_args()
    old = rewriter_at(args.old_rev)
    if args.same_as:
        chosen = messages_of(args.same_as)
    elif args.fresh:
        chosen = fresh_messages(seen_in(args.exclude), args.seed, dev=args.sources)
    else:
        chosen = messages()
    rows = {"new": [], "old": []}  # type: dict[str, list[dict[str, str]]]
    for text, labels in chosen:
        new = analyze(text).suggestions
        before = old(text, labels)
        rows["new"].append({"message": text, "suggestion": new[0] if new else ""})
        rows["old"].append({"message": text, "suggestion": before[0] if before else ""})
    args.out.mkdir(parents=True, exist_ok=True)
    for method, pairs in rows.items():
        with open(args.out / f"pairs-{method}-{len(pairs)}.jsonl", "w") as handle:
            handle.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)
    sheet = [(method, pair) for method, pairs in rows.items() for pair in pairs]
    random.Random(SEED + 1).shuffle(sheet)  # noqa: S311 - a blind order, not security
    key = {}
    with open(args.out / f"blind-{len(sheet)}.jsonl", "w") as handle:
        for n, (method, pair) in enumerate(sheet, 1):
            key[f"s{n:03d}"] = method
            handle.write(json.dumps({"id": f"s{n:03d}", **pair}, ensure_ascii=False) + "\n")
    (args.out / "key.json").write_text(json.dumps(key, indent=1) + "\n")
    print(f"{len(chosen)} messages, {len(sheet)} rows -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
