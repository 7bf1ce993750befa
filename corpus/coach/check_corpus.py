#!/usr/bin/env python3
"""Validate the Heartwork coach corpus (the files MANIFEST.csv lists) and print counts.

Standard library only. Usage:
    python3 check_corpus.py [corpus_dir] [--labels-doc PATH]

Checks every line: valid JSON object, "text" a non-empty string, "labels" a list
of allowed lower-case labels without repeats, "scenario" present (a letter and four digits),
"hard" a boolean, no unknown fields, no duplicate text (case/space-insensitive),
and scenario ids not shared across files. If the label doc is found, it also
flags texts that reuse one of its quoted example sentences.
Exit status 1 if any problem was found or a target is missed.
"""
import collections, csv, glob, json, os, re, sys

LABELS = ["criticism", "contempt", "defensiveness", "stonewalling", "blame",
          "absolute", "minimizing", "fixing", "i_statement", "appreciation",
          "validation", "reflection", "repair", "open_question"]
TARGETS = {"total": 1600, "per_label": 110, "hard": 350, "no_label": 200}
FIELDS = {"text", "labels", "scenario", "hard"}


def norm(t):
    t = t.lower().replace("\u2019", "'")
    raw = " ".join(t.split())
    t = re.sub(r"[^\w' ]+", " ", t)
    return " ".join(t.split()) or raw  # emoji-only texts keep their symbols


def doc_examples(path):
    if not path or not os.path.exists(path):
        return []
    txt = open(path, encoding="utf-8").read()
    quotes = re.findall(r'"([^"\n]{3,})"', txt) + re.findall(r"\u201c([^\u201d\n]{3,})\u201d", txt)
    out = set()
    for q in quotes:
        q = q.replace("\u2026", "").strip()
        n = norm(q)
        if n:
            out.add(n)
    return sorted(out)


def main():
    args = sys.argv[1:]
    doc = "/work/shared/coach-labels.md"
    if "--labels-doc" in args:
        i = args.index("--labels-doc"); doc = args[i + 1]; del args[i:i + 2]
    root = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    problems = []
    with open(os.path.join(root, "MANIFEST.csv"), encoding="utf-8", newline="") as f:
        listed = [row["file"] for row in csv.DictReader(f)]
    files = [os.path.join(root, name) for name in listed]
    on_disk = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "messages", "*.jsonl")))
    for name in sorted(set(on_disk) - set(listed)):
        problems.append(f"{name}: not listed in MANIFEST.csv")
    for name in sorted(set(listed) - set(on_disk)):
        problems.append(f"{name}: listed in MANIFEST.csv but missing")
    files = [f for f in files if os.path.exists(f)]
    seen = {}
    scen_file = {}
    per_label = collections.Counter()
    scen = collections.Counter()
    total = hard = nolabel = 0
    combos = collections.Counter()
    examples = doc_examples(doc)
    for fn in files:
        base = os.path.relpath(fn, root)
        with open(fn, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{base}:{ln}"
                if not line.strip():
                    problems.append(f"{where}: empty line"); continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: invalid JSON ({e})"); continue
                if not isinstance(obj, dict):
                    problems.append(f"{where}: not an object"); continue
                extra = set(obj) - FIELDS
                if extra:
                    problems.append(f"{where}: unknown fields {sorted(extra)}")
                text, labels = obj.get("text"), obj.get("labels")
                sc, hd = obj.get("scenario"), obj.get("hard")
                if not isinstance(text, str) or not text.strip():
                    problems.append(f"{where}: missing/empty text"); continue
                if not isinstance(labels, list):
                    problems.append(f"{where}: labels not a list"); labels = []
                bad = [l for l in labels if l not in LABELS]
                if bad:
                    problems.append(f"{where}: unknown labels {bad}")
                if len(set(labels)) != len(labels):
                    problems.append(f"{where}: repeated label")
                if not isinstance(sc, str) or not re.fullmatch(r"[a-z]\d{4}", sc or ""):
                    problems.append(f"{where}: scenario missing or malformed ({sc!r})")
                else:
                    if scen_file.setdefault(sc, base) != base:
                        problems.append(f"{where}: scenario {sc} also used in {scen_file[sc]}")
                    scen[sc] += 1
                if not isinstance(hd, bool):
                    problems.append(f"{where}: hard missing or not boolean")
                key = norm(text)
                if key in seen:
                    problems.append(f"{where}: duplicate text of {seen[key]}: {text!r}")
                else:
                    seen[key] = where
                for ex in examples:
                    if key == ex or (len(ex.split()) >= 4 and ex in key):
                        problems.append(f"{where}: reuses example from labels doc: {ex!r}")
                total += 1
                hard += hd is True
                good = [l for l in labels if l in LABELS]
                if not good:
                    nolabel += 1
                for l in set(good):
                    per_label[l] += 1
                combos[len(set(good))] += 1
    print(f"files: {len(files)}")
    print(f"total messages: {total}")
    print(f"scenarios: {len(scen)}  (messages per scenario: min {min(scen.values(), default=0)}, "
          f"max {max(scen.values(), default=0)}, mean {total / max(len(scen), 1):.2f})")
    print(f"hard cases: {hard}")
    print(f"no-label messages: {nolabel}")
    print("labels per message: " + ", ".join(f"{k}:{combos[k]}" for k in sorted(combos)))
    print("positives per label:")
    for l in LABELS:
        flag = "" if per_label[l] >= TARGETS["per_label"] else "   <-- below target"
        print(f"  {l:<14} {per_label[l]:>5}{flag}")
    missed = []
    if total < TARGETS["total"]: missed.append(f"total {total} < {TARGETS['total']}")
    if hard < TARGETS["hard"]: missed.append(f"hard {hard} < {TARGETS['hard']}")
    if nolabel < TARGETS["no_label"]: missed.append(f"no-label {nolabel} < {TARGETS['no_label']}")
    for l in LABELS:
        if per_label[l] < TARGETS["per_label"]:
            missed.append(f"{l} {per_label[l]} < {TARGETS['per_label']}")
    if problems:
        print(f"\nPROBLEMS ({len(problems)}):")
        for p in problems:
            print("  " + p)
    if missed:
        print("\nTARGETS MISSED: " + "; ".join(missed))
    if not problems and not missed:
        print("\nOK: all lines valid, all targets met.")
    return 1 if (problems or missed) else 0


if __name__ == "__main__":
    sys.exit(main())
