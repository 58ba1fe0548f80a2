"""Every kind of bad input at once, next to good articles: the good ones are reported exactly as without
the bad ones, each bad one is named on one line, no traceback, and the exit codes keep their meaning."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

runner = CliRunner()

GOOD = {
    "kim-de.txt": (
        "Kim reist nach Moskau\n\n"
        "Nordkoreas Machthaber Kim Jong Un ist am Montag in Moskau eingetroffen, wie die Nachrichtenagentur "
        "Reuters unter Berufung auf KCNA berichtete. Nach Angaben des südkoreanischen Geheimdienstes hat "
        "Nordkorea rund 11.000 Soldaten nach Russland geschickt.\n"
    ),
    "kim-en.txt": (
        "Kim arrives in Moscow\n\n"
        "North Korean leader Kim Jong Un arrived in Moscow on Monday, Reuters reported, citing KCNA. "
        "South Korea's spy agency says North Korea has sent more than 10,000 troops to Russia.\n"
    ),
    "kim-fr.txt": (
        "lang: fr\n\nKim à Moscou\n\n"
        "Le dirigeant nord-coréen Kim Jong Un est arrivé lundi à Moscou, selon l'agence KCNA. "
        "M. Kim a été reçu par le président russe.\n"
    ),
    "kim-ru.txt": (
        "Ким в Москве\n\n"
        "Лидер КНДР Ким Чен Ын прибыл в Москву в понедельник, сообщает ТАСС. "
        "По данным разведки Южной Кореи, в Россию направлены около 11 000 военных.\n"
    ),
    # a literal name that is also a glob pattern
    "r[1].txt": "Seoul warnt\n\nDas Verteidigungsministerium in Seoul warnte am Dienstag vor weiteren Lieferungen.\n",
}
GOOD_RECORD = {"title": "Kim in Pjöngjang", "text": "Kim Jong Un ist nach Pjöngjang zurückgekehrt, meldete KCNA."}


def _write_good(folder: Path) -> list[str]:
    """The good articles, and the arguments that name them (the folder, and the bracketed name as itself)."""
    folder.mkdir(parents=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, "utf-8")
    (folder / "feed.jsonl").write_text(json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n", "utf-8")
    return [str(folder), str(folder / "r[1].txt")]


# Read with a warning (repaired or stripped of a bad header), so they join the corpus; the others are skipped.
READABLE = {"bad-date.txt", "bad-lang.txt", "one-bad-byte.txt", "typed.jsonl", "escape.txt", "utf16.txt",
            "cp1251.txt", "dots.txt", "huge-figure.txt"}


def _write_bad(folder: Path, readable: bool = True) -> dict[str, str]:
    """Every bad case beside the good ones; name -> the text its warning line must contain."""
    bad: dict[str, str] = {}

    def put(name: str, content: str | bytes, expect: str | None) -> None:
        if name in READABLE and not readable:
            return
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        bad[name] = expect

    put("empty.txt", "", "no article text")
    put("binary.txt", b"GIF89a\x00\x01\x02\x03binary", "binary")
    put("broken.json", '[{"text": "Kim traf Putin."}, {"text": \n', "malformed JSON")
    put("deep.json", "[" * 100_000 + "]" * 100_000, "nested deeper")
    put("deep-record.jsonl", '{"text": "Kim traf Putin in Moskau.", "x": ' + "[" * 5_000 + "]" * 5_000 + "}\n",
        "nested deeper")
    put("long-number.jsonl", '{"text": "Kim traf Putin in Moskau.", "n": ' + "7" * 5_000 + "}\n", "number of 5,000")
    put("transcript.txt", ("ohne punkt und komma geht es weiter " * 9_000), "character limit")
    put("bad-date.txt", "date: 2023-13-45\n\nKim reist\n\nKim Jong Un reiste am Montag ab.\n", "not a date")
    put("bad-lang.txt", "lang: xx\n\nKim reist\n\nKim Jong Un reiste am Dienstag ab.\n", "unknown language")
    put("one-bad-byte.txt", "Kim reist\n\nKim Jong Un traf den Präsidenten in Moskau.".encode() + b"\xff\n",
        "not UTF-8")
    put("typed.jsonl", json.dumps({"title": {"a": 1}, "text": "Kim Jong Un fuhr mit dem Zug nach Wladiwostok."}) + "\n",
        "field 'title' is an object")
    # read as they are, with no warning: nothing to name
    put("escape.txt", "Kim \x1b[2J\x1b]0;pwned\x07reist\n\nKim Jong Un \x1b[31mfuhr\x1b[0m am Montag ab.\x9b6n\n", None)
    put("utf16.txt", "Kim reist\n\nKim Jong Un fuhr am Mittwoch nach Wladiwostok.\n".encode("utf-16"), None)
    put("cp1251.txt", "Ким уехал\n\nКим Чен Ын уехал в Пхеньян в четверг.\n".encode("cp1251"), None)
    # within the budget, read in linear time (SoMaJo alone took 19 s on 10,000 characters of this)
    put("dots.txt", "Punkte\n\n" + "a." * 50_000 + "\n", None)
    put("huge-figure.txt", "Zahl\n\nEs kamen " + "9" * 300 + " Soldaten über die Grenze.\n", None)
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(25_000_000)  # sparse: costs no disk
    bad["huge.txt"] = "byte limit"
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    bad["loop"] = "symbolic link loop"
    (folder / "self.txt").symlink_to(folder / "self.txt")
    bad["self.txt"] = "symbolic link loop"
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    bad["dangling.txt"] = "broken symbolic link"
    return bad


def _report(out: Path) -> dict:
    """The JSON report, read strictly: NaN or Infinity in it fails the test."""
    def refuse(name: str) -> None:
        raise AssertionError(f"report.json holds {name}, which strict JSON readers reject")

    return json.loads((out / "report.json").read_text("utf-8"), parse_constant=refuse)


def _good_part(report: dict, good_ids: set[str]) -> dict:
    """What the report says about the good articles, cluster ids aside (they name their members).

    Which claims are grouped depends on the whole corpus (word weights, how generic a claim is), so
    groups are compared only when no bad input was read as an article."""
    claims = [c for c in report["claims"] if c["article_id"] in good_ids]
    claim_ids = {c["id"] for c in claims}
    groups = sorted(sorted(i for i in c["claim_ids"] if i in claim_ids) for c in report["clusters"])
    return {
        "articles": [{**a, "path": Path(a["path"]).name} for a in report["articles"] if a["id"] in good_ids],
        "claims": [{k: v for k, v in c.items() if k != "cluster_id"} for c in claims],
        "groups": [g for g in groups if len(g) > 1],
        "attributions": [a for a in report["attributions"] if a["article_id"] in good_ids],
        "quantities": [q for q in report["quantities"] if q["claim_id"] in claim_ids],
    }


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_good_articles_are_reported_exactly_as_without_every_bad_input_beside_them(tmp_path, monkeypatch):
    clean_args = _write_good(tmp_path / "clean" / "corpus")
    mixed_args = _write_good(tmp_path / "mixed" / "corpus")
    bad = _write_bad(tmp_path / "mixed" / "corpus")
    too_long = str(tmp_path / ("x" * 300 + ".txt"))
    missing = str(tmp_path / "missing.txt")
    cache_file = tmp_path / "cache-is-a-file"
    cache_file.write_text("not a folder", "utf-8")
    options = ["--max-article-chars", "200000", "--no-color", "--fail-on", "contradiction"]

    clean = runner.invoke(app, ["report", *clean_args, "--out", str(tmp_path / "out-clean"), *options])
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache_file))
    mixed = runner.invoke(app, ["report", *mixed_args, too_long, missing, "--out", str(tmp_path / "out-mixed"),
                                *options])

    assert clean.exit_code == mixed.exit_code and mixed.exit_code in (0, 1), mixed.output
    assert "Traceback" not in mixed.output
    assert mixed.exception is None or isinstance(mixed.exception, SystemExit)
    assert "\x1b" not in mixed.output

    warnings = [line for line in mixed.stderr.splitlines() if line.startswith("warning:")]
    for name, expect in {**bad, "x" * 300 + ".txt": "name too long", "missing.txt": "no such file"}.items():
        lines = [line for line in warnings if f"{name}:" in line or line.endswith(name)
                 or f"{os.sep}{name}:" in line]
        if expect is None:
            assert lines == [], (name, lines)
            continue
        assert len(lines) == 1, (name, lines)
        assert expect in lines[0], (name, lines[0])
    assert sum("embedding cache unusable" in line for line in warnings) == 1

    clean_report, mixed_report = _report(tmp_path / "out-clean"), _report(tmp_path / "out-mixed")
    good_ids = {a["id"] for a in clean_report["articles"]}
    assert len(good_ids) == len(GOOD) + 1
    compared = ("articles", "claims", "attributions", "quantities")
    assert {k: _good_part(mixed_report, good_ids)[k] for k in compared} == {
        k: _good_part(clean_report, good_ids)[k] for k in compared}
    # The readable bad ones are read, with their faults repaired or dropped, not garbled.
    read = {Path(a["path"]).name: a for a in mixed_report["articles"]}
    assert read["bad-date.txt"]["date"] is None and read["bad-lang.txt"]["language"] == "de"
    assert "Präsidenten" in read["one-bad-byte.txt"]["title"] + " ".join(
        c["text"] for c in mixed_report["claims"] if c["article_id"] == read["one-bad-byte.txt"]["id"])
    assert read["typed.jsonl"]["title"] != "{'a': 1}"
    assert read["utf16.txt"]["title"] == "Kim reist" and read["cp1251.txt"]["title"] == "Ким уехал"
    assert "pwned" in read["escape.txt"]["title"] and "\x1b" not in json.dumps(mixed_report)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_inputs_that_are_skipped_leave_the_good_report_whole_groups_included(tmp_path):
    clean_args = _write_good(tmp_path / "clean" / "corpus")
    mixed_args = _write_good(tmp_path / "mixed" / "corpus")
    _write_bad(tmp_path / "mixed" / "corpus", readable=False)
    options = ["--max-article-chars", "200000", "--only", "summary"]
    clean = runner.invoke(app, ["report", *clean_args, "--out", str(tmp_path / "out-clean"), *options])
    mixed = runner.invoke(app, ["report", *mixed_args, "--out", str(tmp_path / "out-mixed"), *options])
    assert clean.exit_code == mixed.exit_code == 0
    clean_report, mixed_report = _report(tmp_path / "out-clean"), _report(tmp_path / "out-mixed")
    good_ids = {a["id"] for a in clean_report["articles"]}
    assert {a["id"] for a in mixed_report["articles"]} == good_ids
    assert _good_part(mixed_report, good_ids) == _good_part(clean_report, good_ids)
