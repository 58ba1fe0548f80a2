"""use-m3 embedding throughput, one process against two (the per-article map's local runner).

usage: python benchmarks/bench_embed.py

4,000 distinct sentences from benchmarks/corpus.py; the model is loaded before timing and before
the two worker processes fork (they start with it). Goal (issue 13): at least 700 sentences/s.
"""
from __future__ import annotations

import os, sys, time, statistics
sys.path[:0] = [os.path.dirname(os.path.abspath(__file__)), os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
import corpus, random
from crosscheck.embed import UseM3Embedder
from crosscheck import workers
rng = random.Random(3)
words = [s.split() for ss in corpus.real_sentences().values() for s in ss if len(s.split()) >= 4]
texts = list({corpus.recombine(words, rng) for _ in range(4200)})[:4000]
E = UseM3Embedder(1.0); E.encode(texts[:20])
def work(chunk, context): return E.encode(list(chunk))
one, two = [], []
pool = workers.LocalProcesses(2, parallel_from=0)
pool.map(work, texts[:200], None)  # start the pool (forked after the model loaded)
for _ in range(3):
    t = time.perf_counter(); E.encode(texts); one.append(len(texts) / (time.perf_counter() - t))
    t = time.perf_counter(); pool.map(work, texts, None); two.append(len(texts) / (time.perf_counter() - t))
pool.close()
print(f"{len(texts)} sentences: one process {statistics.median(one):.0f}/s, two processes {statistics.median(two):.0f}/s (median of 3), load {os.getloadavg()[0]:.1f}")
