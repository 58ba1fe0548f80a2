"""The stages in order, and nothing else.

The per-article stages (read, segment, attribute, quantities, embed) depend on one article only, so
they are a map over chunks of articles, run by a runner (crosscheck/workers.py): in this process for
small inputs, on every local core for large ones, on Dask with --scheduler or --workers. The
corpus-wide stages (cluster, figures, graph) run here, on what the map returns, in input order: the
report is the same whichever runner ran the map.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TextIO

import numpy as np

from . import (attribution, cluster, conflicts, embed, figures, graph, ingest, inputs, quantities, segment, somajo_speedup,
               sources, workers)
from .errors import NoArticlesError
from .records import Article, Assertion, Attribution, Claim, Options, Problem, Quantity, Report, Source

Progress = Callable[[str, int], None]  # (stage name, items it works on); the CLI draws it


def analyze(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    stdin: TextIO | None = None,
    embedder: embed.Embedder | None = None,
    progress: Progress | None = None,
    runner: workers.Runner | None = None,
) -> Report:
    """Read the articles the paths name and cross-check them.

    An `embedder` object given here is used in this process (the map runs here); by default each
    process that runs the map loads the model the options name. `runner` defaults to the one the
    options ask for (see workers.runner_for), closed when the map is done; one passed in stays open.
    """
    options = options or Options()
    report_stage = progress or (lambda stage, size: None)
    threshold = options.threshold if options.threshold is not None else (embedder or embed.find_model(options.model)).threshold
    owned = runner is None or embedder is not None  # a runner passed in is the caller's to close
    runner = workers.InProcess() if embedder else runner or workers.runner_for(options.scheduler, options.workers)
    context = (options, embedder)
    try:
        # 1. Articles: inputs listed here, read by the runner; unreadable inputs are reported, not fatal.
        report_stage("reading articles", len(paths))
        listed, trailing = inputs.list_inputs(paths, stdin)
        read = [one for part in runner.map(inputs.read_inputs, listed, context) for one in part]
        articles = inputs.unique_ids([a for found, _ in read for a in found])
        problems = tuple(p for _, found in read for p in found) + ingest.shown(trailing)

        # 2. Per article: sentences (an article over its time budget is dropped with a problem), who
        #    says them, their figures, their vectors.
        report_stage("tracing sources and embedding claims", len(articles))
        found = merge(runner.map(analyze_articles, articles, context)) if articles else merge(())
        articles, problems = found.articles, problems + ingest.shown(found.problems)
        if not articles:
            raise NoArticlesError(f"no article could be read from {', '.join(paths)}", problems)
    finally:
        if owned:
            runner.close()

    # 3. The same claim in several articles, compared by what is claimed without who says it.
    report_stage("grouping claims", len(found.claims))
    texts = [found.claimed.get(c.id, c.text) for c in found.claims]
    languages = {a.id: a.language for a in articles}
    clusters = graph.with_origins(
        cluster.cluster_claims(found.claims, found.vectors, threshold, texts=texts, languages=languages), found.attributions)

    # 4. Figures, grouped into questions (how many troops? how long was the visit?) with a verdict
    #    each; the differing pairs of estimates are derived from them.
    report_stage("comparing figures", len(found.claims))
    questions = figures.figure_questions(found.quantities, found.claims, articles, clusters, found.attributions,
                                         sources=found.sources)
    disagreements = conflicts.find_conflicts(questions, found.quantities, articles, sources=found.sources)

    # 5. Who cites whom.
    sourcing = graph.build_graph(articles, found.claims, found.attributions, found.sources)
    return Report(
        articles=articles, claims=found.claims, clusters=clusters, sources=found.sources,
        attributions=found.attributions, assertions=found.assertions, quantities=found.quantities,
        conflicts=disagreements, figures=questions, graph=graph.graph_data(sourcing), problems=problems,
    )


@dataclass(frozen=True, slots=True)
class Found:
    """What the per-article stages found in some articles, in article and claim order."""

    articles: tuple[Article, ...]  # those split within their time budget
    problems: tuple[Problem, ...]  # one for each article that was not
    claims: tuple[Claim, ...]
    attributions: tuple[Attribution, ...]
    assertions: tuple[Assertion, ...]
    sources: tuple[Source, ...]  # every source the attributions name, sorted by id
    claimed: dict[str, str]  # claim id -> what it claims without who says it, where it names a source
    quantities: tuple[Quantity, ...]
    vectors: np.ndarray  # one row per claim, of what it claims


def analyze_articles(articles: Sequence[Article], context: tuple[Options, Any]) -> Found:
    """The per-article stages over a chunk of articles: the unit of work a worker gets."""
    options, given = context
    somajo_speedup.install()  # same sentences, half the segmentation time (see somajo_speedup.py)
    articles, claims, too_slow = segment.split_articles(tuple(articles), options.article_seconds)
    who = attribution.extract_attributions(claims, articles, _gazetteer(options.sources_file))
    figures_found = quantities.extract_quantities(claims, {a.id: a.language for a in articles})
    vectors = _embedder(options, given).encode([who.claimed.get(c.id, c.text) for c in claims])
    return Found(articles, too_slow, claims, who.attributions, who.assertions, who.sources, who.claimed, figures_found, vectors)


def merge(parts: Sequence[Found]) -> Found:
    """One Found from consecutive chunks' (a source named in several keeps its first description)."""
    named: dict[str, Source] = {}
    for part in parts:
        for source in part.sources:
            named.setdefault(source.id, source)
    return Found(
        articles=tuple(a for p in parts for a in p.articles),
        problems=tuple(x for p in parts for x in p.problems),
        claims=tuple(c for p in parts for c in p.claims),
        attributions=tuple(a for p in parts for a in p.attributions),
        assertions=tuple(a for p in parts for a in p.assertions),
        sources=tuple(named[i] for i in sorted(named)),
        claimed={k: v for p in parts for k, v in p.claimed.items()},
        quantities=tuple(q for p in parts for q in p.quantities),
        vectors=np.concatenate([p.vectors for p in parts]) if parts else np.zeros((0, 0), np.float32),
    )


@cache
def _gazetteer(sources_file: str | None) -> sources.Gazetteer:
    return sources.load_gazetteer(sources_file)


# One embedder per model and cache folder, per process: a worker runs many chunks, and a model
# takes half a second to load.
_embedders: dict[tuple[str | None, str], embed.Embedder] = {}
_embedders_lock = threading.Lock()


def _embedder(options: Options, given: embed.Embedder | None) -> embed.Embedder:
    """The embedder given, or the one the options name, loaded once per process (a worker runs many chunks)."""
    if given is not None:
        return given
    key = (options.model, str(options.cache_dir or embed.default_cache_dir()))
    with _embedders_lock:
        if key not in _embedders:
            _embedders[key] = embed.load_embedder(options.model, cache_dir=options.cache_dir)
        return _embedders[key]
