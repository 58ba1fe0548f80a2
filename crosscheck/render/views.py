"""Derived views of a Report that every renderer shows: plain functions, no formatting."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from crosscheck.figures import COMPARED
from crosscheck.graph import ClusterSourcing, cluster_sourcing
from crosscheck.records import Attribution, Claim, Cluster, Estimate, FigureQuestion, Report


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts at the top of every report."""

    articles: int
    outlets: int
    languages: tuple[tuple[str, int], ...]  # (language, articles), most common first
    date_span: tuple[str, str] | None  # earliest and latest article date, when any article has one
    claims: int
    shared_clusters: int  # clusters spanning two or more articles
    unique_claims: int  # claims no other article repeats
    conflicts_by_kind: tuple[tuple[str, int], ...]  # (kind, count) for kinds present, severest first


@dataclass(frozen=True, slots=True)
class OriginShare:
    """How much of the attributed material ends at one origin."""

    source_id: str
    claims: int  # attributed claims whose chain ends here
    articles: tuple[str, ...]  # articles carrying at least one of them
    share: float  # claims / all attributed claims


@dataclass(frozen=True, slots=True)
class ChainUse:
    """One distinct sourcing chain and where it is used."""

    chain: tuple[str, ...]  # nearest source first, origin last
    claims: int
    articles: tuple[str, ...]


CONFLICT_KINDS = ("contradiction", "discrepancy", "different-time")


def article_labels(report: Report) -> dict[str, str]:
    """Short display names for article ids: the shortest prefix that ends at a separator and is unique.

    Ids such as "000_8ec5b5f785dc0443" become "000"; the full id stays in the JSON and in tooltips.
    The ids starting with a prefix lie side by side in sorted order, so each test is a binary search.
    """
    ids = [a.id for a in report.articles]
    ordered = sorted(ids)

    def starting_with(prefix: str) -> int:
        return bisect_right(ordered, prefix + "\U0010ffff") - bisect_left(ordered, prefix)

    labels = {}
    for article_id in ids:
        cuts = [i for i, ch in enumerate(article_id) if ch in "_-."] + [len(article_id)]
        labels[article_id] = next(article_id[:cut] for cut in cuts
                                  if cut == len(article_id) or starting_with(article_id[:cut]) == 1)
    return labels


def plural(count: int, word: str) -> str:
    """'1 claim', '2 claims', '2 discrepancies'."""
    if count == 1:
        return f"{count} {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else f"{count} {word}s"


def conflict_counts(summary: Summary) -> str:
    """'1 contradiction, 2 discrepancies, 2 different-time', or 'none'. 'different-time' is an
    adjective used as a name: it takes no plural."""
    return ", ".join(f"{count} {kind}" if kind == "different-time" else plural(count, kind)
                     for kind, count in summary.conflicts_by_kind) or "none"


def with_labels(text: str, labels: dict[str, str]) -> str:
    """A sentence written with article ids (a conflict's explanation), with the ids shortened to labels.

    Every id-like word is looked up, so the cost does not grow with the number of articles."""
    if not labels:
        return text

    def relabel(found: re.Match) -> str:
        word = found.group()
        core = word.rstrip(".")  # a sentence's full stop after an id
        return labels[core] + word[len(core):] if core in labels else word

    return _ID_WORD.sub(relabel, text)


_ID_WORD = re.compile(r"(?<![\w.-])[\w.-]+(?![\w-])")


def origin_of(attribution: Attribution) -> str | None:
    """The source a claim ultimately rests on: the chain's end, else the quoted speaker."""
    if attribution.chain:
        return attribution.chain[-1]
    return attribution.speaker


def shared_clusters(report: Report) -> tuple[Cluster, ...]:
    """Clusters whose claims come from two or more articles, the most widely repeated first."""
    shared = [c for c in report.clusters if len(set(c.article_ids)) >= 2]
    return tuple(sorted(shared, key=lambda c: -len(set(c.article_ids))))


def unique_claims(report: Report) -> tuple[Claim, ...]:
    """Claims that no other article repeats, in article order."""
    shared_ids = {claim_id for cluster in shared_clusters(report) for claim_id in cluster.claim_ids}
    return tuple(c for c in report.claims if c.id not in shared_ids)


def claims_worth_verifying(report: Report) -> tuple[Claim, ...]:
    """Unique claims, those carrying figures or attributions first: they are the checkable ones."""
    checkable = {q.claim_id for q in report.quantities} | {a.claim_id for a in report.attributions}
    claims = unique_claims(report)
    return tuple(sorted(claims, key=lambda c: c.id not in checkable))


def representative_claim(report: Report, cluster: Cluster, claims: dict[str, Claim] | None = None) -> Claim | None:
    """The claim that stands for a cluster: its first member, which the clusterer puts first.
    `claims` (id -> claim), when the caller has it, saves indexing the report's claims per cluster."""
    claims = claims if claims is not None else {c.id: c for c in report.claims}
    return next((claims[i] for i in cluster.claim_ids if i in claims), None)


def chains_by_claim(report: Report) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every claim's attribution chains (a quoted speaker counts as a one-link chain)."""
    chains: dict[str, list[tuple[str, ...]]] = {}
    for attribution in report.attributions:
        chain = attribution.chain or ((attribution.speaker,) if attribution.speaker else ())
        if chain:
            chains.setdefault(attribution.claim_id, []).append(chain)
    return {claim_id: tuple(dict.fromkeys(found)) for claim_id, found in chains.items()}


def cluster_sources(report: Report) -> dict[str, tuple[str, ...]]:
    """For each cluster, the sources its articles name directly (the first link of each chain)."""
    chains = chains_by_claim(report)
    return {
        cluster.id: tuple(dict.fromkeys(chain[0] for claim_id in cluster.claim_ids for chain in chains.get(claim_id, ())))
        for cluster in report.clusters
    }


def sourcing_by_cluster(report: Report) -> dict[str, ClusterSourcing]:
    """Per cluster: origins, intermediaries and the count of independent origins."""
    found = cluster_sourcing(report.clusters, report.claims, report.attributions, report.articles)
    return {s.cluster_id: s for s in found}


def origin_concentration(report: Report) -> tuple[OriginShare, ...]:
    """Origins by how many attributed claims end at them, largest first."""
    claims_at: dict[str, set[str]] = {}
    articles_at: dict[str, set[str]] = {}
    for attribution in report.attributions:
        origin = origin_of(attribution)
        if origin is None:
            continue
        claims_at.setdefault(origin, set()).add(attribution.claim_id)
        articles_at.setdefault(origin, set()).add(attribution.article_id)
    attributed = len({a.claim_id for a in report.attributions if origin_of(a) is not None})
    shares = [
        OriginShare(origin, len(claim_ids), tuple(sorted(articles_at[origin])), len(claim_ids) / attributed)
        for origin, claim_ids in claims_at.items()
    ]
    return tuple(sorted(shares, key=lambda s: (-s.claims, s.source_id)))


def sourcing_chains(report: Report) -> tuple[ChainUse, ...]:
    """Distinct chains, the most used first; a speaker-only attribution is a one-link chain."""
    claims: dict[tuple[str, ...], set[str]] = {}
    articles: dict[tuple[str, ...], set[str]] = {}
    for attribution in report.attributions:
        chain = attribution.chain or ((attribution.speaker,) if attribution.speaker else ())
        if not chain:
            continue
        claims.setdefault(chain, set()).add(attribution.claim_id)
        articles.setdefault(chain, set()).add(attribution.article_id)
    uses = [ChainUse(chain, len(claims[chain]), tuple(sorted(articles[chain]))) for chain in claims]
    return tuple(sorted(uses, key=lambda u: (-u.claims, -len(u.chain), u.chain)))


def _kind_rank(kind: str) -> int:
    return CONFLICT_KINDS.index(kind) if kind in CONFLICT_KINDS else len(CONFLICT_KINDS)


def summarize(report: Report) -> Summary:
    languages = Counter(a.language for a in report.articles).most_common()
    dates = sorted(a.date for a in report.articles if a.date)
    kinds = Counter(c.kind for c in report.conflicts)
    return Summary(
        articles=len(report.articles),
        outlets=len({a.outlet for a in report.articles if a.outlet}),
        languages=tuple(languages),
        date_span=(dates[0], dates[-1]) if dates else None,
        claims=len(report.claims),
        shared_clusters=len(shared_clusters(report)),
        unique_claims=len(unique_claims(report)),
        conflicts_by_kind=tuple(sorted(kinds.items(), key=lambda kv: (_kind_rank(kv[0]), kv[0]))),
    )


def disputed_figures(report: Report) -> tuple[FigureQuestion, ...]:
    """Questions that more than one estimate answers, the most disputed first (as the pipeline sorts them)."""
    return tuple(q for q in report.figures if len(q.estimates) >= 2)


def latest_estimate(question: FigureQuestion) -> Estimate | None:
    """The most recent dated estimate that counts what is (not a plan, addition or part)."""
    dated = [e for e in question.estimates if e.time and e.status in COMPARED]
    return max(dated, key=lambda e: e.time, default=None)


def value_range(question: FigureQuestion) -> tuple[float, float]:
    """The lowest and highest value the compared estimates give (all estimates when none is compared)."""
    compared = [e for e in question.estimates if e.status in COMPARED] or list(question.estimates)
    values = [e.value for e in compared]
    return min(values), max(values)


def graph_by_outlet(report: Report) -> dict:
    """The sourcing graph with one node per outlet in place of its articles, edge weights summed."""
    outlet_of = {f"article:{a.id}": f"outlet:{(a.outlet or 'no outlet named').casefold()}" for a in report.articles}
    members: Counter[str] = Counter(outlet_of.values())
    names = {outlet_of[f"article:{a.id}"]: a.outlet or "no outlet named" for a in report.articles}
    nodes, seen = [], set()
    for node in report.graph.get("nodes", ()):
        folded = outlet_of.get(node["id"])
        if folded is None:
            nodes.append(node)
        elif folded not in seen:
            seen.add(folded)
            nodes.append({**node, "id": folded, "label": f"{names[folded]} · {plural(members[folded], 'article')}"})
    weights: Counter[tuple[str, str, str]] = Counter()
    for edge in report.graph.get("edges", ()):
        key = (outlet_of.get(edge["source"], edge["source"]), outlet_of.get(edge["target"], edge["target"]),
               edge.get("relation", ""))
        weights[key] += edge.get("weight", 1)
    edges = [{"source": u, "target": v, "relation": relation, "weight": weight} for (u, v, relation), weight in weights.items()]
    return {**report.graph, "nodes": nodes, "edges": edges}
