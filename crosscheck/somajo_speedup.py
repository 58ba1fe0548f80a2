"""SoMaJo's emoji pass with its patterns compiled once: the same tokens in about half the segmentation time.

SoMaJo 2.x looks for emoji by calling `regex.search(pattern_string, grapheme)` for every grapheme
of every token, and the `regex` module's pattern-cache lookup costs more than the search. At 1,000
articles that was 1.7 million look-ups, 27 of the 60 s segmentation took (cProfile, one process).
This does the same test with compiled patterns, and skips tokens holding no emoji character at all,
which cannot gain a boundary. tests/test_somajo_speedup.py checks the tokens are the same.
"""

from __future__ import annotations

import regex

_ANY = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")
_SINGLE = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}]")
_GRAPHEME = regex.compile(r"\X")


def _split_emojis(self, node, token_class: str = "emoticon") -> None:
    text = node.value.text
    if _ANY.search(text) is None:  # both of SoMaJo's tests need one of these characters
        return
    boundaries = []
    for m in _GRAPHEME.finditer(text):
        grapheme = m.group()
        if (_ANY if len(grapheme) > 1 else _SINGLE).search(grapheme):
            boundaries.append((m.start(), m.end(), None))
    self._split_on_boundaries(node, boundaries, token_class)


def install() -> None:
    """Replace SoMaJo's Tokenizer._split_emojis (idempotent); a SoMaJo without that method is left alone."""
    from somajo import tokenizer

    original = getattr(tokenizer.Tokenizer, "_split_emojis", None)
    if original is not None and original is not _split_emojis:
        tokenizer.Tokenizer._original_split_emojis = original
        tokenizer.Tokenizer._split_emojis = _split_emojis
