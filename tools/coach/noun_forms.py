"""Write ``src/heartwork/coach/data/nouns.tsv``: the nouns and adjectives lemminflect knows.

    .venv/bin/python tools/coach/noun_forms.py

A rewrite that cannot find the behaviour still has to name what the message names ("the
dishes", "your religion", "the recycling"), so the coach needs to tell a noun from the
other words around it. lemminflect (a dev dependency, pinned) knows every common English
noun and adjective, but loading it takes seconds; its table is written once to a small
file the coach reads in milliseconds, as with ``verbs.tsv``. A test checks it still matches.

One line per word form and what it is: ``n`` a singular noun, ``p`` a plural one (a word
that is both, like "sheep" or "data", counts as singular), ``a`` an adjective that is no
noun.
"""

from __future__ import annotations

import gzip
from pathlib import Path

# Nouns of everyday texting that lemminflect's table lacks.
EVERYDAY = ("footy", "telly", "powerpoint", "ipad", "iphone", "wifi", "playstation", "xbox")
OUT = Path(__file__).resolve().parents[2] / "src" / "heartwork" / "coach" / "data" / "nouns.tsv"


def rows() -> list[str]:
    """Noun forms (singular and plural) and adjectives, lower-case words only, sorted."""
    import lemminflect

    table = Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz"
    nouns: dict[str, str] = {word: word for word in EVERYDAY}
    adjectives: set[str] = set()
    with gzip.open(table, "rt", encoding="utf-8") as handle:
        for line in handle:
            lemma, kind, *forms = line.rstrip("\n").split(",")
            if not lemma.isalpha() or not lemma.islower():
                continue
            if kind == "noun":
                nouns.setdefault(lemma, lemma)
                for plural in forms[0].split("/") if forms else ():
                    if plural.isalpha() and plural.islower():
                        nouns.setdefault(plural, lemma)
            elif kind == "adj":
                adjectives.add(lemma)
    out = [f"{form}\t{'n' if form == lemma else 'p'}" for form, lemma in nouns.items()]
    out += [f"{word}\ta" for word in adjectives if word not in nouns]
    return sorted(out)


def main() -> None:
    OUT.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
