"""The report at 105 articles: the terminal answers first and stays short; the HTML page never
scrolls sideways, on a desktop or a phone (headless Chromium, skipped where none is installed).

The corpus is the flood story of tests/figure_story.py three times over, as wire copies run by
other outlets on the following days: what a monitoring desk collects over a story's months.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from rich.console import Console

sys.path.insert(0, str(Path(__file__).parent))
from figure_story import ARTICLES  # noqa: E402

from crosscheck.pipeline import analyze  # noqa: E402
from crosscheck.records import Report  # noqa: E402
from crosscheck.render.html import render_html  # noqa: E402
from crosscheck.render.terminal import render_terminal  # noqa: E402

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
COPIES = 3


def wire_copies(copies: int) -> dict[str, str]:
    """Each article as run by `copies` outlets, a day apart from one another."""
    found = {}
    for n in range(copies):
        for name, text in ARTICLES.items():
            text = re.sub(r"^outlet: (.*)$", lambda m: f"outlet: {m.group(1)}" + (f" Regional {n}" if n else ""), text,
                          count=1, flags=re.M)
            text = re.sub(r"^date: (\d{4}-\d{2})-(\d{2})$", lambda m: f"date: {m.group(1)}-{min(28, int(m.group(2)) + n):02d}",
                          text, count=1, flags=re.M)
            found[f"copy{n}_{name}"] = text
    return found


@cache
def big_report(folder: str) -> Report:
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    for name, text in wire_copies(COPIES).items():
        (root / name).write_text(text, encoding="utf-8")
    return analyze([str(root)])


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Report:
    return big_report(str(tmp_path_factory.mktemp("big")))


def terminal_lines(report: Report, width: int = 100, **options) -> list[str]:
    console = Console(width=width, record=True, file=open("/dev/null", "w"), color_system=None)
    render_terminal(report, console, **options)
    return console.export_text().splitlines()


def test_the_corpus_is_over_a_hundred_articles(report):
    assert len(report.articles) >= 100


def test_the_default_terminal_report_fits_in_150_lines_with_the_figures_on_the_first_screen(report):
    lines = terminal_lines(report)
    assert len(lines) <= 150
    first_screen = "\n".join(lines[:40])
    assert "Disputed figures" in first_screen and "contradicts" in first_screen


def test_full_keeps_everything(report):
    assert len(terminal_lines(report, full=True)) > 150


def test_no_word_is_cut_in_half(report):
    words = {w for c in report.claims for w in c.text.split()}
    cut = [line for line in terminal_lines(report) if line.rstrip().endswith("…")
           and line.rstrip()[:-1].rstrip().split()[-1] not in words]
    assert cut == []


# -- the page in a browser ---------------------------------------------------------------------

def _page_width(tmp_path: Path, html: str, width: int) -> tuple[int, int]:
    """(scrollWidth, viewport width) of the page laid out at `width` pixels: a copy of the page with
    a script that writes them into the title, since the report itself runs no script."""
    probe = html.replace('<meta http-equiv="Content-Security-Policy"', '<meta name="x-no-policy"', 1).replace(
        "</body>", "<script>document.title = document.documentElement.scrollWidth + 'x' + "
                   "document.documentElement.clientWidth;</script></body>", 1)
    page = tmp_path / f"probe{width}.html"
    page.write_text(probe, encoding="utf-8")
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    result = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         f"--user-data-dir={profile}", f"--window-size={width},900", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    found = re.search(r"<title>(\d+)x(\d+)</title>", result.stdout)
    assert found, result.stderr[-2000:]
    return int(found.group(1)), int(found.group(2))


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no chromium or chromium-browser on PATH")
@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("articles", [5, 105])
def test_the_page_does_not_scroll_sideways(tmp_path, report, width, articles):
    if articles < len(report.articles):
        root = tmp_path / "few"
        root.mkdir()
        for name in sorted(ARTICLES)[:articles]:
            (root / name).write_text(ARTICLES[name], encoding="utf-8")
        report = analyze([str(root)])
    scroll, viewport = _page_width(tmp_path, render_html(report), width)
    assert scroll <= viewport
