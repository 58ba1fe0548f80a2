"""The stages in order, and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from . import attribution, cluster, conflicts, embed, figures, graph, ingest, quantities, segment, sources
from .errors import NoArticlesError
from .records import Options, Report

Progress = Callable[[str, int], None]  # (stage name, items it works on); the CLI draws it


def analyze(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    stdin: TextIO | None = None,
    embedder: embed.Embedder | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read the articles the paths name and cross-check them."""
    options = options or Options()
    report_stage = progress or (lambda stage, size: None)

    # 1. Articles and their sentences; unreadable inputs are reported, not fatal.
    report_stage("reading articles", len(paths))
    articles, problems = ingest.read_articles(paths, stdin=stdin, max_article_chars=options.max_article_chars)
    articles, claims, too_slow = segment.split_articles(articles, options.article_seconds)
    problems += too_slow
    if not articles:
        raise NoArticlesError(f"no article could be read from {', '.join(paths)}", problems)

    # 2. Who says it: attributions first, since clusters report their origins.
    report_stage("tracing sources", len(claims))
    gazetteer = sources.load_gazetteer(options.sources_file)
    attributions, assertions, cited, claimed = attribution.extract_attributions(claims, articles, gazetteer)

    # 3. The same claim in several articles: what is claimed, not who says it ("laut Reuters" and
    #    "according to AP" are cut), embedded once (cached), then grouped.
    report_stage("embedding claims", len(claims))
    embedder = embedder or embed.load_embedder(options.model, cache_dir=options.cache_dir)
    texts = [claimed.get(c.id, c.text) for c in claims]
    vectors = embedder.encode(texts)
    report_stage("grouping claims", len(claims))
    threshold = options.threshold if options.threshold is not None else embedder.threshold
    languages = {a.id: a.language for a in articles}
    clusters = graph.with_origins(
        cluster.cluster_claims(claims, vectors, threshold, texts=texts, languages=languages), attributions)

    # 4. Figures, grouped into questions (how many troops? how long was the visit?) with a verdict
    #    each; the differing pairs of estimates are derived from them.
    report_stage("comparing figures", len(claims))
    found = quantities.extract_quantities(claims, languages)
    questions = figures.figure_questions(found, claims, articles, clusters, attributions, sources=cited)
    disagreements = conflicts.find_conflicts(questions, found, articles, sources=cited)

    sourcing = graph.build_graph(articles, claims, attributions, cited)
    return Report(
        articles=articles, claims=claims, clusters=clusters, sources=cited, attributions=attributions,
        assertions=assertions, quantities=found, conflicts=disagreements, figures=questions,
        graph=graph.graph_data(sourcing), problems=problems,
    )
