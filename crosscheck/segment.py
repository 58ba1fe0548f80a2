"""Article -> Claims: sentences with exact offsets into the article text.

Each language's splitter and its settings are data (`data/languages/<code>/segment.toml`). Whatever
the splitter, a paragraph is fed to it in windows of at most MAX_SENTENCE_CHARS characters, and runs
of more than MAX_TOKEN_CHARS characters without a space are shown to it as one plain word, so that
the time spent grows linearly with the article: text without sentence ends is cut every
MAX_SENTENCE_CHARS characters (at a space when there is one).
"""

from __future__ import annotations

import hashlib
import re
import time
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from .languages import language_data
from .records import Article, Claim, Problem

# A news sentence is rarely longer than 600 characters; a longer run without a sentence end is a
# transcript or a broken export, cut here rather than read whole (splitters slow down on it).
MAX_SENTENCE_CHARS = 1000
# No word is this long; URLs, hashes and glued garbage are, and splitters are superlinear on them.
MAX_TOKEN_CHARS = 64
MAX_QUOTE_SENTENCES = 6  # a quote longer than this is more likely an unclosed stray mark: refuse to guess
MAX_HEADLINE_WORDS = 8
# Headlines drop articles ("Nordkorea liefert Munition"); words with one before a camel-case word are a
# noun phrase ("laut dem aktuellen DeutschlandTrend"), not a headline glued to the next sentence.
# A closed word class, so it lives here rather than in a data file.
DETERMINERS = frozenset(
    "der die das dem den des ein eine einem einen einer eines am im zum zur vom beim ins "
    "the a an this that these those its his her their our".split()
)
MIN_WORD_CHARACTERS = 3
LINE_BREAK = re.compile(r"\r\n?|\n")  # as editors count lines
LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
# Kept visible inside a masked run: CJK sentence ends, so that text without spaces still splits.
KEPT_IN_LONG_RUNS = "。！？"
FALLBACK = "en"  # languages without segmentation data are split like English

Spans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class _Settings:
    split: Callable[[str], Spans]  # one window of text -> sentence spans in it
    opening_quotes: str
    closing_quotes: str


class OverBudget(Exception):
    """An article took longer to split than its time budget."""


def split_articles(
    articles: tuple[Article, ...], seconds: float | None = None
) -> tuple[tuple[Article, ...], tuple[Claim, ...], tuple[Problem, ...]]:
    """(articles kept, their claims, one Problem per article skipped for taking over `seconds`)."""
    kept: list[Article] = []
    claims: list[Claim] = []
    problems: list[Problem] = []
    for article in articles:
        try:
            found = split_claims(article, deadline=None if seconds is None else time.monotonic() + seconds)
        except OverBudget:
            where = article.line_offset + 1 if article.line_offset else None
            problems.append(Problem(article.path, f"skipped: splitting it into sentences took over {seconds:g} s "
                                                  "(the time budget for one article)", where))
            continue
        kept.append(article)
        claims.extend(found)
    return tuple(kept), tuple(claims), tuple(problems)


def split_claims(article: Article, deadline: float | None = None) -> tuple[Claim, ...]:
    """One claim per sentence of the article's prose, each repeated sentence kept once.

    Raises OverBudget when time.monotonic() passes `deadline`."""
    line_starts = [0] + [m.end() for m in LINE_BREAK.finditer(article.text)]
    claims: list[Claim] = []
    seen: set[str] = set()
    for span_start, span_end in article.body:
        for start, end in sentence_spans(article.text[span_start:span_end], article.language, deadline):
            text = article.text[span_start + start:span_start + end]
            key = " ".join(text.split()).casefold()
            if key in seen or sum(ch.isalnum() for ch in text) < MIN_WORD_CHARACTERS:
                continue
            seen.add(key)
            claims.append(Claim(
                id=claim_id(article.id, key),
                article_id=article.id,
                text=text,
                start=span_start + start,
                end=span_start + end,
                line=bisect_right(line_starts, span_start + start) + article.line_offset,
            ))
    return tuple(claims)


def claim_id(article_id: str, normalised_text: str) -> str:
    """Stable across runs and corpora: depends on the article and the sentence only."""
    return f"{article_id}:{hashlib.sha1(normalised_text.encode()).hexdigest()[:10]}"


def sentence_spans(text: str, language: str, deadline: float | None = None) -> Spans:
    """(start, end) offsets of the sentences of one paragraph."""
    if not text.strip():
        return []
    settings = _settings(language)
    return _join_open_quotes(text, _bounded(text, settings.split, deadline), settings)


# --------------------------------------------------------------------------- linear time on any text


def _bounded(text: str, split: Callable[[str], Spans], deadline: float | None = None) -> Spans:
    """Run the splitter over windows of the text, so that its cost per character is bounded.

    The last sentence of a window may go on past it, so the next window starts where it starts;
    a window holding one sentence only is cut at its last space (or at its end).
    """
    spans: Spans = []
    position = 0
    while position < len(text):
        if deadline is not None and time.monotonic() > deadline:
            raise OverBudget
        end = min(len(text), position + MAX_SENTENCE_CHARS)
        found = [(position + s, position + e) for s, e in split(_mask_long_runs(text[position:end]))]
        if end == len(text):
            spans.extend(found)
            break
        if len(found) > 1:
            spans.extend(found[:-1])
            position = found[-1][0]
            continue
        start = found[0][0] if found else end
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, end)
        cut = cut if cut > start else end
        piece = text[start:cut].rstrip()
        if piece:
            spans.append((start, start + len(piece)))
        position = cut
    return [(s, e) for s, e in spans if s < e]


def _mask_long_runs(window: str) -> str:
    """Show every space-free run longer than any word as one plain word of the same length."""
    if len(window) <= MAX_TOKEN_CHARS:
        return window
    return LONG_RUN.sub(lambda m: "".join(ch if ch in KEPT_IN_LONG_RUNS else "x" for ch in m[0]), window)


# --------------------------------------------------------------------------- splitters, read from data


@cache
def _settings(language: str) -> _Settings:
    data = language_data(language, "segment") or language_data(FALLBACK, "segment")
    if data["segmenter"] == "somajo":
        split = _somajo_splitter(data["model"])
    elif data["segmenter"] == "razdel":
        split = _razdel_splitter(tuple(data.get("abbreviations", ())), tuple(data.get("sentence_breaks", ())))
    else:
        raise ValueError(f"{language}/segment.toml: unknown segmenter {data['segmenter']!r}")
    return _Settings(split, data.get("opening_quotes", ""), data.get("closing_quotes", ""))


def _somajo_splitter(model: str) -> Callable[[str], Spans]:
    from somajo import SoMaJo

    tokenizer = SoMaJo(model, split_camel_case=True, character_offsets=True)

    def split(text: str) -> Spans:
        spans: Spans = []
        for tokens in tokenizer.tokenize_text([text]):
            if tokens:  # SoMaJo yields an empty sentence for text of invisible characters only (soft hyphens)
                spans.extend(_split_glued_headline(tokens))
        return spans

    return split


def _razdel_splitter(abbreviations: tuple[str, ...], breaks: tuple[str, ...]) -> Callable[[str], Spans]:
    """razdel's sentences, joined again after an abbreviation and cut at the language's extra breaks."""
    from razdel import sentenize

    after_abbreviation = (
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, abbreviations)) + r")\.$") if abbreviations else None
    )
    sentence_break = re.compile("|".join(f"(?:{b})" for b in breaks)) if breaks else None
    longest = max(map(len, abbreviations), default=0)

    def split(text: str) -> Spans:
        spans: Spans = []
        for sentence in sentenize(text):
            # only the sentence's tail can end in an abbreviation: look there, not along the whole sentence
            tail = max(spans[-1][0], spans[-1][1] - longest - 2) if spans else 0
            if spans and after_abbreviation and after_abbreviation.search(text, tail, spans[-1][1]):
                spans[-1] = (spans[-1][0], sentence.stop)
            else:
                spans.append((sentence.start, sentence.stop))
        return [piece for span in spans for piece in _cut_at(text, span, sentence_break)]

    return split


def _cut_at(text: str, span: tuple[int, int], pattern: re.Pattern[str] | None) -> Iterator[tuple[int, int]]:
    start, end = span
    if pattern is not None:
        for match in pattern.finditer(text, start, end):
            if match.start() > start and match.end() < end:
                yield start, match.start()
                start = match.end()
    yield start, end


def _split_glued_headline(tokens) -> Iterator[tuple[int, int]]:
    """'Nordkorea liefert MunitionRussland spiele …': a short headline glued to the next sentence."""
    start = tokens[0].character_offset[0]
    for i, (left, right) in enumerate(zip(tokens, tokens[1:])):
        if i + 1 > MAX_HEADLINE_WORDS:
            break
        if not left.text.isalpha() or left.space_after:
            if not left.text.isalpha() and left.text not in "-–":
                break  # punctuation before the join: this is a sentence, not a headline
            continue
        glued = (
            left.character_offset[1] == right.character_offset[0]
            and len(left.text) >= 4 and left.text[-1].islower()
            and len(right.text) >= 3 and right.text[0].isupper() and right.text[1:].islower()
            and i > 0  # a headline has two words or more
            and not any(token.text.lower() in DETERMINERS for token in tokens[:i])
        )
        if glued:
            yield start, left.character_offset[1]
            start = right.character_offset[0]
            break
    yield start, tokens[-1].character_offset[1]


def _join_open_quotes(text: str, spans: Spans, settings: _Settings) -> Spans:
    """Keep a quotation of several sentences together with its attribution."""
    opening, closing = settings.opening_quotes, settings.closing_quotes
    joined: Spans = []
    i = 0
    while i < len(spans):
        depth, j = 0, i
        while j < len(spans):
            sentence = text[spans[j][0]:spans[j][1]]
            depth = max(0, depth + sum(ch in opening for ch in sentence) - sum(ch in closing for ch in sentence))
            depth += sentence.count('"') % 2 if depth == 0 else -(sentence.count('"') % 2)
            if depth == 0 or j - i + 1 >= MAX_QUOTE_SENTENCES:
                break
            j += 1
        if depth > 0 or j >= len(spans):
            j = i  # the quote never closes: keep the sentences as the splitter found them
        joined.append((spans[i][0], spans[j][1]))
        i = j + 1
    return joined
