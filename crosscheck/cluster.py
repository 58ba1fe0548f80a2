"""Claims that say the same thing, across articles.

Every claim ends in exactly one cluster; a cluster whose claims all come from one article is a
unique claim (a candidate to verify). A cluster's worth is the number of articles it spans.

How two claims are judged the same (all measured on the seeds and on the cases in tests/test_cluster.py).
The pipeline passes what each claim says without who says it ("laut Reuters" cut, see
attribution.Attributions.claimed), so one claim relayed by different outlets still matches.
1. Candidates are each claim's nearest neighbours in the FAISS index whose cosine reaches MIN_COSINE.
2. Cosine alone ranks same-topic sentences ("Putin visits Pyongyang", "Kim meets Lavrov") as high as
   restatements of one claim, so it is divided by how similar each claim is to its closest claims
   in other articles (the "margin" of bitext mining, Artetxe & Schwenk 2019): a sentence close to
   everything is a topic, one close to a single sentence elsewhere is a match.
3. Lexical evidence is added: the IDF-weighted share of the shorter claim's content words (cut to
   a six-letter stem, numbers normalised) that the other claim repeats. Rare shared words (names,
   places, figures) weigh most. Across languages it is near zero, so a pair in two languages gets
   CROSS_LANGUAGE_ALLOWANCE in its place.
4. Pairs whose score reaches the threshold are merged, best first, but only while the two groups
   stay similar on average (average linkage in cosine, MIN_MEAN_COSINE): no chaining through a
   long series of pairwise-close sentences.
5. Two claims that sound alike but say different things never end in one cluster: they name the
   same parties in swapped roles (direction.py), or quote different words.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from crosscheck.attribution import quotations
from crosscheck.direction import opposite, read_direction
from crosscheck.index import build_index
from crosscheck.records import Claim, Cluster

NEIGHBOURS = 10  # candidates per claim
HUB_NEIGHBOURS = 4  # closest claims of other articles that measure how generic a claim is
UNRELATED_SIMILARITY = 0.3  # stands in for missing neighbours in a small corpus
MIN_COSINE = 0.5
MIN_MEAN_COSINE = 0.45
MIN_LINK_DENSITY = 0.5
LEXICAL_WEIGHT = 0.5
# Across languages only names and numbers can be shared words. Word overlap of the seeds' German
# same-claim pairs: 0.18-0.83 (mean 0.48); of the German/English restatements in tests/: 0.04-0.14
# (mean 0.1). A pair in two languages gets back 0.5 x that shortfall, about 0.2. On those cases,
# same-claim pairs in two languages score 1.04-2.47 without it, different claims at most 0.91.
CROSS_LANGUAGE_ALLOWANCE = 0.2
STEM_LETTERS = 6
MIN_QUOTED_LETTERS = 4  # a quotation's "der", "und", "the" say nothing of whose words they are
MIN_WORD_LETTERS = 3

_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")
_THOUSANDS = re.compile(r"[.,](?=\d{3}(?!\d))")


def content_tokens(text: str) -> frozenset[str]:
    """Stems of the words (six letters, lower case) and numbers ('11.000' and '11,000' alike) of a text."""
    tokens = set()
    for word in _TOKEN.findall(text):
        if word[0].isdigit():
            tokens.add(_THOUSANDS.sub("", word).replace(",", "."))
        elif len(word) >= MIN_WORD_LETTERS:
            tokens.add(word.casefold()[:STEM_LETTERS])
    return frozenset(tokens)


def cluster_claims(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    threshold: float,
    texts: Sequence[str] | None = None,
    languages: Mapping[str, str] | None = None,
) -> tuple[Cluster, ...]:
    """Group the claims (row i of `vectors` embeds claims[i]) into clusters, most articles first.

    `texts` are what the vectors embed, when not the claims' own texts; word overlap reads them too.
    `languages` (article id -> language) lets pairs in two languages make up for the word overlap
    they cannot have.
    """
    if len(claims) != len(vectors):
        raise ValueError(f"{len(claims)} claims but {len(vectors)} vectors")
    if texts is not None and len(texts) != len(claims):
        raise ValueError(f"{len(claims)} claims but {len(texts)} texts")
    if not claims:
        return ()
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    texts = texts or [c.text for c in claims]
    tokens = [content_tokens(text) for text in texts]
    articles = np.unique([c.article_id for c in claims], return_inverse=True)[1]
    first, second, score = _scored_pairs(claims, vectors, articles, tokens)
    language = np.array([(languages or {}).get(c.article_id, "und") for c in claims])
    two_languages = (language[first] != "und") & (language[second] != "und") & (language[first] != language[second])
    score = score + np.where(two_languages, CROSS_LANGUAGE_ALLOWANCE, 0.0)
    keep = score >= threshold
    apart = _apart_pairs(texts, tokens, language, first, second, keep)
    merge = keep & ~apart
    labels = _merge(vectors, first[merge], second[merge], score[merge], first[apart], second[apart])
    return _clusters(claims, labels)


def _scored_pairs(claims: Sequence[Claim], vectors: np.ndarray, articles: np.ndarray,
                  tokens: Sequence[frozenset[str]]):
    """Candidate pairs (first < second) and their same-claim scores."""
    n = len(claims)
    similarity, neighbour = build_index(vectors, [c.id for c in claims]).search(vectors, NEIGHBOURS + 1)
    rows = np.repeat(np.arange(n), similarity.shape[1]).reshape(similarity.shape)
    valid = (neighbour >= 0) & (neighbour != rows)
    generic = _genericness(similarity, np.where(valid, neighbour, 0), valid, articles)

    candidate = valid & (similarity >= MIN_COSINE)
    first = np.minimum(rows, neighbour)[candidate]
    second = np.maximum(rows, neighbour)[candidate]
    cosine = similarity[candidate]
    _, unique = np.unique(first * n + second, return_index=True)
    first, second, cosine = first[unique], second[unique], cosine[unique]

    margin = cosine / ((generic[first] + generic[second]) / 2)
    lexical = _lexical_overlap(tokens, first, second)
    return first, second, margin + LEXICAL_WEIGHT * lexical


def _genericness(similarity: np.ndarray, neighbour: np.ndarray, valid: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """Per claim, the mean cosine of its HUB_NEIGHBOURS closest claims in other articles."""
    other = valid & (articles[neighbour] != articles[:, None])
    # searched neighbours come best first: keep the first HUB_NEIGHBOURS of other articles per row
    rank = np.cumsum(other, axis=1)
    taken = other & (rank <= HUB_NEIGHBOURS)
    found = taken.sum(axis=1)
    total = np.where(taken, similarity, 0).sum(axis=1) + (HUB_NEIGHBOURS - found) * UNRELATED_SIMILARITY
    return np.maximum(total / HUB_NEIGHBOURS, UNRELATED_SIMILARITY)


def _lexical_overlap(token_sets: Sequence[frozenset[str]], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """IDF-weighted share of the shorter claim's content tokens found in the other one (0..1)."""
    if not len(first):
        return np.zeros(0)
    frequency = Counter(token for tokens in token_sets for token in tokens)
    vocabulary = {token: i for i, token in enumerate(frequency)}
    n = len(token_sets)
    # BM25's idf; binary term weights, since a claim is one sentence
    idf = np.array([math.log(1 + (n - f + 0.5) / (f + 0.5)) for f in frequency.values()])
    columns = np.fromiter((vocabulary[t] for tokens in token_sets for t in tokens), dtype=np.int64)
    pointers = np.cumsum([0] + [len(tokens) for tokens in token_sets])
    weights = sparse.csr_matrix((idf[columns], columns, pointers), shape=(n, len(vocabulary)))
    mass = np.asarray(weights.multiply(weights).sum(axis=1)).ravel()
    shared = np.asarray(weights[first].multiply(weights[second]).sum(axis=1)).ravel()
    smaller = np.minimum(mass[first], mass[second])
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)


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
           apart_first: np.ndarray, apart_second: np.ndarray) -> np.ndarray:
    """Union the pairs best first, while the two groups stay densely linked and similar on average,
    and hold no pair that must stay apart (`apart_first[k]`, `apart_second[k]`).

    Dense: at least MIN_LINK_DENSITY of the pairs between the groups are themselves matching pairs
    (a claim has at most NEIGHBOURS candidates, which caps what large groups can show).
    Similar: their mean pairwise cosine, exact from the groups' vector sums, reaches MIN_MEAN_COSINE.
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

    for k in np.argsort(-score, kind="stable").tolist():
        a, b = root(int(first[k])), root(int(second[k]))
        if a == b:
            continue
        sum_a, sum_b = sums.get(a, vectors[a]), sums.get(b, vectors[b])
        size_a, size_b = sizes.get(a, 1), sizes.get(b, 1)
        possible = min(size_a * size_b, NEIGHBOURS * min(size_a, size_b))
        if links[a][b] < MIN_LINK_DENSITY * possible or float(sum_a @ sum_b) < MIN_MEAN_COSINE * size_a * size_b:
            continue
        if b in apart.get(a, ()):
            continue
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
    return np.array([root(i) for i in range(len(vectors))])


def _clusters(claims: Sequence[Claim], labels: np.ndarray) -> tuple[Cluster, ...]:
    members: dict[int, list[int]] = {}
    for position, label in enumerate(labels.tolist()):
        members.setdefault(label, []).append(position)
    clusters = []
    for positions in members.values():
        claim_ids = tuple(claims[i].id for i in positions)
        article_ids = tuple(dict.fromkeys(claims[i].article_id for i in positions))
        clusters.append((positions[0], Cluster(cluster_id(claim_ids), claim_ids, article_ids)))
    clusters.sort(key=lambda item: (-len(item[1].article_ids), -len(item[1].claim_ids), item[0]))
    return tuple(cluster for _, cluster in clusters)


def cluster_id(claim_ids: Sequence[str]) -> str:
    """Stable across runs: derived from the member claim ids alone."""
    return "c-" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:12]


def cluster_of(clusters: Sequence[Cluster]) -> dict[str, str]:
    """claim id -> cluster id."""
    return {claim_id: c.id for c in clusters for claim_id in c.claim_ids}
