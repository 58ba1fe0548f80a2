"""The HTML report in a real browser: it parses, shows the graph, logs nothing, and hostile text stays text.

Skipped where no Chromium is installed (Debian: `apt-get install chromium`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from crosscheck.render.html import render_html
from test_html import sample_report

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BROWSER is None, reason="no chromium or chromium-browser on PATH"),
]

# Headless and offline: no sandbox (containers), no GPU, nothing fetched in the background.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

# How Chromium logs a page's console messages, script errors and blocked loads to stderr
# ("...:INFO:CONSOLE:1] ..." in recent versions, "...:INFO:CONSOLE(1)] ..." in older ones).
CONSOLE_LINE = re.compile(r":CONSOLE[:(]\d+|Uncaught|Refused to")


def _chromium(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def _console_messages(tmp_path: Path, page: Path) -> list[str]:
    result = _chromium(tmp_path, page, "--enable-logging=stderr", "--v=0", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    return [line for line in result.stderr.splitlines() if CONSOLE_LINE.search(line)]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("html") / "report.html"
    page.write_text(render_html(sample_report()), encoding="utf-8")
    return page


def test_page_parses_with_graph_and_hostile_text_as_text(tmp_path: Path, page_file: Path) -> None:
    result = _chromium(tmp_path, page_file, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert '<section id="graph">' in dom and "<svg" in dom and 'class="origin"' in dom
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


def test_no_console_errors(tmp_path: Path, page_file: Path) -> None:
    assert _console_messages(tmp_path, page_file) == []


def test_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """The check above can fail: markup that escaped escaping is blocked by the page's policy, and logged."""
    page = render_html(sample_report())
    broken = tmp_path / "broken.html"
    broken.write_text(page.replace("<main>", "<main><script>alert(1)</script><img src=x onerror=alert(1)>", 1))
    assert _console_messages(tmp_path, broken)


def test_screenshot(tmp_path: Path, page_file: Path) -> None:
    shot = tmp_path / "report.png"
    result = _chromium(tmp_path, page_file, f"--screenshot={shot}", "--window-size=1280,2400")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to far less
