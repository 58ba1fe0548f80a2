"""Benchmark corpora of any size from real sentences, every article distinct.

usage: python benchmarks/corpus.py FOLDER N

The sentences are those of the seed articles (real German news) and of tests/claim_stories.py
(German and English news sentences written for the labelled set), about 400 in all, kept apart by
language. Every benchmark sentence joins the first part of one real sentence to the rest of another
of the same language, each cut at a random word; an article is a title and 8 to 16 such sentences
in one language, with the attribution cues and figures of the originals ("laut Reuters", "rund
11.000 Soldaten"). Articles are plain .txt with no header, so language detection runs as on real
input. Two articles (or two sentences) come out the same only by chance, and build() refuses that.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_SENTENCES, MAX_SENTENCES = 8, 16


def real_sentences() -> dict[str, list[str]]:
    """Language -> the real sentences the corpus is made of."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from claim_stories import STORIES

    from crosscheck.ingest import read_articles
    from crosscheck.segment import split_claims

    articles, _ = read_articles([str(ROOT / "seeds")])
    by_language: dict[str, list[str]] = {"de": [c.text for a in articles for c in split_claims(a)], "en": []}
    for story in STORIES.values():
        for language, sentences in story.values():
            by_language.setdefault(language, []).extend(sentences)
    return by_language


def recombine(words: list[list[str]], rng: random.Random) -> str:
    head, tail = rng.choice(words), rng.choice(words)
    text = " ".join(head[: rng.randint(2, max(2, len(head) - 1))] + tail[rng.randint(1, max(1, len(tail) - 2)):])
    return text if text.endswith((".", "!", "?", "“", '"')) else text + "."


def articles(n: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    words = {lang: [s.split() for s in sentences if len(s.split()) >= 4] for lang, sentences in real_sentences().items()}
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < n:
        language = rng.choice(["de", "de", "en"])
        body = [recombine(words[language], rng) for _ in range(rng.randint(MIN_SENTENCES, MAX_SENTENCES))]
        title = " ".join(recombine(words[language], rng).split()[:8]).rstrip(".,")
        text = f"{title}\n\n" + "\n\n".join(" ".join(body[i:i + 3]) for i in range(0, len(body), 3)) + "\n"
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return texts


def build(folder: Path, n: int, seed: int = 13) -> Path:
    """Write n distinct articles as folder/NNNNN.txt (the five seeds when n == 5)."""
    folder.mkdir(parents=True, exist_ok=True)
    if n == 5:
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            (folder / path.name).write_bytes(path.read_bytes())
        return folder
    for i, text in enumerate(articles(n, seed)):
        (folder / f"{i:05d}.txt").write_text(text, "utf-8")
    return folder


if __name__ == "__main__":
    build(Path(sys.argv[1]), int(sys.argv[2]))
