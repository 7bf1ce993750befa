"""The check-up's sentences checked, before and after: how they are written, and how
reliably each dimension measures on a simulated population.

    .venv/bin/python bench/checkup_reliability.py          # tables
    .venv/bin/python bench/checkup_reliability.py --json   # the same figures as JSON

1. **How the sentences are written** (``heartwork.checkup.item_checks``), for every
   version: sentences with their own "sometimes", with "we" as subject, with two ideas,
   with an idiom, that assume a shared room; dimensions with fewer than two
   reverse-keyed sentences; where reverse-keyed sentences sit.
2. **Reliability on a simulated population**: Cronbach's alpha and each sentence's
   corrected item-total correlation (``heartwork.checkup.stats``, the arithmetic the
   ``heartwork checkup stats`` command uses on real rounds), for versions 2 and 3.

The population is made up, and says so: 2,000 people, each with a true level on every
dimension (standard normal, all dimensions sharing a general factor of 0.5, because
people who feel close tend to feel so across the board), each sentence answering it
with a loading of 0.7 plus its own noise, and each person with a habit of agreeing
(normal, SD 0.5 scale points) added to every answer as given, whatever the key. Answers
are rounded to the 7 points. A simulation cannot say whether our sentences measure what
they mean to; it shows what their number and keying give when they do, and how much a
habit of agreeing moves a score when every sentence points the same way. The plan for
real rounds is in docs/checkup.md.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics

from heartwork.checkup import item_checks
from heartwork.checkup.instrument import POINTS, Instrument, load, versions
from heartwork.checkup.scoring import item_value, score_of_keyed
from heartwork.checkup.stats import cronbach_alpha, item_stats

PEOPLE = 2000
GENERAL = 0.5  # the share of each dimension's true level common to all dimensions
LOADING = 0.7
AGREEING_SD = 0.5  # a person's habit of agreeing, in scale points
SEED = 14


def writing(instrument: Instrument) -> dict[str, object]:
    out: dict[str, object] = {"sentences": len(item_checks._scored_items(instrument))}
    for name, check in item_checks.CHECKS.items():
        out[name] = len(check(instrument))
    out["dimensions with fewer than two reverse-keyed sentences"] = len(
        item_checks.one_reverse_in_the_same_place(instrument)
    )
    out["places reverse-keyed sentences sit"] = " ".join(
        str(p + 1) for p in sorted(item_checks.reverse_positions(instrument))
    )
    return out


def simulate(instrument: Instrument, seed: int = SEED) -> dict[str, dict[str, object]]:
    """Per dimension: alpha, the lowest corrected item-total r, and the score's shift
    from a habit of agreeing (points on 0-100 per scale point of agreeing)."""
    rng = random.Random(seed)  # noqa: S311 - a simulation, not security
    dimensions = instrument.scored_dimensions
    rows: dict[str, list[list[float]]] = {d.key: [] for d in dimensions}
    shift: dict[str, list[tuple[float, float]]] = {d.key: [] for d in dimensions}
    for _ in range(PEOPLE):
        general = rng.gauss(0, 1)
        agreeing = rng.gauss(0, AGREEING_SD)
        for d in dimensions:
            level = GENERAL**0.5 * general + (1 - GENERAL) ** 0.5 * rng.gauss(0, 1)
            keyed = []
            for item in d.items:
                signal = LOADING * level + (1 - LOADING**2) ** 0.5 * rng.gauss(0, 1)
                # A reverse-keyed sentence says the opposite: a high level answers it low.
                given = 4 + 1.3 * (-signal if item.reverse else signal) + agreeing
                given = min(POINTS, max(1, round(given)))
                keyed.append(float(item_value(given, item.reverse)))
            rows[d.key].append(keyed)
            shift[d.key].append((agreeing, score_of_keyed(keyed)))
    out = {}
    for d in dimensions:
        stats = item_stats(rows[d.key])
        alpha = cronbach_alpha(rows[d.key])
        agreeing_values = [a for a, _ in shift[d.key]]
        scores = [s for _, s in shift[d.key]]
        slope = statistics.covariance(agreeing_values, scores) / statistics.variance(
            agreeing_values
        )
        out[d.key] = {
            "items": len(d.items),
            "reverse": sum(i.reverse for i in d.items),
            "alpha": round(alpha or 0.0, 3),
            "lowest item-total r": round(min(s.corrected_item_total or 0.0 for s in stats), 3),
            "score points per point of agreeing": round(slope, 1),
        }
    return out


def measure() -> tuple[dict[str, dict[str, object]], dict[str, dict[str, dict[str, object]]]]:
    """How every version is written, and version 2 and 3 on the simulated population."""
    return (
        {f"version {i.version}": writing(i) for i in versions()},
        {f"version {v}": simulate(load(v)) for v in (2, 3)},
    )


def _summary(per_dimension: dict[str, dict[str, object]]) -> str:
    alphas = [float(row["alpha"]) for row in per_dimension.values()]  # type: ignore[arg-type]
    rs = [float(row["lowest item-total r"]) for row in per_dimension.values()]  # type: ignore[arg-type]
    slopes = [
        abs(float(row["score points per point of agreeing"])) for row in per_dimension.values()
    ]  # type: ignore[arg-type]
    return (
        f"alpha median {statistics.median(alphas):.2f} (lowest {min(alphas):.2f}), "
        f"lowest item-total r {min(rs):.2f}, "
        f"agreeing moves a score by {statistics.median(slopes):.1f} points per scale point "
        f"(median; up to {max(slopes):.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    table, simulated = measure()
    if parser.parse_args().json:
        print(json.dumps({"writing": table, "simulated": simulated}, indent=2))
        return
    print("How the sentences are written (scored sentences only)\n")
    names = list(next(iter(table.values())))
    print(f"{'':58}" + "".join(f"{v:>12}" for v in table))
    for name in names:
        print(f"{name:58}" + "".join(f"{table[v][name]!s:>12}" for v in table))
    print(f"\nSimulated population ({PEOPLE:,} people, seed {SEED})\n")
    for version, per_dimension in simulated.items():
        print(f"{version}: {_summary(per_dimension)}")
        for key, row in per_dimension.items():
            print(
                f"    {key:26} items {row['items']} (reverse {row['reverse']})  "
                f"alpha {row['alpha']:.2f}  lowest r {row['lowest item-total r']:.2f}  "
                f"agreeing {row['score points per point of agreeing']:+.1f}"
            )
    print()


if __name__ == "__main__":
    main()
