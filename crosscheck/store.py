"""The story store: a story's articles and their per-article results in one SQLite file, so that it can grow.

Layout: STORE (SQLite, WAL) holds articles, claims with their offsets and vectors (float32, with the
model id that made them), attributions, assertions, quantities, sources and the clusters of the
last add; STORE.faiss beside it is an exact inner-product index over the claim vectors, keyed by
the claims' SQLite rowids. SQLite is the truth, the FAISS file a derived copy: it is rewritten
after every add and rebuilt from SQLite when it is missing or older than the store (meta
`generation` vs `index_generation`). Why a file and not vectors alone: at 100k claims x 512
dimensions, reading the vectors out of SQLite and building the index takes 2.1-2.7 s on the
development machine, reading the FAISS file 0.3-0.8 s (look-up latency is mostly this).

Work is split as in the pipeline: `read_new` does the per-article part (read, claims,
attributions, quantities, vectors: only for articles the store has not seen), `corpus_report`
the corpus part (clusters, figure questions, conflicts, graph) from stored per-article results.
An add runs the per-article part for new articles only and regroups all claims (the clusters
are kept for look-ups), in one transaction under a writer lock: killed or interrupted, the store
stays as it was. `report` runs the rest of the corpus part on the stored results.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

import numpy as np

from . import attribution, cluster, conflicts, embed, figures, graph, ingest, quantities, segment, sources
from .errors import NoArticlesError, StoreError, StoreLockedError, StoreVersionError
from .records import (
    AddResult, Article, Assertion, Attribution, CheckResult, Claim, ClaimMatch, Cluster, ClusterMatch, Estimate,
    FigureCheck, Options, Problem, Quantity, Report, Source, StoryChanges,
)

SCHEMA_VERSION = 2
STORE_SUFFIXES = (".ccstore", ".sqlite")
SQLITE_MAGIC = b"SQLite format 3\x00"
UNSET_THRESHOLD = embed.UNCALIBRATED_THRESHOLD  # for a store that records no threshold
CHECK_CANDIDATES = 32  # stored claims the look-up scores against the query (the FAISS nearest)
BACKGROUND_CLAIMS = 256  # claims spread over the store, for word rarity in the look-up's score

Progress = Callable[[str, int], None]

# Version 1: the per-article results. Each later version is one step from the one before; a store
# is brought up to date when it is opened for writing, and before it is read.
_SCHEMA_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, key TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL, content_hash TEXT NOT NULL, text TEXT NOT NULL, title TEXT NOT NULL,
    outlet TEXT, date TEXT, language TEXT NOT NULL, body TEXT NOT NULL, line_offset INTEGER NOT NULL,
    added_at TEXT NOT NULL, changed_at TEXT NOT NULL);
CREATE TABLE claims (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL, position INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, line INTEGER NOT NULL,
    claimed TEXT, assertion TEXT NOT NULL, assertion_cue TEXT, model TEXT NOT NULL, vector BLOB NOT NULL,
    added_at TEXT NOT NULL);
CREATE INDEX claims_by_article ON claims (article_id, position);
CREATE TABLE attributions (
    claim_id TEXT NOT NULL, position INTEGER NOT NULL, article_id TEXT NOT NULL, chain TEXT NOT NULL,
    cue TEXT NOT NULL, speaker TEXT);
CREATE INDEX attributions_by_claim ON attributions (claim_id);
CREATE TABLE quantities (
    claim_id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, value REAL NOT NULL, low REAL, high REAL, qualifier TEXT NOT NULL, unit TEXT,
    kind TEXT NOT NULL);
CREATE INDEX quantities_by_claim ON quantities (claim_id);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, country TEXT,
    state_controlled INTEGER NOT NULL, known INTEGER NOT NULL, first_seen TEXT NOT NULL);
INSERT INTO schema_version VALUES (1);
"""

# Version 2 keeps the clusters of the last add, so that a look-up need not re-cluster the story.
_MIGRATIONS = {
    1: """
CREATE TABLE clusters (id TEXT PRIMARY KEY, position INTEGER NOT NULL, origins TEXT NOT NULL);
CREATE TABLE cluster_members (claim_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL);
CREATE INDEX members_by_cluster ON cluster_members (cluster_id);
INSERT INTO meta VALUES ('clusters_stale', '1') ON CONFLICT (key) DO UPDATE SET value = '1';
""",
}


# --------------------------------------------------------------------------- what add and check return


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """The per-article part of the pipeline for one article: everything that depends on it alone."""

    article: Article
    claims: tuple[Claim, ...]
    attributions: tuple[Attribution, ...]
    assertions: tuple[Assertion, ...]
    claimed: dict[str, str]  # claim id -> what it says without who says it, where that differs
    quantities: tuple[Quantity, ...]
    sources: tuple[Source, ...]
    vectors: np.ndarray  # row i embeds claimed.get(claims[i].id, claims[i].text)


# --------------------------------------------------------------------------- opening


def is_store_path(path: str) -> bool:
    """A store name (.ccstore, .sqlite) or an existing SQLite file: what `report` reads as a store."""
    if path.endswith(STORE_SUFFIXES):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def index_path(store: Path) -> Path:
    return store.with_name(store.name + ".faiss")


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)  # transactions are explicit
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        row = conn.execute("SELECT version FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a crosscheck story store ({exc})") from None
    if row is None:
        raise StoreError(f"{path} is not a crosscheck story store (no schema version)")
    if row[0] > SCHEMA_VERSION:
        raise StoreVersionError(
            f"{path} was written by a newer crosscheck (store version {row[0]}; this one reads up to "
            f"{SCHEMA_VERSION}): upgrade crosscheck to use it")
    return int(row[0])


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the store up to SCHEMA_VERSION, one step at a time, inside the caller's transaction."""
    version = _version(conn, path)
    while version < SCHEMA_VERSION:
        for statement in _MIGRATIONS[version].strip().split(";\n"):
            if statement.strip():
                conn.execute(statement)
        version += 1
        conn.execute("UPDATE schema_version SET version = ?", (version,))


@contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    """One writer at a time, across processes; readers never wait for it (WAL)."""
    import fcntl

    handle = open(lock_path(path), "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip()
            raise StoreLockedError(
                f"{path} is being written by another process{f' ({holder})' if holder else ''}; "
                "try again when it has finished") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()  # releases the lock; the file stays, so that no two writers lock two files


@contextmanager
def open_for_writing(path: str | Path) -> Iterator[sqlite3.Connection]:
    """The store in one IMMEDIATE transaction under the writer lock; created when missing.

    Committed when the block ends, rolled back on any exception (Ctrl-C included); a killed
    process leaves an uncommitted WAL tail, which SQLite ignores.
    """
    path = Path(path)
    if path.exists() and not is_store_path(str(path)):
        raise StoreError(f"{path} exists and is not a story store; give a new name ending in .ccstore")
    if path.is_dir():
        raise StoreError(f"{path} is a folder; a story store is one file, e.g. story.ccstore")
    if not path.parent.is_dir():
        raise StoreError(f"cannot create {path}: no folder {path.parent}")
    with _writer_lock(path):
        new = not path.exists() or path.stat().st_size == 0
        conn = _connect(path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("BEGIN IMMEDIATE")
            if new:
                for statement in _SCHEMA_V1.strip().split(";\n"):
                    if statement.strip():
                        conn.execute(statement)
            _migrate(conn, path)
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if new:
                conn.close()
                for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    leftover.unlink(missing_ok=True)  # an empty store we created is not worth keeping
            raise
        finally:
            conn.close()


@contextmanager
def open_for_reading(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A consistent snapshot of the store (one read transaction); an older store is migrated first."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no story store at {path}; create one with `crosscheck add {path} ARTICLES...`")
    if not is_store_path(str(path)) or path.stat().st_size == 0:
        raise StoreError(f"{path} is not a crosscheck story store")
    conn = _connect(path)
    try:
        if _version(conn, path) < SCHEMA_VERSION:
            conn.close()
            with open_for_writing(path) as writer:
                if writer.execute("SELECT value FROM meta WHERE key = 'clusters_stale'").fetchone():
                    _save_corpus(writer, path, _load(writer), None)
            conn = _connect(path)
        conn.execute("BEGIN")
        yield conn
    finally:
        conn.close()


# --------------------------------------------------------------------------- the per-article part


def content_hash(article: Article) -> str:
    """What makes an article the same: its text and what was read from it."""
    key = json.dumps([article.text, article.title, article.outlet, article.date, article.language,
                      article.body, article.line_offset], ensure_ascii=False)
    return hashlib.sha256(key.encode()).hexdigest()


def article_key(article: Article) -> str:
    """Which stored article a read one replaces: its path, and its record's line in a JSON feed.
    Text from stdin has no name; it is keyed by its content, so it is only ever added."""
    if article.path in ("-", ingest.STDIN_NAME):
        return f"stdin:{content_hash(article)}"
    return f"{article.path}#{article.line_offset + 1}" if article.line_offset else article.path


def read_new(articles: Sequence[Article], gazetteer: sources.Gazetteer, encode: Callable[[list[str]], np.ndarray],
             known_vectors: dict[tuple[str, str], np.ndarray] | None = None) -> list[ArticleResult]:
    """The per-article stages (claims, attributions, quantities, vectors) for the given articles.

    `known_vectors` ((claim id, embedded text) -> vector) holds vectors the store already has:
    only the other claims are embedded.
    """
    results = []
    claims_of = {a.id: segment.split_claims(a) for a in articles}
    all_claims = tuple(c for a in articles for c in claims_of[a.id])
    found = attribution.extract_attributions(all_claims, articles, gazetteer)
    languages = {a.id: a.language for a in articles}
    figures_found = quantities.extract_quantities(all_claims, languages)
    texts = [found.claimed.get(c.id, c.text) for c in all_claims]
    known_vectors = known_vectors or {}
    missing = [i for i, (c, t) in enumerate(zip(all_claims, texts)) if (c.id, t) not in known_vectors]
    fresh = encode([texts[i] for i in missing]) if missing else None
    vectors: list[np.ndarray | None] = [known_vectors.get((c.id, t)) for c, t in zip(all_claims, texts)]
    for row, i in enumerate(missing):
        vectors[i] = fresh[row]
    by_claim_attr: dict[str, list[Attribution]] = defaultdict(list)
    for a in found.attributions:
        by_claim_attr[a.claim_id].append(a)
    by_claim_qty: dict[str, list[Quantity]] = defaultdict(list)
    for q in figures_found:
        by_claim_qty[q.claim_id].append(q)
    assertion_of = {a.claim_id: a for a in found.assertions}
    source_of = {s.id: s for s in found.sources}
    position = 0
    for article in articles:
        claims = claims_of[article.id]
        attrs = tuple(a for c in claims for a in by_claim_attr[c.id])
        used = sorted({sid for a in attrs for sid in (*a.chain, a.speaker) if sid})
        rows = vectors[position:position + len(claims)]
        position += len(claims)
        results.append(ArticleResult(
            article=article, claims=claims, attributions=attrs,
            assertions=tuple(assertion_of[c.id] for c in claims),
            claimed={c.id: found.claimed[c.id] for c in claims if c.id in found.claimed},
            quantities=tuple(q for c in claims for q in by_claim_qty[c.id]),
            sources=tuple(source_of[sid] for sid in used),
            vectors=np.stack(rows).astype(np.float32) if rows else np.zeros((0, 0), np.float32),
        ))
    return results


# --------------------------------------------------------------------------- the corpus part


@dataclass(frozen=True, slots=True)
class _Stored:
    """Every per-article result in the store, in story order (articles as added, claims as read)."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    rowids: np.ndarray
    texts: tuple[str, ...]  # what each claim's vector embeds
    vectors: np.ndarray
    attributions: tuple[Attribution, ...]
    assertions: tuple[Assertion, ...]
    quantities: tuple[Quantity, ...]
    sources: dict[str, Source]
    added_at: dict[str, str]  # claim id -> when it first entered the store


def corpus_clusters(stored: _Stored, threshold: float) -> tuple[Cluster, ...]:
    """The story's clusters with their origins (step 3 of pipeline.analyze): all an add keeps."""
    languages = {a.id: a.language for a in stored.articles}
    return graph.with_origins(
        cluster.cluster_claims(stored.claims, stored.vectors, threshold, texts=stored.texts, languages=languages),
        stored.attributions)


def corpus_report(stored: _Stored, threshold: float, problems: tuple[Problem, ...] = ()) -> Report:
    """The corpus-wide stages of the pipeline (steps 3-4 of pipeline.analyze) over stored results."""
    clusters = corpus_clusters(stored, threshold)
    used = {sid for a in stored.attributions for sid in (*a.chain, a.speaker) if sid}
    cited = tuple(stored.sources[sid] for sid in sorted(used))
    questions = figures.figure_questions(stored.quantities, stored.claims, stored.articles, clusters,
                                         stored.attributions, sources=cited)
    disagreements = conflicts.find_conflicts(questions, stored.quantities, stored.articles, sources=cited)
    sourcing = graph.build_graph(stored.articles, stored.claims, stored.attributions, cited)
    return Report(
        articles=stored.articles, claims=stored.claims, clusters=clusters, sources=cited,
        attributions=stored.attributions, assertions=stored.assertions, quantities=stored.quantities,
        conflicts=disagreements, figures=questions, graph=graph.graph_data(sourcing), problems=problems,
    )


def _load(conn: sqlite3.Connection, before: str | None = None, only_articles: bool = False) -> _Stored:
    """The stored per-article results; with `before`, only claims that entered the store before then;
    with `only_articles`, only the articles named in the temporary table wanted_articles."""
    articles = []
    among = " WHERE id IN (SELECT id FROM wanted_articles)" if only_articles else ""
    for row in conn.execute("SELECT id, path, text, title, outlet, date, language, body, line_offset, added_at "
                            f"FROM articles{among} ORDER BY seq"):
        if before is not None and row[9] >= before:
            continue
        articles.append(Article(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                                tuple(tuple(span) for span in json.loads(row[7])), row[8]))
    kept = {a.id for a in articles}
    claims, rowids, texts, vectors, assertions, added_at = [], [], [], [], [], {}
    for row in conn.execute(
            'SELECT c.rowid, c.id, c.article_id, c.text, c.start, c."end", c.line, c.claimed, c.assertion, '
            "c.assertion_cue, c.vector, c.added_at FROM claims c JOIN articles a ON a.id = c.article_id "
            + ("WHERE a.id IN (SELECT id FROM wanted_articles) " if only_articles else "")
            + "ORDER BY a.seq, c.position"):
        if row[2] not in kept or (before is not None and row[11] >= before):
            continue
        claims.append(Claim(row[1], row[2], row[3], row[4], row[5], row[6]))
        rowids.append(row[0])
        texts.append(row[7] if row[7] is not None else row[3])
        vectors.append(row[10])
        assertions.append(Assertion(row[1], row[8], row[9]))
        added_at[row[1]] = row[11]
    order = {c.id: i for i, c in enumerate(claims)}
    among = (" WHERE claim_id IN (SELECT id FROM claims WHERE article_id IN (SELECT id FROM wanted_articles))"
             if only_articles else "")
    attrs = sorted(
        ((order[r[0]], r[1], Attribution(r[0], r[2], tuple(json.loads(r[3])), r[4], r[5]))
         for r in conn.execute(f"SELECT claim_id, position, article_id, chain, cue, speaker FROM attributions{among}")
         if r[0] in order), key=lambda item: item[:2])
    qtys = sorted(
        ((order[r[0]], r[1], Quantity(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]))
         for r in conn.execute('SELECT claim_id, position, text, start, "end", value, low, high, qualifier, unit, '
                               f"kind FROM quantities{among}") if r[0] in order), key=lambda item: item[:2])
    known = {r[0]: Source(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], bool(r[5]), bool(r[6]))
             for r in conn.execute("SELECT id, name, kind, aliases, country, state_controlled, known FROM sources")}
    if vectors:
        matrix = np.frombuffer(b"".join(vectors), dtype=np.float32).reshape(len(vectors), -1)
    else:
        matrix = np.zeros((0, 0), np.float32)
    return _Stored(tuple(articles), tuple(claims), np.array(rowids, dtype=np.int64), tuple(texts), matrix,
                   tuple(a for *_, a in attrs), tuple(assertions), tuple(q for *_, q in qtys), known, added_at)


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, value))


def _save_corpus(conn: sqlite3.Connection, path: Path, stored: _Stored, threshold: float | None) -> None:
    """Regroup the story and keep its clusters for look-ups; bump the store's generation.

    Figure questions, conflicts and the graph are not kept: `report` derives them from the stored
    results when asked (they were half of an add's time at 1,000 articles), and a look-up judges
    its figures on the few articles it matches."""
    threshold = threshold if threshold is not None else float(_meta(conn, "threshold") or UNSET_THRESHOLD)
    clusters = corpus_clusters(stored, threshold)
    conn.execute("DELETE FROM cluster_members")
    conn.execute("DELETE FROM clusters")
    conn.executemany("INSERT INTO clusters VALUES (?, ?, ?)",
                     ((c.id, i, json.dumps(c.origins)) for i, c in enumerate(clusters)))
    conn.executemany("INSERT INTO cluster_members VALUES (?, ?)",
                     ((cid, c.id) for c in clusters for cid in c.claim_ids))
    conn.execute("DELETE FROM meta WHERE key = 'clusters_stale'")
    _set_meta(conn, "generation", str(int(_meta(conn, "generation") or 0) + 1))


# --------------------------------------------------------------------------- add


def add(
    store: str | Path,
    paths: Sequence[str],
    options: Options | None = None,
    *,
    stdin: TextIO | None = None,
    embedder: embed.Embedder | None = None,
    progress: Progress | None = None,
) -> AddResult:
    """Read the articles the paths name into the store: new ones added, changed ones replaced.

    One transaction: everything or nothing. Only claims the store has no vector for are embedded;
    the story's clusters are then regrouped from the stored results.
    """
    options = options or Options()
    stage = progress or (lambda name, size: None)
    store = Path(store)
    stage("reading articles", len(paths))
    articles, problems = ingest.read_articles(paths, stdin=stdin)
    if not articles:
        raise NoArticlesError(f"no article could be read from {', '.join(paths)}", problems)
    with open_for_writing(store) as conn:
        embedder = _store_embedder(conn, store, options, embedder)
        now = _now()
        added, replaced, unchanged, fresh = [], [], [], []
        known_vectors: dict[tuple[str, str], np.ndarray] = {}
        old_added_at: dict[str, str] = {}
        taken = {row[0]: row[1] for row in conn.execute("SELECT id, key FROM articles")}
        for article in articles:
            key, digest = article_key(article), content_hash(article)
            row = conn.execute("SELECT id, content_hash FROM articles WHERE key = ?", (key,)).fetchone()
            if row and row[1] == digest:
                unchanged.append(row[0])
                continue
            if row:  # same path, new text: keep the article id, so unchanged sentences keep their claim ids
                article = replace(article, id=row[0])
                for cid, text, claimed, vector, when in conn.execute(
                        "SELECT id, text, claimed, vector, added_at FROM claims WHERE article_id = ?", (row[0],)):
                    known_vectors[(cid, claimed if claimed is not None else text)] = np.frombuffer(vector, np.float32)
                    old_added_at[cid] = when
                replaced.append(article.id)
            else:
                if article.id in taken and taken[article.id] != key:
                    suffix = hashlib.sha1(f"{key}\0{article.text}".encode()).hexdigest()[:6]
                    article = replace(article, id=f"{article.id}-{suffix}")
                added.append(article.id)
            taken[article.id] = key
            fresh.append((article, key, digest, bool(row)))
        stage("embedding new claims", len(fresh))
        embedded = [0]

        def encode(texts: list[str]) -> np.ndarray:
            embedded[0] += len(texts)
            return embedder.encode(texts)

        gazetteer = sources.load_gazetteer(options.sources_file)
        results = read_new([a for a, *_ in fresh], gazetteer, encode, known_vectors) if fresh else []
        for done, (result, (article, key, digest, is_replacement)) in enumerate(zip(results, fresh), 1):
            _write_article(conn, result, key, digest, is_replacement, embedder.id, now, old_added_at)
            stage("stored", done)
        index = None
        if fresh or _meta(conn, "clusters_stale"):
            stage("grouping claims", 0)
            stored = _load(conn)
            _save_corpus(conn, store, stored, None)
            index = _build_index(stored)
        elif _meta(conn, "index_generation") != _meta(conn, "generation") or not index_path(store).is_file():
            index = _build_index(_load(conn))  # a FAISS file lost to a crash after a commit: write it again
        total = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    if index is not None:
        _write_index(store, index)
    return AddResult(tuple(added), tuple(replaced), tuple(unchanged), embedded[0], total, problems)


def _store_embedder(conn: sqlite3.Connection, store: Path, options: Options,
                    embedder: embed.Embedder | None) -> embed.Embedder:
    """The store's model: chosen by its first add, the same for every later one (vectors of two
    models cannot be compared)."""
    model_name, model_id = _meta(conn, "model_name"), _meta(conn, "model_id")
    if model_id is None:
        embedder = embedder or embed.load_embedder(options.model, cache_dir=options.cache_dir)
        _set_meta(conn, "model_name", options.model or "")
        _set_meta(conn, "model_id", embedder.id)
        threshold = options.threshold if options.threshold is not None else embedder.threshold
        _set_meta(conn, "threshold", repr(float(threshold)))
        return embedder
    if options.model and options.model != model_name:
        raise StoreError(f"{store} holds vectors of model {model_id}; --model {options.model} cannot be mixed in")
    embedder = embedder or embed.load_embedder(model_name or None, cache_dir=options.cache_dir)
    if embedder.id != model_id:
        raise StoreError(f"{store} holds vectors of model {model_id}, not {embedder.id}")
    if options.threshold is not None and repr(float(options.threshold)) != _meta(conn, "threshold"):
        _set_meta(conn, "threshold", repr(float(options.threshold)))
        _set_meta(conn, "clusters_stale", "1")  # regrouped by this add even when no article is new
    return embedder


def _write_article(conn: sqlite3.Connection, result: ArticleResult, key: str, digest: str, is_replacement: bool,
                   model_id: str, now: str, old_added_at: dict[str, str]) -> None:
    a = result.article
    if is_replacement:
        ids = [c[0] for c in conn.execute("SELECT id FROM claims WHERE article_id = ?", (a.id,))]
        for table in ("attributions", "quantities"):
            conn.executemany(f"DELETE FROM {table} WHERE claim_id = ?", ((cid,) for cid in ids))
        conn.execute("DELETE FROM claims WHERE article_id = ?", (a.id,))
        conn.execute("UPDATE articles SET path = ?, content_hash = ?, text = ?, title = ?, outlet = ?, date = ?, "
                     "language = ?, body = ?, line_offset = ?, changed_at = ? WHERE id = ?",
                     (a.path, digest, a.text, a.title, a.outlet, a.date, a.language, json.dumps(a.body),
                      a.line_offset, now, a.id))
    else:
        conn.execute("INSERT INTO articles (id, key, path, content_hash, text, title, outlet, date, language, body, "
                     "line_offset, added_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (a.id, key, a.path, digest, a.text, a.title, a.outlet, a.date, a.language, json.dumps(a.body),
                      a.line_offset, now, now))
    assertion_of = {s.claim_id: s for s in result.assertions}
    conn.executemany(
        'INSERT INTO claims (id, article_id, position, text, start, "end", line, claimed, assertion, assertion_cue, '
        "model, vector, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((c.id, c.article_id, i, c.text, c.start, c.end, c.line, result.claimed.get(c.id),
          assertion_of[c.id].mode, assertion_of[c.id].cue, model_id,
          np.ascontiguousarray(result.vectors[i], dtype=np.float32).tobytes(), old_added_at.get(c.id, now))
         for i, c in enumerate(result.claims)))
    position: dict[str, int] = defaultdict(int)
    rows = []
    for attr in result.attributions:
        rows.append((attr.claim_id, position[attr.claim_id], attr.article_id, json.dumps(attr.chain), attr.cue,
                     attr.speaker))
        position[attr.claim_id] += 1
    conn.executemany("INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?)", rows)
    position.clear()
    rows = []
    for q in result.quantities:
        rows.append((q.claim_id, position[q.claim_id], q.text, q.start, q.end, q.value, q.low, q.high, q.qualifier,
                     q.unit, q.kind))
        position[q.claim_id] += 1
    conn.executemany("INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    # the first description of a source wins, as within one run (attribution.extract_attributions)
    conn.executemany("INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     ((s.id, s.name, s.kind, json.dumps(s.aliases), s.country, int(s.state_controlled),
                       int(s.known), now) for s in result.sources))


# --------------------------------------------------------------------------- the FAISS file


def _build_index(stored: _Stored):
    import faiss

    index = faiss.IndexIDMap2(faiss.IndexFlatIP(stored.vectors.shape[1] if len(stored.vectors) else 1))
    if len(stored.vectors):
        index.add_with_ids(np.ascontiguousarray(stored.vectors, dtype=np.float32), stored.rowids)
    return index


def _write_index(store: Path, index) -> None:
    """Atomically replace STORE.faiss, then record which generation it holds (a second, tiny transaction:
    killed in between, the next reader finds the index older than the store and rebuilds it)."""
    import faiss

    target = index_path(store)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        faiss.write_index(index, temporary)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from exc
    conn = _connect(store)
    try:
        conn.execute("BEGIN IMMEDIATE")
        _set_meta(conn, "index_generation", _meta(conn, "generation") or "0")
        conn.execute("COMMIT")
    finally:
        conn.close()


def _load_index(conn: sqlite3.Connection, store: Path):
    """The FAISS index of the store's snapshot: the file when it is current, else rebuilt from SQLite."""
    import faiss

    if _meta(conn, "index_generation") == _meta(conn, "generation") and index_path(store).is_file():
        try:
            return faiss.read_index(str(index_path(store)))
        except RuntimeError:
            pass  # damaged: SQLite still has every vector
    return _build_index(_load(conn))


# --------------------------------------------------------------------------- report


def load_report(store: str | Path, threshold: float | None = None, before: str | None = None) -> Report:
    """The report of the stored story, as `pipeline.analyze` makes it from the same files; with
    `before` (an ISO date or time, UTC), the story as it stood then."""
    with open_for_reading(store) as conn:
        return _report(conn, store, threshold, before)


def _report(conn: sqlite3.Connection, store: str | Path, threshold: float | None, before: str | None) -> Report:
    if _meta(conn, "model_id") is None:
        raise StoreError(f"{store} holds no articles yet")
    threshold = threshold if threshold is not None else float(_meta(conn, "threshold") or UNSET_THRESHOLD)
    return corpus_report(_load(conn, before), threshold)


def changes_since(store: str | Path, since: str, threshold: float | None = None) -> tuple[Report, StoryChanges]:
    """The report now, and what is new in it since `since` (a date YYYY-MM-DD or an ISO time, UTC).

    The story then is the claims stored before `since`; a store keeps no old versions of a
    replaced article, so its claims that survived the change count as old, the others as new."""
    since = _parse_since(since)
    with open_for_reading(store) as conn:  # one snapshot: an add in between changes neither
        now = _report(conn, store, threshold, None)
        then = _report(conn, store, threshold, since)
        new_articles = tuple(r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE changed_at >= ? ORDER BY seq", (since,)))
        new_claim_ids = {r[0] for r in conn.execute("SELECT id FROM claims WHERE added_at >= ?", (since,))}
    old_sources = {s.id for s in then.sources}
    old_by_quantity = {qid: f for f in then.figures for e in f.estimates for qid in e.quantity_ids}
    moved = []
    for question in now.figures:
        ids = [qid for e in question.estimates for qid in e.quantity_ids]
        before = next((old_by_quantity[q] for q in ids if q in old_by_quantity), None)
        if before is None:  # none of its figures was in the story then
            moved.append((question.label, None, question.verdict))
            continue
        old_ids = [qid for e in before.estimates for qid in e.quantity_ids]
        if sorted(old_ids) != sorted(ids) or before.verdict != question.verdict:
            moved.append((question.label, before.verdict, question.verdict))
    return now, StoryChanges(
        since, new_articles, tuple(c for c in now.claims if c.id in new_claim_ids),
        tuple(s for s in now.sources if s.id not in old_sources), tuple(moved))


def _parse_since(text: str) -> str:
    """An ISO date or time, as the UTC timestamp text the store compares with."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise StoreError(f"--since {text!r}: give a date as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --------------------------------------------------------------------------- look-up

QUERY_ARTICLE = "query"
QUERY_CLAIM = "query:0"
_VERDICT_WORD = {"consistent": "agrees", "differs in precision": "differs", "evolves": "differs",
                 "time unknown": "differs", "contradicts": "contradicts"}
_VERDICT_RANK = {"not compared": 0, "agrees": 1, "differs": 2, "contradicts": 3}


def check(
    store: str | Path,
    text: str,
    options: Options | None = None,
    *,
    embedder: embed.Embedder | None = None,
    date: str | None = None,
    candidates: int = CHECK_CANDIDATES,
) -> CheckResult:
    """The stored claims that say what `text` says, grouped by their clusters, and its figures
    against theirs.

    The query's `candidates` nearest stored claims (FAISS) are grouped with it by
    `cluster.cluster_claims`, the judge the store's clusters come from; the stored claims it lands
    with are its matches. Its figures are dated `date`, else the newest date among the matches
    (a claim checked against a story is read as its latest state).
    """
    options = options or Options()
    text = text.strip()
    if not text:
        raise StoreError("nothing to check: the claim is empty")
    store = Path(store)
    with open_for_reading(store) as conn:
        model_name, model_id = _meta(conn, "model_name"), _meta(conn, "model_id")
        if model_id is None:
            raise StoreError(f"{store} holds no articles yet")
        embedder = embedder or embed.load_embedder(model_name or None, cache_dir=options.cache_dir)
        if embedder.id != model_id:
            raise StoreError(f"{store} holds vectors of model {model_id}, not {embedder.id}")
        threshold = options.threshold if options.threshold is not None else float(_meta(conn, "threshold") or UNSET_THRESHOLD)

        # 1. The query as a one-claim article: what it says without who says it, and its vector.
        language = ingest.detect_language(text)
        query_article = Article(QUERY_ARTICLE, "<query>", text, "", None, date, language, ((0, len(text)),))
        query = Claim(QUERY_CLAIM, QUERY_ARTICLE, text, 0, len(text), 1)
        gazetteer = sources.load_gazetteer(options.sources_file)
        said = attribution.extract_attributions((query,), (query_article,), gazetteer)
        query_text = said.claimed.get(query.id, text)
        query_vector = np.ascontiguousarray(embedder.encode([query_text]), dtype=np.float32)

        # 2. Its nearest stored claims, grouped with it by the clustering's own judge.
        index = _load_index(conn, store)
        similarity, rowids = index.search(query_vector, min(candidates, index.ntotal))
        found = [(int(r), float(s)) for r, s in zip(rowids[0], similarity[0]) if r >= 0]
        nearest = found[0][1] if found else 0.0
        cosine_of_row = dict(found)
        rows = _claims_by_rowid(conn, [r for r, _ in found])
        neighbours = [rows[r] for r, _ in found if r in rows]
        # Word overlap weighs words by how rare they are among the claims it is given: among the
        # query's neighbours alone (often restatements of one sentence), every shared word would be
        # common. Claims spread over the whole store stand in for the rest of it.
        background = [c for r, c in _claims_by_rowid(conn, _spread_rowids(conn, BACKGROUND_CLAIMS)).items()
                      if r not in cosine_of_row]
        context = neighbours + background
        claims = [n[0] for n in context] + [query]
        texts = [n[1] for n in context] + [query_text]
        vectors = np.vstack([np.stack([n[2] for n in context]), query_vector]) if context else query_vector
        languages = {n[0].article_id: n[3] for n in context} | {QUERY_ARTICLE: language}
        local = cluster.cluster_claims(claims, vectors, threshold, texts=texts, languages=languages)
        with_query = next(c for c in local if QUERY_CLAIM in c.claim_ids)
        matched = [cid for cid in with_query.claim_ids if cid != QUERY_CLAIM]
        if not matched:
            return CheckResult(text, language, (), (), (), nearest)

        # 3. The stored clusters of the matches, whole, with their sourcing.
        cosine_of = {n[0].id: cosine_of_row[r] for (r, _), n in zip(found, neighbours)}
        cluster_ids = list(dict.fromkeys(_cluster_of(conn, cid) for cid in matched))
        members = {cid: [r[0] for r in conn.execute(
            "SELECT claim_id FROM cluster_members WHERE cluster_id = ?", (cid,))] for cid in cluster_ids}
        member_ids = [m for cid in cluster_ids for m in members[cid]]
        subset = _load_claims(conn, member_ids)
        vector_of = {c.id: v for c, v in zip(subset.claims, subset.vectors)}
        for c in subset.claims:
            cosine_of.setdefault(c.id, float(vector_of[c.id] @ query_vector[0]))
        stored_clusters = [Cluster(cid, tuple(members[cid]), tuple(dict.fromkeys(
            c.article_id for c in subset.claims if c.id in set(members[cid])))) for cid in cluster_ids]
        stored_clusters = list(graph.with_origins(stored_clusters, subset.attributions))
        sourcing = {s.cluster_id: s for s in graph.cluster_sourcing(
            stored_clusters, subset.claims, subset.attributions, subset.articles)}
        article_of = {a.id: a for a in subset.articles}
        chains_of: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for a in subset.attributions:
            chains_of[a.claim_id].append(a.chain)
        claim_of = {c.id: c for c in subset.claims}
        matches = []
        for c in stored_clusters:
            ranked = sorted(c.claim_ids, key=lambda cid: -cosine_of[cid])
            matches.append(ClusterMatch(c.id, c.origins, sourcing[c.id].independent_origins, tuple(
                ClaimMatch(claim_of[cid], round(cosine_of[cid], 4), article_of[claim_of[cid].article_id],
                           tuple(chains_of[cid]), cid in matched) for cid in ranked)))
        matches.sort(key=lambda m: -m.claims[0].similarity)

        # 4. The query's figures, asked in the figure questions of the matched clusters.
        dates = sorted((a.date for a in subset.articles if a.date), key=lambda d: figures.date_span(d) or ())
        query_article = replace(query_article, date=date or (dates[-1] if dates else None))
        figure_checks = _check_figures(query, query_article, said, subset, stored_clusters, matches[0].cluster_id)
        used = {s for m in matches for s in m.origins} | {s for a in subset.attributions for s in a.chain}
        cited = tuple(subset.sources[s] for s in sorted(used) if s in subset.sources)
    return CheckResult(text, language, tuple(matches), figure_checks, cited, nearest)


def _claims_by_rowid(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, tuple[Claim, str, np.ndarray, str]]:
    """rowid -> (claim, the text its vector embeds, its vector, its article's language)."""
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    return {r[0]: (Claim(r[1], r[2], r[3], r[4], r[5], r[6]), r[7] if r[7] is not None else r[3],
                   np.frombuffer(r[8], np.float32), r[9])
            for r in conn.execute(
                f'SELECT c.rowid, c.id, c.article_id, c.text, c.start, c."end", c.line, c.claimed, c.vector, '
                f"a.language FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.rowid IN ({marks})",
                rowids)}


def _spread_rowids(conn: sqlite3.Connection, count: int) -> list[int]:
    """About `count` claim rowids spread evenly over the store: the same ones every time."""
    low, high = conn.execute("SELECT min(rowid), max(rowid) FROM claims").fetchone()
    if low is None:
        return []
    step = max(1, (high - low + 1) // count)
    return [r[0] for r in conn.execute("SELECT rowid FROM claims WHERE (rowid - ?) % ? = 0 LIMIT ?",
                                       (low, step, count))]


def _cluster_of(conn: sqlite3.Connection, claim_id: str) -> str:
    row = conn.execute("SELECT cluster_id FROM cluster_members WHERE claim_id = ?", (claim_id,)).fetchone()
    return row[0] if row else cluster.cluster_id([claim_id])


def _load_claims(conn: sqlite3.Connection, claim_ids: list[str]) -> _Stored:
    """The stored results of some claims, with their articles: what a look-up shows and compares."""
    wanted = set(claim_ids)
    # _load reads everything; a look-up needs a few articles, named in a temporary table (a cluster
    # can outgrow the number of parameters one statement takes)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_claims (id TEXT PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_articles (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM wanted_claims")
    conn.execute("DELETE FROM wanted_articles")
    conn.executemany("INSERT INTO wanted_claims VALUES (?)", ((c,) for c in wanted))
    conn.execute("INSERT INTO wanted_articles SELECT DISTINCT article_id FROM claims WHERE id IN "
                 "(SELECT id FROM wanted_claims)")
    stored = _load(conn, only_articles=True)
    keep = [i for i, c in enumerate(stored.claims) if c.id in wanted]
    return replace(
        stored, claims=tuple(stored.claims[i] for i in keep), rowids=stored.rowids[keep],
        texts=tuple(stored.texts[i] for i in keep), vectors=stored.vectors[keep],
        attributions=tuple(a for a in stored.attributions if a.claim_id in wanted),
        assertions=tuple(a for a in stored.assertions if a.claim_id in wanted),
        quantities=tuple(q for q in stored.quantities if q.claim_id in wanted))


def _check_figures(query: Claim, query_article: Article, said: attribution.Attributions, subset: _Stored,
                   clusters: list[Cluster], best: str) -> tuple[FigureCheck, ...]:
    """Each figure of the query against the other estimates of the figure question it joins."""
    found = quantities.extract_quantities((query,), {QUERY_ARTICLE: query_article.language})
    if not found:
        return ()
    clusters = [replace(c, claim_ids=c.claim_ids + (query.id,), article_ids=c.article_ids + (QUERY_ARTICLE,))
                if c.id == best else c for c in clusters]
    cited = {**subset.sources, **{s.id: s for s in said.sources}}
    questions = figures.figure_questions(
        subset.quantities + found, subset.claims + (query,), subset.articles + (query_article,), clusters,
        subset.attributions + said.attributions, sources=tuple(cited.values()))
    names = figures.source_names(tuple(cited.values()))
    titles = {a.id: a.outlet or a.title or a.id for a in subset.articles} | {QUERY_ARTICLE: "the claim checked"}

    def name(e: Estimate) -> str:
        return names.get(e.origin, e.origin) if e.origin else titles.get(e.article_ids[0], e.article_ids[0])

    checks = []
    for q in found:
        question = next((f for f in questions for e in f.estimates if q.id in e.quantity_ids), None)
        if question is None:
            continue
        mine = next(e for e in question.estimates if q.id in e.quantity_ids)
        others = [e for e in question.estimates if e is not mine]
        if not others and len(mine.quantity_ids) == 1:
            continue  # the store says nothing about this figure
        verdict, reason = "not compared", "Nothing to compare: the figures are plans, additions or parts."
        if len(mine.quantity_ids) > 1:  # folded with a stored figure: same value, origin and time
            verdict, reason = "agrees", f"The store gives the same figure: {figures.phrase(mine)}."
        for other in others:
            if mine.status not in figures.COMPARED or other.status not in figures.COMPARED:
                continue
            said_verdict, why = figures.judge([mine, other], name)
            word = _VERDICT_WORD[said_verdict]
            if _VERDICT_RANK[word] > _VERDICT_RANK[verdict]:
                verdict, reason = word, why
        checks.append(FigureCheck(q.text, question.label, verdict, reason, tuple(others)))
    return tuple(checks)


# --------------------------------------------------------------------------- documents for other tools


def check_to_dict(result: CheckResult) -> dict:
    """The JSON document `crosscheck check --json` prints (documented in the README)."""
    names = {s.id: s.name for s in result.sources}
    return {
        "query": result.query,
        "language": result.language,
        "found": bool(result.clusters),
        "nearest_similarity": round(result.nearest, 4),
        "clusters": [
            {"id": m.cluster_id, "origins": list(m.origins), "origin_names": [names.get(o, o) for o in m.origins],
             "independent_origins": m.independent_origins,
             "claims": [
                 {"id": c.claim.id, "text": c.claim.text, "similarity": c.similarity, "matched": c.matched,
                  "article_id": c.article.id, "path": c.article.path, "title": c.article.title,
                  "outlet": c.article.outlet, "date": c.article.date, "line": c.claim.line,
                  "chains": [list(chain) for chain in c.chains]}
                 for c in m.claims]}
            for m in result.clusters],
        "figures": [
            {"text": f.text, "question": f.question, "verdict": f.verdict, "reason": f.reason,
             "estimates": [{"text": e.text, "value": e.value, "low": e.low, "high": e.high, "status": e.status,
                            "time": e.time, "origin": e.origin, "article_ids": list(e.article_ids)}
                           for e in f.estimates]}
            for f in result.figures],
    }


def export_jsonl(store: str | Path) -> Iterator[str]:
    """One JSON object a line, `type` first: every article (with its text), claim, cluster, source,
    attribution, quantity, figure question and conflict of the stored story, as in report.json."""
    from .render.json import report_to_dict

    report = load_report(store)
    document = report_to_dict(report)
    text_of = {a.id: a.text for a in report.articles}
    for section, kind in (("articles", "article"), ("claims", "claim"), ("clusters", "cluster"),
                          ("sources", "source"), ("attributions", "attribution"), ("quantities", "quantity"),
                          ("figures", "figure"), ("conflicts", "conflict")):
        for row in document[section]:
            if kind == "article":
                row = {**row, "text": text_of[row["id"]]}
            yield json.dumps({"type": kind, **row}, ensure_ascii=False)


def export_graphml(store: str | Path) -> str:
    """The stored story's sourcing graph as GraphML (as `report` writes sources.graphml)."""
    import networkx as nx

    report = load_report(store)
    return graph.graphml_text(nx.node_link_graph(report.graph, edges="edges"))
