"""`crosscheck report` as a whole new process at 5 (the seeds), 100, 1,000 and 10,000 articles.

usage: python benchmarks/bench_scale.py [--sizes 5,100,1000,10000] [--runs 3] [--dask-at 1000]

Corpora: benchmarks/corpus.py (real sentences recombined, every article distinct). For each size:
the report with an empty embedding cache (cold) and with the cache that run filled (warm); at
--dask-at also cold on a local Dask cluster of two workers (--workers 2). The floor, measured in the
same run: a new process that imports what a report imports, loads use-m3 and embeds one sentence.
Wall time is the median of --runs (one run from 1,000 articles up); CPU time is user + system of
the process and its children (on a busy shared machine wall time stretches, CPU time much less);
peak memory is the largest sum of RSS over the process and all its children, sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
FLOOR = ("import crosscheck.cli, crosscheck.pipeline, crosscheck.render.html, networkx; "
         "from crosscheck.embed import load_embedder; "
         "load_embedder(cache=False).encode(['Nordkorea hat Soldaten nach Russland geschickt.'])")
GOALS = {"seeds cold": 2.0, "seeds warm": 1.5}
GOAL_CLAIMS_PER_S = 400
GOAL_PEAK_MB = 4096


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, peak MB of the process tree, CPU seconds of the process tree)."""
    peak = 0.0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                tree = [process, *process.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20)
            except psutil.Error:
                pass
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, peak, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_run(runs: int, command: list[str], env_of) -> tuple[float, float, float]:
    results = [run(command, env_of(i)) for i in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), statistics.median(r[2] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dask-at", type=int, default=1000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")
    rows: list[tuple[str, int, float, float, float, int]] = []  # (name, articles, seconds, peak MB, CPU s, claims)

    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        floor, floor_mb, floor_cpu = median_run(args.runs, [sys.executable, "-c", FLOOR], lambda i: base)
        print(f"floor (imports + use-m3 loaded + one sentence): {floor:.2f} s wall, {floor_cpu:.2f} s CPU, "
              f"{floor_mb:.0f} MB; load average {os.getloadavg()[0]:.1f}", flush=True)
        for size in sizes:
            folder = corpus.build(scratch_dir / f"corpus-{size}", size)
            runs = args.runs if size < 1000 else 1
            out = scratch_dir / f"out-{size}"
            report = [sys.executable, "-m", "crosscheck", "report", str(folder), "--quiet", "--out", str(out)]
            warm_cache = str(scratch_dir / f"warm-{size}")
            cold = median_run(runs, report, lambda i: dict(base, CROSSCHECK_CACHE=str(scratch_dir / f"cold-{size}-{i}")))
            claims = len(json.loads((out / "report.json").read_text("utf-8"))["claims"])
            rows.append(("cold", size, *cold, claims))
            run(report, dict(base, CROSSCHECK_CACHE=warm_cache))  # fills the warm cache
            rows.append(("warm", size, *median_run(runs, report, lambda i: dict(base, CROSSCHECK_CACHE=warm_cache)), claims))
            if size == args.dask_at:
                on_dask = report + ["--workers", "2"]
                rows.append(("cold, --workers 2 (Dask)", size,
                             *run(on_dask, dict(base, CROSSCHECK_CACHE=str(scratch_dir / f"dask-{size}"))), claims))
            for name, articles, seconds, mb, cpu, n in rows[-3:] if size == args.dask_at else rows[-2:]:
                print(f"  {articles:>6} articles {name:<26} {seconds:8.2f} s wall {cpu:8.2f} s CPU {mb:7.0f} MB "
                      f"{n:>7} claims {n / seconds:6.0f} claims/s ({n / cpu:5.0f} per CPU s)  x{seconds / floor:5.1f} of the floor"
                      f" (CPU x{cpu / floor_cpu:5.1f})", flush=True)

    print(f"\n{len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f} at the end; "
          f"median of {args.runs} runs below 1,000 articles, one run from 1,000 up")
    by = {(name, size): (seconds, mb, claims) for name, size, seconds, mb, _, claims in rows}
    cpu_of = {(name, size): cpu for name, size, _, _, cpu, _ in rows}
    for name, goal in GOALS.items():
        kind = name.split()[1]
        if (kind, 5) in by:
            seconds = by[(kind, 5)][0]
            print(f"goal {name} <= {goal} s: {'met' if seconds <= goal else 'NOT met'} ({seconds:.2f} s)")
    for kind in ("cold", "warm"):
        grown = [(a, by[(kind, a)]) for a in sizes if (kind, a) in by and a >= 100]
        for (small, (s1, _, c1)), (large, (s2, _, c2)) in zip(grown, grown[1:]):
            print(f"{kind}: {small} -> {large} articles: time x{s2 / s1:.1f} for x{large / small:.0f} articles "
                  f"(x{c2 / c1:.1f} claims): {'linear or better' if s2 / s1 <= 1.05 * c2 / c1 else 'faster than linear'}")
    if ("cold", args.dask_at) in by and ("cold, --workers 2 (Dask)", args.dask_at) in by:
        plain, dask = by[("cold", args.dask_at)][0], by[("cold, --workers 2 (Dask)", args.dask_at)][0]
        plain_cpu, dask_cpu = cpu_of[("cold", args.dask_at)], cpu_of[("cold, --workers 2 (Dask)", args.dask_at)]
        print(f"Dask LocalCluster / plain at {args.dask_at} articles: wall x{dask / plain:.2f}, CPU x{dask_cpu / plain_cpu:.2f}")
    if ("cold", 10000) in by:
        seconds, mb, claims = by[("cold", 10000)]
        print(f"goal >= {GOAL_CLAIMS_PER_S} claims/s at 10,000 articles, cold: "
              f"{'met' if claims / seconds >= GOAL_CLAIMS_PER_S else 'NOT met'} ({claims / seconds:.0f}); "
              f"peak < {GOAL_PEAK_MB} MB: {'met' if mb < GOAL_PEAK_MB else 'NOT met'} ({mb:.0f} MB)")


if __name__ == "__main__":
    main()
