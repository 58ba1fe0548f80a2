"""Figures in claims: digits, number words, scales, ranges and qualifiers, read as intervals.

Everything that differs between languages (separators, qualifiers, scales, number words,
durations, months, the shape of a counted noun phrase) is data in
`data/languages/<code>/numbers.toml`, read by one code path; what holds in every language
(tolerances, limits, currency symbols, groups of comparable nouns) is in `data/numbers.toml`.
Number words come from text2num where it knows the language (de, en, fr) and from the
language's `[words]` table otherwise (ru).

Not quantities: calendar years, dates, ordinals, clock times, phone numbers, labels
("Resolution 2231"), ages ("the 24-year-old"), negative counts, and figures above
`limits.max_value` (so every value is finite and the JSON report stays strict); the last two
are listed with their reason by `refused_figures`, for a caller to report. Durations that
are not the length of an event get a role in their unit ("Jahre seit", "years of war"), so a
war's length or the time since a visit is never compared with a visit's length.

Cost: one pass of regular expressions over the text, and for each figure look-backs and
look-aheads bounded by `limits.window` characters: linear in the length of the text.
"""

from __future__ import annotations

import bisect
import math
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from text_to_num import text2num

from crosscheck.languages import known_languages, language_data
from crosscheck.records import Claim, Quantity

DATA_FILE = Path(__file__).with_name("data") / "numbers.toml"

_WORD_TEXT = r"[^\W\d_]+(?:[-‑][^\W\d_]+)*"
_WORD = re.compile(_WORD_TEXT)
_NEXT_WORD = re.compile(r"\s*(" + _WORD_TEXT + ")")
_NEXT_WORD_SPACED = re.compile(r"(?:\s+|(?<=['’]))(" + _WORD_TEXT + ")")  # "d'obus": no space
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+\.?|§|#|№)\s*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[„\"“«»(]\s*)$")
_GLUED = re.compile(r"[^\W\d_]+")
_HYPHENED = re.compile(r"[-‑](" + _WORD_TEXT + ")")
_ORDINAL_DOT = re.compile(r"\.\s+\S")
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_BEFORE_DIGITS = re.compile(r"[^\W\d_][-‑]?$|[+#№§]$")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_POWER = re.compile(r"(?:\s*(?:\^|\*\*)\s*(?P<exp>[+]?\d{1,4})|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?!\d)")
_EXPONENT = re.compile(r"[eE](?P<exp>[+-]?\d{1,4})(?![\w])")
_LONGEST_NUMBER_WORD = 48  # "dreihundertneunundneunzigtausendfünfhundertneun" and the like
_ROLE_ORDER = ("elapsed", "war")


@cache
def _neutral_data() -> dict[str, Any]:
    return tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))


@cache
def number_data() -> dict[str, Any]:
    """The language-neutral numbers.toml, with the per-language tables conflicts.py reads
    gathered in: `durations` ({key: {language: {unit, forms, compound}}}, role variants such as
    "elapsed year" and "war year" included), `stopwords` ({language: words}), `calendar` (months, weekdays,
    year words, period starts of every language) and `conjunctions` ({"words": ...})."""
    data = dict(_neutral_data())
    languages = {code: language_data(code, "numbers") for code in known_languages()}
    languages = {code: table for code, table in languages.items() if table}
    durations: dict[str, dict[str, dict[str, Any]]] = {}
    for code, table in languages.items():
        for key, spec in table.get("durations", {}).items():
            durations.setdefault(key, {})[code] = spec
            for role, role_spec in table.get("duration_roles", {}).items():
                # "war year", "elapsed day": read as a plural after it ("war years"), never a visit's days
                durations.setdefault(f"{role} {key}", {})[code] = {"unit": f"{spec['unit']} {role_spec['suffix']}", "forms": [], "compound": []}
    data["durations"] = durations
    data["stopwords"] = {code: list(table.get("stopwords", ())) for code, table in languages.items()}
    data["calendar"] = {
        part: [word for table in languages.values() for word in table.get(part, ())]
        for part in ("months", "weekdays", "year_words", "period_starts")
    }
    data["conjunctions"] = {"words": [word for table in languages.values() for word in table.get("conjunctions", ())]}
    return data


def _limits() -> Mapping[str, Any]:
    return _neutral_data()["limits"]


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower())


def _alternation(phrases: Any) -> str:
    """A regex alternation of literal phrases, longest first so that "mehr als" beats "mehr"."""
    ordered = sorted({_norm(p) for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _after(phrases: Any) -> re.Pattern[str] | None:
    """A phrase right after a position (spaces allowed), ending at a word boundary."""
    return re.compile(rf"\s*({_alternation(phrases)})(?![^\W\d_])", re.I) if phrases else None


def _after_spaced(phrases: Any) -> re.Pattern[str] | None:
    return re.compile(rf"\s+({_alternation(phrases)})(?![^\W\d_])", re.I) if phrases else None


def _link(words: Any) -> re.Pattern[str] | None:
    """A link word after a figure ("of", "de", "d'"); an elided one needs no space after it."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) + ("" if w[-1] in "'’" else r"(?=\s)") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+({alternatives})", re.I)


@dataclass(frozen=True, slots=True)
class _Back:
    """An end-anchored pattern and how far back it can reach: searching only that far, not
    the whole window, keeps each look-back a few dozen steps."""

    pattern: re.Pattern[str]
    reach: int


def _before(phrases: Any) -> _Back | None:
    """A phrase ending right before a position (then only spaces), starting at a word boundary."""
    if not phrases:
        return None
    longest = max(len(_norm(p)) for p in phrases)
    pattern = re.compile(rf"(?<![^\W\d_])({_alternation(phrases)})(?:\s+|(?<=['’]))$", re.I)  # "moins d’un"
    return _Back(pattern, longest + 12)  # room for doubled spaces inside and after the phrase


@dataclass(frozen=True, slots=True)
class _Duration:
    key: str
    unit: str
    forms: frozenset[str]
    compounds: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Role:
    name: str
    suffix: str
    before: _Back | None
    after: re.Pattern[str] | None
    nouns: frozenset[str]
    scoped: _Back | None = None  # "in" right before the figure ...
    scope_cues: frozenset[str] = frozenset()  # ... makes this role after one of these: "the first visit in 24 years"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Everything the parser knows about one language, compiled once."""

    language: str
    words: bool  # whether number words, qualifiers and scales of this language are known
    text2num: str | None
    number_words: dict[str, float]
    digits: re.Pattern[str]
    decimal_comma: bool
    ordinal_dot: bool
    qualifier_kinds: dict[str, str]
    qualifier_before: _Back | None
    postposed_kinds: dict[str, str]
    postposed_after: re.Pattern[str] | None
    scales: dict[str, float]
    scale_after: re.Pattern[str] | None
    approx_scales: frozenset[str]
    scale_link: re.Pattern[str] | None
    suffix_scales: dict[str, float]
    standalone_scales: frozenset[str]
    vague_scales: dict[str, float]
    fixed_phrases: dict[str, float]
    vague: re.Pattern[str] | None
    extra_words: dict[str, float]
    not_numbers: frozenset[str]
    articles: frozenset[str]
    number_joiner: re.Pattern[str]
    joiner_words: frozenset[str]
    count_compounds: frozenset[str]
    joined_words: frozenset[str]
    negative_before: _Back | None
    power_after: re.Pattern[str] | None
    currency_codes: dict[str, str]  # lowercase symbol or word -> ISO code
    currency_before: _Back | None
    currency_after: re.Pattern[str] | None
    percent_after: re.Pattern[str] | None
    amount_codes: dict[str, str]
    amount_after: re.Pattern[str] | None
    durations: tuple[_Duration, ...]
    duration_after: re.Pattern[str] | None
    compounds_glued: bool
    compound_endings: tuple[str, ...]
    roles: tuple[_Role, ...]
    age_before: _Back | None
    age_after: re.Pattern[str] | None
    age_compound_units: frozenset[str]
    age_compound_suffixes: tuple[str, ...]
    event_nouns: frozenset[str]
    half_after: re.Pattern[str] | None
    half_suffix: str | None
    range_join: re.Pattern[str]
    range_open: _Back | None
    conjunction: re.Pattern[str] | None
    noun_phrase: str
    measure_words: frozenset[str]
    measure_link: re.Pattern[str] | None
    plurals: frozenset[str]
    adjective_endings: tuple[str, ...]
    adjectival_nouns: frozenset[str]
    lemmas: dict[str, str]
    lemma_rules: tuple[tuple[str, str], ...]
    adjectival_rules: tuple[tuple[str, str], ...]
    lemma_min_stem: int
    stopwords: frozenset[str]
    months: frozenset[str]
    year_words: frozenset[str]
    period_starts: frozenset[str]
    time_after: re.Pattern[str] | None
    labels: frozenset[str]


def _kinds(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {_norm(p): kind for kind, phrases in table.items() for p in phrases}


@cache
def _lexicon(language: str) -> _Lexicon:
    neutral = _neutral_data()
    table = language_data(language, "numbers")
    words = bool(table)
    # A language without a folder still reads digits, symbols and English range dashes.
    shape = table or language_data("en", "numbers")
    separators = neutral["separators"]
    decimal_comma = table.get("decimal_comma", language in separators["decimal_comma"])
    spaced = table.get("space_grouping", language in separators["space_grouping"])
    space = r"[ \u00a0\u202f]" if spaced else r"[\u00a0\u202f]"
    group, decimal = (r"\.", ",") if decimal_comma else (",", r"\.")
    digits = re.compile(rf"(?<![\d.,])(?:\d{{1,3}}(?:(?:{group}|{space})\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?)(?!\d)")

    qualifier_kinds = _kinds(table.get("qualifiers", {}))
    postposed_kinds = _kinds(table.get("postposed", {}))
    scales = {_norm(k): float(v) for k, v in table.get("scales", {}).items()}
    approx_scales = {_norm(k): float(v) for k, v in table.get("approx_scales", {}).items()}
    all_scales = scales | approx_scales
    number_words = {_norm(form): float(value) for value, forms in table.get("words", {}).items() for form in forms}
    currency_codes = {form.lower(): code for code, forms in neutral["currency_symbols"].items() for form in forms}
    currency_codes |= {_norm(form): code for code, forms in table.get("currencies", {}).items() for form in forms}
    symbols = [s for forms in neutral["currency_symbols"].values() for s in forms]
    amount_codes = {_norm(form): code for code, forms in table.get("amount_units", {}).items() for form in forms}
    durations = tuple(
        _Duration(key, spec["unit"], frozenset(_norm(f) for f in spec["forms"]), tuple(spec.get("compound", ())))
        for key, spec in shape.get("durations", {}).items()
    )
    roles = tuple(
        _Role(name, spec["suffix"], _before(spec.get("before", ())), _after_spaced(spec.get("after", ())), frozenset(spec.get("nouns", ())),
              _before(spec.get("scope_words", ())), frozenset(spec.get("scope_cues", ())))
        for name, spec in sorted(table.get("duration_roles", {}).items(), key=lambda item: _ROLE_ORDER.index(item[0]) if item[0] in _ROLE_ORDER else 99)
    )
    ages = table.get("ages", {})
    ranges = shape.get("ranges", {"to": ["-", "–", "—"], "opening": [], "and": []})
    joiners = table.get("number_joiners", [])
    lemma = table.get("lemma", {})
    return _Lexicon(
        language=language,
        words=words,
        text2num=table.get("text2num"),
        number_words=number_words,
        digits=digits,
        decimal_comma=decimal_comma,
        ordinal_dot=table.get("ordinal_dot", False),
        qualifier_kinds=qualifier_kinds,
        qualifier_before=_before(qualifier_kinds),
        postposed_kinds=postposed_kinds,
        postposed_after=_after_spaced(postposed_kinds),
        scales=all_scales,
        scale_after=_after(all_scales),
        approx_scales=frozenset(approx_scales),
        scale_link=_link(table.get("scale_links", ())),
        suffix_scales={k: float(v) for k, v in table.get("suffix_scales", {}).items()},
        standalone_scales=frozenset(table.get("standalone_scales", ())),
        vague_scales={_norm(k): float(v) for k, v in table.get("vague_scales", {}).items()},
        fixed_phrases={_norm(k): float(v) for k, v in table.get("fixed_phrases", {}).items()},
        vague=re.compile(rf"(?<![^\W\d_])({_alternation([*table.get('vague_scales', {}), *table.get('fixed_phrases', {})])})(?![^\W\d_])", re.I)
        if table.get("vague_scales") or table.get("fixed_phrases") else None,
        extra_words={_norm(k): float(v) for k, v in table.get("extra_words", {}).items()},
        not_numbers=frozenset(table.get("not_numbers", ())),
        articles=frozenset(table.get("article_numbers", ())),
        joiner_words=frozenset(joiners),
        count_compounds=frozenset(table.get("count_compounds", ())),
        joined_words=frozenset(table.get("joined_words", ())),
        number_joiner=re.compile(rf"\s+(?:(?:{_alternation(joiners)})\s+)?" if joiners else r"\s+"),
        negative_before=_before(table.get("negative_words", ())),
        power_after=re.compile(rf"\s+(?:{_alternation(table['power_words'])})\s+(?P<exp>\d{{1,4}})(?!\d)", re.I) if table.get("power_words") else None,
        currency_codes=currency_codes,
        currency_before=_Back(re.compile(rf"(?<![^\W\d_])({_alternation(symbols)})\s*$", re.I), max(map(len, symbols)) + 8),
        currency_after=_after(currency_codes),
        percent_after=_after(shape.get("percent", ["%"])),
        amount_codes=amount_codes,
        amount_after=_after(amount_codes),
        durations=durations,
        duration_after=_after([f for d in durations for f in d.forms]) if words else None,
        compounds_glued=table.get("compounds_glued", False),
        compound_endings=tuple(sorted(set(table.get("compound_endings", ())) | {""}, key=len, reverse=True)),
        roles=roles,
        age_before=_before(ages.get("before", ())),
        age_after=_after_spaced(ages.get("after", ())),
        age_compound_units=frozenset(ages.get("compound_units", ())),
        age_compound_suffixes=tuple(ages.get("compound_suffixes", ())),
        event_nouns=frozenset(ages.get("event_nouns", ())),
        half_after=_after_spaced(table.get("half_after", ())),
        half_suffix=table.get("half_suffix"),
        range_join=re.compile(
            rf"\s*(?:{_alternation(ranges['to'])})\s*" + (rf"|\s+(?P<and>{_alternation(ranges['and'])})\s+" if ranges.get("and") else ""), re.I
        ),
        range_open=_before(ranges.get("opening", ())),
        conjunction=re.compile(rf"\s+({_alternation(table['conjunctions'])})(?=\s)", re.I) if table.get("conjunctions") else None,
        noun_phrase=table.get("noun_phrase", "none"),
        measure_words=frozenset(table.get("measure_words", ())),
        measure_link=_link(table.get("measure_links", ())),
        plurals=frozenset(table.get("plurals", ())),
        adjective_endings=tuple(sorted(table.get("adjective_endings", ()), key=len, reverse=True)),
        adjectival_nouns=frozenset(table.get("adjectival_nouns", ())),
        lemmas=dict(table.get("lemmas", {})),
        lemma_rules=tuple(sorted(((a, b) for a, b in lemma.get("noun", ())), key=lambda r: len(r[0]), reverse=True)),
        adjectival_rules=tuple(sorted(((a, b) for a, b in lemma.get("adjectival", ())), key=lambda r: len(r[0]), reverse=True)),
        lemma_min_stem=int(lemma.get("min_stem", 3)),
        stopwords=frozenset(shape.get("stopwords", ())),
        months=frozenset(shape.get("months", ())),
        year_words=frozenset(shape.get("year_words", ())),
        period_starts=frozenset(shape.get("period_starts", ())),
        time_after=_after(shape.get("time_words", ())),
        labels=frozenset(shape.get("labels", ())),
    )


# -- numbers ----------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def _text2num(words: str, language: str) -> float | None:
    """text2num's reading of number words, or None where they are not a number."""
    try:
        return float(text2num(words, language))
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def _rank(value: float) -> int:
    return 2 if value >= 100 else 1 if value >= 20 else 0


def _table_value(words: Sequence[str], lex: _Lexicon) -> float | None:
    """Our own reading of number words from the language's `[words]` and `[scales]` tables:
    "двадцать пять тысяч" is 25,000; a run in the wrong order ("пять двадцать") is no number."""
    total = 0.0
    group = 0.0
    rank = 3  # ranks inside a group fall: hundreds, tens, units
    last_scale = math.inf
    for word in words:
        if word in lex.scales:
            factor = lex.scales[word]
            if factor >= last_scale:
                return None
            total += (group or 1.0) * factor
            group, rank, last_scale = 0.0, 3, factor
        elif word in lex.number_words:
            value = lex.number_words[word]
            if _rank(value) >= rank or not value.is_integer() and group:
                return None
            group += value
            rank = _rank(value)
        else:
            return None
    return total + group


def _word_value(words: Sequence[str], lex: _Lexicon) -> float | None:
    """The value of a run of lowercase number words, or None."""
    if len(words) == 1 and words[0] in lex.extra_words:
        return lex.extra_words[words[0]]
    if len(words) == 1 and lex.half_suffix and words[0].endswith(lex.half_suffix) and len(words[0]) > len(lex.half_suffix):
        whole = _word_value((words[0][: -len(lex.half_suffix)],), lex)  # "fünfeinhalb"
        return None if whole is None else whole + 0.5
    if lex.text2num:
        return _text2num(" ".join(words), lex.text2num)
    if lex.number_words:
        return _table_value(words, lex)
    return None


@dataclass(frozen=True, slots=True)
class _Atom:
    """One number in the text before qualifiers and units are attached."""

    start: int
    end: int
    value: float
    scale: float | None = None  # the scale word applied ("Millionen"), if any
    plain: bool = False  # digits only, no separator: may be a calendar year
    article: bool = False  # "eine", "a": a number only with a scale or a qualifier and unit
    duration: str | None = None  # the duration key of a compound adjective ("dreitägig" -> "day")
    vague: bool = False  # "Zehntausende": a lower bound
    approx: bool = False  # "une dizaine": approximate by its word
    postposed: str | None = None  # "10,000-plus": a qualifier glued after the digits


# Spans that look numeric but are dates, times, phone numbers or ordinals.
_MASKS = (
    re.compile(r"(?:https?://|www\.)\S+", re.I),  # numbers inside links
    re.compile(r"(?<![\d.])(?!\d{1,3}(?:\.\d{3}){3}(?![\d.]))\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"),  # 192.168.1.2, not 1.000.000.000
    re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?(?!\d)"),  # 13.09.2023, 13.9.
    re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"),  # 2023-10-05
    re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),  # 10/5/2023
    re.compile(r"(?<!\d)\d{4}-(?:0?[1-9]|1[0-2])(?!\d)"),  # 2023-10
    re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"),  # 14:30
    re.compile(r"(?<!\d)\d{1,2}\s?h\s?\d{2}(?!\d)"),  # 14 h 30, 14h30
    re.compile(r"(?<!\d)\d{1,2}[.h]\d{2}\s*(?:uhr|h|a\.m\.|p\.m\.)?(?![^\W\d_])(?<!\d\.\d\d)", re.I),  # 9.30 Uhr, 14h30
    re.compile(r"(?<![\w+])(?:\+\d{1,3}|\(?0\d{1,5}\)?)(?:[ /-]{0,3}\(?\d{2,}\)?){2,}"),  # +49 30 1234567, 030/123456
    re.compile(r"(?<!\d)\d+(?:st|nd|rd|th|er|re|e|ème|eme|nd|nde)(?![^\W_]|[+-]\d)", re.I),  # 3rd, 1er, 20e
    re.compile(r"(?<![\d/:])\d+\s?[/:]\s?\d+(?![\d/:])"),  # 24/7, 5:4 (scores and ratios)
)


class _Spans:
    """Sorted, merged character spans, asked in O(log n) whether they overlap a range."""

    def __init__(self, spans: Iterator[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start


def _window(pos: int) -> int:
    return max(0, pos - _limits()["window"])


def _search_before(back: _Back | None, text: str, pos: int) -> re.Match[str] | None:
    """A match of an end-anchored pattern ending at pos, looking back no further than it can reach."""
    return back.pattern.search(text, max(0, pos - back.reach), pos) if back is not None else None


def _previous_word(text: str, pos: int) -> str:
    match = _PREVIOUS_WORD.search(text, _window(pos), pos)
    return match.group(1).lower() if match else ""


def _following_word(text: str, pos: int) -> str:
    match = _NEXT_WORD.match(text, pos, pos + _limits()["window"])
    return match.group(1) if match else ""


def _to_float(digits: str, lex: _Lexicon) -> float:
    grouped = re.sub(r"[ \u00a0\u202f]", "", digits)
    if lex.decimal_comma:
        grouped = grouped.replace(".", "").replace(",", ".")
    else:
        grouped = grouped.replace(",", "")
    return float(grouped)


def _apply_scale(text: str, atom: _Atom, lex: _Lexicon) -> _Atom:
    """Extend an atom over a following scale word: "1,5 Millionen", "twelve million", "11 тыс."."""
    if lex.scale_after is None:
        return atom
    match = lex.scale_after.match(text, atom.end)
    if not match:
        return atom
    word = _norm(match.group(1))
    factor = lex.scales[word]
    return replace(atom, end=match.end(), value=atom.value * factor, scale=factor, plain=False, approx=word in lex.approx_scales)


def _compound_unit(tail: str, lex: _Lexicon) -> str | None:
    """The duration key when a word ends in a duration stem: "tägigen" -> "day", "day-long" -> "day"."""
    low = tail.lower()
    for duration in lex.durations:
        for stem in duration.compounds:
            if low.startswith(stem) and low[len(stem):] in lex.compound_endings:
                return duration.key
    return None


def _duration_compound(word: str, lex: _Lexicon) -> tuple[str, str] | None:
    """Split "dreitägigen" / "three-day" / "трёхдневный" into ("drei", "day"), or None."""
    low = word.lower()
    if not any(stem in low for duration in lex.durations for stem in duration.compounds):
        return None  # most words hold no duration stem: skip the split points
    for at in range(1, min(len(word), _LONGEST_NUMBER_WORD)):
        if (lex.compounds_glued or low[at - 1] in "-‑") and (unit := _compound_unit(word[at:], lex)):
            return word[:at].rstrip("-‑"), unit
    return None


def _age_compound(tail: str, lex: _Lexicon) -> bool:
    """Whether a hyphened word after a number makes it an age: "24-year-old"."""
    low = tail.lower()
    return any(low.endswith(suffix) for suffix in lex.age_compound_suffixes)


def _power(text: str, atom: _Atom, digits: str, lex: _Lexicon) -> _Atom | None:
    """"10^30", "10³⁰", "1e30", "10 hoch 30": the atom as a power of ten, or None."""
    exponent = None
    if (match := _EXPONENT.match(text, atom.end)) and re.fullmatch(r"\d+(?:[.,]\d+)?", digits):
        exponent, mantissa = int(match.group("exp")), atom.value
    elif (match := _POWER.match(text, atom.end)) or (lex.power_after and (match := lex.power_after.match(text, atom.end))):
        raw = match.groupdict().get("sup")
        exponent = int(raw.translate(_SUPERSCRIPT) if raw else match.group("exp"))
        mantissa = None
    if exponent is None or match is None:
        return None
    try:
        value = mantissa * 10.0 ** exponent if mantissa is not None else atom.value ** exponent
    except OverflowError:
        value = math.inf
    return replace(atom, end=match.end(), value=value, plain=False)


def _digit_atoms(text: str, lex: _Lexicon, masked: _Spans) -> Iterator[_Atom]:
    taken = 0  # the end of the last atom: an exponent's digits are not a figure of their own
    for match in lex.digits.finditer(text):
        start, end = match.span()
        digits = match.group()
        if start < taken or masked.overlaps(start, end):
            continue
        if _BEFORE_DIGITS.search(text, max(0, start - 2), start):
            continue  # F-16, G7, +49, §3
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            continue  # 030, 007: codes, not counts
        if _previous_word(text, start) in lex.labels:
            continue
        atom = _Atom(start, end, _to_float(digits, lex), plain=digits.isdigit() and len(digits) == 4)
        if powered := _power(text, atom, digits, lex):
            taken = powered.end
            yield powered
            continue
        if start and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\t\n\u00a0") and not _DIGIT_BEFORE.search(text, _window(start - 1), start - 1):
            atom = replace(atom, start=start - 1, value=-atom.value, plain=False)  # "-5", "−5"
        elif negative := _search_before(lex.negative_before, text, start):
            atom = replace(atom, start=negative.start(), value=-atom.value, plain=False)  # "minus 5"
        glued = _GLUED.match(text, end)
        hyphened = _HYPHENED.match(text, end)
        if glued:
            suffix = glued.group().lower()
            if suffix in lex.suffix_scales:
                factor = lex.suffix_scales[suffix]
                yield replace(atom, end=glued.end(), value=atom.value * factor, scale=factor, plain=False)
            elif suffix in lex.amount_codes:
                yield replace(atom, plain=False)
            continue
        if hyphened:
            word = hyphened.group(1)
            if _norm(word) in lex.postposed_kinds:  # "10,000-plus"
                scaled = replace(atom, end=hyphened.end(), plain=False, postposed=lex.postposed_kinds[_norm(word)])
                taken = scaled.end
                yield scaled
            elif _norm(word) in lex.scales:  # "12-thousand", "15-hundred": a house style
                factor = lex.scales[_norm(word)]
                yield replace(atom, end=hyphened.end(), value=atom.value * factor, scale=factor, plain=False)
            elif _norm(word) in lex.count_compounds:  # "a 1,000-strong battalion", "1000-köpfige Truppe"
                counted = replace(atom, end=hyphened.end(), plain=False)
                taken = counted.end
                yield counted
            elif _age_compound(word, lex):
                taken = hyphened.end()  # "the 24-year-old": an age
            elif unit := _compound_unit(word, lex):
                yield replace(atom, end=hyphened.end(), duration=unit, plain=False)
            continue  # "10-Punkte-Plan", "3-D": part of a name
        if lex.ordinal_dot and _ORDINAL_DOT.match(text, end) and digits.isdigit():
            continue  # German ordinal: "13. September", "der 2. Weltkrieg"
        if lex.time_after and lex.time_after.match(text, end) and atom.value <= 24:
            continue  # 9 Uhr, 10 a.m.
        scaled = _apply_scale(text, atom, lex)
        taken = scaled.end
        yield scaled


def _vague_atoms(text: str, lex: _Lexicon) -> Iterator[_Atom]:
    """Orders of magnitude: "Zehntausende", "tens of thousands", "десятки тысяч" (a lower bound);
    and set phrases with a value: "half a million", "eine halbe Million"."""
    if lex.vague is None:
        return
    for match in lex.vague.finditer(text):
        phrase = _norm(match.group(1))
        if phrase in lex.fixed_phrases:
            yield _Atom(match.start(), match.end(), lex.fixed_phrases[phrase], scale=1.0)
        elif not _DIGIT_BEFORE.search(text, _window(match.start()), match.start()):  # "3 dozens" is no vague figure
            yield _Atom(match.start(), match.end(), lex.vague_scales[phrase], scale=1.0, vague=True)


def _word_atoms(text: str, lex: _Lexicon) -> Iterator[_Atom]:
    tokens = list(_WORD.finditer(text))
    index = 0
    while index < len(tokens):
        atom = _word_atom(text, tokens, index, lex)
        if atom is None:
            index += 1
            continue
        yield atom
        while index < len(tokens) and tokens[index].start() < atom.end:
            index += 1


def _is_number_word(token: re.Match[str], text: str, lex: _Lexicon) -> bool:
    word = token.group()
    low = word.lower()
    if len(word) > _LONGEST_NUMBER_WORD or low in lex.not_numbers or low in lex.articles:
        return False
    if lex.noun_phrase == "capitalised" and word[0].isupper() and not _SENTENCE_START.search(text, _window(token.start()), token.start()):
        return False  # capitalised words are nouns in German ("die Elf", "außer Acht")
    return low in lex.number_words or _word_value((low,), lex) is not None


def _word_atom(text: str, tokens: list[re.Match[str]], index: int, lex: _Lexicon) -> _Atom | None:
    token = tokens[index]
    low = token.group().lower()
    if len(low) <= _LONGEST_NUMBER_WORD * 2 and (compound := _duration_compound(token.group(), lex)):
        prefix = _word_value((compound[0].lower(),), lex)
        if prefix is not None:
            return _Atom(token.start(), token.end(), prefix, duration=compound[1])
    if low in lex.articles:
        atom = _Atom(token.start(), token.end(), 1.0, article=True)
        scaled = _apply_scale(text, atom, lex)
        if not scaled.scale:
            return atom
        longer = _number_run(text, tokens, index, lex)  # "one hundred and six", not "one hundred" and "six"
        return longer if longer is not None and longer.end > scaled.end else replace(scaled, article=False)
    if low in lex.scales and low not in lex.standalone_scales:
        return None  # "Millionen Menschen", "thousands": vague, not a figure
    if not _is_number_word(token, text, lex):
        return None
    return _number_run(text, tokens, index, lex)


def _number_run(text: str, tokens: list[re.Match[str]], index: int, lex: _Lexicon) -> _Atom | None:
    """The longest run of number words from tokens[index] read as one number: "twenty-five thousand"."""
    run = [tokens[index]]
    limit = _limits()["max_number_words"]
    for nxt in tokens[index + 1:index + limit]:
        if nxt.group().lower() in lex.joiner_words:
            continue  # "one hundred and six": the joiner is read with the gap below
        if not lex.number_joiner.fullmatch(text, run[-1].end(), nxt.start()):
            break
        joined = bool(lex.joiner_words) and bool(set(text[run[-1].end():nxt.start()].lower().split()) & lex.joiner_words)
        low_next = nxt.group().lower()
        if joined and lex.joined_words and low_next not in lex.joined_words:
            break  # "cent et trois quarts" is not 103
        if not (_is_number_word(nxt, text, lex) or low_next in lex.scales or joined and low_next in lex.articles):
            break  # "vingt et un": after a joiner an article is the number one
        run.append(nxt)
    for size in range(len(run), 0, -1):
        value = _word_value(tuple(_norm(text[run[0].start():run[size - 1].end()]).split()), lex)  # joiners kept: "soixante et un"
        if value is not None:
            return _apply_scale(text, _Atom(run[0].start(), run[size - 1].end(), value), lex)
    return None


def _atoms(text: str, lex: _Lexicon) -> list[_Atom]:
    masked = _Spans(m.span() for pattern in _MASKS for m in pattern.finditer(text))
    found = list(_digit_atoms(text, lex, masked))
    if lex.words:
        taken = _Spans((a.start, a.end) for a in found)
        vague = [a for a in _vague_atoms(text, lex) if not taken.overlaps(a.start, a.end)]
        found += vague
        taken = _Spans([(a.start, a.end) for a in found] + list(zip(masked.starts, masked.ends)))
        found += [a for a in _word_atoms(text, lex) if not taken.overlaps(a.start, a.end)]  # none inside links
    return sorted(found, key=lambda a: a.start)


@dataclass(frozen=True, slots=True)
class _Span:
    """One figure or range of figures, before classification."""

    first: _Atom
    last: _Atom

    @property
    def is_range(self) -> bool:
        return self.first is not self.last


def _spans(text: str, atoms: list[_Atom], lex: _Lexicon) -> Iterator[_Span]:
    index = 0
    while index < len(atoms):
        first = atoms[index]
        if index + 1 < len(atoms):
            second = atoms[index + 1]
            join = lex.range_join.fullmatch(text, first.end, second.start) if second.start - first.end <= 12 else None
            if join and (not join.group("and") or _search_before(lex.range_open, text, first.start)) and not first.article and not first.vague:
                if second.scale and not first.scale and first.value < second.value / second.scale:
                    first = replace(first, value=first.value * second.scale, scale=second.scale, plain=False)
                if first.value < second.value:
                    yield _Span(first, second)
                    index += 2
                    continue
                if join.group().strip() in "-–—":
                    index += 2  # "5-4 vote", "2023-24 season": a score or a season, not a range
                    continue
        yield _Span(first, first)
        index += 1


def _is_calendar(text: str, span: _Span, lex: _Lexicon) -> bool:
    """Whether a span is a date or calendar year rather than a quantity."""
    previous = _previous_word(text, span.first.start)
    following = _following_word(text, span.last.end)
    if previous.rstrip(".") in lex.months or previous in lex.months or following.lower() in lex.months:
        # "Februar 2022", "September 13", "13 September"; but not "Februar 10.000 Soldaten"
        return span.first.plain or span.first.value <= 31 and span.first.value.is_integer() and span.first.scale is None
    if not all(a.plain and 1000 <= a.value <= 2100 for a in (span.first, span.last)):
        return False
    if _search_before(lex.qualifier_before, text, span.first.start):
        return False  # "above 1000", "mehr als 2000": a year takes no qualifier
    if previous in lex.year_words:
        return True  # "seit 2011", "im Jahr 2000"
    return not _counts_something(text, span.last.end, following, lex)


def _counts_something(text: str, end: int, following: str, lex: _Lexicon) -> bool:
    """Whether the words after a four-digit number make it a count ("2000 Soldaten") not a year."""
    for pattern in (lex.percent_after, lex.currency_after, lex.amount_after):
        if pattern and pattern.match(text, end):
            return True
    low = following.lower()
    if not following or low in lex.stopwords or low in lex.months or low in lex.year_words:
        return False
    if lex.duration_after and lex.duration_after.fullmatch(" " + low):
        return False  # "2022 году", "2000 ans"? a year or a duration: never a count
    match lex.noun_phrase:
        case "capitalised":
            return following[0].isupper()
        case "head-last":
            return following.islower() and following.endswith("s")
        case _:
            return following.islower()


def _interval(kind: str, low: float, high: float) -> tuple[float | None, float | None]:
    tolerance = _neutral_data()["tolerance"]
    match kind:
        case "approx":
            bounds = (round(low * (1 - tolerance["approx"]), 6), round(high * (1 + tolerance["approx"]), 6))
            return min(bounds), max(bounds)
        case "more-than" | "at-least":
            return low, None
        case "less-than" | "at-most" | "up-to":
            return None, high
        case "nearly":
            return round(low - abs(low) * tolerance["nearly"], 6), high
        case _:
            return low, high


def _qualifiers(text: str, start: int, lex: _Lexicon) -> tuple[list[str], int]:
    """The qualifiers right before a figure ("weitere rund"), and where they begin."""
    kinds: list[str] = []
    while len(kinds) < 4 and (match := _search_before(lex.qualifier_before, text, start)):
        kinds.append(lex.qualifier_kinds[_norm(match.group(1))])
        start = match.start()
    return kinds, start


# -- the counted noun -------------------------------------------------------------------------

def _lemma(word: str, lex: _Lexicon) -> str:
    """A light lemma: irregular forms from the table, else the first matching ending rule:
    "Nordkoreanern" -> "Nordkoreaner", "солдатам" -> "солдат", "военнослужащих" -> "военнослужащие"."""
    low = word.lower()
    if low in lex.lemmas:
        return lex.lemmas[low]
    rules = lex.adjectival_rules if low in lex.adjectival_nouns else lex.lemma_rules
    for ending, replacement in rules:
        if low.endswith(ending) and len(word) - len(ending) >= lex.lemma_min_stem:
            return word[: len(word) - len(ending)] + replacement
    return word


def _words_after(text: str, pos: int, limit: int) -> Iterator[tuple[str, int]]:
    """Up to `limit` words after pos with where each ends; stops at punctuation."""
    for _ in range(limit):
        match = _NEXT_WORD_SPACED.match(text, pos, pos + _limits()["window"])
        if not match:
            return
        pos = match.end()
        yield match.group(1), pos


def _capitalised_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str, int] | None:
    """German: the capitalised noun after a figure, skipping up to two inflected adjectives."""
    skipped = 0
    for word, end in _words_after(text, pos, 3):
        if word[0].isupper():
            return word, end
        if skipped == 2 or word.lower() in lex.stopwords or not re.search(r"(?:e|en|er|es|em)$", word):
            return None
        skipped += 1
    return None


def _head_last_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str, int] | None:
    """English: the head of the noun phrase after a figure: "11,000 North Korean troops" -> "troops"."""
    words: list[str] = []
    end = pos
    for word, word_end in _words_after(text, pos, 4):
        if word.lower() in lex.stopwords or _word_value((word.lower(),), lex) is not None:
            break  # "twenty-one trillion three hundred": the next figure is no noun
        words.append(word)
        end = word_end
        if word.lower() in lex.plurals or re.search(r"[^s]s$", word):
            break  # the plural ends the phrase: "10k runners took part"
    if not words:
        return None
    proper = all(w[0].isupper() for w in words)
    return (" ".join(words) if proper else words[-1]), end


def _head_first_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str, int] | None:
    """French: the noun right after a figure ("11 000 soldats nord-coréens" -> "soldats")."""
    for word, end in _words_after(text, pos, 1):
        if word.lower() in lex.stopwords or word[0].isupper():
            return None
        return word.lower(), end
    return None


def _inflected_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str, int] | None:
    """Russian: the noun after a figure, skipping up to two adjectives by their endings
    ("11 тысяч северокорейских солдат" -> "солдат")."""
    for word, end in _words_after(text, pos, 3):
        low = word.lower()
        if low in lex.stopwords:
            return None
        if low in lex.adjectival_nouns or not low.endswith(lex.adjective_endings):
            return word.lower(), end
    return None


_NOUN_READERS = {"capitalised": _capitalised_noun, "head-last": _head_last_noun, "head-first": _head_first_noun, "inflected": _inflected_noun}


def _counted_noun(text: str, pos: int, lex: _Lexicon, linked: bool = False) -> tuple[str | None, int]:
    """What a figure counts, normalised, and where that phrase ends. `linked`: the figure ends
    in a scale, after which a link word may come ("tens of thousands of people", "12 millions d'obus")."""
    read = _NOUN_READERS.get(lex.noun_phrase)
    if read is None:
        return None, pos
    if linked and lex.scale_link and (link := lex.scale_link.match(text, pos)):
        pos = link.end()
    found = read(text, pos, lex)
    if found is None:
        return None, pos
    noun, end = found
    if noun.lower() in lex.measure_words:
        link = lex.measure_link.match(text, end) if lex.measure_link else None
        measured = read(text, link.end() if link else end, lex)
        if measured:
            noun = f"{noun} {link.group(1)} {measured[0]}" if link else f"{noun} {measured[0]}"
            end = measured[1]
    parts = [_lemma(noun, lex)]
    while lex.conjunction and len(parts) < 4 and (conj := lex.conjunction.match(text, end)):
        other = read(text, conj.end(), lex)
        if other is None:
            break
        parts.append(f"{conj.group(1)} {_lemma(other[0], lex)}")
        end = other[1]
    return " ".join(parts), end


# -- classification ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Reading:
    kind: str
    unit: str | None
    end: int
    postposed: tuple[str, ...] = ()
    extra: float = 0.0  # "et demie": added to the figure


def _duration_unit(key: str, lex: _Lexicon) -> str:
    return next(d.unit for d in lex.durations if d.key == key)


def _role(text: str, start: int, figure_end: int, end: int, noun: str | None, lex: _Lexicon) -> _Role | None:
    """What a duration measures when it is not an event's length: elapsed time or a war."""
    for role in lex.roles:
        if role.nouns:
            nearby = [w.lower() for w, _ in _words_after(text, figure_end, 2)]
            if noun and noun.lower() in role.nouns or any(w in role.nouns for w in nearby[:2]):
                return role
            before = text[_window(start):start].lower().split()[-3:]
            if any(w.strip(",.;:") in role.nouns for w in before):
                return role
        if role.before and _search_before(role.before, text, start):
            return role
        if role.after and role.after.match(text, end):
            return role
        if role.scoped and (scope := _search_before(role.scoped, text, start)):
            words = _WORD.findall(text, _window(scope.start()), scope.start())[-6:]
            if any(w.lower() in role.scope_cues or w.lower().endswith("est") and len(w) > 5 for w in words):
                return role  # "the first visit in 24 years", "the highest level in 20 years"
    return None


def _duration_reading(text: str, start: int, end: int, key: str, compound: bool, lex: _Lexicon) -> _Reading | None:
    """A duration with its role, or None when it is an age ("24 Jahre alt", "der 24-Jährige")."""
    unit = _duration_unit(key, lex)
    extra = 0.0
    if lex.half_after and (half := lex.half_after.match(text, end)):
        extra, end = 0.5, half.end()
    if _search_before(lex.age_before, text, start) or lex.age_after and lex.age_after.match(text, end):
        return None
    noun = None
    figure_end = end
    if compound:
        noun, end = _counted_noun(text, end, lex)  # "dreitägigen Besuch": the event is part of the phrase
        for word, word_end in _words_after(text, figure_end, 3):
            if word_end > end:
                break
            if word.lower() in lex.event_nouns or any(word.lower() in r.nouns for r in lex.roles):
                noun, end = word, word_end  # "a three-day visit begins": the event ends the phrase
                break
        war = any(r.name == "war" and noun and noun.lower() in r.nouns for r in lex.roles)
        if unit in lex.age_compound_units and not war and (noun is None or noun.lower() not in lex.event_nouns):
            return None  # "die 24-jährige Studentin", "24-летний мужчина": an age
    if role := _role(text, start, figure_end, end, noun, lex):
        unit = f"{unit} {role.suffix}"
    return _Reading("duration", unit, end, (), extra)


def _classify(text: str, span: _Span, start: int, lex: _Lexicon) -> _Reading | None:
    """What a figure is (kind, unit, end of its phrase), or None when it is no quantity."""
    end = span.last.end
    if span.last.duration:
        return _duration_reading(text, start, end, span.last.duration, True, lex)
    postposed: list[str] = []
    if lex.postposed_after and (match := lex.postposed_after.match(text, end)):
        postposed.append(lex.postposed_kinds[_norm(match.group(1))])
        end = match.end()
    extra = 0.0
    if lex.half_after and (half := lex.half_after.match(text, end)) and lex.duration_after and lex.duration_after.match(text, half.end()):
        extra, end = 0.5, half.end()  # "two and a half hours"
    tail_checks = (
        ("percent", lex.percent_after, lambda _: "%"),
        ("money", lex.currency_after, lambda w: lex.currency_codes[w]),
        ("amount", lex.amount_after, lambda w: lex.amount_codes[w]),
    )
    unit_at = end
    if span.last.scale is not None and lex.scale_link and (link := lex.scale_link.match(text, end)):
        unit_at = link.end()  # "1,5 milliard d'euros", "tens of millions of dollars"
    for kind, pattern, unit_of in tail_checks:
        if pattern and (match := pattern.match(text, end) or pattern.match(text, unit_at)):
            return _Reading(kind, unit_of(_norm(match.group(1))), match.end(), tuple(postposed), extra)
    if lex.duration_after and (match := lex.duration_after.match(text, end)):
        form = _norm(match.group(1))
        key = next(d.key for d in lex.durations if form in d.forms)
        reading = _duration_reading(text, start, match.end(), key, False, lex)
        return reading and replace(reading, postposed=tuple(postposed), extra=reading.extra + extra)
    if span.first.article:
        return None  # "mehr als einen Bericht": an article, not a figure
    unit, end = _counted_noun(text, end, lex, linked=span.last.scale is not None)
    if lex.postposed_after and not postposed and (match := lex.postposed_after.match(text, end)):
        postposed.append(lex.postposed_kinds[_norm(match.group(1))])  # "10 000 soldats supplémentaires"
        end = match.end()
    return _Reading("count", unit, end, tuple(postposed))


@dataclass(frozen=True, slots=True)
class Refusal:
    """A figure the parser read and refused, so a caller can say so: "above the limit" (1e30,
    a 300-digit number) or "negative count" ("-5 Soldaten")."""

    start: int
    end: int
    text: str
    reason: str


def parse_quantities(text: str, language: str) -> tuple[Quantity, ...]:
    """Every quantity in one text, offsets into it; `claim_id` is left empty."""
    return _parse_once(text, language)[0]


def refused_figures(text: str, language: str) -> tuple[Refusal, ...]:
    """The figures of a text that were read but refused, with the reason."""
    return _parse_once(text, language)[1]


def _parse_once(text: str, language: str) -> tuple[tuple[Quantity, ...], tuple[Refusal, ...]]:
    # Asking for the quantities and then the refusals of one claim parses it once; long texts
    # are not kept in the cache.
    return _parse_cached(text, language) if len(text) <= 4096 else _parse(text, language)


@lru_cache(maxsize=512)
def _parse_cached(text: str, language: str) -> tuple[tuple[Quantity, ...], tuple[Refusal, ...]]:
    return _parse(text, language)


def _parse(text: str, language: str) -> tuple[tuple[Quantity, ...], tuple[Refusal, ...]]:
    lex = _lexicon(language)
    found: list[Quantity] = []
    refused: list[Refusal] = []
    for span in _spans(text, _atoms(text, lex), lex):
        if _is_calendar(text, span, lex):
            continue
        start = span.first.start
        opener = _search_before(lex.range_open, text, start) if span.is_range else None
        if opener:
            start = opener.start()
        currency = _search_before(lex.currency_before, text, start)
        if currency:
            start = currency.start()
        qualifiers, start = _qualifiers(text, start, lex)
        if _search_before(lex.age_before, text, start):
            continue  # "aged 24", "im Alter von 70 Jahren": an age
        reading = _classify(text, span, start, lex)
        if reading is None:
            continue
        if span.first.article and not qualifiers and not reading.extra:
            continue  # "a year", "eine Stunde": an article; "une heure et demie" is a figure
        if currency:
            reading = replace(reading, kind="money", unit=lex.currency_codes[currency.group(1).lower()])
        elif reading.kind == "count" and reading.unit is None and _is_apposed_age(text, span):
            continue  # "Putin, 71, said", "Kim (40)": an age in apposition
        glued = [span.last.postposed] if span.last.postposed else []
        quantity = _quantity(text, span, start, reading, qualifiers + glued + list(reading.postposed))
        if isinstance(quantity, Quantity):
            found.append(quantity)
        else:
            refused.append(Refusal(start, reading.end, text[start:reading.end], quantity))
    return tuple(found), tuple(refused)


_APPOSED_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZÄÖÜÀ-ÞА-ЯЁ][^\W\d_]*\s*(?:,|\()\s*$")
_APPOSED_AFTER = re.compile(r"\s*(?:,|\))")


def _is_apposed_age(text: str, span: _Span) -> bool:
    """A bare whole number of 1 to 120 between commas or in brackets right after a name:
    "Putin, 71, met Kim", "Kim (40)" — how news gives a person's age."""
    if span.is_range or not (1 <= span.first.value <= 120 and span.first.value.is_integer()):
        return False
    before = _APPOSED_BEFORE.search(text, _window(span.first.start), span.first.start)
    return bool(before and _APPOSED_AFTER.match(text, span.last.end))


def _quantity(text: str, span: _Span, start: int, reading: _Reading, qualifiers: list[str]) -> Quantity | str:
    """The quantity, or the reason it is refused."""
    first, last = span.first.value + reading.extra, span.last.value + reading.extra
    if not all(math.isfinite(v) and abs(v) <= _limits()["max_value"] for v in (first, last)):
        return "above the limit"  # "1e30", a 300-digit number: values stay finite and believable
    if (first < 0 or last < 0) and (reading.kind == "duration" or reading.kind == "count" and reading.unit):
        return "negative count"  # "-5 Soldaten": no count of things and no duration is negative
    if span.first.vague and not qualifiers:
        qualifiers = ["at-least"]  # "Zehntausende": at least ten thousand
    elif (span.first.approx or span.last.approx) and not qualifiers:
        qualifiers = ["approx"]  # "une dizaine"
    bounding = [q for q in qualifiers if q not in ("additional", "exact")]
    low, high = _interval(bounding[0] if bounding else "exact", first, last)
    if bounding[:1] == ["approx"] and len(bounding) > 1:
        # "about 500 or more": the open side of the second qualifier, the tolerance of the first
        open_low, open_high = _interval(bounding[1], first, last)
        low, high = (low if open_low is not None else None), (high if open_high is not None else None)
        bounding = bounding[1:]
    if "additional" in qualifiers:
        qualifier = "additional"
    elif bounding:
        qualifier = bounding[0]
    else:
        qualifier = "range" if span.is_range else "exact"
    value = (first + last) / 2 if span.is_range else first
    return Quantity(
        claim_id="",
        text=text[start:reading.end],
        start=start,
        end=reading.end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=reading.unit,
        kind=reading.kind,
    )


@lru_cache(maxsize=1024)
def calendar_years(text: str, language: str) -> frozenset[int]:
    """The calendar years a text is set in ("im Dezember 2013", "in 2022"), leaving out the starts
    of periods that reach up to the present ("seit 2011", "since 2022")."""
    lex = _lexicon(language)
    return frozenset(
        int(atom.value)
        for span in _spans(text, _atoms(text, lex), lex)
        if _is_calendar(text, span, lex) and _previous_word(text, span.first.start) not in lex.period_starts
        for atom in (span.first, span.last)
        if atom.plain and 1000 <= atom.value <= 2100
    )


def extract_quantities(claims: Sequence[Claim], languages: Mapping[str, str]) -> tuple[Quantity, ...]:
    """The quantities of every claim; `languages` maps article id -> language ("de", "en", ...)."""
    return tuple(
        replace(quantity, claim_id=claim.id)
        for claim in claims
        for quantity in parse_quantities(claim.text, languages.get(claim.article_id, "und"))
    )
