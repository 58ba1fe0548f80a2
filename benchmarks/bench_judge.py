"""What judging costs inside a report of 1,000 articles.

usage: PYTHONPATH=. python benchmarks/bench_judge.py [--articles 1000] [--languages]

Builds ARTICLES articles from the seed sentences (recombined halves, as bench_claims.py does, with
each article's sentences drawn at random, so that most claims have near neighbours elsewhere), runs
the whole pipeline on them twice (the first run fills the embedding cache: cold; the second: warm)
and times, inside the clustering, what the judge adds: reading each claim's signals, the runner-up
cosines, word overlap, the features and the logistic score. Goal (issue 17): judging at most a tenth
of the report's time.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_claims  # noqa: E402
from crosscheck import cluster, judge, pipeline  # noqa: E402

SENTENCES_PER_ARTICLE = 25
TIMED = ("read_signals", "runner_up", "lexical_overlap", "pair_features")


def timing_wrappers(spent: dict[str, float]):
    """Wrap the judge's functions as cluster.py calls them, adding their time to `spent`."""
    def wrap(name, function):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
        return timed
    for name in TIMED:
        setattr(cluster, name, wrap(name, getattr(judge, name)))
    score = judge.Judge.score
    judge.Judge.score = wrap("score", score)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(17)
    sentences = bench_claims.seed_sentences()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        for i in range(args.articles):
            body = " ".join(bench_claims.recombined(sentences, SENTENCES_PER_ARTICLE, rng))
            (folder / f"{i:04d}.txt").write_text(f"lang: de\nArtikel {i}\n\n{body}\n", encoding="utf-8")
        os.environ["CROSSCHECK_CACHE"] = str(Path(scratch) / "cache")
        spent: dict[str, float] = {}
        timing_wrappers(spent)
        for run in ("cold", "warm"):
            spent.clear()
            stages: list[tuple[str, float]] = []
            start = time.perf_counter()
            report = pipeline.analyze([str(folder)], progress=lambda stage, size: stages.append((stage, time.perf_counter())))
            total = time.perf_counter() - start
            judging = sum(spent.values())
            grouping = next((b - a for (s, a), (_, b) in zip(stages, stages[1:]) if s == "grouping claims"), float("nan"))
            print(f"{run}: {len(report.articles)} articles, {len(report.claims)} claims; report {total:.1f} s, "
                  f"grouping {grouping:.2f} s, judging {judging:.2f} s = {judging / total:.1%} of the report "
                  f"({', '.join(f'{k} {v:.2f}' for k, v in spent.items())})")


if __name__ == "__main__":
    main()
