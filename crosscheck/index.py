"""A FAISS inner-product index over L2-normalised claim vectors, addressed by claim, never by FAISS position.

Up to EXACT_LIMIT vectors the search is exact (IndexFlatIP); above it, HNSW. The switch point is
measured (benchmarks/bench_claims.py prints both): on this two-core machine an exact self-search
of every claim takes 0.55 s at 10k claims and 2.2 s at 20k (quadratic), while HNSW builds and
searches 10k in 0.3 s and 100k in ~13 s, at 0.99+ recall of the 10 nearest neighbours up to 10k.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

EXACT_LIMIT = 10_000
HNSW_LINKS = 16  # graph degree M: 16 keeps build time low at 512 dimensions
HNSW_BUILD_DEPTH = 40
HNSW_SEARCH_DEPTH = 64


class IndexFileError(ValueError):
    """A saved index that cannot be read back."""


@dataclass(frozen=True)
class ClaimIndex:
    """A FAISS index whose ids are positions in `claim_ids` (assigned here, in claim order)."""

    index: faiss.Index
    claim_ids: tuple[str, ...]

    @property
    def exact(self) -> bool:
        return isinstance(faiss.downcast_index(self.index.index), faiss.IndexFlat)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The k most similar stored claims per query: (similarities, claim positions), -1 where none."""
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        k = min(k, len(self.claim_ids))
        if k == 0 or len(queries) == 0:
            return np.zeros((len(queries), k), np.float32), np.full((len(queries), k), -1, np.int64)
        if not self.exact:
            faiss.downcast_index(self.index.index).hnsw.efSearch = max(HNSW_SEARCH_DEPTH, 2 * k)
        return self.index.search(queries, k)

    def save(self, path: Path) -> None:
        """One .npz (no pickle) holding the serialised index and the claim ids; written atomically."""
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(out, faiss=faiss.serialize_index(self.index), claim_ids=np.array(self.claim_ids, dtype=str))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def build_index(vectors: np.ndarray, claim_ids: Sequence[str], exact_limit: int = EXACT_LIMIT) -> ClaimIndex:
    """Index the rows of `vectors` (L2-normalised), row i carrying id i for claim_ids[i]."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.ndim != 2 or len(vectors) != len(claim_ids):
        raise ValueError(f"{len(claim_ids)} claim ids for vectors of shape {vectors.shape}")
    dimension = vectors.shape[1]
    if len(vectors) <= exact_limit:
        inner = faiss.IndexFlatIP(dimension)
    else:
        inner = faiss.IndexHNSWFlat(dimension, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = HNSW_BUILD_DEPTH
    index = faiss.IndexIDMap(inner)
    index.add_with_ids(vectors, np.arange(len(vectors), dtype=np.int64))
    return ClaimIndex(index, tuple(claim_ids))


def load_index(path: Path) -> ClaimIndex:
    """An index saved by ClaimIndex.save; raises IndexFileError when it cannot be read."""
    try:
        with np.load(path, allow_pickle=False) as data:
            index = faiss.deserialize_index(data["faiss"])
            claim_ids = tuple(str(x) for x in data["claim_ids"])
    except (OSError, ValueError, KeyError, EOFError, RuntimeError, zipfile.BadZipFile) as exc:
        raise IndexFileError(f"cannot read index {path}: {exc}") from exc
    if index.ntotal != len(claim_ids):
        raise IndexFileError(f"index {path} holds {index.ntotal} vectors for {len(claim_ids)} claim ids")
    return ClaimIndex(index, claim_ids)
