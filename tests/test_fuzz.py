"""Random Unicode, long tokens and missing punctuation through ingest, segmentation and the whole
pipeline: nothing raises, offsets hold, and the time spent stays within a bound linear in the input."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.ingest import read_articles
from crosscheck.pipeline import analyze
from crosscheck.render.json import render_json
from crosscheck.segment import split_claims

WORDS = st.sampled_from("Kim traf Putin in Moskau 11.000 Soldaten laut Reuters «цитата» M. env. г. т.е. "
                        "said according to KCNA 10,000 troops Nordkorea".split())
LONG_TOKEN = st.text(st.sampled_from(list("a.1-/:_ZäЖ")), min_size=100, max_size=3000)
NO_PUNCTUATION = st.lists(WORDS, min_size=50, max_size=600).map(" ".join)
NEWS_LIKE = st.lists(st.one_of(WORDS, st.sampled_from([".", "!", "?", "\n", "\n\n", "„", "“", "«", "»", '"', "—",
                                                       "\x1b[31m", "\u00ad", "\u200b", "\ufffd", ":", "date: 2023-13-45\n",
                                                       "lang: xx\n", "Foto: dpa\n", "(AFP)\n"])),
                     max_size=300).map(" ".join)
TEXT = st.one_of(st.text(max_size=500), NEWS_LIKE, NO_PUNCTUATION, LONG_TOKEN,
                 st.tuples(NEWS_LIKE, LONG_TOKEN, NO_PUNCTUATION).map(" ".join))
# Segmentation costs about 10 microseconds (CPU) a character on this machine; 20x that, plus start-up, is
# the bound that a superlinear splitter (19 s on 10,000 characters of "a.a.a.") would break.
SECONDS_PER_CHARACTER = 200e-6
SECONDS_AT_START = 1.0


class FakeEmbedder:
    """Vectors from a hash of the text: deterministic, instant, no model."""

    id = "fake"
    threshold = 1.0

    def encode(self, texts):
        rows = [np.frombuffer(hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest(), dtype=np.uint8)
                for t in texts]
        vectors = np.array(rows, dtype=np.float32).reshape(len(texts), 32) + 1.0
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True) if len(texts) else vectors


def _write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md", ".jsonl"]), language=st.sampled_from(["", "de", "fr", "ru"]))
def test_ingest_and_segmentation_never_raise_and_stay_linear(tmp_path_factory, text, suffix, language):
    folder = tmp_path_factory.mktemp("fuzz")
    content = text if suffix != ".jsonl" else json.dumps({"text": text, "lang": language or None})
    if language and suffix != ".jsonl":
        content = f"lang: {language}\n\n{content}"
    begin = time.process_time()
    articles, problems = read_articles([str(_write(folder, "a" + suffix, content))])
    for article in articles:
        previous_end = 0
        for claim in split_claims(article):
            assert article.text[claim.start:claim.end] == claim.text
            assert previous_end <= claim.start < claim.end
            previous_end = claim.end
    assert time.process_time() - begin < SECONDS_AT_START + SECONDS_PER_CHARACTER * len(content)
    assert all("\n" not in str(p) for p in problems)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_the_whole_pipeline_never_raises_on_random_text(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("fuzz")
    good = _write(folder, "good.txt", "Kim in Moskau\n\nKim Jong Un ist laut Reuters mit 11.000 Soldaten angereist.\n")
    paths = [str(good)] + [str(_write(folder, f"{i}.txt", text)) for i, text in enumerate(texts)]
    begin = time.process_time()
    report = analyze(paths, embedder=FakeEmbedder())
    assert time.process_time() - begin < 5 * SECONDS_AT_START + SECONDS_PER_CHARACTER * sum(map(len, texts))
    assert any(a.path == str(good) for a in report.articles)
    json.loads(render_json(report))  # strict JSON, whatever the input
