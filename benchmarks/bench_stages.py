"""Which stage of a report takes the time, at one corpus size: wall and CPU seconds per stage.

usage: python benchmarks/bench_stages.py N [--cache DIR] [--runner auto|here|dask]

Builds N articles (benchmarks/corpus.py; 5 = the seeds), runs crosscheck.pipeline.analyze once in
this process with an empty embedding cache (or --cache DIR), and reports each stage as the pipeline
announces it: wall seconds, and CPU seconds of this process plus its worker processes (the map on
two cores shows as about twice its wall time in CPU). Then the JSON and HTML renderers. Last, this
process's peak memory: with the map on worker processes, that is what the client side holds.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("--cache", help="embedding cache folder [default: a new, empty one]")
    parser.add_argument("--runner", choices=["auto", "here", "dask"], default="auto")
    args = parser.parse_args()

    from crosscheck import pipeline, workers
    from crosscheck.records import Options
    from crosscheck.render.html import render_html
    from crosscheck.render.json import render_json

    with tempfile.TemporaryDirectory() as scratch:
        folder = corpus.build(Path(scratch) / "corpus", args.size)
        options = Options(cache_dir=args.cache or str(Path(scratch) / "cache"), workers=2 if args.runner == "dask" else None)
        runner = workers.InProcess() if args.runner == "here" else None
        marks: list[tuple[str, int, float, float]] = []

        def progress(stage: str, size: int) -> None:
            marks.append((stage, size, time.perf_counter(), cpu_seconds()))
            show(marks[-2:])

        def show(pair) -> None:  # each stage as it ends: a long run can be read before it finishes
            if len(pair) == 2:
                (stage, size, t0, c0), (_, _, t1, c1) = pair
                client_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"  {stage:<40} {size:>8,} items {t1 - t0:8.2f} s wall {c1 - c0:8.2f} s CPU"
                      f"  client peak {client_mb:6.0f} MB", flush=True)

        start = (time.perf_counter(), cpu_seconds())
        report = pipeline.analyze([str(folder)], options, progress=progress, runner=runner)
        progress("render JSON and HTML", len(report.claims))
        render_json(report), render_html(report)
        progress("end", 0)

    wall, cpu = marks[-1][2] - start[0], marks[-1][3] - start[1]
    claims = len(report.claims)
    print(f"\n{args.size} articles, {claims} claims, {len(report.quantities)} quantities, {len(report.conflicts)} conflicts; "
          f"runner {args.runner}; {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f}")
    for (stage, _, t0, _), (_, _, t1, _) in zip(marks, marks[1:]):
        print(f"  {stage:<40} {(t1 - t0) / wall:4.0%} of wall")
    print(f"  {'total':<40} {'':>14} {wall:8.2f} s wall {cpu:8.2f} s CPU  {claims / wall:.0f} claims/s")
    client_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"this process (the client) peak RSS {client_mb:.0f} MB: {client_mb / claims * 100_000:.0f} MB per 100k claims"
          + (" (it also ran the map: not the client alone)" if args.runner == "here" or args.size < workers.PARALLEL_FROM else ""))


if __name__ == "__main__":
    main()
