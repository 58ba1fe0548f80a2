"""The per-article map gives the same report wherever it runs: in process, in two local processes, on Dask."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from crosscheck import inputs, workers
from crosscheck.ingest import read_articles
from crosscheck.pipeline import analyze
from crosscheck.records import Options
from crosscheck.render.html import render_html
from crosscheck.render.json import render_json

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from claim_stories import STORIES  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Seeds, the labelled stories as files, a .jsonl feed, an HTML page, a clashing stem, and junk."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    for story, articles in STORIES.items():
        for article_id, (language, sentences) in articles.items():
            text = f"lang: {language}\n{sentences[0]}\n\n" + " ".join(sentences[1:]) + "\n"
            (folder / story / f"{article_id}.txt").parent.mkdir(exist_ok=True)
            (folder / story / f"{article_id}.txt").write_text(text, "utf-8")
    records = [{"title": s[0], "text": " ".join(s), "lang": lang} for arts in STORIES.values() for lang, s in arts.values()]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records[:6]) + "\n{broken\n", "utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Flut</title></head><body><article><h1>Flut</h1><p>"
        + " ".join(STORIES["arms"]["de-a"][1]) + "</p></article></body></html>", "utf-8")
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "arms" / "de-a.md").write_text("Zweite Fassung\n\nNordkorea liefert laut Reuters 500 Soldaten.\n", "utf-8")
    return folder


def paths_of(corpus: Path) -> list[str]:
    return [str(corpus), str(corpus / "missing.txt"), str(corpus / "*.none"), str(corpus / "arms" / "de-a.txt")]


def test_reading_in_parts_gives_what_ingest_gives(corpus):
    paths = paths_of(corpus) + ["-"]
    stdin = "Titel\n\nDie Agentur AP meldete 12 Tote."
    expected = read_articles(paths, stdin=io.StringIO(stdin))
    listed, trailing = inputs.list_inputs(paths, io.StringIO(stdin))
    read = [one for chunk in (listed[:3], listed[3:]) for one in inputs.read_inputs(chunk)]
    articles = inputs.unique_ids([a for found, _ in read for a in found])
    problems = tuple(p for _, found in read for p in found) + trailing
    assert (articles, problems) == expected
    assert len(articles) > 40 and len({a.id for a in articles}) == len(articles)
    assert any("missing.txt" in str(p) for p in problems) and any("binary" in str(p) for p in problems)


def documents(report) -> tuple[str, str]:
    return render_json(report), render_html(report)


def test_two_local_processes_give_the_same_report_byte_for_byte(corpus, tmp_path):
    plain = analyze(paths_of(corpus), Options(cache_dir=str(tmp_path / "a")), runner=workers.InProcess())
    runner = workers.LocalProcesses(2, parallel_from=0)
    parallel = analyze(paths_of(corpus), Options(cache_dir=str(tmp_path / "b")), runner=runner)
    runner.close()
    assert len(workers.chunks(plain.articles, 2)) > 2  # the articles really were split
    assert documents(parallel) == documents(plain)
    assert len(plain.claims) > 300 and plain.clusters and plain.attributions and plain.quantities


def test_a_warm_cache_gives_the_same_report(corpus, tmp_path):
    options = Options(cache_dir=str(tmp_path))
    runner = workers.LocalProcesses(2, parallel_from=0)
    cold = analyze(paths_of(corpus), options, runner=runner)
    runner.close()
    warm = analyze(paths_of(corpus), options, runner=workers.InProcess())
    assert documents(warm) == documents(cold)


def test_the_chunks_cover_every_item_once_in_order():
    items = list(range(1003))
    for workers_count in (1, 2, 7):
        parts = workers.chunks(items, workers_count)
        assert [i for part in parts for i in part] == items
        assert all(len(part) >= workers.MIN_CHUNK for part in parts[:-1])


def test_small_runs_stay_in_process():
    seen = []
    runner = workers.LocalProcesses(2)
    assert runner.map(lambda chunk, context: seen.extend(chunk) or len(chunk), [1, 2, 3], None) == [3]
    assert seen == [1, 2, 3]  # a lambda cannot travel to another process: it ran here


@pytest.mark.slow
def test_a_dask_local_cluster_gives_the_same_report(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    plain = analyze(paths_of(corpus), Options(cache_dir=str(tmp_path / "a")), runner=workers.InProcess())
    runner = workers.DaskRunner(workers=2)
    assert runner.workers == 2
    try:
        on_dask = analyze(paths_of(corpus), Options(cache_dir=str(tmp_path / "b")), runner=runner)
    finally:
        runner.close()
    assert documents(on_dask) == documents(plain)


@pytest.mark.slow
def test_the_cli_runs_on_a_local_dask_cluster(tmp_path):
    pytest.importorskip("dask.distributed")
    from typer.testing import CliRunner

    from crosscheck.cli import app

    outputs = {}
    for name, extra in (("plain", []), ("dask", ["--workers", "2"])):
        done = CliRunner().invoke(app, ["report", str(ROOT / "seeds"), "--quiet", "--out", str(tmp_path / name), *extra])
        assert done.exit_code == 0, done.output
        outputs[name] = (tmp_path / name / "report.json").read_text("utf-8"), done.output
    assert outputs["dask"] == outputs["plain"]


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    from typer.testing import CliRunner

    from crosscheck.cli import app

    monkeypatch.setattr(workers, "CONNECT_TIMEOUT", "1s")
    done = CliRunner().invoke(app, ["report", str(ROOT / "seeds"), "--scheduler", "tcp://127.0.0.1:9", "--out", str(tmp_path)])
    assert done.exit_code == 2
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in done.output


def test_a_malformed_scheduler_address_is_a_usage_error(tmp_path):
    pytest.importorskip("dask.distributed")
    from typer.testing import CliRunner

    from crosscheck.cli import app

    done = CliRunner().invoke(app, ["report", str(ROOT / "seeds"), "--scheduler", "udp://x:1", "--out", str(tmp_path)])
    assert done.exit_code == 2
    assert "unknown address scheme" in done.output
