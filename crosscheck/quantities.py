"""Figures in claims: digits, number words, scales, ranges and qualifiers, read as intervals.

The article's language decides the separators ("11.000" is eleven thousand in German, "11,000"
in English). Number words come from text2num; qualifiers, scales, currencies and units come from
data/numbers.toml. Calendar years, dates, ordinals, times, phone numbers and labels
("Resolution 2231") are not quantities.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from text_to_num import text2num

from crosscheck.records import Claim, Quantity

DATA_FILE = Path(__file__).with_name("data") / "numbers.toml"

_WORD = r"[^\W\d_]+(?:[-‑][^\W\d_]+)*"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[„\"“«»(]\s*)$")


@cache
def number_data() -> dict[str, Any]:
    """The parsed numbers.toml, shared by the parser and the conflict finder."""
    return tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))


def _alternation(phrases: Any) -> str:
    """A regex alternation of literal phrases, longest first so that "mehr als" beats "mehr"."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@dataclass(frozen=True, slots=True)
class _Duration:
    unit: str
    forms: frozenset[str]
    compounds: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Everything the parser knows about one language, compiled once."""

    language: str
    words: bool  # whether number words, qualifiers and scales of this language are known
    digits: re.Pattern[str]
    decimal_comma: bool
    qualifier_kinds: dict[str, str]
    qualifier_before: re.Pattern[str] | None
    postposed_kinds: dict[str, str]
    postposed_after: re.Pattern[str] | None
    scales: dict[str, float]
    scale_after: re.Pattern[str] | None
    suffix_scales: dict[str, float]
    standalone_scales: frozenset[str]
    not_numbers: frozenset[str]
    articles: frozenset[str]
    currency_codes: dict[str, str]  # lowercase symbol or word -> ISO code
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    amount_codes: dict[str, str]
    amount_after: re.Pattern[str]
    durations: tuple[_Duration, ...]
    duration_after: re.Pattern[str] | None
    range_join: re.Pattern[str]
    range_open: re.Pattern[str]
    conjunction: re.Pattern[str]
    measure_words: frozenset[str]
    plurals: frozenset[str]
    stopwords: frozenset[str]
    months: frozenset[str]
    year_words: frozenset[str]
    time_after: re.Pattern[str]
    labels: frozenset[str]


@cache
def _lexicon(language: str) -> _Lexicon:
    data = number_data()
    words = language in data["qualifiers"]
    word_lang = language if words else "en"  # symbols and codes are shared; words need a language
    decimal_comma = language in data["separators"]["decimal_comma"]
    space = r"[ \u00a0\u202f]" if language in data["separators"]["space_grouping"] else r"[\u00a0\u202f]"
    group, decimal = (r"\.", ",") if decimal_comma else (",", r"\.")
    digits = re.compile(rf"(?<![\d.,])(?:\d{{1,3}}(?:(?:{group}|{space})\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?)(?!\d)")

    def kinds(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
        return {re.sub(r"\s+", " ", p.lower()): kind for kind, phrases in table.items() for p in phrases}

    qualifier_kinds = kinds(data["qualifiers"].get(language, {}))
    postposed_kinds = kinds(data["postposed"].get(language, {}))
    scales = {k.lower(): float(v) for k, v in data["scales"].get(language, {}).items()}
    currency_codes = {form.lower(): code for code, spec in data["currencies"].items() for form in spec["symbols"] + spec["words"]}
    symbols = [s for spec in data["currencies"].values() for s in spec["symbols"]]
    amount_codes = {form.lower(): code for code, forms in data["amount_units"].items() for form in forms}
    durations = tuple(
        _Duration(spec[word_lang]["unit"], frozenset(spec[word_lang]["forms"]), tuple(spec[word_lang]["compound"]))
        for spec in data["durations"].values()
    )
    duration_forms = [f for d in durations for f in d.forms]
    calendar = data["calendar"]
    ranges = data["ranges"][word_lang]

    def after(phrases: Any) -> re.Pattern[str]:
        return re.compile(rf"\s*({_alternation(phrases)})(?![^\W\d_])", re.I)

    return _Lexicon(
        language=language,
        words=words,
        digits=digits,
        decimal_comma=decimal_comma,
        qualifier_kinds=qualifier_kinds,
        qualifier_before=re.compile(rf"(?<![^\W\d_])({_alternation(qualifier_kinds)})\s+$", re.I) if qualifier_kinds else None,
        postposed_kinds=postposed_kinds,
        postposed_after=re.compile(rf"\s+({_alternation(postposed_kinds)})(?![^\W\d_])", re.I) if postposed_kinds else None,
        scales=scales,
        scale_after=re.compile(rf"\s*({_alternation(scales)})(?![^\W\d_])", re.I) if scales else None,
        suffix_scales={k: float(v) for k, v in data["suffix_scales"].get(language, {}).items()},
        standalone_scales=frozenset(data["standalone_scales"].get(language, ())),
        not_numbers=frozenset(data["not_numbers"].get(language, ())),
        articles=frozenset(data["article_numbers"].get(language, ())),
        currency_codes=currency_codes,
        currency_before=re.compile(rf"(?<![^\W\d_])({_alternation(symbols)})\s*$", re.I),
        currency_after=after(currency_codes),
        percent_after=after(data["percent"]["words"]),
        amount_codes=amount_codes,
        amount_after=after(amount_codes),
        durations=durations,
        duration_after=after(duration_forms) if words else None,
        range_join=re.compile(rf"\s*(?:{_alternation(ranges['to'])})\s*|\s+(?P<and>{_alternation(ranges['and'])})\s+", re.I),
        range_open=re.compile(rf"(?<![^\W\d_])({_alternation(ranges['opening'])})\s+$", re.I),
        conjunction=re.compile(rf"\s+({_alternation(data['conjunctions']['words'])})(?=\s)", re.I),
        measure_words=frozenset(data["measure_words"].get(language, ())),
        plurals=frozenset(data["plurals"].get(language, ())),
        stopwords=frozenset(data["stopwords"].get(word_lang, ())),
        months=frozenset(calendar["months"]),
        year_words=frozenset(calendar["year_words"]),
        time_after=after(data["time_words"][word_lang]),
        labels=frozenset(data["labels"]["words"]),
    )


@cache
def _word_value(words: str, language: str) -> float | None:
    """text2num's reading of number words, or None where they are not a number."""
    try:
        return float(text2num(words, language))
    except (ValueError, TypeError):
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
    duration: str | None = None  # the unit of a compound adjective ("dreitägig" -> "Tage")


# Spans that look numeric but are dates, times, phone numbers or ordinals.
_MASKS = (
    re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?(?!\d)"),  # 13.09.2023, 13.9.
    re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"),  # 2023-10-05
    re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),  # 10/5/2023
    re.compile(r"(?<!\d)\d{4}-(?:0?[1-9]|1[0-2])(?!\d)"),  # 2023-10
    re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"),  # 14:30
    re.compile(r"(?<!\d)\d{1,2}\.\d{2}\s*(?:uhr|h|a\.m\.|p\.m\.)(?![^\W\d_])", re.I),  # 9.30 Uhr
    re.compile(r"(?<![\w+])(?:\+\d{1,3}|\(?0\d{1,5}\)?)(?:[ /-]*\(?\d{2,}\)?){2,}"),  # +49 30 1234567, 030/123456
    re.compile(r"(?<!\d)\d+(?:st|nd|rd|th)(?![^\W\d_])", re.I),  # 3rd
    re.compile(r"(?<![\d/:])\d+\s?[/:]\s?\d+(?![\d/:])"),  # 24/7, 5:4 (scores and ratios)
)


def _masked_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in _MASKS for m in pattern.finditer(text)]


def _previous_word(text: str, pos: int) -> str:
    match = re.search(r"([^\W\d_]+\.?|§|#|№)\s*$", text[:pos])
    return match.group(1).lower() if match else ""


def _following_word(text: str, pos: int) -> str:
    match = re.match(r"\s*(" + _WORD + ")", text[pos:])
    return match.group(1) if match else ""


def _to_float(digits: str, lex: _Lexicon) -> float:
    grouped = re.sub(r"[ \u00a0\u202f]", "", digits)
    if lex.decimal_comma:
        grouped = grouped.replace(".", "").replace(",", ".")
    else:
        grouped = grouped.replace(",", "")
    return float(grouped)


def _apply_scale(text: str, atom: _Atom, lex: _Lexicon) -> _Atom:
    """Extend an atom over a following scale word: "1,5 Millionen", "twelve million"."""
    if lex.scale_after is None:
        return atom
    match = lex.scale_after.match(text, atom.end)
    if not match:
        return atom
    factor = lex.scales[re.sub(r"\s+", " ", match.group(1).lower())]
    return replace(atom, end=match.end(), value=atom.value * factor, scale=factor, plain=False)


def _compound_unit(tail: str, lex: _Lexicon) -> str | None:
    """The duration unit when a word ends in a duration stem: "tägigen" -> "Tage", "day-long" -> "days"."""
    low = tail.lower()
    for duration in lex.durations:
        for stem in duration.compounds:
            if low.startswith(stem) and re.fullmatch(r"(?:e|en|er|es|em|s|[-‑](?:long|old))?", low[len(stem):]):
                return duration.unit
    return None


def _duration_compound(word: str, lex: _Lexicon) -> tuple[str, str] | None:
    """Split "dreitägigen" / "three-day" into ("drei", "Tage"), or None."""
    low = word.lower()
    for at in range(1, len(word)):
        # German writes these compounds as one word; English joins them with a hyphen.
        if (lex.language == "de" or low[at - 1] in "-‑") and (unit := _compound_unit(word[at:], lex)):
            return word[:at].rstrip("-‑"), unit
    return None


def _digit_atoms(text: str, lex: _Lexicon, masked: list[tuple[int, int]]) -> Iterator[_Atom]:
    for match in lex.digits.finditer(text):
        start, end = match.span()
        digits = match.group()
        if any(s < end and start < e for s, e in masked):
            continue
        before = text[max(0, start - 2):start]
        if re.search(r"[^\W\d_][-‑]?$|[+#№§]$", before):
            continue  # F-16, G7, +49, §3
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            continue  # 030, 007: codes, not counts
        if _previous_word(text, start) in lex.labels:
            continue
        atom = _Atom(start, end, _to_float(digits, lex), plain=digits.isdigit() and len(digits) == 4)
        tail = text[end:]
        glued = re.match(r"[^\W\d_]+", tail)
        hyphened = re.match(r"[-‑](" + _WORD + ")", tail)
        if glued:
            suffix = glued.group().lower()
            if suffix in lex.suffix_scales:
                factor = lex.suffix_scales[suffix]
                yield replace(atom, end=end + glued.end(), value=atom.value * factor, scale=factor, plain=False)
            elif suffix in lex.amount_codes:
                yield replace(atom, plain=False)
            continue
        if hyphened:
            if unit := _compound_unit(hyphened.group(1), lex):
                yield replace(atom, end=end + hyphened.end(), duration=unit, plain=False)
            continue  # "10-Punkte-Plan", "3-D": part of a name
        if lex.decimal_comma and re.match(r"\.\s+\S", tail) and digits.isdigit():
            continue  # German ordinal: "13. September", "der 2. Weltkrieg"
        if lex.time_after.match(tail) and atom.value <= 24:
            continue  # 9 Uhr, 10 a.m.
        yield _apply_scale(text, atom, lex)


def _word_atoms(text: str, lex: _Lexicon) -> Iterator[_Atom]:
    tokens = list(re.finditer(_WORD, text))
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
    if low in lex.not_numbers or low in lex.articles:
        return False
    if lex.language == "de" and word[0].isupper() and not _SENTENCE_START.search(text[:token.start()]):
        return False  # capitalised words are nouns in German ("die Elf", "außer Acht")
    return _word_value(low, lex.language) is not None


def _word_atom(text: str, tokens: list[re.Match[str]], index: int, lex: _Lexicon) -> _Atom | None:
    token = tokens[index]
    low = token.group().lower()
    compound = _duration_compound(token.group(), lex)
    if compound and (prefix := _word_value(compound[0].lower(), lex.language)) is not None:
        return _Atom(token.start(), token.end(), prefix, duration=compound[1])
    if low in lex.articles:
        atom = _Atom(token.start(), token.end(), 1.0, article=True)
        scaled = _apply_scale(text, atom, lex)
        return replace(scaled, article=False) if scaled.scale else atom
    if low in lex.scales and low not in lex.standalone_scales:
        return None  # "Millionen Menschen", "thousands": vague, not a figure
    if not _is_number_word(token, text, lex):
        return None
    # The longest run of number words that text2num reads as one number: "twenty-five thousand".
    run = [token]
    for nxt in tokens[index + 1:]:
        gap = text[run[-1].end():nxt.start()]
        if not re.fullmatch(r"\s+(?:and\s+)?", gap) or not (_is_number_word(nxt, text, lex) or nxt.group().lower() in lex.scales):
            break
        run.append(nxt)
    for size in range(len(run), 0, -1):
        value = _word_value(text[run[0].start():run[size - 1].end()].lower(), lex.language)
        if value is not None:
            return _apply_scale(text, _Atom(run[0].start(), run[size - 1].end(), value), lex)
    return None


def _atoms(text: str, lex: _Lexicon) -> list[_Atom]:
    masked = _masked_spans(text)
    found = list(_digit_atoms(text, lex, masked))
    if lex.words:
        taken = [(a.start, a.end) for a in found]
        found += [a for a in _word_atoms(text, lex) if not any(s < a.end and a.start < e for s, e in taken)]
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
            join = lex.range_join.fullmatch(text, first.end, second.start)
            opened = lex.range_open.search(text[:first.start])
            if join and (not join.group("and") or opened) and not first.article:
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
        return span.first.plain or span.first.value <= 31 and span.first.value.is_integer()
    if not all(a.plain and 1000 <= a.value <= 2100 for a in (span.first, span.last)):
        return False
    if previous in lex.year_words:
        return True  # "seit 2011", "im Jahr 2000"
    return not _counts_something(text, span.last.end, following, lex)


def _counts_something(text: str, end: int, following: str, lex: _Lexicon) -> bool:
    """Whether the words after a four-digit number make it a count ("2000 Soldaten") not a year."""
    tail = text[end:]
    if lex.percent_after.match(tail) or lex.currency_after.match(tail) or lex.amount_after.match(tail):
        return True
    if not following or following.lower() in lex.stopwords or following.lower() in lex.months:
        return False
    if lex.language == "de":
        return following[0].isupper()
    return following.islower() and following.endswith("s")


def _interval(kind: str, low: float, high: float) -> tuple[float | None, float | None]:
    tolerance = number_data()["tolerance"]
    match kind:
        case "approx":
            return round(low * (1 - tolerance["approx"]), 6), round(high * (1 + tolerance["approx"]), 6)
        case "more-than" | "at-least":
            return low, None
        case "less-than" | "at-most" | "up-to":
            return None, high
        case "nearly":
            return round(low * (1 - tolerance["nearly"]), 6), high
        case _:
            return low, high


def _qualifiers(text: str, start: int, lex: _Lexicon) -> tuple[list[str], int]:
    """The qualifiers right before a figure ("weitere rund"), and where they begin."""
    kinds: list[str] = []
    if lex.qualifier_before is None:
        return kinds, start
    while match := lex.qualifier_before.search(text[:start]):
        kinds.append(lex.qualifier_kinds[re.sub(r"\s+", " ", match.group(1).lower())])
        start = match.start()
    return kinds, start


def _lemma(word: str, lex: _Lexicon) -> str:
    """A lemma-ish form: German dative plurals lose their -n ("Nordkoreanern" -> "Nordkoreaner")."""
    if lex.language == "de" and len(word) > 5 and re.search(r"[^\W\d_](?:er|el)n$", word):
        return word[:-1]
    return word


def _german_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str, int] | None:
    """The capitalised noun after a figure, skipping up to two inflected adjectives."""
    skipped = 0
    while match := re.match(r"\s+(" + _WORD + ")", text[pos:]):
        word = match.group(1)
        if word[0].isupper():
            return word, pos + match.end()
        if skipped == 2 or word.lower() in lex.stopwords or not re.search(r"(?:e|en|er|es|em)$", word):
            return None
        skipped += 1
        pos += match.end()
    return None


def _english_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str, int] | None:
    """The head of the noun phrase after a figure: "11,000 North Korean troops" -> "troops"."""
    words: list[str] = []
    end = pos
    while len(words) < 4 and (match := re.match(r"\s+(" + _WORD + ")", text[end:])):
        word = match.group(1)
        if word.lower() in lex.stopwords:
            break
        words.append(word)
        end += match.end()
        if word.lower() in lex.plurals or re.search(r"[^s]s$", word):
            break  # the plural ends the phrase: "10k runners took part"
    if not words:
        return None
    proper = all(w[0].isupper() for w in words)
    return (" ".join(words) if proper else words[-1]), end


def _counted_noun(text: str, pos: int, lex: _Lexicon) -> tuple[str | None, int]:
    """What a figure counts, normalised, and where that phrase ends."""
    if not lex.words:
        return None, pos
    read = _german_noun if lex.language == "de" else _english_noun
    found = read(text, pos, lex)
    if found is None:
        return None, pos
    noun, end = found
    if noun.lower() in lex.measure_words:
        linked = re.match(r"\s+of(?=\s)", text[end:]) if lex.language != "de" else None
        measured = read(text, end + (linked.end() if linked else 0), lex)
        if measured:
            noun = f"{noun} of {measured[0]}" if linked else f"{noun} {measured[0]}"
            end = measured[1]
    parts = [_lemma(noun, lex)]
    while conj := lex.conjunction.match(text, end):
        other = read(text, conj.end(), lex)
        if other is None:
            break
        parts.append(f"{conj.group(1)} {_lemma(other[0], lex)}")
        end = other[1]
    return " ".join(parts), end


def _classify(text: str, span: _Span, lex: _Lexicon) -> tuple[str, str | None, int, list[str]] | None:
    """(kind, unit, end of the phrase, postposed qualifiers) for a figure, or None when it is no quantity."""
    end = span.last.end
    if span.last.duration:
        _, end = _counted_noun(text, end, lex)  # "dreitägigen Besuch": the event is part of the phrase
        return "duration", span.last.duration, end, []
    postposed: list[str] = []
    if lex.postposed_after and (match := lex.postposed_after.match(text, end)):
        postposed.append(lex.postposed_kinds[re.sub(r"\s+", " ", match.group(1).lower())])
        end = match.end()
    tail_checks = (
        ("percent", lex.percent_after, lambda _: "%"),
        ("money", lex.currency_after, lambda w: lex.currency_codes[w]),
        ("amount", lex.amount_after, lambda w: lex.amount_codes[w]),
    )
    for kind, pattern, unit_of in tail_checks:
        if match := pattern.match(text, end):
            return kind, unit_of(re.sub(r"\s+", " ", match.group(1).lower())), match.end(), postposed
    if lex.duration_after and (match := lex.duration_after.match(text, end)):
        form = match.group(1).lower()
        unit = next(d.unit for d in lex.durations if form in d.forms)
        return "duration", unit, match.end(), postposed
    if span.first.article:
        return None  # "mehr als einen Bericht": an article, not a figure
    unit, end = _counted_noun(text, end, lex)
    return "count", unit, end, postposed


def parse_quantities(text: str, language: str) -> tuple[Quantity, ...]:
    """Every quantity in one text, offsets into it; `claim_id` is left empty."""
    lex = _lexicon(language)
    found: list[Quantity] = []
    for span in _spans(text, _atoms(text, lex), lex):
        if _is_calendar(text, span, lex):
            continue
        start = span.first.start
        opener = lex.range_open.search(text[:start]) if span.is_range else None
        if opener:
            start = opener.start()
        currency = lex.currency_before.search(text[:start])
        if currency:
            start = currency.start()
        qualifiers, start = _qualifiers(text, start, lex)
        if span.first.article and not qualifiers:
            continue
        classified = _classify(text, span, lex)
        if classified is None:
            continue
        kind, unit, end, postposed = classified
        if currency:
            kind, unit = "money", lex.currency_codes[currency.group(1).lower()]
        qualifiers += postposed
        found.append(_quantity(text, span, start, end, kind, unit, qualifiers))
    return tuple(found)


def _quantity(text: str, span: _Span, start: int, end: int, kind: str, unit: str | None, qualifiers: list[str]) -> Quantity:
    bounding = [q for q in qualifiers if q not in ("additional", "exact")]
    low, high = _interval(bounding[0] if bounding else "exact", span.first.value, span.last.value)
    if "additional" in qualifiers:
        qualifier = "additional"
    elif bounding:
        qualifier = bounding[0]
    else:
        qualifier = "range" if span.is_range else "exact"
    value = (span.first.value + span.last.value) / 2 if span.is_range else span.first.value
    return Quantity(
        claim_id="",
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        kind=kind,
    )


def calendar_years(text: str, language: str) -> frozenset[int]:
    """The calendar years a text is set in ("im Dezember 2013", "in 2022"), leaving out the starts
    of periods that reach up to the present ("seit 2011", "since 2022")."""
    lex = _lexicon(language)
    starts = frozenset(number_data()["calendar"]["period_starts"])
    return frozenset(
        int(atom.value)
        for span in _spans(text, _atoms(text, lex), lex)
        if _is_calendar(text, span, lex) and _previous_word(text, span.first.start) not in starts
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
