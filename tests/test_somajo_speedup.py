"""The faster SoMaJo emoji pass yields exactly the tokens (and so the sentences) SoMaJo's own does."""

from __future__ import annotations

import pytest
from somajo import SoMaJo, tokenizer

from crosscheck import somajo_speedup
from test_tokenizer import corpus

EMOJI = [
    "Kim 🤝 Putin trafen sich 😀👍 in Wonsan.", "Flaggen 🇩🇪🇫🇷 wehten.", "Familie 👨‍👩‍👧 und ❤️ und ♥ und ☺.",
    "Zahl 1️⃣ und ©️ und ™ sowie #️⃣.", "Hautfarbe 👍🏽 ok:) :-( 8-)", "kein Emoji hier, nur Text.",
]


def tokens(texts: list[str], language: str) -> list[list[tuple[str, str]]]:
    splitter = SoMaJo("de_CMC" if language == "de" else "en_PTB", split_camel_case=True, character_offsets=True)
    return [[(t.text, t.token_class) for t in sentence] for sentence in splitter.tokenize_text(texts)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_same_tokens_as_somajo(language, monkeypatch):
    texts = corpus() + EMOJI
    somajo_speedup.install()
    fast = tokens(texts, language)
    monkeypatch.setattr(tokenizer.Tokenizer, "_split_emojis", tokenizer.Tokenizer._original_split_emojis)
    assert fast == tokens(texts, language)
    assert any(cls == "emoticon" for sentence in fast for _, cls in sentence)


def test_installing_twice_keeps_the_original():
    somajo_speedup.install()
    somajo_speedup.install()
    assert tokenizer.Tokenizer._original_split_emojis is not somajo_speedup._split_emojis
