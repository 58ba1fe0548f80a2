"""The FAISS index returns claim positions it was given, exact below the switch point, HNSW above."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.index import IndexFileError, build_index, load_index


def unit_rows(n: int, dimension: int = 64, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, dimension)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.mark.parametrize(("exact_limit", "exact"), [(10_000, True), (0, False)], ids=["flat", "hnsw"])
def test_each_vector_finds_itself_first(exact_limit, exact):
    vectors = unit_rows(500)
    index = build_index(vectors, [f"claim-{i}" for i in range(500)], exact_limit=exact_limit)
    similarity, ids = index.search(vectors, 3)
    assert index.exact is exact
    assert (ids[:, 0] == np.arange(500)).mean() > 0.99
    assert np.allclose(similarity[:, 0], 1.0, atol=1e-4)


def test_ids_are_claim_positions_not_insertion_order_of_faiss():
    vectors = unit_rows(5)
    index = build_index(vectors, ["e", "d", "c", "b", "a"])
    _, ids = index.search(vectors[[3]], 1)
    assert index.claim_ids[ids[0, 0]] == "b"


def test_search_asks_for_more_than_stored():
    index = build_index(unit_rows(2), ["a", "b"])
    similarity, ids = index.search(unit_rows(1, seed=3), 10)
    assert ids.shape == (1, 2) and set(ids[0]) == {0, 1}


def test_empty_index():
    index = build_index(np.zeros((0, 64), np.float32), [])
    similarity, ids = index.search(unit_rows(2), 5)
    assert similarity.shape == (2, 0) and ids.shape == (2, 0)


def test_ids_must_match_vectors():
    with pytest.raises(ValueError):
        build_index(unit_rows(3), ["a"])


@pytest.mark.parametrize("exact_limit", [10_000, 0], ids=["flat", "hnsw"])
def test_save_and_load_round_trip(tmp_path, exact_limit):
    vectors = unit_rows(50)
    index = build_index(vectors, [f"ç-{i}" for i in range(50)], exact_limit=exact_limit)
    index.save(tmp_path / "claims.npz")
    loaded = load_index(tmp_path / "claims.npz")
    assert loaded.claim_ids == index.claim_ids and loaded.exact == index.exact
    assert np.array_equal(loaded.search(vectors, 4)[1], index.search(vectors, 4)[1])
    assert [p.name for p in tmp_path.iterdir()] == ["claims.npz"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=20).filter(lambda s: "\x00" not in s), max_size=12, unique=True))
def test_claim_ids_survive_saving(tmp_path_factory, claim_ids):
    path = tmp_path_factory.mktemp("index") / "i.npz"
    build_index(unit_rows(len(claim_ids), 8), claim_ids).save(path)
    assert load_index(path).claim_ids == tuple(claim_ids)


@pytest.mark.parametrize("content", [b"", b"not an index", b"PK\x03\x04 truncated"])
def test_unreadable_index_file(tmp_path, content):
    (tmp_path / "bad.npz").write_bytes(content)
    with pytest.raises(IndexFileError):
        load_index(tmp_path / "bad.npz")
