"""`crosscheck report seeds/` end to end, as a whole new process, against baselines from the same run.

usage: python benchmarks/bench_report.py [--runs 5] [--corpus seeds/]

Prints the median wall time of: the bare interpreter, `crosscheck --help` (CLI start-up), the
report with an empty embedding cache (cold) and with a filled one (warm), and their ratios.
Goal (issue 6): the cold report in at most 3 s median on a two-core machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 3.0


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(runs: int, command: list[str], env_for_run) -> float:
    return statistics.median(timed(command, env_for_run(i)) for i in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", default="seeds/")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        base_env = dict(os.environ, HF_HUB_OFFLINE="1")
        report = [sys.executable, "-m", "crosscheck", "report", args.corpus, "--quiet", "--out", f"{scratch}/out"]

        def fresh_cache(i: int) -> dict[str, str]:
            return dict(base_env, CROSSCHECK_CACHE=f"{scratch}/cold-{i}")

        def shared_cache(i: int) -> dict[str, str]:
            return dict(base_env, CROSSCHECK_CACHE=f"{scratch}/warm")

        timed(report, shared_cache(0))  # fills the warm cache
        rows = {
            "python -c pass": median_of(args.runs, [sys.executable, "-c", "pass"], lambda i: base_env),
            "crosscheck --help": median_of(args.runs, [sys.executable, "-m", "crosscheck", "--help"], lambda i: base_env),
            "report, cold cache": median_of(args.runs, report, fresh_cache),
            "report, warm cache": median_of(args.runs, report, shared_cache),
        }
    baseline = rows["crosscheck --help"]
    print(f"corpus {args.corpus}, median of {args.runs} runs each, {os.cpu_count()} cores")
    for name, seconds in rows.items():
        print(f"  {name:<22} {seconds:6.2f} s   x{seconds / baseline:5.1f} of CLI start-up")
    cold = rows["report, cold cache"]
    print(f"goal: cold report <= {GOAL_SECONDS:.1f} s median: {'met' if cold <= GOAL_SECONDS else 'NOT met'} ({cold:.2f} s)")


if __name__ == "__main__":
    main()
