"""The scale benchmark's load run: gunicorn with production settings, driven by Locust.

    HEARTWORK_DATA_DIR=/tmp/hw-scale .venv/bin/python bench/load.py --json sqlite.json
    DATABASE_URL=postgres://…/heartwork_bench .venv/bin/python bench/load.py \\
        --json pg.json --compare sqlite.json

Run bench/seed.py on the same database first (its --people file is read here). The run
starts ``heartwork serve --production`` on 127.0.0.1, signs in a sample of the seeded
people before the clock starts, then runs four phases of --time seconds each:

1. one user over the page mix, as people of month-old couples (single-user medians);
2. one user over the same mix, as the ten-year couple (does a page grow with history?);
3. --users users over the mix, as everyone signed in (throughput);
4. --users users on the anonymous login page alone (the throughput to compare with).

It prints p50/p95/p99 and req/s per page beside /health/ and the login page measured in
the same phase, and the ratios the targets in issue 12 name. It never judges the figures:
it exits non-zero only when the run breaks (a request that failed, a server that died).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from client import cookies_of, sign_in
from machine import line
from mix import HEALTH, LOGIN_PAGE
from seed import DECADE, MONTH, YEAR
from servers import Server, settings_env

BENCH = Path(__file__).resolve().parent
TOTAL = "Aggregated"  # Locust's name for all requests together


def sign_in_sample(base: str, people_file: Path, month: int) -> dict[str, list[dict[str, Any]]]:
    """Sign in both partners of ``month`` month-old couples, every year-long couple (up to
    ten) and the ten-year couple, before the clock starts."""
    seeded = json.loads(people_file.read_text())
    by_days: dict[int, list[list[str]]] = {}
    for couple in seeded["couples"]:
        by_days.setdefault(couple["days"], []).append(couple["people"])
    groups = {
        "month": by_days.get(MONTH, [])[:month],
        "year": by_days.get(YEAR, [])[:10],
        "decade": by_days.get(DECADE, [])[:1],
    }

    def one(email: str) -> dict[str, Any]:
        return {"email": email, "cookies": cookies_of(sign_in(base, email, seeded["password"]))}

    with ThreadPoolExecutor(max_workers=2) as pool:
        return {
            group: list(pool.map(one, [email for pair in couples for email in pair]))
            for group, couples in groups.items()
        }


def _number(value: str) -> float:
    """A figure of Locust's CSV; "N/A" (a row with no request answered in a short, busy
    phase) counts as 0, which the ratios below treat as "not measured"."""
    return 0.0 if value in ("N/A", "") else float(value)


def phase(
    name: str, base: str, people: Path, *, users: int, seconds: int, pool: str, user_class: str
) -> dict[str, dict[str, float]]:
    """One headless Locust run; returns its figures by request label."""
    with tempfile.TemporaryDirectory(prefix="hw-locust-") as out:
        prefix = f"{out}/{name}"
        argv = [sys.executable, "-m", "locust", "-f", str(BENCH / "locustfile.py"), user_class]
        argv += ["--headless", "--only-summary", "--host", base, "--csv", prefix]
        argv += ["-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--stop-timeout", "10"]
        env = {**os.environ, "HW_BENCH_PEOPLE": str(people), "HW_BENCH_POOL": pool}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH), env.get("PYTHONPATH")]))
        run = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        stats = Path(f"{prefix}_stats.csv")
        if not stats.exists():
            sys.exit(f"Locust did not run ({name}):\n{run.stderr[-3000:]}")
        figures = {}
        with stats.open() as rows:
            for row in csv.DictReader(rows):
                figures[row["Name"]] = {
                    "count": _number(row["Request Count"]),
                    "failures": _number(row["Failure Count"]),
                    "p50": _number(row["50%"]),
                    "p95": _number(row["95%"]),
                    "p99": _number(row["99%"]),
                    "rps": _number(row["Requests/s"]),
                }
        failures = Path(f"{prefix}_failures.csv").read_text().splitlines()[1:]
        for failure in failures[:10]:
            print(f"  FAILED ({name}): {failure}")
        return figures


def table(title: str, figures: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(
        f"  {'page':32} {'n':>6} {'fail':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>7}"
    )
    for name, f in sorted(figures.items(), key=lambda kv: (kv[0] == TOTAL, -kv[1]["p50"])):
        print(
            f"  {name[:32]:32} {f['count']:>6.0f} {f['failures']:>5.0f} {f['p50']:>8.0f} "
            f"{f['p95']:>8.0f} {f['p99']:>8.0f} {f['rps']:>7.1f}"
        )


def ratios(result: dict[str, Any], other: dict[str, Any] | None) -> None:
    single, decade = result["single"], result["decade"]
    login = single.get(LOGIN_PAGE, {}).get("p50") or 1
    print("\nRatios (targets in issue 12)")
    print(f"  {'page':32} {'p50/login':>10} {'10 years/month':>15}", end="")
    print(f" {'this/' + other['database'].split()[0]:>16}" if other else "")
    pages = [n for n in single if n not in (TOTAL, LOGIN_PAGE, HEALTH)]
    for name in sorted(pages, key=lambda n: -single[n]["p50"]):
        grown = decade.get(name, {}).get("p50")
        growth = f"{grown / (single[name]['p50'] or 1):.2f}" if grown else "-"
        print(f"  {name[:32]:32} {single[name]['p50'] / login:>10.1f} {growth:>15}", end="")
        if other and name in other["single"]:
            print(f" {single[name]['p50'] / (other['single'][name]['p50'] or 1):>16.2f}")
        else:
            print()
    mix, alone = result["mix"][TOTAL]["rps"], result["login"][TOTAL]["rps"] or 1
    users = result["users"]
    print(f"  whole mix at {users} users / login page alone at {users} users: {mix / alone:.2f}")
    if other:
        print(f"  whole mix at {users} users, this / {other['database']}: ", end="")
        print(f"{mix / (other['mix'][TOTAL]['rps'] or 1):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=Path, default=Path("bench-people.json"))
    parser.add_argument("--time", type=int, default=60, help="seconds per phase (60)")
    parser.add_argument("--users", type=int, default=8, help="concurrent users in phases 3-4")
    parser.add_argument("--couples", type=int, default=20, help="month-old couples signed in")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, help="gunicorn workers (serve's default)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--compare", type=Path, help="figures of a run on the other database")
    args = parser.parse_args()

    env = settings_env()
    from machine import database

    result: dict[str, Any] = {"database": database(), "users": args.users, "time": args.time}
    print(line(result["database"]))
    log = Path(tempfile.gettempdir()) / f"heartwork-bench-{args.port}.log"
    server = Server(args.port, env, log, workers=args.workers)
    try:
        server.wait(timeout=600)
        with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="hw-people-") as people:
            signed_in = sign_in_sample(server.base, args.people, args.couples)
            json.dump(signed_in, people)
            people.flush()
            print(f"Signed in {sum(map(len, signed_in.values()))} people; {args.time} s a phase.")
            path = Path(people.name)
            run = {"base": server.base, "people": path, "seconds": args.time}
            result["single"] = phase("single", **run, users=1, pool="month", user_class="PageMix")
            result["decade"] = phase("decade", **run, users=1, pool="decade", user_class="PageMix")
            result["mix"] = phase("mix", **run, users=args.users, pool="all", user_class="PageMix")
            result["login"] = phase(
                "login", **run, users=args.users, pool="all", user_class="LoginPageOnly"
            )
        if server.process.poll() is not None:
            sys.exit(f"The server died during the run; see {log}.")
    finally:
        server.stop()
    table("Phase 1: one user, month-old couples", result["single"])
    table("Phase 2: one user, the ten-year couple", result["decade"])
    table(f"Phase 3: {args.users} users, the whole mix", result["mix"])
    table(f"Phase 4: {args.users} users, the login page alone", result["login"])
    other = json.loads(args.compare.read_text()) if args.compare else None
    ratios(result, other)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    failed = sum(result[p][TOTAL]["failures"] for p in ("single", "decade", "mix", "login"))
    if failed:
        sys.exit(f"{failed:.0f} requests failed: the run is broken (see above).")


if __name__ == "__main__":
    main()
