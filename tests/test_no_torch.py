"""The default path (use-m3 embedding, cache, index, clustering) never imports torch."""

from __future__ import annotations

import subprocess
import sys

DEFAULT_RUN = """
import sys, tempfile
from pathlib import Path
from crosscheck.cluster import cluster_claims
from crosscheck.embed import load_embedder
from crosscheck.records import Claim
texts = ["Der Pegel stieg auf 12 Meter.", "The river rose to 12 metres.", "Ein Konzert fiel aus."]
claims = [Claim(str(i), "a" if i else "b", t, 0, len(t), 1) for i, t in enumerate(texts)]
embedder = load_embedder(cache_dir=Path(tempfile.mkdtemp()))
clusters = cluster_claims(claims, embedder.encode(texts), embedder.threshold)
assert len(clusters) >= 1
print(sorted(m for m in sys.modules if m == "torch" or m.startswith(("torch.", "sentence_transformers"))))
"""


def test_default_embedding_and_clustering_import_no_torch():
    done = subprocess.run([sys.executable, "-c", DEFAULT_RUN], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
