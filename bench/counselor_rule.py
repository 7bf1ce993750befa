"""How many answer patterns reach help for someone who may not be safe, before and after.

    .venv/bin/python bench/counselor_rule.py          # a table
    .venv/bin/python bench/counselor_rule.py --json   # the same figures as JSON

Every answer pattern to the four "safety to share" questions (7^4 = 2,401), each with
every answer to the direct question about fear (x 7 = 16,807 patterns), is put through
three rules:

- issue #14's "before": the joint counselor card when safety to share scored below 25
  (the rule until the sharing choice was built);
- this branch's starting point: no joint card from a sensitive score at all, and the
  private note "Just for you" when safety to share scored below 55;
- after: ``heartwork.checkup.private_help.signals``, the rule the report uses (fear at
  any level, holding things back at least half the time, or a low score), which leads
  to private help of one's own, never to the joint card.

Shares are reported over every pattern and over the groups the rule must catch (says
they hold things back; holds back but answers the other three warmly; afraid) and the
group it must leave alone (content: warm answers, not afraid). Figures are in
docs/checkup.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Callable

from heartwork.checkup.instrument import load
from heartwork.checkup.private_help import ITEM_SIGNALS, signals
from heartwork.checkup.scoring import dimension_score, item_value

OLD_VERY_LOW = 25  # issue #14's "before": the removed joint-counselor threshold
OLD_PRIVATE_NOTE = 55  # the private note's threshold on the score alone
HOLD_BACK = next(s for s in ITEM_SIGNALS if s.item_key == "safety_to_share_3")
FEAR = next(s for s in ITEM_SIGNALS if s.item_key == "feeling_safe_1")

Answers = dict[str, int]


def patterns() -> list[Answers]:
    """Every answer (as given, 1-7) to the safety-to-share questions and the fear question."""
    instrument = load()
    safety = instrument.dimension("safety_to_share").items
    fear = instrument.dimension("feeling_safe").items[0]
    out = []
    for values in itertools.product(range(1, 8), repeat=len(safety) + 1):
        answers = {item.key: v for item, v in zip(safety, values, strict=False)}
        answers[fear.key] = values[-1]
        out.append(answers)
    return out


def _safety_score(answers: Answers) -> int:
    """The score on the first version's questions, as the old rules read it."""
    return dimension_score(answers, load(1).dimension("safety_to_share")) or 0


RULES: dict[str, Callable[[Answers], bool]] = {
    "before: joint card, safety < 25": lambda a: _safety_score(a) < OLD_VERY_LOW,
    "main today: private note, safety < 55": lambda a: _safety_score(a) < OLD_PRIVATE_NOTE,
    "after: private help (private_help.signals)": lambda a: bool(signals(a, load())),
}


def _warm_otherwise(a: Answers) -> bool:
    """Every safety question but the one about holding back answered 5 or more (keyed)."""
    items = load().dimension("safety_to_share").items
    return all(item_value(a[i.key], i.reverse) >= 5 for i in items if i.key != HOLD_BACK.item_key)


GROUPS: dict[str, Callable[[Answers], bool]] = {
    "every pattern": lambda a: True,
    "not afraid: the safety-to-share answers alone": lambda a: a[FEAR.item_key] == 1,
    "says they hold things back (>= half the time)": lambda a: a[HOLD_BACK.item_key] >= 4,
    "holds back, other three answered warmly": lambda a: (
        a[HOLD_BACK.item_key] >= 4 and _warm_otherwise(a)
    ),
    "afraid of the partner (any answer above 'not at all')": lambda a: a[FEAR.item_key] >= 2,
    "content: warm answers, not afraid": lambda a: (
        a[FEAR.item_key] == 1
        and all(
            item_value(a[i.key], i.reverse) >= 5 for i in load().dimension("safety_to_share").items
        )
    ),
}


def measure() -> dict[str, dict[str, object]]:
    every = patterns()
    out: dict[str, dict[str, object]] = {}
    for group, member in GROUPS.items():
        chosen = [a for a in every if member(a)]
        out[group] = {
            "patterns": len(chosen),
            **{
                rule: round(sum(map(check, chosen)) / len(chosen), 4)
                for rule, check in RULES.items()
            },
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    figures = measure()
    if parser.parse_args().json:
        print(json.dumps(figures, indent=2))
        return
    rules = list(RULES)
    print("Share of answer patterns that reach help (16,807 = 7^4 safety x 7 fear answers)\n")
    for group, row in figures.items():
        print(f"{group} ({row['patterns']:,} patterns)")
        for rule in rules:
            print(f"    {float(row[rule]):7.1%}  {rule}")  # type: ignore[arg-type]
    print()


if __name__ == "__main__":
    main()
