"""Claim embedding, indexing and clustering at scale, against two baselines.

usage: python benchmarks/bench_claims.py [--sizes 1000,10000,100000] [--embed-sample 10000] [--baselines-up-to 100000]

Corpus: the sentences of seeds/*.txt (real German news), recombined to reach each size: every
benchmark sentence is the first part of one seed sentence joined to the rest of another, cut at a
random word. At most --embed-sample of them are embedded for real (that is the measured embedding
throughput); larger sizes reuse those vectors and texts, each copy's vector perturbed with small
Gaussian noise and renormalised. So a 100k corpus holds each sampled sentence about ten times,
which is harder on clustering (large groups) than typical news.

Each measurement runs in a fresh worker process; its peak memory is the worker's RSS high-water
mark (reset just before the method starts) minus its RSS at that moment, so it counts what the
method allocates (FAISS included) on top of the input vectors and texts. Baselines on the same vectors and texts:
- sentence_transformers.util.community_detection at cosine 0.6 (min community size 2);
- brute force: numpy all-pairs cosine in blocks, pairs >= 0.6, connected components (scipy).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BASELINE_COSINE = 0.6
PERTURBATION = 0.02


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1]) / 1024


def reset_peak_rss() -> float:
    """Reset the RSS high-water mark (Linux: clear_refs 5) and return the current RSS in MB."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    return _status_mb("VmHWM")


def seed_sentences() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from crosscheck.ingest import read_articles
    from crosscheck.segment import split_claims

    articles, _ = read_articles(sorted(glob.glob(str(ROOT / "seeds" / "*.txt"))))
    return [claim.text for article in articles for claim in split_claims(article)]


def recombined(sentences: list[str], n: int, rng: random.Random) -> list[str]:
    words = [s.split() for s in sentences]
    out = []
    for _ in range(n):
        head, tail = rng.choice(words), rng.choice(words)
        out.append(" ".join(head[: rng.randint(1, len(head))] + tail[rng.randint(0, len(tail) - 1) :]))
    return out


def prepare(sizes: list[int], embed_sample: int, folder: Path) -> dict:
    from crosscheck.embed import load_embedder

    rng = random.Random(7)
    texts = recombined(seed_sentences(), min(max(sizes), embed_sample), rng)
    embedder = load_embedder(cache=False)
    embedder.encode(texts[:100])  # load weights outside the timing
    start = time.perf_counter()
    vectors = embedder.encode(texts)
    seconds = time.perf_counter() - start
    noise = np.random.default_rng(7)
    for size in sizes:
        picks = np.arange(size) % len(texts)
        sized = vectors[picks].copy()
        if size > len(texts):
            sized += noise.normal(0, PERTURBATION, sized.shape).astype(np.float32)
            sized /= np.linalg.norm(sized, axis=1, keepdims=True)
        np.save(folder / f"vectors-{size}.npy", sized)
        (folder / f"texts-{size}.json").write_text(json.dumps([texts[i] for i in picks]), encoding="utf-8")
    return {"embedded": len(texts), "seconds": seconds, "threshold": embedder.threshold}


def worker(method: str, size: int, folder: Path, threshold: float) -> dict:
    vectors = np.load(folder / f"vectors-{size}.npy")
    texts = json.loads((folder / f"texts-{size}.json").read_text(encoding="utf-8"))
    if method == "crosscheck":
        sys.path.insert(0, str(ROOT))
        from crosscheck.cluster import cluster_claims
        from crosscheck.records import Claim

        claims = [Claim(f"c{i}", f"a{i // 30}", t, 0, len(t), 1) for i, t in enumerate(texts)]
        base = reset_peak_rss()
        start = time.perf_counter()
        groups = [c.claim_ids for c in cluster_claims(claims, vectors, threshold)]
    elif method == "community_detection":
        import torch
        from sentence_transformers.util import community_detection

        tensor = torch.from_numpy(vectors)
        base = reset_peak_rss()
        start = time.perf_counter()
        groups = community_detection(tensor, threshold=BASELINE_COSINE, min_community_size=2)
    else:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        base = reset_peak_rss()
        start = time.perf_counter()
        rows, cols = [], []
        for first in range(0, size, 1024):
            block = vectors[first : first + 1024] @ vectors.T
            r, c = np.nonzero(block >= BASELINE_COSINE)
            rows.append(r + first)
            cols.append(c)
        rows, cols = np.concatenate(rows), np.concatenate(cols)
        graph = coo_matrix((np.ones(len(rows), np.int8), (rows, cols)), shape=(size, size))
        _, labels = connected_components(graph, directed=False)
        groups = np.unique(labels)
    seconds = time.perf_counter() - start
    multi = sum(1 for g in groups if len(g) > 1) if method != "all-pairs" else None
    return {"seconds": seconds, "peak_mb": peak_rss_mb() - base, "groups": len(groups), "multi": multi}


def run_worker(method: str, size: int, folder: Path, threshold: float, timeout: float | None = None) -> dict | None:
    """The worker's figures, or None when it ran past `timeout` seconds."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--worker", method, str(size), str(folder), str(threshold)],
            capture_output=True, text=True, check=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--embed-sample", type=int, default=10_000)
    parser.add_argument("--baselines-up-to", type=int, default=100_000)
    parser.add_argument("--baseline-timeout", type=float, default=120, help="seconds before a baseline is stopped")
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        method, size, folder, threshold = args.worker
        print(json.dumps(worker(method, int(size), Path(folder), float(threshold))))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"cores: {len(os.sched_getaffinity(0))}; corpus: seed sentences recombined (see --help)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        embedded = prepare(sizes, args.embed_sample, folder)
        rate = embedded["embedded"] / embedded["seconds"]
        print(f"embedding (use-m3): {embedded['embedded']} sentences in {embedded['seconds']:.1f} s = {rate:.0f} sentences/s")
        print(f"{'claims':>8} {'crosscheck s':>12} {'MB':>6} {'community_det s':>15} {'MB':>6} {'ratio':>6}"
              f" {'all-pairs s':>11} {'MB':>6} {'ratio':>6}")
        for size in sizes:
            ours = run_worker("crosscheck", size, folder, embedded["threshold"])
            line = f"{size:>8} {ours['seconds']:>12.2f} {ours['peak_mb']:>6.0f}"
            for method, width in (("community_detection", 15), ("all-pairs", 11)):
                theirs = None
                if size <= args.baselines_up_to:
                    theirs = run_worker(method, size, folder, embedded["threshold"], args.baseline_timeout)
                if theirs:
                    ratio = theirs["seconds"] / ours["seconds"]
                    line += f" {theirs['seconds']:>{width}.2f} {theirs['peak_mb']:>6.0f} {ratio:>5.1f}x"
                elif size <= args.baselines_up_to:
                    bound = args.baseline_timeout / ours["seconds"]
                    line += f" {'>' + str(int(args.baseline_timeout)):>{width}} {'?':>6} >{bound:.0f}x"
                else:
                    line += f" {'skipped':>{width}} {'':>6} {'':>6}"
            print(line + f"   (crosscheck: {ours['groups']} clusters, {ours['multi']} with 2+ claims)", flush=True)
        print("ratio = baseline time / crosscheck time (index build + search + clustering), same vectors;"
              f" '>{args.baseline_timeout:.0f}': stopped after that many seconds")


if __name__ == "__main__":
    main()
