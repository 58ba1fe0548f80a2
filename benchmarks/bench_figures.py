"""Figure questions at 1k, 10k and 100k figures: time and peak memory, against linear growth and
against comparing every pair of figures, measured in the same run.

usage: python benchmarks/bench_figures.py [--sizes 1000,10000,100000] [--pairs-up-to 10000]

The corpus is built from sentence templates of a story told over a year: 40 kinds of counted
thing (people killed in a town, soldiers sent to a region, aid in euros...) in 60 places and 600
outlets, each figure in its own claim and article, dated across the year; a fifth of the figures
name an origin. `figure_questions` reads, groups, folds and judges them. The baseline is the cost
of what the pairwise conflict list did before questions: one context comparison for each pair of
figures that count the same thing (a set intersection each), measured up to --pairs-up-to figures
and extrapolated as n² beyond.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crosscheck.figures import figure_questions, read_figures  # noqa: E402
from crosscheck.records import Article, Attribution, Claim, Quantity  # noqa: E402

THINGS = [("people", "were killed in"), ("people", "were evacuated from"), ("people", "are missing in"),
          ("soldiers", "were sent to"), ("houses", "were destroyed in"), ("protesters", "marched in"),
          ("police officers", "were deployed in"), ("volunteers", "helped in"), ("children", "were injured in"),
          ("people", "were arrested in")]
PLACES = [f"Town{i}" for i in range(60)]


def corpus(size: int, seed: int = 7):
    rng = random.Random(seed)
    articles, claims, quantities, attributions = [], [], [], []
    for i in range(size):
        noun, verb = rng.choice(THINGS)
        place = rng.choice(PLACES)
        value = rng.choice([10, 12, 48, 130, 200, 1_000, 3_000, 8_000, 40_000]) * rng.choice([1, 1, 2])
        figure = f"{value:,} {noun}"
        text = f"About {figure} {verb} {place} on the {rng.randint(1, 28)}th, officials in {place} said."
        article = Article(f"a{i}", f"a{i}.txt", text, "", f"outlet{rng.randrange(600)}",
                          f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "en", ((0, len(text)),))
        claim = Claim(f"a{i}:0", article.id, text, 0, len(text), 1)
        start = text.index(figure) - len("About ")
        quantities.append(Quantity(claim.id, "About " + figure, start, start + len("About " + figure), value,
                                   value * 0.95, value * 1.05, "approx", noun))
        if rng.random() < 0.2:
            attributions.append(Attribution(claim.id, article.id, (f"origin{rng.randrange(30)}",), "said"))
        articles.append(article)
        claims.append(claim)
    return quantities, claims, articles, attributions


def timed_questions(size: int) -> tuple[float, float, int]:
    quantities, claims, articles, attributions = corpus(size)
    tracemalloc.start()
    start = time.perf_counter()
    questions = figure_questions(quantities, claims, articles, (), attributions)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, len(questions)


def timed_pairs(size: int) -> float:
    """Every pair of figures of one counted thing compared by context, as the pairwise list did."""
    quantities, claims, articles, attributions = corpus(size)
    readings = read_figures(quantities, claims, articles, (), attributions)
    start = time.perf_counter()
    by_thing = defaultdict(list)
    for reading in readings:
        by_thing[reading.thing].append(reading.context)
    compared = 0
    for contexts in by_thing.values():
        for i, a in enumerate(contexts):
            for b in contexts[i + 1:]:
                compared += len(a & b) >= 2
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--pairs-up-to", type=int, default=10_000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    figure_questions(*corpus(20)[:3])  # data files, patterns and the gazetteer are loaded once, not timed
    print(f"{'figures':>8} {'questions':>9} {'time':>8} {'peak MB':>8} {'per 1k':>8} {'vs linear':>9} {'all pairs':>12}")
    first_rate = None
    pairs_at: tuple[int, float] | None = None
    for size in sizes:
        seconds, peak, questions = timed_questions(size)
        rate = seconds / size * 1000
        first_rate = first_rate or rate
        if size <= args.pairs_up_to:
            pairs = timed_pairs(size)
            pairs_at = (size, pairs)
            pairs_text = f"{pairs:.2f} s ({pairs / seconds:.1f}x)"
        elif pairs_at:
            estimate = pairs_at[1] * (size / pairs_at[0]) ** 2
            pairs_text = f"~{estimate:.0f} s ({estimate / seconds:.0f}x)"
        else:
            pairs_text = "–"
        print(f"{size:>8,} {questions:>9,} {seconds:>7.2f}s {peak:>8.0f} {rate:>7.3f}s {rate / first_rate:>8.2f}x {pairs_text:>12}")
    print("'vs linear': time per figure against the smallest size (1.00x = linear growth). "
          "'all pairs': the pairwise comparison alone, against the whole question grouping.")


if __name__ == "__main__":
    main()
