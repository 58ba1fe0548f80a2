"""The story store: add, re-add and replace; crashes and a second writer; schema versions; incremental
adds against one batch; reports from the store against reports from files; claim look-up; export."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from figure_story import ARTICLES  # noqa: E402

from crosscheck import embed, store  # noqa: E402
from crosscheck.cli import app  # noqa: E402
from crosscheck.cluster import content_tokens  # noqa: E402
from crosscheck.errors import ExitCode, StoreError, StoreLockedError, StoreVersionError  # noqa: E402
from crosscheck.pipeline import analyze  # noqa: E402
from crosscheck.records import Article, Options  # noqa: E402
from crosscheck.render.json import render_json, report_to_dict  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
STORY = sorted(ARTICLES)[:8]  # eight articles of the flood story: enough to group, quick to read


class WordsEmbedder(embed.BatchedEmbedder):
    """A fake model whose vector of a text is its content words hashed into 256 dimensions: texts that
    share words are close, so restatements group as with a real model. Records what it embeds."""

    id = "words/1"
    threshold = 0.65  # the judge's probability, as calibrated for use-m3

    def __init__(self) -> None:
        self.embedded: list[str] = []

    @property
    def dimension(self) -> int:
        return 256

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        vectors = np.zeros((len(texts), 256), np.float32)
        for row, text in enumerate(texts):
            for token in content_tokens(text):
                vectors[row, zlib.crc32(token.encode()) % 256] += 1.0
        return vectors


@pytest.fixture
def fake_model(monkeypatch):
    """Every command in this process embeds with one WordsEmbedder."""
    from crosscheck import pipeline

    embedder = WordsEmbedder()
    monkeypatch.setattr(embed, "load_embedder", lambda *args, **kwargs: embedder)
    monkeypatch.setattr(pipeline, "_embedders", {})  # the pipeline keeps one embedder per process
    return embedder


def write_story(folder: Path, names=STORY, texts=ARTICLES) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(texts[name], "utf-8")
    return [str(folder / name) for name in names]


def dump(path: Path) -> list:
    """Every row of every table: what 'the store is unchanged' compares."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)) for t in tables]
    finally:
        conn.close()


def one_line(text: str) -> str:
    """A message as one line: rich wraps long ones at the 80 columns CliRunner reports."""
    assert "Traceback" not in text
    return " ".join(text.split())


def normalised(report) -> dict:
    """The JSON report with each cluster's claims as a set: what batch and incremental adds must share.
    Cluster ids are kept: they derive from the claim ids, so equal sets must have equal ids."""
    document = report_to_dict(report)
    document["clusters"] = sorted((c["id"], sorted(c["claim_ids"]), sorted(c["article_ids"]), c["origins"])
                                  for c in document["clusters"])
    return document


# --------------------------------------------------------------------------- add, re-add, replace


def test_a_report_from_the_store_is_the_report_from_the_files_byte_for_byte(tmp_path, fake_model):
    paths = write_story(tmp_path / "story")
    result = store.add(tmp_path / "s.ccstore", paths)
    assert len(result.added) == 8 and not result.replaced and not result.unchanged
    assert result.claims_embedded == result.claims_total == 42
    from_files = analyze(paths, embedder=fake_model)
    assert render_json(store.load_report(tmp_path / "s.ccstore")) == render_json(from_files)
    assert from_files.figures and from_files.attributions  # the comparison covers every section


def test_adding_the_same_articles_again_changes_nothing_and_embeds_nothing(tmp_path, fake_model):
    paths = write_story(tmp_path / "story")
    store.add(tmp_path / "s.ccstore", paths)
    before = dump(tmp_path / "s.ccstore")
    fake_model.embedded.clear()
    again = store.add(tmp_path / "s.ccstore", [str(tmp_path / "story")])
    assert again.added == () and again.replaced == () and len(again.unchanged) == 8
    assert fake_model.embedded == [] and again.claims_embedded == 0
    assert dump(tmp_path / "s.ccstore") == before


def test_a_changed_article_replaces_its_claims_and_only_its_new_sentence_is_embedded(tmp_path, fake_model):
    paths = write_story(tmp_path / "story", STORY[:3])
    target = tmp_path / "s.ccstore"
    store.add(target, paths)
    old = store.load_report(target)
    changed = Path(paths[1])
    changed.write_text(changed.read_text("utf-8").rstrip("\n") + "\nThe regional governor resigned on Friday evening.\n",
                       "utf-8")
    fake_model.embedded.clear()
    result = store.add(target, paths)
    assert result.replaced == (old.articles[1].id,) and len(result.unchanged) == 2 and result.added == ()
    assert fake_model.embedded == ["The regional governor resigned on Friday evening."]
    new = store.load_report(target)
    assert len(new.claims) == len(old.claims) + 1
    assert {c.id for c in old.claims} < {c.id for c in new.claims}  # unchanged sentences keep their ids
    assert render_json(new) == render_json(analyze(paths, embedder=fake_model))


def test_a_record_of_a_json_feed_is_replaced_by_its_line_and_stdin_is_only_ever_added(tmp_path, fake_model):
    records = [{"title": "Dam bursts", "date": "2025-03-04", "lang": "en",
                "text": "The Korvan dam burst before dawn, killing 12 people.\nRescue teams searched houses in Brenik."},
               {"title": "Evacuation", "date": "2025-03-05", "lang": "en",
                "text": "Some 25,000 people were evacuated from the Ilva valley.\nSchools in Savo stayed closed."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    target = tmp_path / "s.ccstore"
    assert len(store.add(target, [str(feed)]).added) == 2
    records[1]["text"] = records[1]["text"].replace("25,000", "30,000")
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    again = store.add(target, [str(feed)])
    assert len(again.replaced) == 1 and len(again.unchanged) == 1 and again.claims_embedded == 1
    piped = "Aid convoys reached the town of Lutz on Tuesday.\n"
    assert len(store.add(target, ["-"], stdin=io.StringIO(piped)).added) == 1
    assert store.add(target, ["-"], stdin=io.StringIO(piped)).unchanged  # the same text from stdin is known
    assert len(store.load_report(target).articles) == 3


def test_a_new_threshold_regroups_the_store_even_with_no_new_article(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    paths = write_story(tmp_path / "story")
    store.add(target, paths)
    before = store.load_report(target).clusters
    result = store.add(target, paths, Options(threshold=0.01))
    assert result.added == () and result.claims_embedded == 0
    after = store.load_report(target).clusters
    assert len(after) < len(before)  # a laxer threshold merges more
    conn = sqlite3.connect(target)
    kept = sorted(conn.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall())
    conn.close()
    assert kept == sorted((claim_id, c.id) for c in after for claim_id in c.claim_ids)


def test_the_cli_says_what_add_did(tmp_path, fake_model):
    paths = write_story(tmp_path / "story", STORY[:2])
    first = runner.invoke(app, ["add", str(tmp_path / "s.ccstore"), *paths])
    assert first.exit_code == 0, first.output
    assert "2 added, 0 replaced, 0 unchanged" in first.stdout
    Path(paths[0]).write_text(ARTICLES[STORY[0]] + "\nA new sentence about the dam.\n", "utf-8")
    second = runner.invoke(app, ["add", str(tmp_path / "s.ccstore"), *paths])
    assert "replaced 01_coast_times: its text changed" in second.stdout
    assert "0 added, 1 replaced, 1 unchanged; 1 claims embedded" in second.stdout


def test_a_file_that_is_not_a_store_is_never_overwritten(tmp_path, fake_model):
    paths = write_story(tmp_path / "story", STORY[:1])
    precious = tmp_path / "notes.txt"
    precious.write_text("my notes", "utf-8")
    with pytest.raises(StoreError, match="exists and is not a story store"):
        store.add(precious, paths)
    assert precious.read_text("utf-8") == "my notes"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300), title=st.text(max_size=40),
       outlet=st.none() | st.text(max_size=20), line_offset=st.integers(0, 10_000))
def test_an_article_comes_back_from_the_store_exactly(tmp_path_factory, text, title, outlet, line_offset):
    target = tmp_path_factory.mktemp("roundtrip") / "s.ccstore"
    article = Article("a", "feed.jsonl", text, title, outlet, "2025-03", "en", ((0, len(text)),), line_offset)
    empty = store.ArticleResult(article, (), (), (), {}, (), (), np.zeros((0, 0), np.float32))
    with store.open_for_writing(target) as conn:
        store._write_article(conn, empty, store.article_key(article), store.content_hash(article), False, "m", "t", {})
    with store.open_for_reading(target) as conn:
        assert store._load(conn).articles == (article,)


# --------------------------------------------------------------------------- crashes, locks, versions

CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
from test_store import WordsEmbedder
from crosscheck import store

def progress(stage, done):
    if stage == "stored" and done == 2:  # two articles written, inside the transaction
        open({marker!r}, "w").close()
        time.sleep(60)

store.add({store!r}, {paths!r}, embedder=WordsEmbedder(), progress=progress)
"""


def test_a_process_killed_mid_add_leaves_the_store_as_it_was_and_a_retry_succeeds(tmp_path):
    target = tmp_path / "s.ccstore"
    first, rest = write_story(tmp_path / "story", STORY[:2]), write_story(tmp_path / "more", STORY[2:6])
    store.add(target, first, embedder=WordsEmbedder())
    before = dump(target)
    marker = tmp_path / "two-written"
    script = CHILD.format(tests=str(Path(__file__).parent), marker=str(marker), store=str(target), paths=rest)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the child ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        with pytest.raises(StoreLockedError):  # the child is inside its write transaction
            store.add(target, first, embedder=WordsEmbedder())
        assert len(store.load_report(target).articles) == 2  # and a reader sees the store as it was
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert dump(target) == before
    retried = store.add(target, first + rest, embedder=WordsEmbedder())
    assert len(retried.added) == 4 and len(retried.unchanged) == 2
    assert render_json(store.load_report(target)) == render_json(analyze(first + rest, embedder=WordsEmbedder()))


def test_ctrl_c_mid_add_rolls_back(tmp_path):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", STORY[:2]), embedder=WordsEmbedder())
    before = dump(target)

    def interrupt(stage, done):
        if stage == "stored":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add(target, write_story(tmp_path / "more", STORY[2:4]), embedder=WordsEmbedder(), progress=interrupt)
    assert dump(target) == before


def test_an_interrupted_first_add_leaves_no_store_behind(tmp_path):
    def interrupt(stage, done):
        if stage == "stored":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add(tmp_path / "s.ccstore", write_story(tmp_path / "story", STORY[:1]), embedder=WordsEmbedder(),
                  progress=interrupt)
    assert not (tmp_path / "s.ccstore").exists()


def test_a_second_writer_is_told_the_store_is_busy_while_readers_go_on(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    paths = write_story(tmp_path / "story", STORY[:2])
    store.add(target, paths)
    with store.open_for_writing(target):
        with pytest.raises(StoreLockedError, match=rf"is being written by another process \(pid {os.getpid()}\)"):
            store.add(target, paths)
        assert len(store.load_report(target).articles) == 2  # readers do not wait for the writer
        result = runner.invoke(app, ["add", str(target), *paths])
        assert result.exit_code == ExitCode.USAGE
        assert one_line(result.stderr).startswith("error:") and "being written by another process" in result.stderr
    assert store.add(target, paths).unchanged  # the lock went with the writer


def test_a_store_from_a_newer_crosscheck_is_refused_in_one_line(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", STORY[:1]))
    conn = sqlite3.connect(target)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreVersionError, match="written by a newer crosscheck .store version 99; this one reads up to 2"):
        store.load_report(target)
    for command in (["report", str(target), "--out", str(tmp_path / "out")], ["check", str(target), "dam"],
                    ["add", str(target), str(tmp_path / "story")]):
        result = runner.invoke(app, command)
        assert result.exit_code == ExitCode.USAGE, command
        assert one_line(result.stderr).startswith("error:") and one_line(result.stderr).endswith("upgrade crosscheck to use it")


def test_a_version_1_store_is_migrated_when_opened(tmp_path, fake_model):
    """Version 1 held the per-article results only; version 2 adds the clusters a look-up reads."""
    target = tmp_path / "s.ccstore"
    paths = write_story(tmp_path / "story", STORY[:3])
    store.add(target, paths)
    expected = render_json(store.load_report(target))
    conn = sqlite3.connect(target)
    conn.executescript("DROP TABLE cluster_members; DROP TABLE clusters; UPDATE schema_version SET version = 1;")
    conn.close()
    assert render_json(store.load_report(target)) == expected
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (2,)
    assert conn.execute("SELECT count(*) FROM cluster_members").fetchone()[0] == len(store.load_report(target).claims)
    conn.close()
    claim = store.load_report(target).claims[3].text
    assert store.check(target, claim).clusters


def test_a_missing_store_and_an_article_are_not_read_as_stores(tmp_path, fake_model):
    with pytest.raises(StoreError, match="no story store at"):
        store.load_report(tmp_path / "none.ccstore")
    article = write_story(tmp_path / "story", STORY[:1])[0]
    assert not store.is_store_path(article)
    result = runner.invoke(app, ["check", str(tmp_path / "none.ccstore"), "dam"])
    assert result.exit_code == ExitCode.USAGE and "no story store at" in result.stderr


def test_a_lost_or_damaged_faiss_file_is_rebuilt_from_sqlite(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    paths = write_story(tmp_path / "story", list(PROTEST), PROTEST)
    store.add(target, paths)
    claim = "8,000 people marched through Aldra against the government on Saturday."
    expected = store.check(target, claim)
    store.index_path(target).write_bytes(b"not an index")
    assert store.check(target, claim) == expected
    store.index_path(target).unlink()
    assert store.check(target, claim) == expected
    store.add(target, paths)  # nothing new to add, but the file is written again
    assert store.index_path(target).stat().st_size > 1000


# --------------------------------------------------------------------------- incremental equals batch


def test_adding_articles_one_by_one_gives_the_report_of_adding_them_at_once(tmp_path):
    paths = write_story(tmp_path / "story")
    store.add(tmp_path / "batch.ccstore", paths, embedder=WordsEmbedder())
    batch = store.load_report(tmp_path / "batch.ccstore")
    one_by_one = tmp_path / "one.ccstore"
    previous = None
    kept = offered = 0
    for path in paths:
        store.add(one_by_one, [path], embedder=WordsEmbedder())
        now = store.load_report(one_by_one)
        if previous is not None:
            ids_now = {frozenset(c.claim_ids): c.id for c in now.clusters}
            offered += len(previous.clusters)
            for c in previous.clusters:  # a cluster the new article left alone keeps its id
                if frozenset(c.claim_ids) in ids_now:
                    assert ids_now[frozenset(c.claim_ids)] == c.id
                    kept += 1
        previous = now
    assert kept > 0.9 * offered  # most clusters survive each add unchanged
    assert normalised(store.load_report(one_by_one)) == normalised(batch)
    assert render_json(store.load_report(one_by_one)) == render_json(batch)  # in this story, even byte for byte


def test_report_since_shows_what_is_new(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", STORY[:4]))
    time.sleep(0.01)
    middle = store._now()
    new = write_story(tmp_path / "story", STORY[4:6])
    store.add(target, new)
    report, changes = store.changes_since(target, middle)
    new_ids = {a.id for a in report.articles if a.path in new}
    assert set(changes.articles) == new_ids
    assert {c.article_id for c in changes.claims} == new_ids
    assert len(changes.claims) == sum(1 for c in report.claims if c.article_id in new_ids)
    assert changes.figures  # the new articles bring figures to the story's questions
    result = runner.invoke(app, ["report", str(target), "--since", middle, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"{len(changes.claims)} new claims" in result.stdout
    nothing = runner.invoke(app, ["report", str(target), "--since", "2999-01-01", "--out", str(tmp_path / "out")])
    assert "0 articles added or changed, 0 new claims, 0 new sources, 0 figure questions moved" in nothing.stdout
    bad = runner.invoke(app, ["report", str(tmp_path / "story"), "--since", "2024-01-01"])
    assert bad.exit_code == ExitCode.USAGE and "--since needs a story store" in bad.stderr


def test_report_store_writes_the_same_json_as_report_files(tmp_path, fake_model):
    paths = write_story(tmp_path / "story")
    assert runner.invoke(app, ["add", str(tmp_path / "s.ccstore"), str(tmp_path / "story")]).exit_code == 0
    from_store = runner.invoke(app, ["report", str(tmp_path / "s.ccstore"), "--out", str(tmp_path / "a")])
    from_files = runner.invoke(app, ["report", str(tmp_path / "story"), "--out", str(tmp_path / "b")])
    assert from_store.exit_code == from_files.exit_code == 0, from_store.output
    assert (tmp_path / "a" / "report.json").read_bytes() == (tmp_path / "b" / "report.json").read_bytes()
    assert from_store.stdout == from_files.stdout
    assert len(paths) == 8


# --------------------------------------------------------------------------- look-up

PROTEST = {
    "police.txt": "title: March in Aldra\noutlet: Aldra Post\ndate: 2025-04-12\nlang: en\n\n"
                  "According to the police, 8,000 people marched through Aldra against the government on Saturday.\n"
                  "The march ended peacefully at the parliament building.\n",
    "wire.txt": "title: Thousands protest in Aldra\noutlet: Veloria Wire\ndate: 2025-04-12\nlang: en\n\n"
                "About 8,000 people marched through Aldra against the government on Saturday, police said.\n"
                "Shops in the old town stayed closed.\n",
}


def test_check_finds_the_claim_with_its_articles_and_chains_and_exit_0(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", list(PROTEST), PROTEST))
    result = store.check(target, "8,000 people marched through Aldra against the government on Saturday.")
    assert len(result.clusters) == 1
    found = result.clusters[0]
    assert {c.article.outlet for c in found.claims} == {"Aldra Post", "Veloria Wire"}
    assert all(c.matched and c.article.date == "2025-04-12" for c in found.claims)
    assert found.claims[0].similarity >= found.claims[1].similarity
    assert [f.verdict for f in result.figures] == ["agrees"]
    cli = runner.invoke(app, ["check", str(target), "--json", "8,000 people marched through Aldra against the "
                                                               "government on Saturday."])
    assert cli.exit_code == 0
    document = json.loads(cli.stdout)
    assert document["found"] and len(document["clusters"][0]["claims"]) == 2
    assert document["figures"][0]["verdict"] == "agrees"


def test_check_says_when_a_figure_contradicts_the_store(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", list(PROTEST), PROTEST))
    result = store.check(target, "According to the police, 40,000 people marched through Aldra against the "
                                 "government on Saturday.")
    assert result.clusters
    assert [(f.text, f.verdict) for f in result.figures] == [("40,000 people", "contradicts")]
    assert "8,000" in result.figures[0].reason and "40,000" in result.figures[0].reason
    cli = runner.invoke(app, ["check", str(target), "--no-color", "According to the police, 40,000 people marched "
                                                                 "through Aldra against the government on Saturday."])
    assert cli.exit_code == 0 and "contradicts" in cli.stdout


def test_check_finds_a_sentence_that_dozens_of_articles_repeat(tmp_path, fake_model):
    """Its 32 nearest stored claims are all copies of it: word rarity must come from the store."""
    places = ["Brenik", "Savo", "Lutz", "Aldra", "Tessa", "Korvan", "Ilva", "Maren"]
    things = ["bridge", "school", "hospital", "market", "station", "harbour", "stadium", "library"]
    articles = {}
    for i in range(40):
        fillers = [f"The {things[(i + k) % 8]} in {places[(i * 3 + k) % 8]} reopened after {k + i % 5} weeks of repairs."
                   for k in range(5)]
        articles[f"a{i:02d}.txt"] = (f"title: Update {i}\nlang: en\n\n"
                                     "Some 25,000 people were evacuated from the Ilva valley on Tuesday.\n"
                                     + "\n".join(fillers) + "\n")
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", list(articles), articles))
    result = store.check(target, "About 25,000 people have been evacuated from the Ilva valley.")
    assert result.clusters and sum(c.matched for m in result.clusters for c in m.claims) >= 30
    shown = runner.invoke(app, ["check", str(target), "About 25,000 people have been evacuated from the Ilva valley."])
    assert shown.exit_code == 0 and re.search(r"\.\.\. \d+ more claims \(--json lists them all\)", shown.stdout)
    assert shown.stdout.count("Some 25,000 people were evacuated") == 10


def test_check_exits_3_when_nothing_is_close_enough(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", list(PROTEST), PROTEST))
    result = runner.invoke(app, ["check", str(target), "The central bank raised interest rates by half a point."])
    assert result.exit_code == ExitCode.NOT_FOUND == 3
    assert "nothing in the store says this" in result.stdout
    as_json = runner.invoke(app, ["check", str(target), "--json", "The central bank raised interest rates."])
    assert as_json.exit_code == 3 and json.loads(as_json.stdout)["found"] is False


def test_check_reads_the_claim_from_a_file_or_stdin(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", list(PROTEST), PROTEST))
    claim = "8,000 people marched through Aldra against the government on Saturday."
    (tmp_path / "claim.txt").write_text(claim, "utf-8")
    assert runner.invoke(app, ["check", str(target), "--file", str(tmp_path / "claim.txt")]).exit_code == 0
    assert runner.invoke(app, ["check", str(target), "-"], input=claim).exit_code == 0
    neither = runner.invoke(app, ["check", str(target)])
    assert neither.exit_code == ExitCode.USAGE and "give the claim" in neither.stderr


QUAKE = {
    "a.txt": "date: 2023-11-09\noutlet: Tagesspiegel\n\nSchweres Erdbeben in der Osttürkei\n\n"
             "Laut Reuters kamen bei dem Erdbeben in der Provinz Van mindestens 120 Menschen ums Leben.\n"
             "Die Regierung schickte 300 Rettungskräfte in die Region.\n",
    "c.txt": "date: 2023-11-09\noutlet: Der Standard\n\nBeben in Van\n\n"
             "In Ankara fiel am Abend der Strom für zwei Stunden aus.\n"
             "Die Schulen in der Provinz bleiben bis Montag geschlossen.\n",
}


def test_a_german_claim_is_found_from_its_english_rendering_with_its_origin(tmp_path):
    """The real default model (use-m3, multilingual): no shared words, only meaning."""
    embedder = embed.load_embedder(None, cache_dir=tmp_path / "cache")
    target = tmp_path / "s.ccstore"
    store.add(target, write_story(tmp_path / "story", list(QUAKE), QUAKE), embedder=embedder)
    result = store.check(target, "At least 120 people died in the earthquake in Van province.",
                         Options(cache_dir=str(tmp_path / "cache")), embedder=embedder)
    assert result.language == "en"
    assert len(result.clusters) == 1
    found = result.clusters[0].claims[0]
    assert found.matched and "mindestens 120 Menschen" in found.claim.text
    assert found.chains == (("reuters",),) and result.clusters[0].origins == ("reuters",)
    assert [f.verdict for f in result.figures] == ["agrees"]
    unrelated = store.check(target, "The central bank raised interest rates by half a point.", embedder=embedder)
    assert unrelated.clusters == ()


# --------------------------------------------------------------------------- export


def test_export_jsonl_holds_every_record_and_graphml_opens(tmp_path, fake_model):
    target = tmp_path / "s.ccstore"
    paths = write_story(tmp_path / "story", STORY[:3])
    store.add(target, paths)
    report = store.load_report(target)
    result = runner.invoke(app, ["export", str(target), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    counts = {kind: sum(1 for r in rows if r["type"] == kind) for kind in {r["type"] for r in rows}}
    assert counts["article"] == 3 and counts["claim"] == len(report.claims)
    assert counts["cluster"] == len(report.clusters) and counts["quantity"] == len(report.quantities)
    article = next(r for r in rows if r["type"] == "article")
    claim = next(r for r in rows if r["type"] == "claim" and r["article_id"] == article["id"])
    assert article["text"][claim["start"]:claim["end"]] == claim["text"]
    out = tmp_path / "graph.graphml"
    assert runner.invoke(app, ["export", str(target), "--format", "graphml", "--out", str(out)]).exit_code == 0
    assert nx.read_graphml(out).number_of_nodes() == len(report.graph["nodes"])
    again = runner.invoke(app, ["export", str(target), "--format", "graphml", "--out", str(out)])
    assert again.exit_code == ExitCode.USAGE and "give --force" in again.stderr


@pytest.mark.parametrize("command", ["add", "check", "export"])
def test_every_store_command_has_help_text(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3
