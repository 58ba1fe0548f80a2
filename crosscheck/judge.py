"""Whether two claims state the same claim: a small learned pair score.

A sentence encoder ranks "same topic" as high as "same claim", so the cosine alone cannot decide.
The judge reads, for a pair of claims, signals that are cheap to compute and that each catch one
way a same-topic pair differs (FEATURES): the use-m3 cosine, the margin (cosine scaled by how close
each claim is to everything else) and the contrast (how far the pair stands above the next-closest
claim of the other article), IDF-weighted word overlap, whether the two come from one article or
are in two languages, the names they share, whether their figures agree or conflict, a negation on
one side only, their length ratio and the direction reader (direction.py). A logistic regression
weighs them; its coefficients, the threshold and the candidate floor live in
crosscheck/data/judge.toml, fitted by `python benchmarks/fit_judge.py` on the development part of
tests/claim_stories.py. Nothing is fitted at run time and only numpy is needed.

Clustering (cluster.py) scores every candidate pair with `Judge.score`; a single pair, e.g. for a
look-up in a store, is scored with `judge_pair`.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from scipy import sparse

from crosscheck.direction import Direction, opposite, places, read_direction
from crosscheck.languages import known_languages, language_data

FEATURES = (
    "cosine", "margin", "lexical", "same_article", "contrast", "cross_language", "cosine_cross", "lexical_cross",
    "shared_names", "no_shared_name", "figures_agree", "figures_conflict", "figures_one_side", "negation_mismatch",
    "length_ratio", "opposite_direction",
)
STEM_LETTERS = 6
NAME_LETTERS = 4  # a name's stem: "Malatya" and "Малатья" (malatya) meet, case endings do not count
MIN_WORD_LETTERS = 3
FIGURE_TOLERANCE = 0.1  # "more than 200" and "214", "6,800" and "about 7000": one figure, rounded

_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")
_THOUSANDS = re.compile(r"[.,](?=\d{3}(?!\d))")
_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d.,]*\d|\d)(?:\s*(?P<scale>[^\W\d_]+\.?))?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def content_tokens(text: str) -> frozenset[str]:
    """Stems of the words (six letters, lower case) and numbers ('11.000' and '11,000' alike) of a text."""
    tokens = set()
    for word in _TOKEN.findall(text):
        if word[0].isdigit():
            tokens.add(_number(word))
        elif len(word) >= MIN_WORD_LETTERS:
            tokens.add(word.casefold()[:STEM_LETTERS])
    return frozenset(tokens)


def _number(digits: str) -> str:
    return _THOUSANDS.sub("", re.sub(r"[ \u00a0\u202f]", "", digits)).replace(",", ".")


@dataclass(frozen=True, slots=True)
class Signals:
    """What the judge reads of one claim, computed once per claim."""

    language: str
    tokens: frozenset[str]
    names: frozenset[str]
    figures: tuple[float, ...]
    negated: bool
    words: int
    direction: Direction


def read_signals(text: str, language: str) -> Signals:
    """What the judge reads of one claim in `language` ("und": every language's words)."""
    words = _WORD.findall(text)
    negations = _negations(language)
    folded = [w.casefold() for w in words]
    negated = any(w in negations or w.startswith(("n'", "n’")) or w.endswith("n't") for w in folded)
    # names: capitalised words after the first (which any sentence capitalises), in Latin letters
    names = {_latin(w.casefold())[:NAME_LETTERS] for w in words[1:] if w[0].isupper() and len(w) >= MIN_WORD_LETTERS}
    names |= {f"@{code}" for code in places(text)}
    return Signals(language, content_tokens(text), frozenset(names), _figures(text, language), negated, len(words),
                   read_direction(text, language))


def _figures(text: str, language: str) -> tuple[float, ...]:
    """Numbers with their scale words applied: "1,2 Millionen" and "1.2 million" are 1200000."""
    scales = _scales(language)
    values = []
    for match in _FIGURE.finditer(text):
        try:
            value = float(_number(match.group(1)).rstrip("."))
        except ValueError:
            continue
        scale = (match.group("scale") or "").rstrip(".").casefold()
        values.append(value * scales.get(scale, 1.0))
    return tuple(values)


def _latin(word: str) -> str:
    return word.translate(_transliteration())


@dataclass(frozen=True, slots=True)
class Judge:
    """A logistic regression over FEATURES, with the floor and threshold it was fitted for."""

    weights: np.ndarray  # per feature, on standardised features
    mean: np.ndarray
    scale: np.ndarray
    bias: float
    threshold: float  # a pair whose probability reaches it is the same claim
    floor: float  # candidate pairs: cosine at least this
    mean_floor: float  # two groups merge only while their mean pairwise cosine reaches this
    link: str = "logistic"  # "identity": the weighted sum itself (how the hand-set score is reproduced)

    def score(self, features: np.ndarray) -> np.ndarray:
        """Same-claim score of each row of `features` (columns in FEATURES order)."""
        raw = self.bias + ((features - self.mean) / self.scale) @ self.weights
        return 1 / (1 + np.exp(-raw)) if self.link == "logistic" else raw


@cache
def load_judge() -> Judge:
    """The fitted judge of crosscheck/data/judge.toml."""
    data = _data()
    weights = data["weights"]
    return Judge(
        np.array([weights[name][0] for name in FEATURES]), np.array([weights[name][1] for name in FEATURES]),
        np.array([weights[name][2] for name in FEATURES]), float(data["bias"]), float(data["threshold"]),
        float(data["floor"]), float(data["mean_floor"]))


def pair_features(signals: Sequence[Signals], first: np.ndarray, second: np.ndarray, cosine: np.ndarray,
                  generic: np.ndarray, lexical: np.ndarray, same_article: np.ndarray, runner_up: np.ndarray) -> np.ndarray:
    """One row of FEATURES per pair (first[k], second[k]).

    `generic[i]`: claim i's mean cosine to its closest claims in other articles; `lexical[k]` the
    pair's IDF-weighted word overlap (`lexical_overlap`); `same_article[k]` whether both claims come
    from one article; `runner_up[k]` the cosine of each claim's next closest claim in the
    other's article (`runner_up`): the feature "contrast" is how far the pair stands above it.
    """
    margin = cosine / ((generic[first] + generic[second]) / 2)
    rows = np.zeros((len(first), len(FEATURES)))
    rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3], rows[:, 4] = cosine, margin, lexical, same_article, cosine - runner_up
    for k, (a, b) in enumerate(zip(first.tolist(), second.tolist())):
        one, other = signals[a], signals[b]
        cross = float(one.language != other.language and "und" not in (one.language, other.language))
        rows[k, 5:] = (cross, cosine[k] * cross, lexical[k] * cross, *_pair(one, other))
    return rows


def _pair(one: Signals, other: Signals) -> tuple[float, ...]:
    """The features of a pair that read the two claims' signals (shared names ... direction)."""
    fewer = min(len(one.names), len(other.names))
    shared = len(one.names & other.names) / fewer if fewer else 0.0
    no_shared_name = float(fewer > 0 and shared == 0)
    agree = conflict = one_side = 0.0
    if one.figures and other.figures:
        small, large = sorted((one.figures, other.figures), key=len)
        agree = sum(any(_close(x, y) for y in large) for x in small) / len(small)
        conflict = 1 - agree
    elif one.figures or other.figures:
        one_side = 1.0
    ratio = min(one.words, other.words) / max(one.words, other.words, 1)
    return (shared, no_shared_name, agree, conflict, one_side, float(one.negated != other.negated), ratio,
            float(opposite(one.direction, other.direction)))


def runner_up(similarity: np.ndarray, neighbour: np.ndarray, valid: np.ndarray, articles: np.ndarray,
              first: np.ndarray, second: np.ndarray, unrelated: float) -> np.ndarray:
    """Per pair, the mean over its two claims of the cosine of the claim's closest other claim in the
    other's article; the judge reads the pair's cosine minus this ("contrast").

    A restatement stands out from the rest of the article it is found in; a claim on the same topic
    does not. Unlike the cosine, this reads alike in a corpus full of restatements and in one where
    most claims are said once, on a broad topic or a narrow one. When the search found no other claim
    of that article, the claim's last searched neighbour bounds it (`unrelated` when it found none).
    """
    closest: dict[tuple[int, int], list[tuple[int, float]]] = {}  # (claim, article) -> two best (claim, cosine)
    bound = np.where(valid, similarity, np.inf).min(axis=1)
    bound = np.where(np.isfinite(bound), bound, unrelated)
    for i, (row, scores, ok) in enumerate(zip(neighbour.tolist(), similarity.tolist(), valid.tolist())):
        for j, cosine, found in zip(row, scores, ok):
            if found:
                best = closest.setdefault((i, int(articles[j])), [])
                if len(best) < 2:
                    best.append((j, cosine))

    def next_closest(i: int, j: int) -> float:
        others = [c for k, c in closest.get((i, int(articles[j])), ()) if k != j]
        return others[0] if others else float(bound[i])

    return np.array([(next_closest(a, b) + next_closest(b, a)) / 2 for a, b in zip(first.tolist(), second.tolist())])


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= FIGURE_TOLERANCE * max(abs(x), abs(y))


def lexical_overlap(token_sets: Sequence[frozenset[str]], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """IDF-weighted share of the shorter claim's content tokens found in the other one (0..1).

    The IDF is the corpus's (BM25's formula); rare shared words (names, places, figures) weigh most.
    """
    if not len(first):
        return np.zeros(0)
    frequency = Counter(token for tokens in token_sets for token in tokens)
    vocabulary = {token: i for i, token in enumerate(frequency)}
    n = len(token_sets)
    # binary term weights, since a claim is one sentence
    idf = np.array([math.log(1 + (n - f + 0.5) / (f + 0.5)) for f in frequency.values()])
    columns = np.fromiter((vocabulary[t] for tokens in token_sets for t in tokens), dtype=np.int64)
    pointers = np.cumsum([0] + [len(tokens) for tokens in token_sets])
    weights = sparse.csr_matrix((idf[columns], columns, pointers), shape=(n, len(vocabulary)))
    mass = np.asarray(weights.multiply(weights).sum(axis=1)).ravel()
    shared = np.asarray(weights[first].multiply(weights[second]).sum(axis=1)).ravel()
    smaller = np.minimum(mass[first], mass[second])
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)


def judge_pair(one: str, other: str, cosine: float, languages: tuple[str, str] = ("und", "und"),
               generic: tuple[float, float] = (0.3, 0.3), judge: Judge | None = None) -> float:
    """Same-claim probability of two claim texts whose vectors have cosine `cosine`.

    Outside a corpus there are no neighbours and no document frequencies: `generic` stands for how
    close each claim is to its nearest claims elsewhere (0.3: to nothing in particular), and word
    overlap weighs every word alike.
    """
    judge = judge or load_judge()
    signals = [read_signals(one, languages[0]), read_signals(other, languages[1])]
    shared = signals[0].tokens & signals[1].tokens
    fewer = min(len(signals[0].tokens), len(signals[1].tokens))
    lexical = np.array([len(shared) / fewer if fewer else 0.0])
    # alone, nothing else in the other's article: the runner-up is an unrelated claim
    features = pair_features(signals, np.array([0]), np.array([1]), np.array([cosine]), np.array(generic), lexical,
                             np.zeros(1), np.array([sum(generic) / 2]))
    return float(judge.score(features)[0])


@cache
def _data() -> dict:
    return tomllib.loads(resources.files("crosscheck").joinpath("data/judge.toml").read_text(encoding="utf-8"))


def _languages(language: str) -> tuple[str, ...]:
    """The language's own words; every language's for a claim of unknown language."""
    return (language,) if language in known_languages() else known_languages()


@cache
def _negations(language: str) -> frozenset[str]:
    return frozenset(w for code in _languages(language) for w in language_data(code, "judge").get("negation", ()))


@cache
def _scales(language: str) -> dict[str, float]:
    return {word.casefold(): float(factor) for code in _languages(language)
            for factor, words in language_data(code, "judge").get("scales", {}).items() for word in words}


@cache
def _transliteration() -> dict[int, str]:
    return str.maketrans({letter: latin for code in known_languages()
                          for letter, latin in language_data(code, "judge").get("transliteration", {}).items()})
