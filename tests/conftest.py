"""Shared fixtures: article files written to a temporary folder, read the way the pipeline reads them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crosscheck.ingest import read_articles
from crosscheck.records import Article
from crosscheck.segment import split_claims


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """write_file("folder/name.txt", text or bytes) -> the path; text is written as UTF-8, byte for byte."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    return write


@pytest.fixture
def read_one(write_file) -> Callable[[str, str | bytes], tuple[Article, list[str]]]:
    """read_one("name.txt", content) -> (the one article read from it, the texts of its claims)."""

    def read(name: str, content: str | bytes) -> tuple[Article, list[str]]:
        articles, problems = read_articles([str(write_file(name, content))])
        assert len(articles) == 1, problems
        return articles[0], [claim.text for claim in split_claims(articles[0])]

    return read
