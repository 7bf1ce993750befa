"""Write ``src/heartwork/coach/data/verbs.tsv``: every verb lemminflect knows, with its forms.

    .venv/bin/python tools/coach/verb_forms.py

The rewrites need verb forms ("you never cook" -> "if you cooked", "just cut the sugar"
-> "cutting the sugar"). lemminflect (a dev dependency, pinned) knows them, but loading
it takes seconds, which would break the coach's cold start; so its verb table is written
once to a small file the coach reads in milliseconds. A test checks the file still
matches lemminflect.
"""

from __future__ import annotations

from pathlib import Path

from lemminflect import getAllInflections, getAllInflectionsOOV

# Verbs of everyday texting that lemminflect's table lacks: their forms come from its
# rules for words it has not seen.
EVERYDAY = (
    "text",
    "hoover",
    "facetime",
    "whatsapp",
    "snapchat",
    "vape",
    "ghost",
    "binge",
    "doomscroll",
)
OUT = Path(__file__).resolve().parents[2] / "src" / "heartwork" / "coach" / "data" / "verbs.tsv"


def rows() -> list[str]:
    """One line per verb: base, past, past participle, gerund, third person (tab-separated)."""
    import gzip

    import lemminflect

    table = Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz"
    with gzip.open(table, "rt", encoding="utf-8") as handle:
        bases = sorted(
            {line.split(",")[0] for line in handle if line.split(",")[1] == "verb"} | set(EVERYDAY)
        )
    out = []
    for base in bases:
        if not base.isalpha() or not base.islower():
            continue
        forms = getAllInflections(base, upos="VERB") or getAllInflectionsOOV(base, upos="VERB")
        first = [forms.get(tag, ("",))[0] for tag in ("VBD", "VBN", "VBG", "VBZ")]
        first[1] = first[1] or first[0]  # lemminflect leaves a regular participle out
        if all(first):
            out.append("\t".join([base, *first]))
    return out


def main() -> None:
    OUT.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
