"""Figure questions -> the pairs of estimates that differ, for pipelines that read pairs.

The pairs are derived from the questions (crosscheck/figures.py), with the same rule that gives
each question its verdict, so the two never disagree: a `contradiction` is two origins (or two
relays of one statement) at one time with disjoint intervals; a `discrepancy` is overlapping
intervals at one time, a difference of precision; `different-time` is disjoint intervals at
different times, or where one side carries no date. At most MAX_PAIRS_PER_QUESTION pairs are
listed per question, the severest first, so the list grows with questions, not with pairs of
articles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.figures import Pair, QUALIFIER_WORDS, differing_pairs, number, source_names
from crosscheck.records import Article, Conflict, Estimate, FigureQuestion, Quantity, QuantityRef, Source

MAX_PAIRS_PER_QUESTION = 6


def find_conflicts(
    questions: Sequence[FigureQuestion],
    quantities: Sequence[Quantity],
    articles: Sequence[Article],
    sources: Sequence[Source] = (),
) -> tuple[Conflict, ...]:
    """The differing pairs of every question, each with an explanation a reader can check."""
    quantity_of = {q.id: q for q in quantities}
    describe = _Describer(articles, source_names(sources))
    found = []
    for question in questions:
        for pair in differing_pairs(question.estimates)[:MAX_PAIRS_PER_QUESTION]:
            found.append(_conflict(pair, quantity_of, describe))
    return tuple(found)


def _conflict(pair: Pair, quantity_of: Mapping[str, Quantity], describe: _Describer) -> Conflict:
    a, b = pair.first, pair.second
    qa, qb = quantity_of[a.quantity_id], quantity_of[b.quantity_id]
    difference = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    evidence = describe.time_evidence(a, b)
    if pair.kind == "discrepancy":
        verdict = "the ranges overlap: a difference of precision, not a contradiction"
        verdict += f" ({evidence})" if a.time != b.time or not a.time else ""
    elif pair.kind == "contradiction":
        verdict = f"the figures are {difference:.0%} apart and cannot both be right ({evidence}), unless they count different things"
    elif a.time and b.time:
        verdict = f"{evidence}: different moments, so the figures need not contradict"
    else:
        verdict = f"{evidence}, so these may be different events: they contradict only if they describe the same one"
    return Conflict(
        id=f"{qa.id}~{qb.id}",
        kind=pair.kind,
        quantity_refs=(QuantityRef(qa.claim_id, qa.value, qa.text), QuantityRef(qb.claim_id, qb.value, qb.text)),
        explanation=f"{describe(a)} says {_phrase(qa)}; {describe(b)} says {_phrase(qb)} — {verdict}.",
        relative_difference=round(difference, 4),
    )


def _phrase(q: Quantity) -> str:
    """How a figure reads in an explanation: 'about 11,000 (10,450–11,550) Nordkoreaner'."""
    bounded = q.low is not None and q.high is not None and q.low != q.high
    if q.qualifier in ("range", "additional") and bounded:
        figure = f"{number(q.low)}–{number(q.high)}"
    else:
        figure = number(q.value)
        if bounded:
            figure += f" ({number(q.low)}–{number(q.high)})"
    unit = f" {q.unit}" if q.unit else ""
    if q.kind == "money":
        figure, unit = f"{q.unit} {figure}", ""
    elif q.kind == "percent":
        unit = "%"
    event = f" (“{q.text}”)" if q.kind == "duration" and q.unit and q.unit not in q.text else ""
    return f"{QUALIFIER_WORDS.get(q.qualifier, '')}{figure}{unit}{event}"


class _Describer:
    """Names an estimate's article and whom it relays: '000 (KCNA via Reuters)'; says when each is from."""

    def __init__(self, articles: Sequence[Article], names: Mapping[str, str]):
        self._articles = {a.id: a for a in articles}
        self._names = names

    def __call__(self, estimate: Estimate) -> str:
        article = self._articles[estimate.article_ids[0]]
        parts = [article.outlet] if article.outlet else []
        if estimate.chain:
            names = [self._names.get(sid, sid.removeprefix("x-")) for sid in reversed(estimate.chain)]
            parts.append(" via ".join(names) if len(names) > 1 else f"via {names[0]}")
        return f"{article.id} ({'; '.join(parts)})" if parts else article.id

    def time_evidence(self, a: Estimate, b: Estimate) -> str:
        """Why two estimates are taken to be from one time or from two, as a clause."""
        ida, idb = a.article_ids[0], b.article_ids[0]
        if a.time_from == b.time_from == "claim":
            if a.time == b.time:
                return f"both claims name {a.time}"
            return f"the claims name different years ({a.time} vs {b.time})"
        if not a.time and not b.time:
            return "neither article is dated"
        if not a.time or not b.time:
            dated, undated = (a, b) if a.time else (b, a)
            return f"{dated.article_ids[0]} is dated {dated.time} but {undated.article_ids[0]} carries no date"
        if a.time_from == b.time_from == "article":
            if a.time == b.time:
                return f"both articles are dated {a.time}"
            return f"{ida} is dated {a.time} and {idb} {b.time}"
        return f"{ida} refers to {a.time} and {idb} to {b.time}"
