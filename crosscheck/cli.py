"""The command line: parses, calls the pipeline, renders. The one place that prints and exits."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .errors import CrosscheckError, ExitCode, OutputError
from .records import Options, Report

app = typer.Typer(
    help="Cross-check claims, trace sources and flag conflicting figures across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Section(str, Enum):
    summary = "summary"
    articles = "articles"
    clusters = "clusters"
    conflicts = "conflicts"
    sources = "sources"
    unique = "unique"


class FailOn(str, Enum):
    contradiction = "contradiction"
    discrepancy = "discrepancy"


# --fail-on discrepancy also fails on the severer kind.
FAILING_KINDS = {FailOn.contradiction: {"contradiction"}, FailOn.discrepancy: {"contradiction", "discrepancy"}}


@app.command()
def report(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders (searched recursively), globs, or - for stdin.")],
    out: Annotated[Optional[Path], typer.Option(help="Folder for report.json, report.html and sources.graphml [default: reports/<name>/].")] = None,
    json_file: Annotated[Optional[Path], typer.Option("--json", help="Also write the JSON report to this file.")] = None,
    html_file: Annotated[Optional[Path], typer.Option("--html", help="Also write the HTML report to this file.")] = None,
    graphml_file: Annotated[Optional[Path], typer.Option("--graphml", help="Also write the sourcing graph (GraphML, for Gephi) to this file.")] = None,
    only: Annotated[Optional[Section], typer.Option(help="Print one section of the terminal report.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Embedding model: a name from `crosscheck models`, a sentence-transformers hub name or a local folder.")] = None,
    threshold: Annotated[Optional[float], typer.Option(min=0.0, max=3.0, help="Same-claim score threshold: scaled cosine plus word overlap, about 0.9-1.4 in practice [default: the model's calibrated one, see `crosscheck models`].")] = None,
    sources: Annotated[Optional[Path], typer.Option(help="A TOML file of extra sources, merged into the built-in gazetteer.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(help="Exit 1 when conflicts of this kind (or severer) exist.")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours or styles, even on a terminal.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display and no warnings on stderr.")] = False,
    scheduler: Annotated[Optional[str], typer.Option(help="Run the per-article stages on this Dask scheduler (tcp://host:8786); needs the optional dask extra.")] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Run the per-article stages on a local Dask cluster of this many worker processes; needs the optional dask extra.")] = None,
) -> None:
    """Cross-check a set of articles about one story and write the reports."""
    stdout = Console(no_color=no_color, highlight=False, emoji=False, **({"color_system": None} if no_color else {}))
    stderr = Console(stderr=True, no_color=no_color, highlight=False)
    options = Options(model=model, threshold=threshold, sources_file=str(sources) if sources else None,
                      scheduler=scheduler, workers=workers)
    with _failures_as_messages(stderr):
        from .pipeline import analyze  # imported here so that --help stays instant

        with _progress(stderr, enabled=not quiet and stderr.is_terminal) as progress:
            result = analyze(paths, options, stdin=sys.stdin, progress=progress)
        if not quiet:
            for problem in result.problems:
                stderr.print(f"[yellow]warning:[/] {escape(str(problem))}")
        folder = out or Path("reports") / _report_name(paths)
        written = _write_outputs(result, folder, json_file, html_file, graphml_file)

        from .render.terminal import render_terminal

        render_terminal(result, stdout, only=only.value if only else None)
        if not quiet:
            stderr.print("wrote " + ", ".join(str(p) for p in written))
        if fail_on and any(c.kind in FAILING_KINDS[fail_on] for c in result.conflicts):
            raise typer.Exit(ExitCode.CONFLICTS_FOUND)


@app.command()
def models() -> None:
    """List the embedding models crosscheck knows, with their calibrated thresholds."""
    from .embed import find_model, known_models

    console = Console(highlight=False)
    with _failures_as_messages(Console(stderr=True)):
        for name in known_models():
            spec = find_model(name)
            console.print(f"{name}\t{spec.backend}\tthreshold {spec.threshold}")


def _write_outputs(result: Report, folder: Path, json_file: Path | None, html_file: Path | None,
                   graphml_file: Path | None) -> list[Path]:
    import networkx as nx

    from .graph import graphml_text
    from .render.html import render_html
    from .render.json import render_json

    documents = {
        "json": render_json(result),
        "html": render_html(result),
        "graphml": graphml_text(nx.node_link_graph(result.graph, edges="edges")),
    }
    targets = [(folder / "report.json", "json"), (folder / "report.html", "html"), (folder / "sources.graphml", "graphml")]
    targets += [(path, kind) for path, kind in ((json_file, "json"), (html_file, "html"), (graphml_file, "graphml")) if path]
    for path, kind in targets:
        write_atomically(path, documents[kind])
    return [path for path, _ in targets]


def write_atomically(path: Path, text: str) -> None:
    """Readers see the old file or the new one, never half of one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as handle:
            handle.write(text)
        os.chmod(handle.name, 0o666 & ~_umask())  # temporary files are private; reports are not
        os.replace(handle.name, path)
    except OSError as exc:
        if "handle" in locals():
            Path(handle.name).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _report_name(paths: list[str]) -> str:
    """reports/<name>/: the input's name, so that runs over different inputs do not overwrite each other."""
    first = "stdin" if paths[0] == "-" else Path(paths[0].rstrip("/\\")).name or "corpus"
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", first.split("*")[0]).strip("-") or "corpus"
    return name if len(paths) == 1 else f"{name}-and-{len(paths) - 1}-more"


@contextmanager
def _failures_as_messages(stderr: Console) -> Iterator[None]:
    try:
        yield
    except CrosscheckError as exc:
        for problem in getattr(exc, "problems", ()):
            stderr.print(f"[yellow]warning:[/] {escape(str(problem))}")
        stderr.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        stderr.print("interrupted")
        raise typer.Exit(130) from None


@contextmanager
def _progress(stderr: Console, enabled: bool):
    """A spinner per stage on a terminal; nothing when piped or quiet."""
    if not enabled:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=stderr, transient=True) as bar:
        current: list[int] = []

        def on_stage(stage: str, size: int) -> None:
            if current:
                bar.update(current[0], completed=1, visible=False)
            current[:] = [bar.add_task(f"{stage} ({size:,})", total=1)]

        yield on_stage


def main() -> None:
    app()
