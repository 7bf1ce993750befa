"""Find the marks a generator leaves in the coach corpus, and thin them out.

The first ``voices-*`` files were built from hand-written phrases put together by a script:
one frame ("Got in at seven and guess who ended up X? Me. Same as every night this
month.") with a chore swapped in, then each line again with "Well, " in front or ", pet"
behind. A model trained on them learns the frame's words as the label ("night" as shutting
down, "pet" as nothing at all), and then reads a plain "you're tired at night" wrongly.
This script shows those marks so a person can rewrite or drop them:

    python tools/coach/artifacts.py                 # report: skewed words, frames, variants
    python tools/coach/artifacts.py --thin          # drop register variants and repeated frames
    python tools/coach/artifacts.py --check         # exit 1 if a voices file still repeats itself

- **Skewed words**: per word, the share of its occurrences that come from ``voices-*``
  lines of one label against the whole corpus. A word that lives almost only in one
  label's generated lines is a template word, not a sign of the label.
- **Frames**: runs of ``FRAME_WORDS`` words that one ``voices-*`` file repeats across many
  of its scenarios (the same sentence with a chore or a name swapped), rarer in the other
  writers' files than there.
- **Register variants**: lines that are the same once a pet name, a "Well, " or a dropped
  "the" is taken away.

``--thin`` keeps the first line of each register variant and at most ``FRAME_LIMIT``
lines per frame, so what is left reads as separate lines; new lines written by people
go in their own files (``MANIFEST.csv`` names them).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpus_files import CORPUS, message_files

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words and fillers the generator added to make a "register" out of one line.
FILLER_OPENINGS = re.compile(r"^(?:(?:well|now|dear|darling|right|so|honestly|ok|okay),\s*)+", re.I)
FILLER_ENDINGS = re.compile(
    r"(?:,\s*(?:pet|love|hun|mate|darlin'|eh|dear|babe|x+)|\s+(?:lol|fr|ngl|tbh|smh|x+)"
    r"|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+)+\s*([.!?]*)\s*$",
    re.I,
)
SPELLINGS = {"u": "you", "ur": "your", "im": "i'm", "dont": "don't"}
FRAME_WORDS = 3
FRAME_MIN_SCENARIOS = 4  # a run one voices file uses in this many scenarios is a frame
FRAME_LIMIT = 2  # lines kept per frame by --thin
MIN_COUNT = 6  # a word seen fewer times than this says nothing either way


def is_voices(path: Path) -> bool:
    return path.name.startswith("voices-")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'"))


def variant_key(text: str) -> str:
    """The line without the generator's register: fillers, pet names, dropped articles."""
    previous = None
    while previous != text:
        previous = text
        text = FILLER_OPENINGS.sub("", text.strip())
        text = FILLER_ENDINGS.sub(r"\1", text)
    tokens = [SPELLINGS.get(w, w) for w in words(text)]
    return " ".join(w for w in tokens if w not in {"the", "a"})


def load() -> list[tuple[Path, dict]]:
    rows = []
    for path in message_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append((path, json.loads(line)))
    return rows


def skewed_words(rows: list[tuple[Path, dict]], top: int = 40) -> list[tuple[str, str, int, int]]:
    """(word, label, occurrences in that label's voices lines, occurrences in the corpus)."""
    total: Counter[str] = Counter()
    in_voices: dict[str, Counter[str]] = defaultdict(Counter)
    for path, row in rows:
        seen = words(row["text"])
        total.update(seen)
        if is_voices(path):
            for label in row["labels"] or ["none"]:
                in_voices[label].update(seen)
    found = []
    for label, counts in in_voices.items():
        for word, n in counts.items():
            if total[word] >= MIN_COUNT and n / total[word] >= 0.5:
                found.append((word, label, n, total[word]))
    found.sort(key=lambda f: (-f[2] / f[3], -f[2]))
    return found[:top]


def frames(rows: list[tuple[Path, dict]]) -> dict[tuple[str, ...], set[str]]:
    """Word runs one voices file repeats across many of its scenarios, seldom used elsewhere.

    Counted within a file: a writer who puts the same frame on many situations is a
    template, while a phrase many writers use ("what you need is") is the language.
    """
    where: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    elsewhere: Counter[tuple[str, ...]] = Counter()
    for path, row in rows:
        tokens = words(variant_key(row["text"]))
        runs = {tuple(tokens[i : i + FRAME_WORDS]) for i in range(len(tokens) - FRAME_WORDS + 1)}
        for run in runs:
            if is_voices(path):
                where[(path.name, run)].add(row["scenario"])
            else:
                elsewhere[run] += 1
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (_, run), scenarios in where.items():
        if len(scenarios) >= FRAME_MIN_SCENARIOS and elsewhere[run] < len(scenarios):
            found[run] |= scenarios
    return dict(found)


def thin(path: Path, common: set[tuple[str, ...]], used: Counter) -> tuple[int, int]:
    """Keep one line per register variant and at most FRAME_LIMIT lines per frame.

    ``used`` counts each frame's kept lines across all the voices files.
    """
    kept, seen = [], set()
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for line in lines:
        row = json.loads(line)
        key = variant_key(row["text"])
        if key in seen:
            continue
        tokens = words(key)
        runs = {tuple(tokens[i : i + FRAME_WORDS]) for i in range(len(tokens) - FRAME_WORDS + 1)}
        hits = runs & common
        if any(used[run] >= FRAME_LIMIT for run in hits):
            continue
        seen.add(key)
        used.update(hits)
        kept.append(line)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return len(lines), len(kept)


def variants(rows: list[tuple[Path, dict]]) -> int:
    keys = Counter(variant_key(r["text"]) for p, r in rows if is_voices(p))
    return sum(n - 1 for n in keys.values() if n > 1)


def report(rows: list[tuple[Path, dict]]) -> tuple[int, int]:
    print("Words that live in one label's voices lines (share of all their occurrences):")
    for word, label, n, all_n in skewed_words(rows):
        print(f"  {word:<14} {label:<14} {n:>4} of {all_n:<4} {n / all_n:.0%}")
    found = frames(rows)
    print(
        f"\nFrames ({FRAME_WORDS} words in ≥ {FRAME_MIN_SCENARIOS} voices scenarios): {len(found)}"
    )
    for run, scenarios in sorted(found.items(), key=lambda f: -len(f[1]))[:30]:
        print(f"  {len(scenarios):>3} scenarios  {' '.join(run)}")
    extra = variants(rows)
    print(f"\nRegister variants (same line once fillers and pet names go): {extra}")
    voices = sum(1 for p, _ in rows if is_voices(p))
    print(f"voices-* lines: {voices}")
    return len(found), extra


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rows = load()
    if "--thin" in args:
        common, used = set(frames(rows)), Counter()
        for path in message_files():
            if is_voices(path):
                before, after = thin(path, common, used)
                print(f"{path.relative_to(CORPUS)}: {before} -> {after} lines")
        return 0
    found, extra = report(rows)
    if "--check" in args and (found or extra):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
