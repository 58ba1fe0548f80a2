"""Article -> Claims: sentences with exact offsets into the article text."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from .records import Article, Claim

# Quotes whose pairs may span sentences: a sentence that leaves one open continues in the next.
OPENING_QUOTES = {"de": "„«‹‚", "other": "“«‹"}
CLOSING_QUOTES = {"de": "“»›‘", "other": "”»›"}
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


@cache
def _tokenizer(language: str):
    from somajo import SoMaJo

    model = "de_CMC" if language == "de" else "en_PTB"
    return SoMaJo(model, split_camel_case=True, character_offsets=True)


def split_claims(article: Article) -> tuple[Claim, ...]:
    """One claim per sentence of the article's prose, each repeated sentence kept once."""
    line_starts = [0] + [m.end() for m in LINE_BREAK.finditer(article.text)]
    claims: list[Claim] = []
    seen: set[str] = set()
    for span_start, span_end in article.body:
        for start, end in sentence_spans(article.text[span_start:span_end], article.language):
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


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph."""
    if not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    for tokens in _tokenizer(language).tokenize_text([text]):
        if tokens:  # SoMaJo yields an empty sentence for text of invisible characters only (soft hyphens)
            spans.extend(_split_glued_headline(tokens))
    return _join_open_quotes(text, spans, language)


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


def _join_open_quotes(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Keep a quotation of several sentences together with its attribution."""
    key = "de" if language == "de" else "other"
    opening, closing = OPENING_QUOTES[key], CLOSING_QUOTES[key]
    joined: list[tuple[int, int]] = []
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
