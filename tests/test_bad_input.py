"""Bad input: each gives a one-line Problem naming the file (and line), never an exception, and the run goes on."""

from __future__ import annotations

import io
import json
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
    real_open = Path.open

    def refuse(path: Path, *args, **kwargs):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
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


# --------------------------------------------------------------------------- issue 18: what used to garble or crash

RUSSIAN = "Ким Чен Ын прибыл в Москву. Переговоры длились пять часов, сообщает ТАСС."
FRENCH = "M. Macron a reçu le président à l'Élysée. « Nous sommes prêts », a-t-il déclaré."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("Die Gespräche dauerten drei Stunden.".encode("utf-16"),
                     "Die Gespräche dauerten drei Stunden.", id="UTF-16 with BOM"),
        pytest.param(b"\xfe\xff" + RUSSIAN.encode("utf-16-be"), RUSSIAN, id="UTF-16 big-endian with BOM"),
        pytest.param("Die Gespräche dauerten drei Stunden.".encode("utf-16-le"),
                     "Die Gespräche dauerten drei Stunden.", id="UTF-16 without BOM"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, id="Russian in cp1251"),
        pytest.param(RUSSIAN.encode("koi8-r"), RUSSIAN, id="Russian in KOI8-R"),
        pytest.param(FRENCH.encode("cp1252"), FRENCH, id="French in cp1252"),
    ],
)
def test_other_encodings_are_decoded_without_a_warning(write_file, data, expected):
    path = write_file("encoded.txt", data)
    articles, problems = read_articles([str(path)])
    assert problems == ()
    assert articles[0].text.strip() == expected


def test_one_bad_byte_in_utf8_is_replaced_and_warned_and_every_umlaut_survives(write_file):
    path = write_file("damaged.txt", "Titel\n\nDie Gespräche in München\n".encode() + b"dauerten \xff Stunden.\n")
    articles, problems = read_articles([str(path)])
    assert "Gespräche in München" in articles[0].text and "\ufffd" in articles[0].text
    assert [(p.line, "not UTF-8" in p.message) for p in problems] == [(4, True)]


def test_escape_sequences_never_reach_the_text(write_file):
    path = write_file("escape.txt", "Titel\x1b]0;pwned\x07\n\nKim traf \x1b[31mPutin\x1b[0m am Montag.\x9b2J\n")
    article = read_articles([str(path)])[0][0]
    assert not any(ord(ch) < 32 and ch not in "\n\t\r" or 0x7F <= ord(ch) < 0xA0 for ch in article.text)
    assert len(article.text) == len("Titel\x1b]0;pwned\x07\n\nKim traf \x1b[31mPutin\x1b[0m am Montag.\x9b2J\n")


@pytest.mark.parametrize(
    ("header", "message", "field", "value"),
    [
        ("date: 2023-13-45", "not a date", "date", None),
        ("date: 2023-02-30", "not a date", "date", None),
        ("date: 2024-02-29", None, "date", "2024-02-29"),
        ("lang: xx", "unknown language", "language", "de"),
        ("lang: fr", None, "language", "fr"),
    ],
)
def test_header_values_are_checked(write_file, header, message, field, value):
    path = write_file("h.txt", f"{header}\n\nKim reist\n\nKim Jong Un ist am Montag in Moskau eingetroffen.\n")
    articles, problems = read_articles([str(path)])
    assert getattr(articles[0], field) == value
    assert [(p.line, message in p.message) for p in problems] == ([(1, True)] if message else [])


def test_json_fields_of_the_wrong_type_are_refused_not_stringified(write_file):
    record = {"title": {"a": 1}, "outlet": ["x"], "lang": 7, "date": 2024, "text": "Kim Jong Un reiste nach Moskau."}
    articles, problems = read_articles([str(write_file("r.jsonl", json.dumps(record) + "\n"))])
    assert articles[0].title != "{'a': 1}" and articles[0].outlet is None and articles[0].date == "2024"
    assert sorted(p.message.split("'")[1] for p in problems) == ["lang", "outlet", "title"]


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"text": "Kim traf Putin.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested deeper"),
        ('{"text": "Kim traf Putin.", "n": ' + "9" * 5_000 + "}", "number of 5,000 characters"),
        ('{"text": "Kim traf Putin.", "n": 1' + "0" * 400 + ".5e99999}", "number of"),
    ],
)
def test_json_limits_refuse_one_record_and_read_the_others(write_file, bad_line, message):
    lines = [RECORD, bad_line, RECORD.replace("Gut", "Auch gut")]
    articles, problems = read_articles([str(write_file("feed.jsonl", "\n".join(lines)))])
    assert [a.id for a in articles] == ["feed-1", "feed-3"]
    assert [(p.line, message in p.message) for p in problems] == [(2, True)]


def test_a_json_document_nested_too_deep_in_one_record_keeps_the_others(write_file):
    text = "[\n" + RECORD + ",\n" + '{"text": "x", "d": ' + "[" * 1000 + "]" * 1000 + "},\n" + RECORD + "\n]\n"
    articles, problems = read_articles([str(write_file("list.json", text))])
    assert len(articles) == 2
    assert [(p.line, "nested deeper" in p.message) for p in problems] == [(3, True)]


def test_a_file_name_that_is_also_a_pattern_is_read_by_name(write_file):
    literal = write_file("r[1].txt", GOOD)
    write_file("r1.txt", GOOD.replace("Montag", "Dienstag"))
    articles, problems = read_articles([str(literal)])
    assert problems == () and [a.path for a in articles] == [str(literal)]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_pattern_over_a_folder_that_links_to_itself_ends_and_names_the_loop(write_file):
    good = write_file("news/a/good.txt", GOOD)
    news = good.parent.parent
    (good.parent / "up").symlink_to(news, target_is_directory=True)
    (news / "again").symlink_to(good.parent, target_is_directory=True)  # a second way in, not a loop
    articles, problems = read_articles([str(news / "**" / "*.txt")])
    assert [a.path for a in articles] == [str(good)]
    assert [(p.path, "symbolic link loop" in p.message) for p in problems] == [(str(good.parent / "up"), True)]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize(("target", "message"), [("self", "symbolic link loop"), ("nowhere", "broken symbolic link")])
def test_a_bad_link_named_directly_says_what_it_is(tmp_path, target, message):
    link = tmp_path / "link.txt"
    link.symlink_to(link if target == "self" else tmp_path / "nowhere.txt")
    articles, problems = read_articles([str(link)])
    assert articles == () and [message in p.message for p in problems] == [True]


def test_a_name_too_long_for_the_system_is_one_problem(tmp_path):
    articles, problems = read_articles([str(tmp_path / ("n" * 300 + ".txt")), str(tmp_path / ("*" * 300))])
    assert articles == ()
    assert ["too long" in p.message or "no file matches" in p.message for p in problems] == [True, True]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a chmod 000 folder anyway")
def test_an_unreadable_folder_is_one_problem(write_file):
    good = write_file("news/good.txt", GOOD)
    locked = write_file("news/locked/a.txt", GOOD).parent
    locked.chmod(0)
    try:
        articles, problems = read_articles([str(good.parent)])
    finally:
        locked.chmod(0o755)
    assert [a.id for a in articles] == ["good"]
    assert [(p.path, "cannot read folder" in p.message) for p in problems] == [(str(locked), True)]


def test_an_article_over_the_size_budget_is_skipped_with_one_warning(write_file):
    long = write_file("long.txt", "Titel\n\n" + "Kim traf Putin. " * 1000)
    good = write_file("good.txt", GOOD)
    articles, problems = read_articles([str(long), str(good)], max_article_chars=5_000)
    assert [a.id for a in articles] == ["good"]
    assert [(p.path, "5,000-character limit" in p.message) for p in problems] == [(str(long), True)]


def test_an_article_over_the_time_budget_is_skipped_with_one_warning(write_file):
    from crosscheck.segment import split_articles

    articles, _ = read_articles([str(write_file("slow.txt", "Titel\n\n" + "Kim traf Putin in Moskau. " * 4000)),
                                 str(write_file("good.txt", GOOD))])
    kept, claims, problems = split_articles(articles, seconds=0.0)
    assert kept == () and claims == () and len(problems) == 2 and "time budget" in problems[0].message
    kept, claims, problems = split_articles(articles, seconds=60)
    assert len(kept) == 2 and problems == ()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_that_never_ends_is_read_only_up_to_the_limit(write_file):
    good = write_file("good.txt", GOOD)
    articles, problems = read_articles(["/dev/zero", str(good)], max_bytes=100_000)
    assert [a.id for a in articles] == ["good"]
    assert [(p.path, "limit" in p.message) for p in problems] == [("/dev/zero", True)]
