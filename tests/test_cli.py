"""The command line end to end: what a user types, what they see, what lands on disk, the exit code."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from crosscheck.cli import Section, app
from crosscheck.render.terminal import SECTIONS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SCHEMA = json.loads((Path(__file__).with_name("report.schema.json")).read_text("utf-8"))
SCORER = ROOT.parent / "shared" / "eval" / "score_seeds.py"
ANSI_ESCAPE = re.compile(r"\x1b\[")

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    """One run over seeds/, shared by the tests that read its output."""
    out = tmp_path_factory.mktemp("seeds")
    result = run("report", str(SEEDS), "--out", str(out))
    return result, out


def test_the_seed_report_prints_the_findings_first_and_writes_three_files(seed_run):
    result, out = seed_run
    assert result.exit_code == 0, result.output
    headings = ("crosscheck", "Disputed figures", "Claims repeated across articles", "Origins carrying the most articles",
                "Claims in one article only", "Articles")
    positions = [result.stdout.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "sources.graphml"]


def test_full_prints_every_section(tmp_path):
    result = run("report", str(SEEDS), "--out", str(tmp_path), "--full")
    for heading in ("Disputed figures", "Numeric conflicts", "Sourcing chains", "Origins carrying the most articles"):
        assert heading in result.stdout


def test_the_seed_report_lists_every_article_with_its_date(seed_run):
    result, out = seed_run
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert len(report["articles"]) == 5
    dated = {a["id"][:3]: a["date"] for a in report["articles"]}
    assert dated["004"] == "2023-10"


def test_the_json_report_follows_the_schema_and_its_offsets_hold(seed_run):
    _, out = seed_run
    report = json.loads((out / "report.json").read_text("utf-8"))
    jsonschema.validate(report, SCHEMA)
    texts = {a["id"]: Path(a["path"]).read_text("utf-8") for a in report["articles"]}
    for claim in report["claims"]:
        assert texts[claim["article_id"]][claim["start"]:claim["end"]] == claim["text"]


def test_the_graphml_opens_as_a_graph(seed_run):
    import networkx as nx

    _, out = seed_run
    graph = nx.read_graphml(out / "sources.graphml")
    assert any(data.get("type") == "article" for _, data in graph.nodes(data=True))
    assert graph.number_of_edges() > 0


@pytest.mark.skipif(not SCORER.exists(), reason="the shared seed scorer is not beside this checkout")
def test_the_seed_run_meets_the_held_out_gold(seed_run):
    """The quality floor: attribution, chains, quantities, the conflict, clusters and boilerplate."""
    _, out = seed_run
    scored = subprocess.run([sys.executable, str(SCORER), str(out / "report.json")], capture_output=True, text=True)
    assert scored.returncode == 0, scored.stdout


def test_piped_output_carries_no_escape_codes(seed_run):
    result, _ = seed_run
    assert not ANSI_ESCAPE.search(result.stdout)


def test_only_prints_the_one_section(tmp_path):
    result = run("report", str(SEEDS), "--out", str(tmp_path), "--only", "articles")
    assert result.exit_code == 0
    assert "Articles" in result.stdout
    assert "Origins carrying" not in result.stdout and "Disputed figures" not in result.stdout


def test_only_offers_exactly_the_sections_the_terminal_report_has():
    # cli keeps its own list so that --help need not import the renderers
    assert [s.value for s in Section] == list(SECTIONS)


def test_stdin_is_read_as_one_article(tmp_path):
    text = "Regen in Berlin\n\nIn Berlin hat es am Montag stark geregnet, teilte der Wetterdienst mit.\n"
    result = run("report", "-", "--out", str(tmp_path), "--only", "articles", input=text)
    assert result.exit_code == 0, result.output
    assert "Regen in Berlin" in result.stdout


def _story(tmp_path: Path, figures: tuple[str, str]) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    sentences = (
        "Das Verteidigungsministerium erklärte am Montag, die Armee habe {} Soldaten an die Grenze verlegt.",
        "Laut Reuters hat die Armee am Montag {} Soldaten an die Grenze verlegt.",
    )
    for number, (sentence, figure) in enumerate(zip(sentences, figures)):
        (folder / f"a{number}.txt").write_text(f"Truppen an der Grenze\n\n{sentence.format(figure)}\n", "utf-8")
    return folder


def test_fail_on_contradiction_exits_1_when_figures_contradict(tmp_path):
    folder = _story(tmp_path, ("500", "20.000"))
    result = run("report", str(folder), "--out", str(tmp_path / "out"), "--fail-on", "contradiction")
    assert result.exit_code == 1, result.stdout


def test_fail_on_contradiction_exits_0_when_figures_agree(tmp_path):
    folder = _story(tmp_path, ("500", "500"))
    result = run("report", str(folder), "--out", str(tmp_path / "out"), "--fail-on", "contradiction")
    assert result.exit_code == 0, result.stdout


QUAKE = {
    "a.txt": "Schweres Erdbeben in der Osttürkei\n\n"
             "Laut Reuters kamen bei dem Erdbeben in der Provinz Van mindestens 120 Menschen ums Leben.\n"
             "Die Regierung schickte 300 Rettungskräfte in die Region.\n",
    "b.txt": "Earthquake hits eastern Turkey\n\n"
             "According to the Associated Press, at least 150 people died in the earthquake in Van province.\n"
             "Aid convoys reached the town of Erciş on Tuesday.\n",
    "c.txt": "Beben in Van\n\n"
             "Nach Angaben des türkischen Katastrophenschutzes starben bei dem Beben in Van 120 Menschen.\n"
             "In Ankara fiel am Abend der Strom für zwei Stunden aus.\n",
}


def report_of(tmp_path: Path, files: dict[str, str]) -> tuple[dict, dict[str, str]]:
    """Write the articles, run the report over them: its JSON, and each claim's file name."""
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    result = run("report", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    file_of = {a["id"]: Path(a["path"]).name for a in report["articles"]}
    return report, {c["id"]: file_of[c["article_id"]] for c in report["claims"]}


def test_one_claim_relayed_by_three_sources_in_two_languages_is_one_cluster_with_its_conflicts(tmp_path):
    report, file_of = report_of(tmp_path, QUAKE)
    text_of = {c["id"]: c["text"] for c in report["claims"]}
    deaths = next(c for c in report["clusters"] if any("120 Menschen" in text_of[i] for i in c["claim_ids"]))
    assert sorted({file_of[i] for i in deaths["claim_ids"]}) == ["a.txt", "b.txt", "c.txt"]
    assert len(deaths["article_ids"]) == 3
    assert not any("Rettungskräfte" in text_of[i] or "Ankara" in text_of[i] for i in deaths["claim_ids"])
    assert sorted(deaths["origins"]) == ["ap", "reuters", "tr-civil-protection"]
    conflicts = {(c["kind"], *sorted(file_of[r["claim_id"]] for r in c["quantity_refs"])) for c in report["conflicts"]}
    # at least 120 and at least 150 overlap; at least 150 and exactly 120 cannot both be right
    assert conflicts == {("discrepancy", "a.txt", "b.txt"), ("contradiction", "b.txt", "c.txt")}


ECONOMY = {
    "a.txt": "date: 2024-11-29\noutlet: Handelsblatt\n\nInflation in Deutschland steigt auf 2,2 Prozent\n\n"
             "Die Inflationsrate in Deutschland ist im November auf 2,2 Prozent gestiegen, wie das Statistische "
             "Bundesamt mitteilte.\nIm Oktober hatte die Teuerung noch bei 2,0 Prozent gelegen.\n"
             "Die Preise für Lebensmittel stiegen um 1,8 Prozent.\nÖkonomen hatten mit einer Rate von 2,3 Prozent "
             "gerechnet.\n",
    "b.txt": "date: 2024-11-29\noutlet: Reuters\n\nGerman inflation rises to 2.4% in November\n\n"
             "German inflation rose to 2.4% in November, according to preliminary data from the federal statistics "
             "office.\nFood prices rose by 1.8% year on year.\nAnalysts polled by Reuters had expected a rate of 2.3%.\n",
    "c.txt": "date: 2024-12-12\noutlet: Spiegel\n\nInflation bestätigt\n\n"
             "Das Statistische Bundesamt bestätigte eine Inflationsrate von 2,2 Prozent für November.\n"
             "Die Kerninflation lag bei 3,0 Prozent.\n",
}


def test_a_figure_that_differs_between_a_german_and_an_english_report_is_a_conflict(tmp_path):
    report, file_of = report_of(tmp_path, ECONOMY)
    found = {(c["kind"], *sorted((file_of[r["claim_id"]], r["text"]) for r in c["quantity_refs"]))
             for c in report["conflicts"]}
    assert ("contradiction", ("a.txt", "2,2 Prozent"), ("b.txt", "2.4%")) in found
    # both cite the same office, in two languages: one origin
    text_of = {c["id"]: c["text"] for c in report["claims"]}
    inflation = next(c for c in report["clusters"] if {"a.txt", "b.txt"} <= {file_of[i] for i in c["claim_ids"]}
                     and any("2.4%" in text_of[i] for i in c["claim_ids"]))
    assert inflation["origins"] == ["destatis"]


def test_no_readable_article_exits_2_with_one_line_per_problem(tmp_path):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("report", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert any("empty.txt" in line for line in errors) and any("binary.txt" in line for line in errors)
    assert "Traceback" not in result.output


def test_a_bad_file_among_good_ones_is_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Titel\n\nDie Stadt baut eine neue Brücke über den Fluss.\n", "utf-8")
    (tmp_path / "broken.jsonl").write_text('{"text": "Ein Satz über die Brücke."}\n{not json\n', "utf-8")
    result = run("report", str(tmp_path), "--out", str(tmp_path / "out"), "--only", "articles")
    assert result.exit_code == 0
    assert "broken.jsonl:2" in result.stderr


def test_an_unknown_option_value_is_a_usage_error():
    result = runner.invoke(app, ["report", str(SEEDS), "--only", "everything"])
    assert result.exit_code == 2


def test_hostile_article_text_is_escaped_in_the_html(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text("<script>alert(1)</script> Titel\n\nDer Minister sagte <img src=x onerror=alert(2)> am Montag.\n", "utf-8")
    result = run("report", str(article), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "report.html").read_text("utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)" in page


def test_a_run_does_not_leave_temporary_files(seed_run):
    _, out = seed_run
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("command", ["report", "models"])
def test_every_command_has_help_text(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3


# --------------------------------------------------------------------------- issue 18: outputs

ARTICLE = "Titel\n\nDie Stadt baut eine neue Brücke über den Fluss.\n"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_json_given_a_symbolic_link_writes_through_it(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    real = tmp_path / "real.json"
    real.write_text("{}", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = run("report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--json", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and json.loads(real.read_text("utf-8"))["version"] == 1


@pytest.mark.parametrize("option", ["--out", "--json"])
def test_a_file_where_a_folder_is_needed_is_refused_before_any_work(tmp_path, option):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("mine", "utf-8")
    target = blocker if option == "--out" else blocker / "r.json"
    args = ["--out", str(tmp_path / "out")] if option == "--json" else []
    result = run("report", str(tmp_path / "a.txt"), option, str(target), *args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "blocker" in result.stderr
    assert blocker.read_text("utf-8") == "mine"
    assert not (tmp_path / "out").exists()


def test_the_json_report_is_strict_even_for_an_infinite_figure():
    from crosscheck.records import Article, Claim, Quantity, Report
    from crosscheck.render.json import render_json

    article = Article(id="a", path="a.txt", text="x", title="", outlet=None, date=None, language="de", body=())
    claim = Claim(id="a:1", article_id="a", text="x", start=0, end=1, line=1)
    huge = Quantity(claim_id="a:1", text="1" + "0" * 300, start=0, end=301, value=float("inf"), low=float("inf"),
                    high=None, qualifier="exact", unit=None)
    text = render_json(Report(articles=(article,), claims=(claim,), quantities=(huge,),
                              graph={"nodes": [], "edges": [{"weight": float("nan")}]}))
    document = json.loads(text, parse_constant=lambda name: pytest.fail(f"non-standard JSON constant {name}"))
    quantity = document["quantities"][0]
    assert quantity["out_of_range"] is True and quantity["value"] == sys.float_info.max
    assert document["graph"]["edges"][0]["weight"] is None
    jsonschema.validate(document, SCHEMA)


def test_an_unusable_cache_is_one_warning_and_the_run_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    cache = tmp_path / "cache"
    cache.write_text("a file, not a folder", "utf-8")
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache))
    result = run("report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("warning:")] == [
        f"warning: {cache}/embeddings: embedding cache unusable (Not a directory); vectors are not cached"]


def test_progress_is_drawn_on_a_terminal_only():
    import io

    from rich.console import Console

    from crosscheck.cli import _progress

    for terminal in (True, False):
        stream = io.StringIO()
        console = Console(file=stream, force_terminal=terminal)
        with _progress(console, enabled=console.is_terminal) as progress:
            if progress:
                progress("reading articles", 3)
        assert (progress is not None) == terminal
        assert (stream.getvalue() != "") == terminal


def test_a_report_file_replaced_keeps_its_permissions(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    mine = tmp_path / "mine.json"
    mine.write_text("{}", "utf-8")
    mine.chmod(0o600)
    assert run("report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--json", str(mine)).exit_code == 0
    assert mine.stat().st_mode & 0o777 == 0o600 and json.loads(mine.read_text("utf-8"))["version"] == 1


def test_a_report_name_too_long_for_the_system_is_refused_on_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    result = run("report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                 "--json", str(tmp_path / ("j" * 300 + ".json")))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "too long" in result.stderr


def test_a_first_input_with_a_very_long_name_still_gets_a_default_report_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    result = run("report", "n" * 300 + ".txt", "a.txt")
    assert result.exit_code == 0, result.output
    assert "name too long" in result.stderr
    assert [len(p.name) <= 100 for p in (tmp_path / "reports").iterdir()] == [True]


@pytest.mark.parametrize("command", ["report", "add", "check", "export"])
def test_help_shows_no_python_types(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert not re.search(r"<(list|bool|str|path|int|float)[^>]*>|\{\w+\}", result.stdout), result.stdout


def test_models_is_a_labelled_table():
    result = run("models")
    header, *rows = [line for line in result.stdout.splitlines() if line.strip()]
    assert header.split() == ["name", "backend", "weights", "from", "dimension", "threshold"]
    assert any("use-m3 (default)" in row for row in rows)
