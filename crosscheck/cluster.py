"""Claims that say the same thing, across articles.

Every claim ends in exactly one cluster; a cluster whose claims all come from one article is a
unique claim (a candidate to verify). A cluster's worth is the number of articles it spans.

How two claims are judged the same. The pipeline passes what each claim says without who says it
("laut Reuters" cut, see attribution.Attributions.claimed), so one claim relayed by different outlets
still matches.
1. Candidates are each claim's nearest neighbours in the FAISS index whose cosine reaches the judge's
   floor.
2. The judge (judge.py: a logistic regression over the cosine, the margin, word overlap, names,
   figures, negation, direction and more, fitted on the development part of the labelled stories)
   gives each candidate pair a same-claim probability; pairs reaching the threshold may merge.
3. They merge best first, but only while the two groups stay densely linked and similar on average
   (average linkage in cosine, the judge's mean_floor): no chaining through a long series of
   pairwise-close sentences.
4. Two claims that sound alike but say different things never end in one cluster: they name the
   same parties in swapped roles (direction.py), or quote different words.
Each member of a cluster carries the best judge score of a pair that joined it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from crosscheck.attribution import quotations
from crosscheck.direction import opposite, read_direction
from crosscheck.index import build_index
from crosscheck.judge import (Judge, content_tokens, lexical_overlap, load_judge, pair_features, read_signals,
                              runner_up)
from crosscheck.records import Claim, Cluster

__all__ = ["cluster_claims", "cluster_of", "cluster_id", "content_tokens", "candidate_pairs"]

NEIGHBOURS = 10  # candidates per claim
HUB_NEIGHBOURS = 4  # closest claims of other articles that measure how generic a claim is
UNRELATED_SIMILARITY = 0.3  # stands in for missing neighbours in a small corpus
MIN_LINK_DENSITY = 0.5
MIN_QUOTED_LETTERS = 4  # a quotation's "der", "und", "the" say nothing of whose words they are


def cluster_claims(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    threshold: float | None = None,
    texts: Sequence[str] | None = None,
    languages: Mapping[str, str] | None = None,
    judge: Judge | None = None,
) -> tuple[Cluster, ...]:
    """Group the claims (row i of `vectors` embeds claims[i]) into clusters, most articles first.

    `threshold` is the judge's same-claim probability a pair must reach (default: the judge's own).
    `texts` are what the vectors embed, when not the claims' own texts; the judge reads them too.
    `languages` (article id -> language) tells the judge which pairs are in two languages.
    """
    if len(claims) != len(vectors):
        raise ValueError(f"{len(claims)} claims but {len(vectors)} vectors")
    if texts is not None and len(texts) != len(claims):
        raise ValueError(f"{len(claims)} claims but {len(texts)} texts")
    if not claims:
        return ()
    judge = judge or load_judge()
    threshold = judge.threshold if threshold is None else threshold
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    texts = texts or [c.text for c in claims]
    language = [(languages or {}).get(c.article_id, "und") for c in claims]
    first, second, score = candidate_pairs(claims, vectors, texts, language, judge)
    keep = score >= threshold
    tokens = [content_tokens(text) for text in texts]
    apart = _apart_pairs(texts, tokens, np.array(language), first, second, keep)
    merge = keep & ~apart
    labels, admitted = _merge(vectors, first[merge], second[merge], score[merge], first[apart], second[apart],
                              judge.mean_floor)
    return _clusters(claims, labels, admitted)


def candidate_pairs(claims: Sequence[Claim], vectors: np.ndarray, texts: Sequence[str], language: Sequence[str],
                    judge: Judge) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs (first < second: FAISS neighbours whose cosine reaches the judge's floor) and
    their judge scores."""
    n = len(claims)
    articles = np.unique([c.article_id for c in claims], return_inverse=True)[1]
    similarity, neighbour = build_index(vectors, [c.id for c in claims]).search(vectors, NEIGHBOURS + 1)
    rows = np.repeat(np.arange(n), similarity.shape[1]).reshape(similarity.shape)
    valid = (neighbour >= 0) & (neighbour != rows)
    generic = genericness(similarity, np.where(valid, neighbour, 0), valid, articles)

    candidate = valid & (similarity >= judge.floor)
    first = np.minimum(rows, neighbour)[candidate]
    second = np.maximum(rows, neighbour)[candidate]
    cosine = similarity[candidate]
    _, unique = np.unique(first * n + second, return_index=True)
    first, second, cosine = first[unique], second[unique], cosine[unique]
    if not len(first):
        return first, second, np.zeros(0)
    lexical = lexical_overlap([content_tokens(text) for text in texts], first, second)
    # a claim's signals are read only when it has a candidate: the others cannot be merged anyway
    signals = {i: read_signals(texts[i], language[i]) for i in set(first.tolist()) | set(second.tolist())}
    rest = runner_up(similarity, neighbour, valid, articles, first, second, UNRELATED_SIMILARITY)
    features = pair_features(signals, first, second, cosine.astype(np.float64), generic, lexical,
                             (articles[first] == articles[second]).astype(float), rest)
    return first, second, judge.score(features)


def genericness(similarity: np.ndarray, neighbour: np.ndarray, valid: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """Per claim, the mean cosine of its HUB_NEIGHBOURS closest claims in other articles.

    Cosine alone ranks same-topic sentences as high as restatements of one claim; a sentence close to
    everything is a topic, one close to a single sentence elsewhere a match (the "margin" of bitext
    mining, Artetxe & Schwenk 2019). The judge divides the cosine by this.
    """
    other = valid & (articles[neighbour] != articles[:, None])
    # searched neighbours come best first: keep the first HUB_NEIGHBOURS of other articles per row
    rank = np.cumsum(other, axis=1)
    taken = other & (rank <= HUB_NEIGHBOURS)
    found = taken.sum(axis=1)
    total = np.where(taken, similarity, 0).sum(axis=1) + (HUB_NEIGHBOURS - found) * UNRELATED_SIMILARITY
    return np.maximum(total / HUB_NEIGHBOURS, UNRELATED_SIMILARITY)


def _apart_pairs(texts: Sequence[str], tokens: Sequence[frozenset[str]], language: np.ndarray,
                 first: np.ndarray, second: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Which candidate pairs sound alike but say different things, which a sentence encoder cannot
    hear: they name the same parties in swapped roles ("X to Y", "Y to X"; see direction.py), or
    both quote someone, in one language, and neither repeats a word the other quotes (two quotations
    are two statements: "unbesiegbare Kampfbrüderschaft" is not "weit vorangekommen").

    Read only among claims with a pair to merge: no other claim can end in a cluster with a second one.
    """
    mergeable = sorted(set(first[keep].tolist()) | set(second[keep].tolist()))
    directions = {i: read_direction(texts[i], language[i]) for i in mergeable}
    quoted = {i: {t for t in content_tokens(" ".join(quotations(texts[i]))) if len(t) >= MIN_QUOTED_LETTERS}
              for i in mergeable}

    def apart(a: int, b: int) -> bool:
        if opposite(directions[a], directions[b]):
            return True
        both_quote = bool(quoted[a]) and bool(quoted[b]) and language[a] == language[b]
        return both_quote and not quoted[a] & tokens[b] and not quoted[b] & tokens[a]

    return np.array([a in directions and b in directions and apart(a, b)
                     for a, b in zip(first.tolist(), second.tolist())], dtype=bool)


def _merge(vectors: np.ndarray, first: np.ndarray, second: np.ndarray, score: np.ndarray,
           apart_first: np.ndarray, apart_second: np.ndarray, mean_floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Union the pairs best first, while the two groups stay densely linked and similar on average,
    and hold no pair that must stay apart (`apart_first[k]`, `apart_second[k]`).

    Dense: at least MIN_LINK_DENSITY of the pairs between the groups are themselves matching pairs
    (a claim has at most NEIGHBOURS candidates, which caps what large groups can show).
    Similar: their mean pairwise cosine, exact from the groups' vector sums, reaches `mean_floor`.
    """
    parent = list(range(len(vectors)))
    sums: dict[int, np.ndarray] = {}
    sizes: dict[int, int] = {}
    links: dict[int, Counter[int]] = {}
    for a, b in zip(first.tolist(), second.tolist()):
        links.setdefault(a, Counter())[b] += 1
        links.setdefault(b, Counter())[a] += 1
    apart: dict[int, set[int]] = {}
    for a, b in zip(apart_first.tolist(), apart_second.tolist()):
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    admitted = np.full(len(vectors), np.nan)  # per claim, the best score of a pair that joined it
    for k in np.argsort(-score, kind="stable").tolist():
        a, b = root(int(first[k])), root(int(second[k]))
        if a == b:
            continue
        sum_a, sum_b = sums.get(a, vectors[a]), sums.get(b, vectors[b])
        size_a, size_b = sizes.get(a, 1), sizes.get(b, 1)
        possible = min(size_a * size_b, NEIGHBOURS * min(size_a, size_b))
        if links[a][b] < MIN_LINK_DENSITY * possible or float(sum_a @ sum_b) < mean_floor * size_a * size_b:
            continue
        if b in apart.get(a, ()):
            continue
        for claim in (int(first[k]), int(second[k])):
            admitted[claim] = np.fmax(admitted[claim], score[k])
        if size_a < size_b:
            a, b = b, a
        parent[b] = a
        sums[a], sizes[a] = sum_a + sum_b, size_a + size_b
        sums.pop(b, None)
        sizes.pop(b, None)
        for other, count in links.pop(b).items():
            if other != a:
                links[a][other] += count
                links[other][a] += count
            del links[other][b]
        for other in apart.pop(b, ()):
            apart[other].discard(b)
            apart[other].add(a)
            apart.setdefault(a, set()).add(other)
    return np.array([root(i) for i in range(len(vectors))]), admitted


def _clusters(claims: Sequence[Claim], labels: np.ndarray, admitted: np.ndarray) -> tuple[Cluster, ...]:
    members: dict[int, list[int]] = {}
    for position, label in enumerate(labels.tolist()):
        members.setdefault(label, []).append(position)
    clusters = []
    for positions in members.values():
        claim_ids = tuple(claims[i].id for i in positions)
        article_ids = tuple(dict.fromkeys(claims[i].article_id for i in positions))
        # a claim alone was admitted by no pair: its cluster carries no scores
        scores = tuple(round(float(admitted[i]), 4) for i in positions) if len(positions) > 1 else ()
        clusters.append((positions[0], Cluster(cluster_id(claim_ids), claim_ids, article_ids, scores=scores)))
    clusters.sort(key=lambda item: (-len(item[1].article_ids), -len(item[1].claim_ids), item[0]))
    return tuple(cluster for _, cluster in clusters)


def cluster_id(claim_ids: Sequence[str]) -> str:
    """Stable across runs: derived from the member claim ids alone."""
    return "c-" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:12]


def cluster_of(clusters: Sequence[Cluster]) -> dict[str, str]:
    """claim id -> cluster id."""
    return {claim_id: c.id for c in clusters for claim_id in c.claim_ids}
