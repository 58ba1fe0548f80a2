"""The command line: parses, calls the pipeline, renders. The one place that prints and exits."""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
import warnings
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .errors import CrosscheckError, CrosscheckWarning, ExitCode, OutputError
from .records import Options, Report

def _plain_argument_help() -> None:
    """typer prints an argument's Python type after its name ("PATH... <list[str]>") and braces around
    it in the usage line; an argument with a metavar shows just that, as options do."""
    from typer.core import TyperArgument

    original_usage = TyperArgument._usage_display_name
    original_type = TyperArgument.display_type_rich
    TyperArgument._usage_display_name = lambda self: self.metavar or original_usage(self)
    TyperArgument.display_type_rich = lambda self, ctx: None if self.metavar else original_type(self, ctx)


_plain_argument_help()

app = typer.Typer(
    help="Cross-check claims, trace sources and flag conflicting figures across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: no "<bool>" after flags, metavars as written below
)


class Section(str, Enum):
    summary = "summary"
    figures = "figures"
    clusters = "clusters"
    origins = "origins"
    unique = "unique"
    conflicts = "conflicts"
    sources = "sources"
    articles = "articles"


class FailOn(str, Enum):
    contradiction = "contradiction"
    discrepancy = "discrepancy"


MAX_REPORT_NAME = 80  # characters of an input's name in reports/<name>/: a folder name has at most 255 bytes

# The stages pipeline.analyze reports (reading, sources, embedding, grouping, figures): the bar's length.
EXPECTED_STAGES = 5

# --fail-on discrepancy also fails on the severer kind.
FAILING_KINDS = {FailOn.contradiction: {"contradiction"}, FailOn.discrepancy: {"contradiction", "discrepancy"}}


@app.command()
def report(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Article files, folders (searched recursively), globs, or - for stdin.")],
    out: Annotated[Optional[Path], typer.Option(metavar="DIR", help="Folder for report.json, report.html and sources.graphml [default: reports/<name>/].")] = None,
    json_file: Annotated[Optional[Path], typer.Option("--json", metavar="FILE", help="Also write the JSON report to this file.")] = None,
    html_file: Annotated[Optional[Path], typer.Option("--html", metavar="FILE", help="Also write the HTML report to this file.")] = None,
    graphml_file: Annotated[Optional[Path], typer.Option("--graphml", metavar="FILE", help="Also write the sourcing graph (GraphML, for Gephi) to this file.")] = None,
    only: Annotated[Optional[Section], typer.Option(metavar="SECTION", help="Print one section of the terminal report, in full: summary, figures, clusters, origins, unique, conflicts, sources or articles.")] = None,
    full: Annotated[bool, typer.Option("--full", help="Print every row of every section (default: the top rows, about 150 lines).")] = False,
    model: Annotated[Optional[str], typer.Option(metavar="NAME", help="Embedding model: a name from `crosscheck models`, a sentence-transformers hub name or a local folder.")] = None,
    threshold: Annotated[Optional[float], typer.Option(metavar="P", min=0.0, max=1.0, help="Same-claim probability a pair of claims must reach (the judge, crosscheck/judge.py), 0-1 [default: the model's calibrated one, see `crosscheck models`].")] = None,
    sources: Annotated[Optional[Path], typer.Option(metavar="FILE", help="A TOML file of extra sources, merged into the built-in gazetteer.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(metavar="KIND", help="Exit 1 when conflicts of this kind (contradiction, or discrepancy and severer) exist.")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours or styles, even on a terminal.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display and no warnings on stderr.")] = False,
    since: Annotated[Optional[str], typer.Option(metavar="DATE", help="With a story store: also show what changed since this date (YYYY-MM-DD or an ISO time, UTC).")] = None,
    max_article_chars: Annotated[int, typer.Option(metavar="N", min=1, help="Skip, with a warning, an article longer than this many characters.")] = Options().max_article_chars,
    article_seconds: Annotated[float, typer.Option(metavar="SECONDS", min=0.1, help="Skip, with a warning, an article whose sentences take longer than this to find.")] = Options().article_seconds,
    scheduler: Annotated[Optional[str], typer.Option(metavar="ADDRESS", help="Run the per-article stages on this Dask scheduler (tcp://host:8786); needs the optional dask extra.")] = None,
    workers: Annotated[Optional[int], typer.Option(metavar="N", min=1, help="Run the per-article stages on a local Dask cluster of this many worker processes; needs the optional dask extra.")] = None,
) -> None:
    """Cross-check a set of articles about one story and write the reports."""
    stdout = Console(no_color=no_color, highlight=False, emoji=False, **({"color_system": None} if no_color else {}))
    stderr = Console(stderr=True, no_color=no_color, highlight=False)
    options = Options(model=model, threshold=threshold, sources_file=str(sources) if sources else None,
                      max_article_chars=max_article_chars, article_seconds=article_seconds,
                      scheduler=scheduler, workers=workers)
    with _failures_as_messages(stderr):
        from .pipeline import analyze  # imported here so that --help stays instant

        folder = out or Path("reports") / _report_name(paths)
        for target in (folder, json_file, html_file, graphml_file):  # before the work, not after it
            if target is not None:
                check_writable(target, folder=target is folder)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CrosscheckWarning)
            with _progress(stderr, enabled=not quiet and stderr.is_terminal) as progress:
                stored = _from_store(paths, options, since)
                result = stored[0] if stored else analyze(paths, options, stdin=sys.stdin, progress=progress)
        if not quiet:
            for problem in result.problems:
                _warn(stderr, str(problem))
            for warning in caught:
                if issubclass(warning.category, CrosscheckWarning):
                    _warn(stderr, str(warning.message))
        written = _write_outputs(result, folder, json_file, html_file, graphml_file)

        from .render.terminal import render_terminal

        render_terminal(result, stdout, only=only.value if only else None, full=full)
        if stored and stored[1]:
            _print_changes(stdout, stored[1])
        if not quiet:
            stderr.print(escape(printable("wrote " + ", ".join(str(p) for p in written))), soft_wrap=True)
        if fail_on and any(c.kind in FAILING_KINDS[fail_on] for c in result.conflicts):
            raise typer.Exit(ExitCode.CONFLICTS_FOUND)


@app.command()
def models() -> None:
    """List the embedding models crosscheck knows, with their calibrated thresholds."""
    from .embed import DEFAULT_MODEL, find_model, known_models

    from rich.table import Table

    console = Console(highlight=False)
    with _failures_as_messages(Console(stderr=True)):
        table = Table("name", "backend", "weights from", "dimension", "threshold", box=None, pad_edge=False)
        table.columns[1].no_wrap = True
        table.columns[2].overflow = "fold"
        for name in known_models():
            spec = find_model(name)
            table.add_row(name + (" (default)" if name == DEFAULT_MODEL else ""), spec.backend,
                          f"package {spec.package}" if spec.package else spec.model,
                          str(spec.dimension or "–"), f"{spec.threshold:g}")
        console.print(table)


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


def _warn(stderr: Console, message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {escape(printable(message))}", soft_wrap=True)  # one line each


def printable(text: str) -> str:
    """Text with control characters (terminal escape sequences) shown as spaces: it names user files."""
    from .ingest import CONTROLS

    return text.translate(CONTROLS)


def check_writable(path: Path, *, folder: bool = False) -> None:
    """Refuse, before any work, a report path that can only fail: a file where a folder must be, or the reverse."""
    try:
        target = Path(os.path.realpath(path))
        if folder and target.exists() and not target.is_dir():
            raise OutputError(f"--out {path}: a file is there, not a folder")
        if not folder and target.is_dir():
            raise OutputError(f"cannot write {path}: it is a folder")
        for parent in (target if folder else target.parent, *(target if folder else target.parent).parents):
            if parent.exists():
                if not parent.is_dir():
                    raise OutputError(f"cannot write {path}: {parent} is a file, where a folder is needed")
                break
    except OSError as exc:  # a name too long for the system, a loop of links
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_atomically(path: Path, text: str) -> None:
    """Readers see the old file or the new one, never half of one. A link is written through, not replaced."""
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as handle:
            handle.write(text)
        # temporary files are private; reports are not, and a file replaced keeps its permissions
        os.chmod(handle.name, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask())
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
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", first.split("*")[0]).strip("-")[:MAX_REPORT_NAME] or "corpus"
    return name if len(paths) == 1 else f"{name}-and-{len(paths) - 1}-more"


@contextmanager
def _failures_as_messages(stderr: Console) -> Iterator[None]:
    try:
        yield
    except CrosscheckError as exc:
        for problem in getattr(exc, "problems", ()):
            _warn(stderr, str(problem))
        stderr.print(f"[red]error:[/] {escape(printable(str(exc)))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        stderr.print("interrupted")
        raise typer.Exit(130) from None


@contextmanager
def _progress(stderr: Console, enabled: bool):
    """A bar over the pipeline's stages on a terminal, naming the current one; nothing when piped or quiet."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as bar:
        task = bar.add_task("starting", total=EXPECTED_STAGES)
        seen: list[str] = []

        def on_stage(stage: str, size: int) -> None:
            seen.append(stage)
            total = max(EXPECTED_STAGES, len(seen))  # a pipeline with more stages only lengthens the bar
            bar.update(task, description=f"{stage} ({size:,})", completed=len(seen) - 1, total=total)

        yield on_stage


# --------------------------------------------------------------------------- the story store


def _from_store(paths: list[str], options: Options, since: str | None):
    """(report, changes since or None) when `report` is given one story store; None for article inputs."""
    from .store import changes_since, is_store_path, load_report

    if len(paths) != 1 or not is_store_path(paths[0]):
        if since:
            raise CrosscheckError("--since needs a story store (a .ccstore file) as the only input")
        return None
    if options.model or options.sources_file:
        raise CrosscheckError("a story store keeps the model and sources of its first add; "
                              "give --model and --sources to `crosscheck add`")
    if since:
        return changes_since(paths[0], since, options.threshold)
    return load_report(paths[0], options.threshold), None


def _print_changes(console: Console, changes) -> None:
    from .render.terminal import cut

    console.print(f"\n[bold]Since {changes.since[:16].replace('T', ' ')} UTC[/]: "
                  f"{len(changes.articles)} articles added or changed, {len(changes.claims)} new claims, "
                  f"{len(changes.sources)} new sources, {len(changes.figures)} figure questions moved", soft_wrap=True)
    for claim in changes.claims[:20]:
        console.print(f"  new claim  {escape(claim.article_id)}:{claim.line}  {escape(cut(claim.text, 100))}", soft_wrap=True)
    if len(changes.claims) > 20:
        console.print(f"  ... {len(changes.claims) - 20} more new claims")
    for source in changes.sources:
        console.print(f"  new source {escape(source.name)} ({source.kind})", soft_wrap=True)
    for label, before, now in changes.figures:
        console.print(f"  figure     {escape(label)}: " + (f"new, {now}" if before is None else f"{before} -> {now}"), soft_wrap=True)


@app.command()
def add(
    store: Annotated[Path, typer.Argument(metavar="STORE", help="The story store (a file, e.g. story.ccstore); created when missing.")],
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Article files, folders, globs, or - for stdin (as for `report`).")],
    model: Annotated[Optional[str], typer.Option(metavar="NAME", help="Embedding model of a new store [default: use-m3]; a store keeps the model of its first add.")] = None,
    threshold: Annotated[Optional[float], typer.Option(metavar="P", min=0.0, max=1.0, help="Same-claim probability (0-1) the store groups with from now on [default: the model's].")] = None,
    sources: Annotated[Optional[Path], typer.Option(metavar="FILE", help="A TOML file of extra sources, merged into the built-in gazetteer.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Add articles to a story store: new ones are read and embedded, changed ones replaced, known ones skipped."""
    stderr = Console(stderr=True, highlight=False)
    out = Console(highlight=False, quiet=quiet, soft_wrap=True)
    options = Options(model=model, threshold=threshold, sources_file=str(sources) if sources else None)
    with _failures_as_messages(stderr):
        from .store import add as add_articles

        with _progress(stderr, enabled=not quiet and stderr.is_terminal) as progress:
            result = add_articles(store, paths, options, stdin=sys.stdin, progress=progress)
        if not quiet:
            for problem in result.problems:
                stderr.print(f"[yellow]warning:[/] {escape(str(problem))}")
        for article_id in result.replaced:
            out.print(f"replaced {escape(article_id)}: its text changed, its claims were read again")
        out.print(f"{escape(str(store))}: {len(result.added)} added, {len(result.replaced)} replaced, "
                  f"{len(result.unchanged)} unchanged; {result.claims_embedded} claims embedded, "
                  f"{result.claims_total} claims stored")


@app.command()
def check(
    store: Annotated[Path, typer.Argument(metavar="STORE", help="The story store.")],
    claim: Annotated[Optional[str], typer.Argument(metavar="[CLAIM]", help="The claim to look up, or - to read it from stdin.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", metavar="FILE", help="Read the claim from this file.")] = None,
    json_output: Annotated[bool, typer.Option("--json", metavar="FILE", help="Print the result as JSON (for pipelines).")] = False,
    date: Annotated[Optional[str], typer.Option(metavar="DATE", help="When the claim's figures hold (YYYY[-MM[-DD]]) [default: the newest date among its matches].")] = None,
    threshold: Annotated[Optional[float], typer.Option(metavar="P", min=0.0, max=1.0, help="Same-claim probability (0-1) a match must reach [default: the store's].")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours or styles, even on a terminal.")] = False,
) -> None:
    """Look a claim up in a story store: who else says it, citing whom, and whether its figures agree. Exit 3: nothing close enough."""
    import json

    stdout = Console(no_color=no_color, highlight=False, emoji=False, soft_wrap=True,
                     **({"color_system": None} if no_color else {}))
    stderr = Console(stderr=True, no_color=no_color, highlight=False)
    with _failures_as_messages(stderr):
        from .ingest import normalise_date
        from .store import check as look_up, check_to_dict

        if (claim is None) == (file is None):
            raise CrosscheckError("give the claim as an argument (or - for stdin), or --file FILE")
        if file is not None:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CrosscheckError(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from None
        else:
            text = sys.stdin.read() if claim == "-" else claim
        when = normalise_date(date) if date else None
        if date and not when:
            raise CrosscheckError(f"--date {date!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
        result = look_up(store, text, Options(threshold=threshold), date=when)
        if json_output:
            stdout.out(json.dumps(check_to_dict(result), ensure_ascii=False, indent=2), highlight=False)
        else:
            _print_check(stdout, result)
        if not result.clusters:
            raise typer.Exit(ExitCode.NOT_FOUND)


CHECK_ROWS = 10  # claims shown per matched cluster; the closest first


def _print_check(console: Console, result) -> None:
    from .render.terminal import cut

    if not result.clusters:
        console.print(f"nothing in the store says this (closest similarity {result.nearest:.2f})")
        return
    names = {s.id: s.name for s in result.sources}
    for match in result.clusters:
        origins = ", ".join(names.get(o, o) for o in match.origins) or "none named"
        console.print(f"[bold]{escape(match.cluster_id)}[/]: {len(match.claims)} claims in "
                      f"{len({c.article.id for c in match.claims})} articles; origins: {escape(origins)} "
                      f"({match.independent_origins} independent)")
        for c in match.claims[:CHECK_ROWS]:
            where = f"{c.article.outlet or c.article.title or c.article.id}, {c.article.date or 'undated'}"
            chains = "; ".join(" <- ".join(names.get(s, s) for s in chain) for chain in c.chains)
            console.print(f"  {c.similarity:.2f} {'*' if c.matched else ' '} {escape(cut(c.claim.text, 110))}")
            console.print(f"         {escape(where)} ({escape(c.article.path)}:{c.claim.line})"
                          + (f", via {escape(chains)}" if chains else ""))
        if len(match.claims) > CHECK_ROWS:
            console.print(f"  ... {len(match.claims) - CHECK_ROWS} more claims (--json lists them all)")
    for f in result.figures:
        console.print(f"figure [bold]{escape(f.text)}[/] ({escape(f.question)}): {f.verdict}. {escape(f.reason)}")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    graphml = "graphml"


@app.command()
def export(
    store: Annotated[Path, typer.Argument(metavar="STORE", help="The story store.")],
    format: Annotated[ExportFormat, typer.Option("--format", metavar="FORMAT", help="jsonl: one record a line (articles, claims, clusters, sources, attributions, quantities, figures, conflicts); graphml: the sourcing graph.")] = ExportFormat.jsonl,
    out: Annotated[Optional[Path], typer.Option(metavar="FILE", help="Write to this file instead of stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out when it exists.")] = False,
) -> None:
    """Export a story store for other tools."""
    stderr = Console(stderr=True, highlight=False)
    with _failures_as_messages(stderr):
        from .store import export_graphml, export_jsonl, open_for_reading

        if out is not None and out.exists() and not force:
            raise OutputError(f"{out} exists; give --force to overwrite it")
        with open_for_reading(store):
            pass  # a missing or foreign store is reported before anything is written
        text = export_graphml(store) if format is ExportFormat.graphml else "".join(
            line + "\n" for line in export_jsonl(store))
        if out is None:
            sys.stdout.write(text)
        else:
            write_atomically(out, text)


def main() -> None:
    app()
