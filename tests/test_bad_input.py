"""Bad input: each gives a one-line Problem naming the file (and line), never an exception, and the run goes on."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from crosscheck.ingest import read_articles
from crosscheck.segment import split_claims

GOOD = "Kim in Moskau\n\nKim Jong Un ist am Montag in Moskau eingetroffen. Er traf Präsident Putin.\n"
RECORD = '{"title": "Gut", "text": "Kim Jong Un ist am Montag in Moskau eingetroffen."}'


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        pytest.param("binary.txt", b"GIF89a\x00\x01\x02\x03 Kim traf Putin", "binary", None, id="binary (NUL bytes)"),
        pytest.param("random.md", bytes(range(256)) * 4, "binary", None, id="random bytes"),
        pytest.param("undefined.txt", b"Kim traf Putin\x81\x8d in Moskau.", "undecodable", None,
                     id="bytes neither UTF-8 nor cp1252"),
        pytest.param("empty.txt", b"", "no article text", None, id="empty file"),
        pytest.param("blank.md", " \n\n\t \r\n  ", "no article text", None, id="whitespace-only file"),
        pytest.param("only-boilerplate.txt", "Werbung\n\nFoto: dpa\n", "no article text", None,
                     id="nothing but boilerplate"),
        pytest.param("empty.html", "<html><head><title>Leer</title></head><body></body></html>", "no article text", None,
                     id="HTML without main text"),
        pytest.param("empty.jsonl", "", "no JSON records", None, id="empty JSON lines"),
        pytest.param("broken.json", '[\n  {"text": "Kim traf Putin."},\n  {"text": \n]\n', "malformed JSON", 4,
                     id="malformed JSON document"),
        pytest.param("number.json", "42\n", "not a JSON object", 1, id=".json that is a number"),
        pytest.param("string.json", '"Kim traf Putin"\n', "not a JSON object", 1, id=".json that is a string"),
        pytest.param("strings.json", '[\n  "Kim traf Putin"\n]\n', "not a JSON object", 2, id=".json list of strings"),
        pytest.param("notext.json", '{"title": "Kein Text"}', "no 'text'", 1, id="record without text"),
        pytest.param("emptytext.jsonl", '{"title": "Leer", "text": "   "}\n', "no 'text'", 1, id="record with blank text"),
        pytest.param("numbertext.jsonl", '\n\n{"text": 42}\n', "no 'text'", 3, id="record whose text is no string"),
    ],
)
def test_a_bad_file_is_a_problem_and_the_good_file_beside_it_is_still_read(write_file, name, content, message, line):
    bad = write_file(name, content)
    good = write_file("good.txt", GOOD)
    articles, problems = read_articles([str(bad), str(good)])
    assert [a.id for a in articles] == ["good"]
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.path, problem.line) == (str(bad), line)
    assert message in problem.message
    assert str(problem).startswith(f"{bad}:{line}: " if line else f"{bad}: ")
    assert "\n" not in str(problem)


def test_malformed_json_lines_name_each_line_and_the_other_lines_are_still_read(write_file):
    path = write_file("feed.jsonl", "\n".join([RECORD, "{not json", RECORD.replace("Gut", "Auch gut"),
                                              '{"text": "unterbrochen', "[1, 2]", RECORD.replace("Gut", "Dritter")]))
    articles, problems = read_articles([str(path)])
    assert [(a.id, a.title) for a in articles] == [("feed-1", "Gut"), ("feed-3", "Auch gut"), ("feed-6", "Dritter")]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (2, "malformed JSON line"), (4, "malformed JSON line"), (5, "record is not a JSON object; skipped"),
    ]
    assert all(str(p).startswith(f"{path}:{p.line}: ") for p in problems)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("Grüße aus München: Die Gespräche dauerten drei Stunden.".encode("cp1252"),
                     "Grüße aus München: Die Gespräche dauerten drei Stunden.", id="cp1252 with umlauts"),
        pytest.param("„Wir sind bereit“, sagte Kim – 11.000 Soldaten.".encode("cp1252"),
                     "„Wir sind bereit“, sagte Kim – 11.000 Soldaten.", id="cp1252 quotes and dashes"),
        pytest.param("\ufeffDie Gespräche dauerten drei Stunden.".encode("utf-8"),
                     "Die Gespräche dauerten drei Stunden.", id="UTF-8 with BOM"),
        pytest.param("Die Gespräche dauerten drei Stunden.\r\n".encode("utf-8"),
                     "Die Gespräche dauerten drei Stunden.", id="UTF-8 with CRLF"),
    ],
)
def test_text_encodings_are_decoded(write_file, data, expected):
    path = write_file("encoded.txt", b"Titel\r\n\r\n" + data)
    articles, problems = read_articles([str(path)])
    assert problems == ()
    assert [c.text for c in split_claims(articles[0])][1] == expected
    assert not articles[0].text.startswith("\ufeff")


def test_a_huge_file_is_skipped_with_its_size(write_file):
    huge = write_file("huge.txt", GOOD * 100)
    good = write_file("good.txt", GOOD)
    articles, problems = read_articles([str(huge), str(good)], max_bytes=len(GOOD) * 10)
    assert [a.id for a in articles] == ["good"]
    assert [(p.path, "limit" in p.message) for p in problems] == [(str(huge), True)]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_an_unreadable_file_is_a_problem(write_file):
    locked = write_file("locked.txt", GOOD)
    locked.chmod(0)
    try:
        articles, problems = read_articles([str(locked)])
    finally:
        locked.chmod(0o644)
    assert articles == ()
    assert [(p.path, "cannot read" in p.message) for p in problems] == [(str(locked), True)]


def test_a_file_that_fails_to_read_is_a_problem(write_file, monkeypatch):
    locked = write_file("locked.txt", GOOD)
    good = write_file("good.txt", GOOD)
    real_read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    articles, problems = read_articles([str(locked), str(good)])
    assert [a.id for a in articles] == ["good"]
    assert [str(p) for p in problems] == [f"{locked}: cannot read: Permission denied"]


@pytest.mark.parametrize(
    ("target", "folders", "files", "message"),
    [
        pytest.param("missing.txt", [], [], "no such file or folder", id="nonexistent path"),
        pytest.param("nothing-here/*.txt", [], [], "no file matches", id="glob matching nothing"),
        pytest.param("empty", ["empty"], [], "folder holds no articles", id="empty folder"),
        pytest.param("pdfs", [], ["pdfs/a.pdf", "pdfs/.hidden.txt"], "folder holds no articles",
                     id="folder without supported files"),
        pytest.param("x.txt", ["x.txt"], [], "folder holds no articles", id="a folder named like a file"),
    ],
)
def test_paths_that_name_no_article_are_problems_and_the_run_goes_on(write_file, target, folders, files, message):
    good = write_file("good/good.txt", GOOD)
    root = good.parent.parent
    for folder in folders:
        (root / folder).mkdir()
    for name in files:
        write_file(name, GOOD)
    articles, problems = read_articles([str(root / target), str(good)])
    assert [a.id for a in articles] == ["good"]
    assert [(p.path, message in p.message) for p in problems] == [(str(root / target), True)]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        pytest.param(b"\x00\x01\x02binary", "binary", id="binary bytes"),
        pytest.param(b"", "no article text", id="empty"),
        pytest.param(b'{"text": \n', "malformed JSON", id="malformed JSON"),
    ],
)
def test_bad_stdin_is_a_problem(stdin, message):
    stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")  # like sys.stdin: text over a byte buffer
    articles, problems = read_articles(["-"], stdin=stream)
    assert articles == ()
    assert [(p.path, message in p.message) for p in problems] == [("<stdin>", True)]


def test_stdin_in_cp1252_is_decoded():
    stream = io.TextIOWrapper(io.BytesIO(GOOD.encode("cp1252")), encoding="utf-8")
    articles, problems = read_articles(["-"], stdin=stream)
    assert problems == () and "Präsident" in articles[0].text


def test_huge_stdin_is_skipped():
    articles, problems = read_articles(["-"], stdin=io.StringIO(GOOD * 100), max_bytes=len(GOOD))
    assert articles == () and "limit" in problems[0].message
