"""``heartwork coach``: the coach on the command line (no Django, no database).

heartwork coach "You never listen to me!"          readable analysis
heartwork coach "..." --json                       the JSON of DESIGN.md
heartwork coach listen "..." [--json]              help for the listener
heartwork coach eval FILE.jsonl [--json]           evaluation on a labelled file
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from heartwork.coach.analysis import Analysis, analyze, classify
from heartwork.coach.concern import Directory, directory_for
from heartwork.coach.evaluate import CorpusError, evaluate, read_jsonl
from heartwork.coach.labels import HARMFUL
from heartwork.coach.listen import listen


def _style(code: str, text: str, enabled: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if enabled else text


def render(analysis: Analysis, color: bool) -> str:
    """The message with its spans marked, then what each pattern does, then rewrites."""
    text = analysis.text
    shown = [
        _style("1;31" if span.label in HARMFUL else "1;32", f"[{piece}]", color) if span else piece
        for piece, span in analysis.pieces()
    ]
    lines = ["".join(shown)]
    if analysis.concern:
        response = analysis.concern.response
        lines += ["", response.title.upper(), *(f"  {step}" for step in response.steps)]
        lines += ["", "Where to turn:", *(f"  - {r}" for r in analysis.concern.resources)]
        return "\n".join(lines)
    if not analysis.labels:
        lines += ["", "No patterns found. It reads as plain and kind."]
    for span in analysis.spans:
        word = "watch for" if span.label in HARMFUL else "good"
        lines += [
            "",
            f'{span.label.replace("_", " ")} ({word}): "{text[span.start : span.end]}"',
            f"  {span.why}",
        ]
    if analysis.suggestions:
        lines += ["", "You could say instead:"] + [f"  - {s}" for s in analysis.suggestions]
    return "\n".join(lines)


def help_from_environment() -> Directory:
    """The same help the web shows: ``HEARTWORK_HELP_COUNTRY`` and ``HEARTWORK_HELP_RESOURCES``."""
    lines = os.environ.get("HEARTWORK_HELP_RESOURCES", "").splitlines()
    return directory_for(os.environ.get("HEARTWORK_HELP_COUNTRY", ""), lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["eval"]:
        parser = argparse.ArgumentParser(prog="heartwork coach eval")
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true")
        args = parser.parse_args(argv[1:])
        try:
            examples = read_jsonl(args.file)
        except CorpusError as error:
            print(f"heartwork coach eval: {error}", file=sys.stderr)
            return 2
        result = evaluate(examples, classify)
        if args.json:
            print(json.dumps(result))
        else:
            print(
                f"{result['n']} messages, macro-F1 {result['macro_f1']:.3f}, "
                f"any-harmful F1 {result['any_harmful']['f1']:.3f}, "  # type: ignore[index]
                f"{result['messages_per_second']:,.0f} messages/s"
            )
            for label, m in result["per_label"].items():  # type: ignore[attr-defined]
                print(
                    f"  {label:<15} P {m['precision']:.2f}  R {m['recall']:.2f}  "
                    f"F1 {m['f1']:.2f}  n={m['support']}"
                )
        return 0
    listening = argv[:1] == ["listen"]
    parser = argparse.ArgumentParser(
        prog="heartwork coach listen" if listening else "heartwork coach",
        description="Read a message to a partner and see what it does, kindly.",
    )
    parser.add_argument("text", help="the message (use quotes)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    if not listening:
        parser.add_argument(
            "--replying-to", metavar="MESSAGE", help="the message this one answers, if any"
        )
    args = parser.parse_args(argv[1:] if listening else argv)
    if not args.text.strip():
        parser.error("the message is empty: write the words you want to check, in quotes")
    if listening:
        heard = listen(args.text, resources=help_from_environment())
        if args.json:
            print(json.dumps(heard.to_dict()))
        elif heard.guidance:
            print(heard.guidance.title.upper())
            print("\n".join(f"  {step}" for step in heard.guidance.steps))
            print("Where to turn:\n" + "\n".join(f"  - {r}" for r in heard.resources))
        else:
            print(
                f"Reflect:  {heard.reflection}\nValidate: {heard.validation}\nAsk:      {heard.question}"
            )
        return 0
    analysis = analyze(args.text, resources=help_from_environment(), replying_to=args.replying_to)
    if args.json:
        print(json.dumps(analysis.to_dict()))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print(render(analysis, color))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
