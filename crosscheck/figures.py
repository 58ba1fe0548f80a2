"""Quantities -> figure questions: what a corpus says about one figure, and whether it adds up.

1. Read every quantity: what it counts and in what respect (a comparable key: "count:troops/",
   "count:people/killed", "duration:day/visit"; nouns grouped in data/figures.toml, aspect words
   in data/languages/<code>/figures.toml), what about (the names and nouns of its claim, countries
   as codes so "Nordkorea" and "North Korea" meet), its status (part of a total, additional,
   planned, running total, or a current count, from cue words near the figure), the time it
   refers to (a year the claim names, else its article's date) and the source it rests on.
2. Group the figures into questions: one counted thing, and a shared claim cluster, or at least
   MIN_SHARED_CONTEXT shared context words (half of its words, for a claim with fewer than four)
   with a figure already in the question, or, for a specific thing ("people killed", "soldiers"),
   any question of that thing whose claims do not name only other countries.
3. Fold restatements: the same interval, status, time and origin is one estimate, however many
   articles repeat it.
4. Judge each question on its independent origins: `contradicts` (two origins, one time, one
   status, disjoint intervals), `evolves` (disjoint only across times), `time unknown` (disjoint,
   but one side carries no date), `differs in precision` (intervals overlap), `consistent`.
   Plans, additions and parts are shown but never compared with counts.

Cost, for F figures: reading is linear; grouping looks each figure's context words up in an
inverted index of the questions of its counted thing and skips words that more than
MAX_POSTING questions share (they say nothing about which question it is), so it is O(F · W ·
MAX_POSTING) for W context words a claim; folding is a dict; judging sorts each question's
estimates. No step compares all pairs (benchmarks/bench_figures.py).
"""

from __future__ import annotations

import calendar
import hashlib
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations

from crosscheck import direction
from crosscheck.languages import language_data
from crosscheck.quantities import calendar_years, number_data
from crosscheck.records import (Article, Attribution, Claim, Cluster, ConflictKind, Estimate, EstimateStatus, FigureQuestion,
                                Quantity, Source, Verdict)

MIN_SHARED_CONTEXT = 2  # context words a figure must share with a question to join it (half, if it has fewer than 4)
MAX_POSTING = 64  # a context word in more questions than this does not tell questions apart
STATUS_WINDOW = (48, 32)  # characters before and after a figure in which a status cue counts
PART_WINDOW = 24  # characters before a figure in which "darunter", "including" make it a part
ASPECT_WINDOW = 100  # characters either side of a figure in which an aspect word ("killed") counts
COMPARED: tuple[EstimateStatus, ...] = ("current", "cumulative")  # statuses whose figures can disagree
VERDICT_ORDER: tuple[Verdict, ...] = ("contradicts", "evolves", "time unknown", "differs in precision", "consistent")

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STEM_ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")


@dataclass(frozen=True, slots=True)
class Reading:
    """A quantity with what grouping and judging need to know about it."""

    quantity: Quantity
    claim: Claim
    article: Article
    thing: str  # what is counted, as a comparable key
    noun: str  # the counted noun's key ("pionier"); "" when the thing is not a count
    totals: frozenset[str]  # for "6.000 Pioniere und Bauarbeiter": the nouns this figure is a total of
    context: frozenset[str]
    words: Mapping[str, str]  # context key -> the word as written, for labels
    cluster: str | None
    status: EstimateStatus
    time: str | None
    time_from: str | None
    chain: tuple[str, ...]
    origin: str | None
    origin_key: str  # the origin, or the article's outlet when the article speaks for itself


def figure_questions(
    quantities: Sequence[Quantity],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    clusters: Sequence[Cluster] = (),
    attributions: Sequence[Attribution] = (),
    sources: Sequence[Source] = (),
) -> tuple[FigureQuestion, ...]:
    """The corpus's figures grouped into questions, the most disputed first."""
    readings = read_figures(quantities, claims, articles, clusters, attributions)
    names = source_names(sources)
    questions = [_question(group, names) for group in _group(readings)]
    return tuple(sorted(questions, key=_display_order))


def read_figures(
    quantities: Sequence[Quantity],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    clusters: Sequence[Cluster] = (),
    attributions: Sequence[Attribution] = (),
) -> list[Reading]:
    """Every quantity that counts something nameable, in reading order, with its status marked."""
    claim_by_id = {c.id: c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    article_by_id = {a.id: a for a in articles}
    cluster_of = {cid: cl.id for cl in clusters for cid in cl.claim_ids}
    chain_of: dict[str, tuple[str, ...]] = {}
    for attribution in attributions:
        chain = attribution.chain or ((attribution.speaker,) if attribution.speaker else ())
        if chain:
            chain_of.setdefault(attribution.claim_id, chain)
    in_claim: dict[str, list[Quantity]] = defaultdict(list)
    for q in quantities:
        in_claim[q.claim_id].append(q)
    readings = []
    times: dict[str, tuple[str | None, str | None]] = {}  # a claim's years are read once, however many figures it holds
    for q in sorted(quantities, key=lambda q: (order.get(q.claim_id, -1), q.start)):
        claim = claim_by_id.get(q.claim_id)
        article = article_by_id.get(claim.article_id) if claim else None
        if claim is None or article is None or not _usable(q):
            continue
        thing = _counted_thing(q, claim.text, article.language) or _borrowed_thing(q, claim, article, in_claim)
        if thing is None:
            continue
        context, words = _context(claim.text, q, article.language)
        if claim.id not in times:
            times[claim.id] = _time_of(claim, article)
        time, time_from = times[claim.id]
        chain = chain_of.get(claim.id, ())
        origin = chain[-1] if chain else None
        readings.append(Reading(
            quantity=q, claim=claim, article=article, thing=thing,
            noun=_noun_key(_first_noun(q.unit.lower())) if q.kind == "count" and q.unit else "",
            totals=_conjoined_nouns(q), context=context, words=words, cluster=cluster_of.get(claim.id),
            status=_status(q, claim.text, article.language, in_claim[q.claim_id]),
            time=time, time_from=time_from, chain=chain, origin=origin,
            origin_key=origin or "outlet:" + (article.outlet or article.id).casefold(),
        ))
    return readings


def _usable(q: Quantity) -> bool:
    """Figures that can be compared at all: finite, and no negative counts."""
    values = [v for v in (q.value, q.low, q.high) if v is not None]
    return all(math.isfinite(v) for v in values) and not (q.kind == "count" and q.value < 0)


# -- what is counted ---------------------------------------------------------------------------

@cache
def _figure_data() -> dict:
    return tomllib.loads(resources.files("crosscheck").joinpath("data/figures.toml").read_text(encoding="utf-8"))


@cache
def _groups() -> dict[str, str]:
    """Member noun (lowercase) -> group name, from data/numbers.toml and data/figures.toml."""
    groups = [*number_data()["groups"].items(), *_figure_data()["groups"].items()]
    return {member.lower(): name for name, members in groups for member in members}


@cache
def _aspect_patterns(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    aspects = language_data(language, "figures").get("aspects", {})
    return tuple((aspect, _phrases(words)) for aspect, words in aspects.items() if words)


@cache
def _clause_boundary(language: str) -> re.Pattern:
    """Punctuation, or a word of the language that joins two clauses."""
    words = language_data(language, "figures").get("clause_words", [])
    return re.compile(r"[,;:()]" + (f"|{_phrases(words).pattern}" if words else ""), re.IGNORECASE)


def _phrases(phrases: Iterable[str]) -> re.Pattern:
    """Whole words or phrases, any case, any run of spaces inside a phrase."""
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _aspect(q: Quantity, text: str, language: str) -> str:
    """What the figure is about beyond its noun ("killed", "evacuated", "aid"): the aspect word
    nearest to it within ASPECT_WINDOW characters; "" when none is near."""
    start, end = max(0, q.start - ASPECT_WINDOW), min(len(text), q.end + ASPECT_WINDOW)
    window = text[start:end]

    def distance(m: re.Match) -> int:
        before = start + m.end() <= q.start
        between = text[start + m.end():q.start] if before else text[q.end:start + m.start()]
        # a word across a clause boundary ("21 dead, and five missing") speaks of another figure
        return len(between) + (ASPECT_WINDOW if _clause_boundary(language).search(between) else 0)

    found = [(distance(m), aspect) for aspect, pattern in _aspect_patterns(language) for m in pattern.finditer(window)]
    return min(found)[1] if found else ""


@cache
def _duration_keys() -> dict[str, str]:
    """Normalised duration unit ("Tage", "days") -> language-neutral key ("day")."""
    return {spec["unit"]: key for key, langs in number_data()["durations"].items() for spec in langs.values()}


@cache
def _duration_forms() -> frozenset[str]:
    return frozenset(form for langs in number_data()["durations"].values() for spec in langs.values()
                     for form in [*spec["forms"], spec["unit"].lower()])


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


def _counted_thing(quantity: Quantity, claim_text: str, language: str) -> str | None:
    """A key that is equal for figures counting the same thing ("count:people/killed"), or None
    when nothing says what is counted."""
    if quantity.unit is None:
        return None
    if quantity.kind == "duration":
        # What lasted is part of the key: a visit's three days are not a war's three years.
        return f"duration:{_duration_keys().get(quantity.unit, quantity.unit.lower())}/{_event(quantity)}"
    aspect = _aspect(quantity, claim_text, language)
    if quantity.kind != "count":
        return f"{quantity.kind}:{quantity.unit}/{aspect}"
    noun = _first_noun(quantity.unit.lower())  # "Soldaten und Waffen" counts soldiers
    group = _group_of(noun)
    deployment = number_data()["deployment"]
    if group is None and noun in deployment["people"] and _near_deployment(quantity, claim_text, deployment):
        group = deployment["group"]  # "11.000 Nordkoreaner, die entsandt wurden" are troops
    if group in _figure_data()["people_groups"]["groups"]:
        aspect = _figure_data()["group_aspects"].get(group, aspect)  # "200 Tote" are people killed
        group = "people"
    elif aspect not in _figure_data()["named_nouns"]["splitting_aspects"]:
        aspect = ""
    return f"count:{group or _noun_key(noun)}/{aspect}"


def _borrowed_thing(q: Quantity, claim: Claim, article: Article, in_claim: Mapping[str, list[Quantity]]) -> str | None:
    """"8,000 people took part, organisers said 40,000": a bare count takes the thing the claim's other count names."""
    if q.kind != "count" or q.unit is not None:
        return None
    named = [p for p in in_claim[q.claim_id] if p.kind == "count" and p.unit]
    nearest = min(named, key=lambda p: abs(p.start - q.start), default=None)
    aspect = _aspect(q, claim.text, article.language)  # its own: "24 killed, two missing"
    if nearest:
        base, _, borrowed = (_counted_thing(nearest, claim.text, article.language) or "").partition("/")
        return f"{base}/{aspect or borrowed}" if base else None
    # "the death toll rose to 48": people killed
    return f"count:people/{aspect}" if aspect in _figure_data()["people_groups"]["aspects"] else None


def _event(quantity: Quantity) -> str:
    """What a duration measures, from its phrase: "dreitägigen Besuch" -> "besuch"; "" when unnamed."""
    words = _WORD.findall(quantity.text)
    if len(words) < 2 or words[-1].lower() in _duration_forms() or words[-1].lower() in _figure_data()["durations"]["not_events"]:
        return ""
    return _events().get(words[-1].lower(), _stem(words[-1]))


@cache
def _events() -> dict[str, str]:
    """A word naming what lasted -> its event's name ("Besuch", "visite" -> "visit")."""
    return {form: name for name, forms in _figure_data()["events"].items() for form in forms}


@cache
def _conjunction() -> re.Pattern:
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, number_data()["conjunctions"]["words"])) + r")\s+")


def _first_noun(unit: str) -> str:
    return _split_conjoined(unit)[0]


def _split_conjoined(unit: str) -> list[str]:
    return _conjunction().split(unit)


def _conjoined_nouns(quantity: Quantity) -> frozenset[str]:
    """The nouns a figure counts together ("Pioniere und Bauarbeiter"), when it counts several."""
    if quantity.kind != "count" or not quantity.unit:
        return frozenset()
    nouns = _split_conjoined(quantity.unit.lower())
    if len(nouns) < 2:
        return frozenset()
    return frozenset(_noun_key(n.split()[-1]) for n in nouns) | frozenset(
        g for n in nouns if (g := _group_of(n.split()[-1])))


def _near_deployment(quantity: Quantity, claim_text: str, deployment: Mapping) -> bool:
    window = claim_text[max(0, quantity.start - deployment["window"]):quantity.end + deployment["window"]]
    words = {w.lower() for w in _WORD.findall(window)}
    return any(cue in words for cue in deployment["cues"])


# -- what about --------------------------------------------------------------------------------

def _stem(word: str) -> str:
    word = word.lower()
    return next((word[: -len(e)] for e in _STEM_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4), word)


@cache
def _ignored_words() -> frozenset[str]:
    data = number_data()
    words = [w for ws in data["stopwords"].values() for w in ws]
    words += data["calendar"]["months"] + data["calendar"]["weekdays"]
    return frozenset(w.lower().rstrip(".") for w in words)


def _context(text: str, quantity: Quantity, language: str) -> tuple[frozenset[str], dict[str, str]]:
    """Keys of the words that say what a claim is about (names and nouns; in German the capitalised
    words), not the figure and its counted noun; a country is its code under any of its names."""
    ignored = _ignored_words()
    keys: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = match.group()
        inside = quantity.start <= match.start() < quantity.end
        if inside and quantity.kind != "duration" or word.lower() in ignored or len(word) < 3:
            continue  # a duration's phrase names its event ("dreitägigen Besuch"): that is context
        if language == "de" and not word[0].isupper():
            continue
        countries = direction.places(word) if word[0].isupper() else set()
        key = "@" + min(countries) if countries else _stem(word)
        keys.setdefault(key, word)
    return frozenset(keys), keys


# -- status and time ---------------------------------------------------------------------------

@cache
def _status_patterns(language: str) -> tuple[tuple[EstimateStatus, re.Pattern], ...]:
    """(status, pattern) for the language's cue words, the status that wins when several match first."""
    cues = language_data(language, "figures").get("status", {})
    found = []
    for status in ("part", "planned", "cumulative"):
        if cues.get(status):
            found.append((status, _phrases(cues[status])))
    return tuple(found)


def _status(q: Quantity, text: str, language: str, same_claim: Sequence[Quantity]) -> EstimateStatus:
    """part > planned > additional > cumulative > current, from the claim's other figures, the
    figure's qualifier ("weitere", "another": the parser reads those) and the cue words around it.
    A part's cue stands before it ("darunter 1.000", "including 1,000"); the others on either side."""
    if _is_summed_part(q, same_claim):
        return "part"
    before = text[max(0, q.start - PART_WINDOW):q.start]
    around = text[max(0, q.start - STATUS_WINDOW[0]):q.end + STATUS_WINDOW[1]]
    statuses = [status for status, pattern in _status_patterns(language)
                if pattern.search(before if status == "part" else around)]
    if q.qualifier == "additional" and not {"part", "planned"} & set(statuses):
        return "additional"
    return statuses[0] if statuses else "current"


def _is_summed_part(q: Quantity, same_claim: Sequence[Quantity]) -> bool:
    """"6,000 troops: 1,000 sappers and 5,000 builders": a figure the claim sums with others into a total."""
    peers = [p for p in same_claim if p.kind == q.kind]
    if len(peers) < 3:
        return False
    everything = sum(p.value for p in peers)
    return any(total.start != q.start and 2 * total.value == everything for total in peers)


def _time_of(claim: Claim, article: Article) -> tuple[str | None, str | None]:
    """A year the claim is set in (the article's date when that falls in the year), else the article's date."""
    years = calendar_years(claim.text, article.language)
    if len(years) == 1:
        (year,) = years
        if not (article.date and article.date.startswith(str(year))):
            return str(year), "claim"
    return (article.date, "article") if article.date else (None, None)


@lru_cache(maxsize=4096)
def date_span(value: str | None) -> tuple[date, date] | None:
    """The days a date ("2023", "2023-10", "2023-10-05") covers; None for none or nonsense."""
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


# -- grouping and folding ----------------------------------------------------------------------

def _group(readings: Iterable[Reading]) -> list[list[Reading]]:
    """Figures of one counted thing that share a claim cluster or enough context, as lists."""
    groups: list[list[Reading]] = []
    places: list[set[str]] = []  # the countries each group's claims name
    by_thing: dict[str, list[int]] = defaultdict(list)
    posting: dict[tuple[str, str], set[int]] = defaultdict(set)  # (thing, context key) -> groups
    by_cluster: dict[tuple[str, str], int] = {}
    for reading in readings:
        chosen = by_cluster.get((reading.thing, reading.cluster)) if reading.cluster else None
        if chosen is None:
            shared: Counter[int] = Counter()
            for key in reading.context:
                found = posting.get((reading.thing, key), ())
                if len(found) <= MAX_POSTING:
                    shared.update(found)
            best = max(shared.items(), key=lambda kv: (kv[1], -kv[0]), default=None)
            # A claim with few context words ("8,000 people marched in Veloria") needs half of them shared.
            if best and best[1] >= min(MIN_SHARED_CONTEXT, max(1, math.ceil(len(reading.context) / 2))):
                chosen = best[0]
        if chosen is None and _specific(reading.thing):
            # A specific thing ("people killed", "soldiers") is one question in a story, unless the places differ.
            chosen = next((g for g in by_thing.get(reading.thing, ()) if not _other_places(reading, places[g])), None)
        if chosen is None:
            chosen = len(groups)
            groups.append([])
            places.append(set())
            by_thing[reading.thing].append(chosen)
        groups[chosen].append(reading)
        places[chosen].update(k for k in reading.context if k.startswith("@"))
        for key in reading.context:
            posting[(reading.thing, key)].add(chosen)
        if reading.cluster:
            by_cluster.setdefault((reading.thing, reading.cluster), chosen)
    return groups


def _specific(thing: str) -> bool:
    """Whether a counted thing names what it counts: not bare people, money or a share without an aspect."""
    kind, _, rest = thing.partition(":")
    base, _, aspect = rest.partition("/")
    return bool(aspect) or kind == "count" and base != "people"


def _other_places(reading: Reading, named: set[str]) -> bool:
    """Whether a figure's claim names countries and a question's claims name only others."""
    own = {k for k in reading.context if k.startswith("@")}
    return bool(own and named and not own & named)


def _with_parts(group: list[Reading]) -> list[Reading]:
    """A figure for one noun beside a larger figure for that noun and others together is a part of it."""
    totals = [r for r in group if r.totals]
    return [
        replace(r, status="part")
        if r.noun and r.status in COMPARED and any(r.noun in t.totals and t.quantity.value > r.quantity.value for t in totals)
        else r
        for r in group
    ]


def _fold(group: list[Reading]) -> list[Estimate]:
    """One estimate per interval, status, time and origin; restatements add their claims and articles."""
    folded: dict[tuple, list[Reading]] = {}
    for r in group:
        q = r.quantity
        folded.setdefault((q.value, q.low, q.high, r.status, r.time, r.origin_key), []).append(r)
    estimates = []
    for same in folded.values():
        first = same[0]
        q = first.quantity
        estimates.append(Estimate(
            quantity_ids=tuple(r.quantity.id for r in same),
            claim_ids=tuple(dict.fromkeys(r.claim.id for r in same)),
            article_ids=tuple(dict.fromkeys(r.article.id for r in same)),
            text=q.text, value=q.value, low=q.low, high=q.high, qualifier=q.qualifier, status=first.status,
            time=first.time, time_from=first.time_from, chain=first.chain, origin=first.origin,
        ))
    return sorted(estimates, key=_time_order)


def _time_order(e: Estimate) -> tuple:
    """Dated estimates by date, the undated after them; sorts are stable, so reading order breaks ties."""
    span = date_span(e.time)
    return (span is None, span[0] if span else date.min)


# -- the question ------------------------------------------------------------------------------

def _question(group: list[Reading], names: Mapping[str, str]) -> FigureQuestion:
    group = _with_parts(group)
    estimates = _fold(group)
    first = group[0].quantity
    origins = _OriginNames(names, group)
    verdict, reason = judge(estimates, origins, _unit_word(group), origins.article)
    digest = hashlib.sha1(f"{group[0].thing}|{first.id}".encode()).hexdigest()[:10]
    return FigureQuestion(
        id=f"f-{digest}", label=_label(group), kind=first.kind, unit=_common_unit(group),
        estimates=tuple(estimates), verdict=verdict, reason=reason,
    )


def _unit_word(group: list[Reading]) -> str:
    """What follows a figure in a reason: 'troops', 'days', '%'."""
    first = group[0]
    kind, _, key = first.thing.partition(":")
    key = key.partition("/")[0]
    if kind == "duration":
        return key + "s"
    if kind == "count":
        return key if _group_of(key) or key in _groups().values() else (_common_unit(group) or "")
    return "%" if kind == "percent" else (first.quantity.unit or "")


def _common_unit(group: list[Reading]) -> str | None:
    units = Counter(r.quantity.unit for r in group if r.quantity.unit)
    return units.most_common(1)[0][0] if units else None


def _label(group: list[Reading]) -> str:
    """'troops: Nordkorea, Russland' — the counted thing and the words most of its claims share."""
    thing, _, aspect = group[0].thing.split(":", 1)[1].partition("/")
    if group[0].quantity.kind == "duration":
        words = [r.words.get(aspect) or aspect for r in group if aspect]
        thing = f"{words[0]} ({thing}s)" if words else f"{thing}s"
    elif group[0].quantity.kind == "count" and not _group_of(thing) and thing not in _groups().values():
        thing = _common_unit(group) or thing
    if aspect and group[0].quantity.kind != "duration":
        thing = f"{thing} {aspect}"
    counts = Counter(key for r in group for key in r.words if key != _event_key(r))  # words keep text order
    written = {key: word for r in reversed(group) for key, word in r.words.items()}
    needed = 2 if len({r.claim.id for r in group}) > 1 else 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], not kv[0].startswith("@")))  # stable: text order next
    about = [written[key] for key, n in ranked[:3] if n >= needed]
    return f"{thing}: {', '.join(about)}" if about else thing


def _event_key(r: Reading) -> str:
    return r.thing.partition("/")[2]


def _display_order(q: FigureQuestion) -> tuple:
    return VERDICT_ORDER.index(q.verdict), -independent_origins(q), -len(q.estimates), q.label


def independent_origins(question: FigureQuestion) -> int:
    """How many origins stand behind a question's estimates; an article on its own account is one."""
    return len({origin_key(e) for e in question.estimates})


class _OriginNames:
    """Names an estimate's origin for a reason: 'KCNA', or '001' for an article's own account."""

    def __init__(self, names: Mapping[str, str], group: list[Reading]):
        self._names = names
        self._outlets = {r.article.id: r.article.outlet for r in group}

    def __call__(self, e: Estimate) -> str:
        if e.origin:
            return self._names.get(e.origin, e.origin.removeprefix("x-"))
        return self.article(e)

    def article(self, e: Estimate) -> str:
        outlet = self._outlets.get(e.article_ids[0])
        return f"{e.article_ids[0]} ({outlet})" if outlet else e.article_ids[0]


def source_names(sources: Sequence[Source]) -> dict[str, str]:
    """Display names of source ids; the built-in gazetteer's when none are given."""
    if sources:
        return {s.id: s.name for s in sources}
    from crosscheck.sources import load_gazetteer  # only for display names, when the caller gives none

    return {sid: source.name for sid, source in load_gazetteer().sources.items()}


# -- judging -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Pair:
    """Two estimates of one question that differ, and how: the rows of the `conflicts` list."""

    first: Estimate
    second: Estimate
    kind: ConflictKind


def judge(estimates: Sequence[Estimate], name: Callable[[Estimate], str] = lambda e: origin_key(e), unit: str = "",
          relay: Callable[[Estimate], str] = lambda e: e.article_ids[0]) -> tuple[Verdict, str]:
    """The verdict on a question's estimates and one sentence that says why. `name` names an
    estimate's origin, `relay` the article that carries it; `unit` follows each figure."""
    def phrase(e: Estimate) -> str:
        return with_unit(e, unit)

    compared = [e for e in estimates if e.status in COMPARED]
    aside = len(estimates) - len(compared)
    note = f" ({aside} {'plan, addition or part' if aside == 1 else 'plans, additions or parts'} not compared)" if aside else ""
    if len(estimates) == 1:
        return "consistent", f"One estimate: {phrase(estimates[0])}."
    if len(compared) < 2:
        return "consistent", "Nothing to compare: the figures are plans, additions or parts of a total."
    pairs = differing_pairs(estimates)
    kinds = {p.kind for p in pairs}
    if "contradiction" in kinds:
        a, b = next((p.first, p.second) for p in pairs if p.kind == "contradiction")
        when = (f"for {a.time}" if a.time == b.time else f"for {a.time} and {b.time}") if a.time else "with no date given"
        if origin_key(a) == origin_key(b):
            return "contradicts", (f"Two relays of {name(a)} disagree {when}: {relay(a)} says {phrase(a)} and "
                                   f"{relay(b)} {phrase(b)}; the ranges do not overlap." + note)
        return "contradicts", f"{name(a)} says {phrase(a)} and {name(b)} {phrase(b)} {when}: the ranges do not overlap." + note
    timed = [p for p in pairs if p.kind == "different-time"]
    if any(p.first.time and p.second.time for p in timed):
        dated = [e for e in compared if date_span(e.time)]
        steps = [f"{phrase(e)} ({e.time}, {name(e)})" for e in _distinct_steps(dated)]
        if len(steps) > MAX_STEPS:
            steps = [*steps[:MAX_STEPS - 2], f"{len(steps) - MAX_STEPS + 1} more", steps[-1]]
        return "evolves", "The figure changes over time: " + " → ".join(steps) + "." + note
    if timed:
        a, b = timed[0].first, timed[0].second
        undated, dated = (a, b) if not a.time else (b, a)
        return "time unknown", (f"{name(undated)}'s {phrase(undated)} and {name(dated)}'s {phrase(dated)} ({dated.time}) "
                                "do not overlap, but the first carries no date to tell whether both describe "
                                "the same moment." + note)
    if "discrepancy" in kinds:
        return "differs in precision", ("The ranges overlap (" + "; ".join(phrase(e) for e in _distinct(compared)) +
                                        "): a difference of precision, not a contradiction." + note)
    origins = len({origin_key(e) for e in compared})
    return "consistent", f"{_count(origins, 'origin')} give {phrase(compared[0])}." + note


def differing_pairs(estimates: Sequence[Estimate]) -> list[Pair]:
    """The pairs of comparable estimates that differ, the severest first.

    Every pair is looked at while a question holds up to MAX_EXACT comparable estimates; beyond
    that (a story followed for months by hundreds of outlets) each time window's extremes and most
    repeated estimates are paired within the window, and each window's most repeated estimate with
    the next window's: O(n log n) for n estimates, and at most a few dozen pairs a window."""
    group = [e for e in estimates if e.status in COMPARED]
    windows = _time_windows(group)
    window_of = {id(e): i for i, window in enumerate(windows) for e in window}
    pairs = []
    for a, b in _candidates(group, windows):
        kind = _pair_kind(a, b, window_of[id(a)] == window_of[id(b)])
        if kind:
            pairs.append(Pair(*sorted((a, b), key=_time_order), kind))
    return sorted(pairs, key=lambda p: (_KIND_ORDER.index(p.kind), _time_order(p.first), _time_order(p.second)))


MAX_EXACT = 48
SAME_DAY_DAYS = 1
MAX_STEPS = 5  # values an "evolves" reason lists: the first ones, a count of the rest, the last
_KIND_ORDER: tuple[ConflictKind, ...] = ("contradiction", "different-time", "discrepancy")


def _candidates(group: list[Estimate], windows: list[list[Estimate]]) -> Iterable[tuple[Estimate, Estimate]]:
    if len(group) <= MAX_EXACT:
        return combinations(group, 2)
    pairs: list[tuple[Estimate, Estimate]] = []
    for window in windows:
        standing = {id(e): e for e in (*sorted(window, key=lambda e: -_bound(e.low, -math.inf))[:3],
                                       *sorted(window, key=lambda e: _bound(e.high, math.inf))[:3],
                                       *sorted(window, key=lambda e: -len(e.article_ids))[:3])}
        pairs += combinations(standing.values(), 2)
    leaders = [max(window, key=lambda e: len(e.article_ids)) for window in windows]
    pairs += zip(leaders, leaders[1:])
    return pairs


def _pair_kind(a: Estimate, b: Estimate, same_window: bool) -> ConflictKind | None:
    """How two estimates differ, if they do in a way worth a reader's time. A count of what is and a
    running total ("already 3,000" / "a total of 12,000 so far") may differ at one time without
    contradicting; over time both trace the same figure."""
    if a.value == b.value or set(a.article_ids) & set(b.article_ids):
        return None  # one article's figures are its own business: totals, parts, corrections
    if _overlap(a, b):
        return "discrepancy" if same_window else None  # compatible figures at different times: nothing to flag
    if not same_window:
        return "different-time"
    if origin_key(a) == origin_key(b) and a.time != b.time:
        return "different-time"  # one origin's figure, updated
    if a.status == b.status:
        return "contradiction"  # two origins at one time, or two relays of one origin's one statement
    return None


def _overlap(a: Estimate, b: Estimate) -> bool:
    return max(_bound(a.low, -math.inf), _bound(b.low, -math.inf)) <= min(_bound(a.high, math.inf), _bound(b.high, math.inf))


def _time_windows(estimates: list[Estimate]) -> list[list[Estimate]]:
    """Estimates of one time, in time order; the undated form one window of their own.

    A window opens at its first estimate and holds what lies within the tolerance after it: at most
    SAME_DAY_DAYS for a day (a report's lag), the tolerance of data/numbers.toml for a month or a
    year. Windows do not chain, so a toll reported daily for two weeks is many times, not one."""
    coarse = timedelta(days=number_data()["tolerance"]["same_time_days"])
    dated = sorted(((span, e) for e in estimates if (span := date_span(e.time))), key=lambda se: se[0])
    windows: list[list[Estimate]] = []
    closes = None
    for (start, stop), e in dated:
        if closes is None or start > closes:
            windows.append([])
            closes = stop + (timedelta(days=SAME_DAY_DAYS) if start == stop else coarse)
        windows[-1].append(e)
    undated = [e for e in estimates if not date_span(e.time)]
    return windows + ([undated] if undated else [])


def _bound(value: float | None, default: float) -> float:
    return default if value is None else value


def origin_key(e: Estimate) -> str:
    """Who an estimate rests on: its origin, or the first article's own account."""
    return e.origin or "own:" + e.article_ids[0]


def _distinct(estimates: Iterable[Estimate]) -> list[Estimate]:
    return list({phrase(e): e for e in estimates}.values())


def _distinct_steps(estimates: list[Estimate]) -> list[Estimate]:
    """The sequence of values over time, a repeated value shown once: 3,000 → 10,000 → 12,000."""
    steps: list[Estimate] = []
    for e in sorted(estimates, key=_time_order):
        if not steps or steps[-1].value != e.value:
            steps.append(e)
    return steps


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# -- wording -----------------------------------------------------------------------------------

QUALIFIER_WORDS = {
    "approx": "about ", "more-than": "more than ", "at-least": "at least ", "nearly": "nearly ",
    "less-than": "less than ", "at-most": "at most ", "up-to": "up to ", "additional": "a further ",
}


def number(value: float) -> str:
    """'11,000', '1.5', '2.25'."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def short_number(value: float, smallest: float = 1e6) -> str:
    """'11,000', '1.2m', '30bn' (and '12k' with `smallest` 1e3): a figure that fits a narrow space."""
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if size >= smallest and abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return number(value)


def phrase(q: Quantity | Estimate) -> str:
    """How a figure reads in a sentence: 'about 11,000', '25,000–30,000', 'more than 10,000'."""
    bounded = q.low is not None and q.high is not None and q.low != q.high
    if q.qualifier in ("range", "additional") and bounded:
        return f"{QUALIFIER_WORDS.get(q.qualifier, '')}{number(q.low)}–{number(q.high)}"
    return f"{QUALIFIER_WORDS.get(q.qualifier, '')}{number(q.value)}"


def with_unit(q: Quantity | Estimate, unit: str) -> str:
    """'about 11,000 troops', '2.4%', 'EUR 5,000'."""
    if unit == "%":
        return phrase(q) + "%"
    if unit.isupper() and len(unit) == 3:  # a currency code
        return f"{unit} {phrase(q)}"
    return f"{phrase(q)} {unit}".rstrip()
