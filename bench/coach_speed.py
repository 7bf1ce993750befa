"""The coach's speed beside VADER's in one run: issue #11's speed target (``analyze`` at least
0.4x VADER's messages/s with context off, 0.15x with it on), by CPU time or by instructions.

    .venv/bin/python bench/coach_speed.py                   # CPU time, in this process
    .venv/bin/python bench/coach_speed.py --instructions    # instructions a message (callgrind)
    PYTHONPATH=OTHER/src .venv/bin/python bench/coach_speed.py --instructions   # another tree

What is timed is what the coach page does: ``analyze`` whole on the frozen test split read
alone, and on the message-reply pairs read with the message each answers; VADER on the
test split. Both ways warm up first (two passes), so caches are full, as on a server.

CPU time is the fastest of eleven passes by this process's CPU time: on a shared machine a
pass is only ever slowed by the others, so the fastest is the least disturbed; still, give
the load average with the figures. Instructions do not move with the load: each reading
runs in its own process under ``valgrind --tool=callgrind``, which counts only the third
pass (a client request switches counting on and off around it, from a three-line C shim
built here with ``cc`` and valgrind's own header). Instructions are not time (the coach
does fewer of them a cycle than VADER), so a change is judged by both: fewer instructions
that the clock does not see bought nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baselines import vader_labeller
from coach import PAIRS, TEST_SPLIT

from heartwork.coach import analyze
from heartwork.coach.evaluate import read_jsonl

READINGS = ("analyze", "analyze_with_context", "vader")
_SHIM = """#include <valgrind/callgrind.h>
void count_on(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void count_off(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT("pass"); }
"""


def reading(name: str) -> tuple[Callable[[Any], object], list[Any]]:
    """The function and the items of one reading."""
    texts = [e.text for e in read_jsonl(TEST_SPLIT)]
    if name == "vader":
        return vader_labeller(), texts
    if name == "analyze_with_context":
        pairs = [(e.text, e.replying_to) for e in read_jsonl(PAIRS)]
        return (lambda pair: analyze(pair[0], replying_to=pair[1])), pairs
    return analyze, texts


def cpu_speeds(runs: int = 11) -> dict[str, float]:
    """Messages per second of each reading: the fastest of ``runs`` passes by CPU time,
    after two warm-up passes. The readings take turns pass by pass, so that a change in the
    machine's load between them weighs on all of them alike and leaves the ratio alone."""
    readings = {name: reading(name) for name in READINGS}
    for fn, items in readings.values():
        for _ in range(2):
            for item in items:
                fn(item)
    best = dict.fromkeys(readings, float("inf"))
    for _ in range(runs):
        for name, (fn, items) in readings.items():
            started = time.process_time()
            for item in items:
                fn(item)
            best[name] = min(best[name], time.process_time() - started)
    return {name: len(readings[name][1]) / best[name] for name in readings}


def _shim(folder: Path) -> Path:
    """The C shim that switches callgrind's counting on and off, built with ``cc``."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or not Path("/usr/include/valgrind/callgrind.h").exists():
        sys.exit(
            "--instructions needs valgrind (with its headers) and a C compiler: apt-get install valgrind gcc"
        )
    source, library = folder / "shim.c", folder / "shim.so"
    source.write_text(_SHIM)
    subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", library, source], check=True)
    return library


def count_one_pass(name: str, shim: str) -> None:
    """In the child under callgrind: warm up, then count exactly one pass."""
    library = ctypes.CDLL(shim)
    fn, items = reading(name)
    for _ in range(2):
        for item in items:
            fn(item)
    library.count_on()
    for item in items:
        fn(item)
    library.count_off()


def instructions(name: str, folder: Path, shim: Path) -> float:
    """Instructions a message of one warm pass of ``name``, counted in a child process."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("--instructions needs valgrind: apt-get install valgrind")
    out = folder / f"{name}.out"
    # PYTHONHASHSEED fixed: the model sums features in the order of a set of strings.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    subprocess.run(
        [
            valgrind,
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--count-one-pass",
            name,
            "--shim",
            str(shim),
        ],
        check=True,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    dumped = out.with_name(out.name + ".1")  # the dump the client request wrote
    totals = next(line for line in dumped.read_text().splitlines() if line.startswith("totals:"))
    return int(totals.split()[1]) / len(reading(name)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instructions", action="store_true", help="count under callgrind")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--count-one-pass", choices=READINGS, help=argparse.SUPPRESS)
    parser.add_argument("--shim", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count_one_pass:
        count_one_pass(args.count_one_pass, args.shim)
        return
    result: dict[str, object] = {
        "code": str(Path(sys.modules[analyze.__module__].__file__ or "").parents[2]),
        "load_average": round(os.getloadavg()[0], 1),
    }
    if args.instructions:
        with tempfile.TemporaryDirectory() as folder:
            shim = _shim(Path(folder))
            per = {name: instructions(name, Path(folder), shim) for name in READINGS}
        result["instructions_per_message"] = {name: round(value) for name, value in per.items()}
        # Fewer instructions is faster: VADER's count over the coach's is the speed ratio.
        result["ratio"] = round(per["vader"] / per["analyze"], 3)
        result["ratio_with_context"] = round(per["vader"] / per["analyze_with_context"], 3)
    else:
        rates = cpu_speeds()
        result["messages_per_second"] = {name: round(value) for name, value in rates.items()}
        result["ratio"] = round(rates["analyze"] / rates["vader"], 3)
        result["ratio_with_context"] = round(rates["analyze_with_context"] / rates["vader"], 3)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:<26} {value}")


if __name__ == "__main__":
    main()
