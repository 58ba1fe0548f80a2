"""The story store: what an add of a few articles costs against re-running everything, and how
fast a claim is looked up in a large store.

usage: python benchmarks/bench_store.py [--articles 1000] [--more 10] [--lookup-claims 100000] [--runs 5]

1. Articles: tests/figure_story.py's 35 articles recombined, so that each one is distinct: article
   i keeps the header (title, outlet, date, language) of story article i mod 35 and its sentences,
   rotated, with one sentence of another article in the same language spliced in. --articles of
   them are added to an empty store, then --more; the time of the second add is compared with
   re-running everything from the files (pipeline.analyze over all of them, with the embedding
   cache as warm as the store's add found it: the comparison a user without a store would make).
   The real default model (use-m3) embeds, behind an embedding cache in a temporary folder.
2. Look-up: the store is grown to --lookup-claims claims by copying its articles with their
   claims, attributions and quantities (new ids, each vector with Gaussian noise, sigma 0.02 a
   dimension, then normalised): embedding 100k sentences would take several minutes on two shared
   cores and measures the model, not the store. Then --more new articles are added for real (the
   whole corpus part, clusters and FAISS file, is recomputed and timed), and `crosscheck check` is
   timed in process (model loaded once) and as a new process, median of --runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from figure_story import ARTICLES  # noqa: E402

from crosscheck import embed, store  # noqa: E402
from crosscheck.pipeline import analyze  # noqa: E402

QUERY = "Some 25,000 people were evacuated from the Ilva valley, the civil protection agency said."
SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"„])")


def _parts(text: str) -> tuple[str, str, list[str]]:
    header, _, body = text.partition("\n\n")
    lines = body.strip().splitlines()
    headline = lines[0] if len(lines) > 1 else ""
    sentences = SENTENCE.split(" ".join(lines[1:] if len(lines) > 1 else lines))
    return header, headline, sentences


def recombined(count: int, start: int = 0) -> dict[str, str]:
    """`count` distinct articles (numbered from `start`) made of the story's sentences. The story's
    one-paragraph commentary (35_rheinpost) is left out: ingest reads its headline-less recombinations
    as having no article text."""
    names = [name for name in sorted(ARTICLES) if name != "35_rheinpost.txt"]
    parsed = {name: _parts(ARTICLES[name]) for name in names}
    language = {name: (re.search(r"^lang: (\w+)", ARTICLES[name], re.M) or [None, "en"])[1] for name in names}
    result = {}
    for i in range(start, start + count):
        base = names[i % len(names)]
        same = [n for n in names if language[n] == language[base] and n != base]
        other = same[(i // len(names)) % len(same)]
        header, headline, sentences = parsed[base]
        extra = parsed[other][2]
        rotate = (i // (len(names) * len(same))) % max(1, len(sentences))
        body = sentences[rotate:] + sentences[:rotate]
        body.insert(len(body) // 2, extra[i % len(extra)])
        result[f"{i:05d}_{base}"] = f"{header}\n\n{headline}\n{' '.join(body)}\n"
    return result


def write(folder: Path, articles: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, "utf-8")
    return [str(folder / name) for name in articles]


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - start


def grow(target: Path, claims_wanted: int, seed: int = 3) -> int:
    """Copy the store's articles (with claims, attributions, quantities, noisy vectors) until it
    holds about `claims_wanted` claims; returns the number of claims."""
    rng = np.random.default_rng(seed)

    def noisy(blob: bytes) -> bytes:
        vector = np.frombuffer(blob, np.float32) + rng.normal(0, 0.02, len(blob) // 4)
        return (vector / np.linalg.norm(vector)).astype(np.float32).tobytes()

    conn = sqlite3.connect(target)
    conn.create_function("noisy", 1, noisy)
    base_claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    copies = max(0, -(-claims_wanted // base_claims) - 1)
    base_ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY seq")]
    marks = ",".join("?" * len(base_ids))
    columns = "path, content_hash, text, title, outlet, date, language, body, line_offset, added_at, changed_at"
    for copy in range(1, copies + 1):
        tag = f"~{copy}"
        conn.execute(f"INSERT INTO articles (id, key, {columns}) SELECT id || ?, key || ?, {columns} FROM articles "
                     f"WHERE id IN ({marks}) ORDER BY seq", [tag, tag, *base_ids])
        new_id = "article_id || ? || ':' || substr(claim_id, length(article_id) + 2)"
        conn.execute(
            'INSERT INTO claims (id, article_id, position, text, start, "end", line, claimed, assertion, '
            "assertion_cue, model, vector, added_at) SELECT article_id || ? || ':' || substr(id, length(article_id) + 2), "
            'article_id || ?, position, text, start, "end", line, claimed, assertion, assertion_cue, model, '
            f"noisy(vector), added_at FROM claims WHERE article_id IN ({marks})", [tag, tag, *base_ids])
        conn.execute(
            f"INSERT INTO attributions SELECT {new_id}, position, article_id || ?, "
            f"chain, cue, speaker FROM attributions WHERE article_id IN ({marks})", [tag, tag, *base_ids])
        conn.execute(
            "INSERT INTO quantities SELECT q.article_id || ? || ':' || substr(q.claim_id, length(q.article_id) + 2), "
            'q.position, q.text, q.start, q."end", q.value, q.low, q.high, q.qualifier, q.unit, q.kind FROM '
            "(SELECT quantities.*, claims.article_id FROM quantities JOIN claims ON claims.id = quantities.claim_id "
            f"WHERE claims.article_id IN ({marks})) q", [tag, *base_ids])
    conn.commit()
    total = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    conn.close()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--more", type=int, default=10)
    parser.add_argument("--lookup-claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-store-") as scratch:
        scratch = Path(scratch)
        os.environ["CROSSCHECK_CACHE"] = str(scratch / "cache")
        first = write(scratch / "articles", recombined(args.articles))
        more = write(scratch / "articles", recombined(args.more, start=args.articles))
        target = scratch / "story.ccstore"
        embedder = embed.load_embedder(None, cache_dir=scratch / "cache")

        added, t_first = timed(store.add, target, first, embedder=embedder)
        print(f"add {len(added.added)} articles to an empty store: {t_first:.1f} s "
              f"({added.claims_total} claims, {added.claims_embedded} embedded)")
        added, t_more = timed(store.add, target, more, embedder=embedder)
        print(f"add {len(added.added)} more: {t_more:.2f} s ({added.claims_embedded} claims embedded)")
        report, t_all = timed(analyze, first + more, embedder=embedder)
        print(f"re-run everything from the files ({len(report.articles)} articles, {len(report.claims)} claims, "
              f"warm embedding cache): {t_all:.1f} s")
        print(f"ratio, add {args.more} / re-run all: {t_more / t_all:.3f}")

        size = grow(target, args.lookup_claims)
        later = write(scratch / "later", recombined(args.more, start=args.articles + args.more))
        added, t_big = timed(store.add, target, later, embedder=embedder)
        print(f"store grown to {size:,} claims by copying (noisy vectors); add {args.more} more to it: {t_big:.1f} s "
              f"(clusters and FAISS file recomputed over {added.claims_total:,} claims)")
        print(f"sizes: {target.stat().st_size / 1e6:.0f} MB SQLite, "
              f"{store.index_path(target).stat().st_size / 1e6:.0f} MB FAISS file")

        result, _ = timed(store.check, target, QUERY, embedder=embedder)  # warms the page cache and the model
        in_process = [timed(store.check, target, QUERY, embedder=embedder)[1] for _ in range(args.runs)]
        print(f"look-up in process: median {statistics.median(in_process) * 1000:.0f} ms "
              f"({len(result.clusters)} clusters, {sum(len(c.claims) for c in result.clusters)} claims found)")
        with store.open_for_reading(target) as conn:
            reads = [timed(store._load_index, conn, target)[1] for _ in range(args.runs)]
        print(f"  of which reading the FAISS file: median {statistics.median(reads) * 1000:.0f} ms")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
        command = [sys.executable, "-m", "crosscheck", "check", str(target), QUERY, "--json"]
        walls = []
        for _ in range(args.runs):
            run, wall = timed(subprocess.run, command, env=env, capture_output=True, text=True)
            if run.returncode not in (0, 3):
                sys.exit(f"check failed: {run.stderr}")
            walls.append(wall)
        found = json.loads(run.stdout)["found"]
        print(f"look-up as a new process: median {statistics.median(walls):.2f} s (found: {found})")


if __name__ == "__main__":
    main()
