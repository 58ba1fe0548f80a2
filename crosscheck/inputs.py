"""ingest.read_articles split in two, so that reading can be a map: the inputs to read, and reading one.

`list_inputs` expands paths on the client (cheap) and reads stdin there (a worker cannot see it);
`read_inputs` reads a chunk of them, anywhere. Read in order and passed through `unique_ids`, they
give exactly what ingest.read_articles gives, problems in the same order (tests/test_pipeline.py).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import ingest
from .records import Article, Problem


@dataclass(frozen=True, slots=True)
class Input:
    """One file to read, or stdin's text (read on the client); `problems` are those reported before it."""

    path: str
    text: str | None = None
    problems: tuple[Problem, ...] = ()


def list_inputs(paths: Sequence[str], stdin: TextIO | None = None) -> tuple[list[Input], tuple[Problem, ...]]:
    """The inputs the paths name, and the problems that come after the last of them."""
    inputs: list[Input] = []
    pending: list[Problem] = []  # expansion problems, reported where read_articles reports them
    for source in ingest._expand(paths, pending):
        if source == ingest.STDIN:
            text = ingest._read_stdin(stdin or sys.stdin, ingest.MAX_BYTES, pending)
            if text is None:
                continue  # its problem stays pending, in its place before the next input's
            inputs.append(Input(ingest.STDIN_NAME, text, tuple(pending)))
        else:
            inputs.append(Input(str(source), None, tuple(pending)))
        pending.clear()  # the same list: _expand appends to it
    return inputs, tuple(pending)


def read_inputs(chunk: Sequence[Input], context: tuple = ()) -> list[tuple[tuple[Article, ...], tuple[Problem, ...]]]:
    """(articles, problems) of each input, ids not yet made unique across the corpus; `context`
    starts with the run's Options, whose article size limit applies."""
    limit = context[0].max_article_chars if context else ingest.MAX_ARTICLE_CHARS
    return [read_input(item, limit) for item in chunk]


def read_input(item: Input, max_article_chars: int = ingest.MAX_ARTICLE_CHARS) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    problems = list(item.problems)
    if item.text is not None:  # stdin
        text, suffix = item.text, ingest._sniff_suffix(item.text)
    else:
        text, suffix = ingest._read_text(Path(item.path), ingest.MAX_BYTES, problems), Path(item.path).suffix.lower()
    articles = ingest._parse(text, item.path, suffix, problems) if text is not None else []
    return tuple(ingest.within_size(articles, max_article_chars, problems)), ingest.shown(problems)


def unique_ids(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Articles whose ids collide get a suffix from their path and text, as ingest.read_articles does."""
    return ingest._unique_ids(list(articles))
