"""The sourcing graph: which article names which source, who cites whom, and where chains end.

Nodes are "article:<id>", "source:<id>" and "speaker:<id>"; edges are article -reports-> the
nearest source it names, source -cites-> the next source in a chain, article -quotes-> speaker.
Every edge's `weight` is the number of claims behind it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from .records import Article, Attribution, Claim, Cluster, Source


@dataclass(frozen=True, slots=True)
class ClusterSourcing:
    """Where one cluster's claims come from.

    `independent_origins` counts distinct chain ends, plus each outlet that states a member claim
    without naming a source (it is then its own origin): three articles citing KCNA via AP,
    Reuters and CNN make one origin.
    """

    cluster_id: str
    origins: tuple[str, ...]
    intermediaries: tuple[str, ...]
    independent_origins: int
    unattributed_articles: tuple[str, ...]


def node_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def build_graph(
    articles: Iterable[Article],
    claims: Iterable[Claim],
    attributions: Iterable[Attribution],
    sources: Iterable[Source],
) -> nx.DiGraph:
    """The sourcing graph of a run (schema in the module docstring)."""
    graph = nx.DiGraph()
    by_id = {s.id: s for s in sources}
    claims_per_article: dict[str, int] = defaultdict(int)
    for claim in claims:
        claims_per_article[claim.article_id] += 1
    for article in articles:
        graph.add_node(node_id("article", article.id), type="article", label=article.title or article.id,
                       kind="article", origin=False, claims=claims_per_article[article.id],
                       outlet=article.outlet, date=article.date, language=article.language)

    touching: dict[str, set[str]] = defaultdict(set)
    edge_claims: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    origins: set[str] = set()
    for a in attributions:
        article = node_id("article", a.article_id)
        path = [node_id("source", sid) for sid in a.chain]
        if path:
            edge_claims[(article, path[0], "reports")].add(a.claim_id)
            origins.add(path[-1])
        for near, far in zip(path, path[1:]):
            edge_claims[(near, far, "cites")].add(a.claim_id)
        for node in path:
            touching[node].add(a.claim_id)
        if a.speaker:
            speaker = node_id("speaker", a.speaker)
            edge_claims[(article, speaker, "quotes")].add(a.claim_id)
            touching[speaker].add(a.claim_id)

    for node, claim_ids in touching.items():
        kind, key = node.split(":", 1)
        source = by_id.get(key)
        graph.add_node(node, type=kind, label=source.name if source else key,
                       kind=source.kind if source else "other", origin=node in origins, claims=len(claim_ids),
                       known=source.known if source else False,
                       state_controlled=source.state_controlled if source else False,
                       country=source.country if source else None)
    for (u, v, relation), claim_ids in edge_claims.items():
        if not graph.has_node(u):  # an attribution whose article was not passed in
            graph.add_node(u, type="article", label=u.split(":", 1)[1], kind="article", origin=False, claims=0)
        graph.add_edge(u, v, relation=relation, weight=len(claim_ids))
    return graph


def with_origins(clusters: Iterable[Cluster], attributions: Iterable[Attribution]) -> tuple[Cluster, ...]:
    """The clusters with `origins` filled: the ends of their claims' chains, sorted."""
    ends = _chain_ends(attributions)
    return tuple(
        replace(c, origins=tuple(sorted({o for cid in c.claim_ids for o in ends.get(cid, ())})))
        for c in clusters
    )


def cluster_sourcing(
    clusters: Iterable[Cluster],
    claims: Iterable[Claim],
    attributions: Iterable[Attribution],
    articles: Iterable[Article],
) -> tuple[ClusterSourcing, ...]:
    """For each cluster: origins, intermediaries and how many independent origins it rests on."""
    attributions = tuple(attributions)
    ends = _chain_ends(attributions)
    middles: dict[str, set[str]] = defaultdict(set)
    for a in attributions:
        middles[a.claim_id].update(a.chain[:-1])
    article_of = {c.id: c.article_id for c in claims}
    outlet_of = {a.id: (a.outlet or a.id).casefold() for a in articles}
    result = []
    for cluster in clusters:
        origins = sorted({o for cid in cluster.claim_ids for o in ends.get(cid, ())})
        # An article that names a source for any of its claims here got the claim from there;
        # only an article that names none states it on its own account.
        attributed = {article_of.get(cid) for cid in cluster.claim_ids if cid in ends}
        unattributed = sorted({article_of[cid] for cid in cluster.claim_ids if cid in article_of} - attributed)
        own_outlets = {outlet_of.get(aid, aid) for aid in unattributed}
        intermediaries = sorted({m for cid in cluster.claim_ids for m in middles.get(cid, ())} - set(origins))
        result.append(ClusterSourcing(cluster.id, tuple(origins), tuple(intermediaries),
                                      len(origins) + len(own_outlets), tuple(unattributed)))
    return tuple(result)


def graph_data(graph: nx.DiGraph) -> dict[str, Any]:
    """Node-link data for the JSON report."""
    return nx.node_link_data(graph, edges="edges")


def graphml_text(graph: nx.DiGraph) -> str:
    """GraphML for Gephi. GraphML takes no None, list or dict values: None attributes are left
    out, lists are joined with "; ", dicts written as JSON."""
    return "\n".join(nx.generate_graphml(graphml_ready(graph))) + "\n"


def graphml_ready(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy of `graph` whose ids and attribute values GraphML (XML) can store."""
    ready = nx.DiGraph()
    ready.graph.update(_plain(graph.graph))
    ready.add_nodes_from((_xml_text(str(n)), _plain(d)) for n, d in graph.nodes(data=True))
    ready.add_edges_from((_xml_text(str(u)), _xml_text(str(v)), _plain(d)) for u, v, d in graph.edges(data=True))
    return ready


# Characters XML 1.0 cannot hold; article titles are untrusted and may contain them.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return XML_INVALID.sub("\ufffd", text)


def _plain(attributes: dict[str, Any]) -> dict[str, Any]:
    plain = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, (set, frozenset)):
            value = "; ".join(sorted(str(v) for v in value))
        elif isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        plain[_xml_text(str(key))] = _xml_text(value) if isinstance(value, str) else value
    return plain


def _chain_ends(attributions: Iterable[Attribution]) -> dict[str, set[str]]:
    ends: dict[str, set[str]] = defaultdict(set)
    for a in attributions:
        if a.chain:
            ends[a.claim_id].add(a.chain[-1])
    return ends
