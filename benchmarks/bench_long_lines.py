"""Time against article length for one line without sentence ends, and peak memory at many small articles.

usage: python benchmarks/bench_long_lines.py [--sizes 10000,100000,1000000,2000000] [--limit 120]
                                             [--articles 1000,10000] [--skip-pipeline]

Times are CPU seconds of the measuring process (on a shared machine, wall time measures the
neighbours). Part 1 (issue 18): an article that is a single line without sentence ends, with and
without digits, from 10 KB to 2 MB: the seconds spent by segmentation (`segment.split_claims`) and by the whole
pipeline (`pipeline.analyze`, with a fake embedder so that the model's cost, linear anyway, does not
hide the rest), and each time divided by what linear growth from the smallest size predicts (1.0 is
linear; 4.0 at 4x the size is quadratic). A step still running after --limit seconds (wall) is stopped
and shown as a lower bound; the larger sizes of that row are then not run.

Part 2: peak memory (tracemalloc: Python and numpy allocations during the run; and the child
process's peak resident size, imports and models included) and CPU time over --articles small articles
(three sentences with a figure and an attribution each): reading and segmentation alone, then the
whole pipeline with the fake embedder but with conflicts.find_conflicts, whose output is one row per
pair of figures, stubbed out; then the whole pipeline up to --whole-up-to articles (a step over
5 x --limit seconds is stopped; each child may
use at most 8 GB of address space, so a stage quadratic in the corpus fails instead of taking the
machine).
Each part runs in a child process, so that a stopped step leaves nothing behind.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_fuzz import FakeEmbedder  # noqa: E402  the tests' model-free embedder: the pipeline's own cost is what is measured

WORDS = "Kim traf Putin in Moskau und sprach mit dem Minister über die Lage an der Front".split()
DIGIT_WORDS = WORDS + ["11.000", "Soldaten", "2,5", "Millionen", "laut", "Reuters", "mehr", "als", "10.000"]
SMALL = ("Titel {i}\n\nDie Agentur Reuters meldete am Montag {n} Soldaten in der Region {i}. "
         "Laut dem Ministerium seien es mehr als {m} gewesen. Beobachter sprachen von einer neuen Lage.\n")


MEMORY_CAP = 8 * 2**30  # address space of a part-2 child
LABELS = {"": "read + segment", "no pairs": "whole pipeline but the pairwise conflicts",
          "whole": "whole pipeline (fake embedder)"}


def long_line(size: int, digits: bool) -> str:
    words = DIGIT_WORDS if digits else WORDS
    out, length, i = [], 0, 0
    while length < size:
        word = words[i % len(words)]
        out.append(word)
        length += len(word) + 1
        i += 1
    return "Titel\n\n" + " ".join(out)[:size] + "\n"


def _step(kind: str, size: int, digits: bool, queue) -> None:
    from crosscheck.ingest import read_articles
    from crosscheck.pipeline import analyze
    from crosscheck.records import Options
    from crosscheck.segment import split_claims

    with tempfile.TemporaryDirectory() as folder:
        options = Options(max_article_chars=10**9, article_seconds=None)
        warm = Path(folder, "warm.txt")  # loads the splitter and the stages' data: not what is measured
        warm.write_text(long_line(2_000, digits), "utf-8")
        analyze([str(warm)], options, embedder=FakeEmbedder())
        path = Path(folder, "line.txt")
        path.write_text(long_line(size, digits), "utf-8")
        articles, _ = read_articles([str(path)], max_article_chars=10**9)
        begin = time.process_time()
        if kind == "segmentation":
            split_claims(articles[0])
        else:
            analyze([str(path)], options, embedder=FakeEmbedder())
        queue.put(time.process_time() - begin)


def timed(kind: str, size: int, digits: bool, limit: float) -> float | None:
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=_step, args=(kind, size, digits, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def _many(count: int, whole: str, queue) -> None:
    import resource

    # A stage whose memory grows with the square of the corpus must fail here, not take the machine.
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    from crosscheck.ingest import read_articles
    from crosscheck.pipeline import analyze
    from crosscheck.segment import split_articles

    with tempfile.TemporaryDirectory() as folder:
        for i in range(count):
            Path(folder, f"a{i:05d}.txt").write_text(SMALL.format(i=i, n=10_000 + i, m=9_000 + i), "utf-8")
        split_articles(read_articles([str(Path(folder, "a00000.txt"))])[0])  # load the splitter first
        tracemalloc.start()
        begin = time.process_time()
        if whole:
            if whole == "no pairs":
                from crosscheck import conflicts

                conflicts.find_conflicts = lambda *args, **kwargs: ()  # the stage whose output is pairs
            report = analyze([folder], embedder=FakeEmbedder())
            claims, conflicts = len(report.claims), len(report.conflicts)
        else:
            _, found, _ = split_articles(read_articles([folder])[0])
            claims, conflicts = len(found), None
        seconds = time.process_time() - begin
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        resident = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
        queue.put((seconds, peak, resident, claims, conflicts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,2000000")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a step is stopped")
    parser.add_argument("--articles", default="1000,10000", help="corpus sizes for the memory part")
    parser.add_argument("--skip-pipeline", action="store_true", help="segmentation only")
    parser.add_argument("--whole-up-to", type=int, default=2_000,
                        help="run the whole pipeline in part 2 only up to this many articles (its pairwise "
                             "conflicts grow with the square of the corpus)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    kinds = ["segmentation"] + ([] if args.skip_pipeline else ["pipeline"])
    print(f"one line without sentence ends; CPU seconds (ratio to linear from {sizes[0]:,} characters)")
    print(f"{'':>28}" + "".join(f"{size:>20,}" for size in sizes))
    for kind in kinds:
        for digits in (False, True):
            cells, first = [], None
            for size in sizes:
                seconds = timed(kind, size, digits, args.limit)
                if seconds is None:
                    cells.append(f"> {args.limit:.0f} s (stopped)")
                    break
                first = first or (seconds, size)
                ratio = seconds / (first[0] * size / first[1])
                cells.append(f"{seconds:8.2f} s ({ratio:4.2f})")
            label = f"{kind}, {'with' if digits else 'no'} digits"
            print(f"{label:>28}" + "".join(f"{cell:>20}" for cell in cells), flush=True)

    print()
    for count in (int(c) for c in args.articles.split(",") if c):
        modes = ["", "no pairs"] + (["whole"] if count <= args.whole_up_to else [])
        for whole in modes:
            queue = multiprocessing.Queue()
            child = multiprocessing.Process(target=_many, args=(count, whole, queue))
            child.start()
            child.join(args.limit * 5)
            if child.is_alive():
                child.terminate()
                child.join()
                print(f"{count:>7,} small articles, {LABELS[whole]}: stopped after {args.limit * 5:.0f} s")
                continue
            if child.exitcode != 0 or queue.empty():
                print(f"{count:>7,} small articles, {LABELS[whole]}: "
                      f"failed (exit {child.exitcode}; over the {MEMORY_CAP / 2**30:.0f} GB cap?)")
                continue
            seconds, peak, resident, claims, conflicts = queue.get()
            print(f"{count:>7,} small articles, {LABELS[whole]}: {seconds:6.1f} s, peak Python memory "
                  f"{peak / 2**20:5.0f} MB (process peak {resident / 2**20:5.0f} MB), {claims:,} claims" + (f", {conflicts:,} conflicts" if whole else ""),
                  flush=True)


if __name__ == "__main__":
    main()
