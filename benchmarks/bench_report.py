"""`crosscheck report seeds/` end to end, as a whole new process, against baselines from the same run.

usage: python benchmarks/bench_report.py [--runs 5] [--corpus seeds/]

Prints the median wall time of: the bare interpreter, `crosscheck --help` (CLI start-up), the floor
(what a report imports, use-m3 loaded, one sentence embedded), the report with an empty embedding
cache (cold) and with a filled one (warm), and their ratios.
Goals (issue 13): cold at most 2.0 s, warm at most 1.5 s, median, on a two-core machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOALS = {"report, cold cache": 2.0, "report, warm cache": 1.5}
FLOOR = ("import crosscheck.cli, crosscheck.pipeline, crosscheck.render.html, networkx; "
         "from crosscheck.embed import load_embedder; "
         "load_embedder(cache=False).encode(['Nordkorea hat Soldaten nach Russland geschickt.'])")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the process and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of(runs: int, command: list[str], env_for_run) -> tuple[float, float]:
    results = [timed(command, env_for_run(i)) for i in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


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
            "floor": median_of(args.runs, [sys.executable, "-c", FLOOR], lambda i: base_env),
            "report, cold cache": median_of(args.runs, report, fresh_cache),
            "report, warm cache": median_of(args.runs, report, shared_cache),
        }
    baseline, floor = rows["crosscheck --help"][0], rows["floor"][0]
    print(f"corpus {args.corpus}, median of {args.runs} runs each, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("  (on a busy machine wall time stretches; CPU time, the work done, much less)")
    for name, (seconds, cpu) in rows.items():
        print(f"  {name:<22} {seconds:6.2f} s wall {cpu:6.2f} s CPU   x{seconds / baseline:5.1f} of CLI start-up"
              f"   x{seconds / floor:4.2f} of the floor (CPU x{cpu / rows['floor'][1]:4.2f})")
    for name, goal in GOALS.items():
        print(f"goal: {name} <= {goal:.1f} s median: {'met' if rows[name][0] <= goal else 'NOT met'} "
              f"({rows[name][0]:.2f} s wall, {rows[name][1]:.2f} s CPU)")

if __name__ == "__main__":
    main()
