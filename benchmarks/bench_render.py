"""The reports at 100 and 1,000 articles: HTML page size and render time, terminal lines and time.

usage: python benchmarks/bench_render.py [--sizes 100,1000]

The corpus is the 35-article flood story of tests/figure_story.py run again by further outlets
a day apart (tests/test_report_at_scale.py's wire copies), as a monitoring desk collects it. The
analysis itself is not timed here (benchmarks/bench_report.py times whole runs); the baseline is
rendering the five seed articles, in the same run.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from rich.console import Console  # noqa: E402

from crosscheck.pipeline import analyze  # noqa: E402
from crosscheck.render.html import render_html  # noqa: E402
from crosscheck.render.terminal import render_terminal  # noqa: E402
from test_report_at_scale import wire_copies  # noqa: E402


def rendered(report) -> tuple[float, int, float, int]:
    """(HTML seconds, HTML bytes, terminal seconds, terminal lines), best of three."""
    html_times, terminal_times = [], []
    for _ in range(3):
        start = time.perf_counter()
        page = render_html(report)
        html_times.append(time.perf_counter() - start)
        console = Console(width=100, file=io.StringIO(), color_system=None)
        start = time.perf_counter()
        render_terminal(report, console)
        terminal_times.append(time.perf_counter() - start)
    lines = console.file.getvalue().count("\n")
    return min(html_times), len(page.encode()), min(terminal_times), lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    args = parser.parse_args()
    base = rendered(analyze([str(ROOT / "seeds")]))
    print(f"{'articles':>8} {'html':>8} {'page':>9} {'terminal':>9} {'lines':>6}   (ratios to the 5 seeds)")
    print(f"{5:>8} {base[0]:>7.2f}s {base[1] / 1024:>7.0f}KB {base[2]:>8.2f}s {base[3]:>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        copies = -(-size // 35)
        with tempfile.TemporaryDirectory() as folder:
            for name, text in list(wire_copies(copies).items())[:size]:
                (Path(folder) / name).write_text(text, encoding="utf-8")
            report = analyze([folder])
        html, size_bytes, terminal, lines = rendered(report)
        print(f"{len(report.articles):>8} {html:>7.2f}s {size_bytes / 1024:>7.0f}KB {terminal:>8.2f}s {lines:>6}   "
              f"html {html / base[0]:.1f}x, page {size_bytes / base[1]:.1f}x, terminal {terminal / base[2]:.1f}x")


if __name__ == "__main__":
    main()
