"""Figures about the same thing that disagree, and whether they really do.

Two figures are compared when they come from different articles, count the same thing (the
same unit or synonym group in data/numbers.toml) and either sit in one claim cluster or share
at least two context words (names, nouns) beyond the figure. Their intervals decide the kind:
overlapping intervals are a `discrepancy` of precision; disjoint ones a `contradiction` when
nothing suggests different times, else `different-time`. Time evidence, strongest first: years
both claims name, then both articles' dates. An undated article cannot be placed next to a dated
one; two undated articles are taken as one story, as the tool's input is, and the explanation
says so.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

from crosscheck.quantities import calendar_years, number_data
from crosscheck.records import Article, Attribution, Claim, Cluster, Conflict, ConflictKind, Quantity, QuantityRef, Source

MIN_SHARED_CONTEXT = 2  # context words two claims in different clusters must share

TimeRelation = Literal["same", "different", "presumed-same", "unknown"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STEM_ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")
_QUALIFIER_WORDS = {
    "approx": "about ", "more-than": "more than ", "at-least": "at least ", "nearly": "nearly ",
    "less-than": "less than ", "at-most": "at most ", "up-to": "up to ", "additional": "a further ",
}


@dataclass(frozen=True, slots=True)
class _Figure:
    """A quantity with what the comparison needs to know about its claim and article."""

    quantity: Quantity
    claim: Claim
    article: Article
    order: int  # position of the claim in the input, to keep pairs and output in reading order
    thing: str  # what is counted, as a comparable key ("count:troops", "duration:day", "money:EUR")
    context: frozenset[str]
    cluster: str | None
    years: frozenset[int]


def find_conflicts(
    quantities: Sequence[Quantity],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    clusters: Sequence[Cluster],
    attributions: Sequence[Attribution],
    sources: Sequence[Source] = (),
) -> tuple[Conflict, ...]:
    """Every pair of figures from different articles that count the same thing and disagree.

    `sources` only supplies display names for the explanations; without it the built-in gazetteer does.
    """
    claim_by_id = {c.id: c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    article_by_id = {a.id: a for a in articles}
    cluster_of = {cid: cl.id for cl in clusters for cid in cl.claim_ids}
    figures = [
        figure
        for q in quantities
        if q.claim_id in claim_by_id and claim_by_id[q.claim_id].article_id in article_by_id
        if (figure := _figure(q, claim_by_id[q.claim_id], article_by_id, order, cluster_of)) is not None
    ]
    figures.sort(key=lambda f: (f.order, f.quantity.start))
    describe = _Describer(attributions, sources)
    found: dict[tuple, Conflict] = {}
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if not _comparable(a, b):
                continue
            conflict = _judge(a, b, describe)
            # The same two figures restated in several claims of the same two articles are one conflict.
            key = (a.article.id, b.article.id, a.thing, a.quantity.value, b.quantity.value)
            if conflict is not None and key not in found:
                found[key] = conflict
    return tuple(found.values())


def _figure(quantity: Quantity, claim: Claim, articles: Mapping[str, Article], order: Mapping[str, int],
            cluster_of: Mapping[str, str]) -> _Figure | None:
    article = articles[claim.article_id]
    thing = _counted_thing(quantity, claim.text)
    if thing is None:
        return None
    return _Figure(
        quantity=quantity,
        claim=claim,
        article=article,
        order=order[claim.id],
        thing=thing,
        context=_context(claim.text, quantity, article.language),
        cluster=cluster_of.get(claim.id),
        years=calendar_years(claim.text, article.language),
    )


# -- what is counted ---------------------------------------------------------------------------

@cache
def _groups() -> dict[str, str]:
    """Member noun (lowercase) -> group name."""
    return {member.lower(): name for name, members in number_data()["groups"].items() for member in members}


@cache
def _duration_keys() -> dict[str, str]:
    """Normalised duration unit ("Tage", "days") -> language-neutral key ("day")."""
    return {spec["unit"]: key for key, langs in number_data()["durations"].items() for spec in langs.values()}


def _noun_key(noun: str) -> str:
    """One form for the singular and plural cases of a noun: "Gästen"/"Gäste", "drones"/"drone"."""
    if noun.endswith("en") or (noun.endswith("s") and not noun.endswith("ss")):
        return noun[:-1]
    return noun


def _group_of(noun: str) -> str | None:
    groups = _groups()
    for form in (noun, _noun_key(noun)):
        if form in groups:
            return groups[form]
    # German compounds name their kind last: "Elitesoldaten" is soldiers, "Kampfdrohnen" drones.
    return next((name for member, name in groups.items() if len(member) >= 5 and noun.endswith(member)), None)


def _counted_thing(quantity: Quantity, claim_text: str) -> str | None:
    """A key that is equal for figures counting the same thing, or None when nothing says what is counted."""
    if quantity.unit is None:
        return None
    if quantity.kind == "duration":
        return "duration:" + _duration_keys().get(quantity.unit, quantity.unit.lower())
    if quantity.kind != "count":
        return f"{quantity.kind}:{quantity.unit}"
    noun = _first_noun(quantity.unit.lower())  # "Soldaten und Waffen" counts soldiers
    group = _group_of(noun)
    deployment = number_data()["deployment"]
    if group is None and noun in deployment["people"] and _near_deployment(quantity, claim_text, deployment):
        group = deployment["group"]  # "11.000 Nordkoreaner, die entsandt wurden" are troops
    return "count:" + (group or _noun_key(noun))


def _first_noun(unit: str) -> str:
    conjunctions = number_data()["conjunctions"]["words"]
    return re.split(r"\s+(?:" + "|".join(map(re.escape, conjunctions)) + r")\s+", unit)[0]


def _near_deployment(quantity: Quantity, claim_text: str, deployment: Mapping) -> bool:
    window = claim_text[max(0, quantity.start - deployment["window"]):quantity.end + deployment["window"]]
    words = {w.lower() for w in _WORD.findall(window)}
    return any(cue in words for cue in deployment["cues"])


# -- context -----------------------------------------------------------------------------------

def _stem(word: str) -> str:
    word = word.lower()
    return next((word[: -len(e)] for e in _STEM_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4), word)


@cache
def _ignored_words() -> frozenset[str]:
    data = number_data()
    words = [w for ws in data["stopwords"].values() for w in ws]
    words += data["calendar"]["months"] + data["calendar"]["weekdays"]
    return frozenset(w.lower().rstrip(".") for w in words)


def _context(text: str, quantity: Quantity, language: str) -> frozenset[str]:
    """Stems of the words that say what a claim is about: names and nouns (in German the
    capitalised words), content words elsewhere; not the figure and its counted noun."""
    ignored = _ignored_words()
    keys = set()
    for match in _WORD.finditer(text):
        word = match.group()
        inside = quantity.start <= match.start() < quantity.end
        if inside and quantity.kind != "duration" or word.lower() in ignored or len(word) < 3:
            continue  # a duration's phrase names its event ("dreitägigen Besuch"): that is context
        if language == "de" and not word[0].isupper():
            continue
        keys.add(_stem(word))
    return frozenset(keys)


def _comparable(a: _Figure, b: _Figure) -> bool:
    if a.article.id == b.article.id or a.thing != b.thing:
        return False
    if (a.quantity.qualifier == "additional") != (b.quantity.qualifier == "additional"):
        return False  # "weitere 25.000" adds to a total; it is not a rival figure for it
    if a.cluster is not None and a.cluster == b.cluster:
        return True
    return len(a.context & b.context) >= MIN_SHARED_CONTEXT


# -- time --------------------------------------------------------------------------------------

def _date_span(value: str | None) -> tuple[date, date] | None:
    """The days an article date ("2023", "2023-10", "2023-10-05") covers."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except ValueError:
        return None


def _apart(first: tuple[date, date], second: tuple[date, date]) -> bool:
    gap = timedelta(days=number_data()["tolerance"]["same_time_days"])
    return first[1] + gap < second[0] or second[1] + gap < first[0]


def _years_text(years: frozenset[int]) -> str:
    return "/".join(str(y) for y in sorted(years))


def _time_relation(a: _Figure, b: _Figure) -> tuple[TimeRelation, str]:
    """How the two figures relate in time, and the evidence, as a clause for the explanation."""
    if a.years and b.years:
        years_a = (date(min(a.years), 1, 1), date(max(a.years), 12, 31))
        years_b = (date(min(b.years), 1, 1), date(max(b.years), 12, 31))
        if _apart(years_a, years_b):
            return "different", f"the claims name different years ({_years_text(a.years)} vs {_years_text(b.years)})"
        return "same", f"both claims name {_years_text(a.years | b.years)}"
    span_a, span_b = _date_span(a.article.date), _date_span(b.article.date)
    if span_a and span_b:
        if _apart(span_a, span_b):
            return "different", f"{a.article.id} is dated {a.article.date} and {b.article.id} {b.article.date}"
        return "same", f"both articles are dated {a.article.date}" + (
            "" if a.article.date == b.article.date else f" and {b.article.date}")
    if not span_a and not span_b:
        return "presumed-same", "neither article is dated"
    dated, undated = (a, b) if span_a else (b, a)
    return "unknown", f"{dated.article.id} is dated {dated.article.date} but {undated.article.id} carries no date"


# -- judging and explaining --------------------------------------------------------------------

def _overlap(a: Quantity, b: Quantity) -> bool:
    low = max(x for x in (a.low, b.low, float("-inf")) if x is not None)
    high = min(x for x in (a.high, b.high, float("inf")) if x is not None)
    return low <= high


def _judge(a: _Figure, b: _Figure, describe: _Describer) -> Conflict | None:
    qa, qb = a.quantity, b.quantity
    if qa.value == qb.value:
        return None
    relation, evidence = _time_relation(a, b)
    difference = abs(qa.value - qb.value) / max(abs(qa.value), abs(qb.value))
    kind: ConflictKind
    if _overlap(qa, qb):
        if relation == "different":
            return None  # compatible figures from different times: nothing to flag
        kind = "discrepancy"
        verdict = "the ranges overlap: a difference of precision, not a contradiction"
        if relation != "same":
            verdict += f" ({evidence})"
    elif relation in ("same", "presumed-same"):
        kind = "contradiction"
        verdict = f"the figures are {difference:.0%} apart and cannot both be right ({evidence}), unless they count different things"
    elif relation == "different":
        kind = "different-time"
        verdict = f"{evidence}: different moments, so the figures need not contradict"
    else:
        kind = "different-time"
        verdict = f"{evidence}, so these may be different events: they contradict only if they describe the same one"
    explanation = f"{describe(a)} says {_phrase(qa)}; {describe(b)} says {_phrase(qb)} — {verdict}."
    return Conflict(
        id=f"{qa.claim_id}@{qa.start}~{qb.claim_id}@{qb.start}",
        kind=kind,
        quantity_refs=(QuantityRef(qa.claim_id, qa.value, qa.text), QuantityRef(qb.claim_id, qb.value, qb.text)),
        explanation=explanation,
        relative_difference=round(difference, 4),
    )


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _phrase(q: Quantity) -> str:
    """How a figure reads in an explanation: 'about 11,000 Nordkoreaner (10,450–11,550)'."""
    bounded = q.low is not None and q.high is not None and q.low != q.high
    if q.qualifier in ("range", "additional") and bounded:
        figure = f"{_number(q.low)}–{_number(q.high)}"
    else:
        figure = _number(q.value)
        if bounded:
            figure += f" ({_number(q.low)}–{_number(q.high)})"
    unit = f" {q.unit}" if q.unit else ""
    if q.kind == "money":
        figure, unit = f"{q.unit} {figure}", ""
    elif q.kind == "percent":
        unit = "%"
    event = f" (“{q.text}”)" if q.kind == "duration" and q.unit and q.unit not in q.text else ""
    return f"{_QUALIFIER_WORDS.get(q.qualifier, '')}{figure}{unit}{event}"


class _Describer:
    """Names an article and whom it relays: '000 (KCNA via Reuters)'."""

    def __init__(self, attributions: Sequence[Attribution], sources: Sequence[Source]):
        self._chains: dict[str, tuple[str, ...]] = {}
        for attribution in attributions:
            self._chains.setdefault(attribution.claim_id, attribution.chain)
        self._names = {s.id: s.name for s in sources} or _gazetteer_names()

    def __call__(self, figure: _Figure) -> str:
        chain = self._chains.get(figure.claim.id, ())
        parts = [figure.article.outlet] if figure.article.outlet else []
        if chain:
            names = [self._names.get(sid, sid.removeprefix("x-")) for sid in reversed(chain)]
            parts.append(" via ".join(names) if len(names) > 1 else f"via {names[0]}")
        return f"{figure.article.id} ({'; '.join(parts)})" if parts else figure.article.id


@cache
def _gazetteer_names() -> dict[str, str]:
    from crosscheck.sources import load_gazetteer  # only for display names, when the caller gives none

    return {sid: source.name for sid, source in load_gazetteer().sources.items()}
