"""The default path (use-m3 embedding, cache, index, clustering) never imports torch; a default report, neither torch nor dask."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

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


def test_a_default_report_imports_neither_torch_nor_dask(tmp_path):
    run = (
        "import sys\n"
        "from crosscheck.cli import app\n"
        f"try:\n    app(['report', 'seeds/', '--quiet', '--out', {str(tmp_path / 'out')!r}])\n"
        "except SystemExit as done:\n    assert not done.code, done.code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'sentence_transformers', 'dask', 'distributed'))\n"
        "print(loaded, file=sys.stderr)\n"
    )
    env = dict(os.environ, CROSSCHECK_CACHE=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "report.json").is_file()
