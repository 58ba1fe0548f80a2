"""Report -> the rich terminal report, section by section."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..figures import number, phrase
from ..records import Report
from . import views

CONFLICT_STYLE = {"contradiction": "bold red", "discrepancy": "yellow", "different-time": "cyan"}
VERDICT_STYLE = {"contradicts": "bold red", "evolves": "cyan", "time unknown": "magenta",
                 "differs in precision": "yellow", "consistent": "green"}
MAX_ROWS = 15  # per table; the JSON and HTML reports hold everything


def render_terminal(report: Report, console: Console, only: str | None = None) -> None:
    for name, section in SECTIONS.items():
        if only is None or only == name:
            console.print((DETAILS.get(name, section) if only else section)(report))
            console.print()


def _names(report: Report) -> Callable[[str], str]:
    names = {s.id: s.name for s in report.sources}
    return lambda source_id: names.get(source_id, source_id)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _table(title: str, *columns: str, caption: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", caption=caption,
                  caption_justify="left", expand=False, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _more(shown: int, total: int) -> str | None:
    return f"{total - shown} more in the JSON and HTML reports" if total > shown else None


def summary(report: Report) -> RenderableType:
    s = views.summarize(report)
    languages = ", ".join(f"{lang} {n}" for lang, n in s.languages)
    dated = sum(1 for a in report.articles if a.date)
    span = "none given" if not s.date_span else (
        s.date_span[0] if s.date_span[0] == s.date_span[1] else f"{s.date_span[0]} – {s.date_span[1]}")
    span += f" ({dated} of {s.articles} articles dated)"
    conflicts = views.conflict_counts(s)
    lines = [
        f"[bold]{views.plural(s.articles, 'article')}[/] from {views.plural(s.outlets, 'named outlet')} · "
        f"languages: {languages} · dates: {span}",
        f"[bold]{views.plural(s.claims, 'claim')}[/] · [bold]{s.shared_clusters}[/] repeated across articles · "
        f"[bold]{s.unique_claims}[/] in one article only",
        f"numeric conflicts: {conflicts}",
    ]
    lines += [f"[yellow]warning[/] {escape(str(p))}" for p in report.problems]
    return Panel("\n".join(lines), title="crosscheck", title_align="left", expand=False)


def articles(report: Report) -> RenderableType:
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.article_id] = counts.get(claim.article_id, 0) + 1
    label = views.article_labels(report)
    table = _table("Articles", "id", "title", "outlet", "date", "lang", "claims")
    table.columns[-1].justify = "right"
    for a in report.articles:
        table.add_row(label[a.id], Text(_short(a.title, 80)), Text(a.outlet or "–"), a.date or "–", a.language,
                      str(counts.get(a.id, 0)))
    return table


def clusters(report: Report) -> RenderableType:
    shared = views.shared_clusters(report)
    sources_of = views.cluster_sources(report)
    label = views.article_labels(report)
    name = _names(report)
    table = _table("Claims repeated across articles", "claim", "articles", "sources", "independent origins",
                   caption=_more(min(len(shared), MAX_ROWS), len(shared)))
    # rich narrows the widest column first; shares keep the claim's text the widest at any width
    table.expand = True
    for column, share in zip(table.columns, (5, None, 2, 2)):
        column.ratio = share
    sourcing = views.sourcing_by_cluster(report)
    for cluster in shared[:MAX_ROWS]:
        claim = views.representative_claim(report, cluster)
        table.add_row(
            Text(_short(claim.text if claim else "", 110)),
            " ".join(sorted({label[a] for a in cluster.article_ids})),
            Text(", ".join(name(s) for s in sources_of.get(cluster.id, ())) or "–"),
            _independent_origins(sourcing[cluster.id], name, label),
        )
    if not shared:
        return Text("No claim is repeated across articles.", style="dim")
    return table


def _independent_origins(sourcing, name: Callable[[str], str], label: dict[str, str]) -> Text:
    """'3: KCNA; own account: 002, 003'; a single origin behind several articles is the thing to see."""
    parts = [name(o) for o in sourcing.origins]
    if sourcing.unattributed_articles:
        parts.append("own account: " + " ".join(label[a] for a in sourcing.unattributed_articles))
    style = "bold yellow" if sourcing.independent_origins == 1 else ""
    return Text(f"{sourcing.independent_origins}: " + "; ".join(parts), style=style)


def figures(report: Report) -> RenderableType:
    """Two lines per figure question: the verdict and what is counted, then the range, how many
    estimates and origins, and the latest; at any width, since no column has to share a line."""
    disputed = views.disputed_figures(report)
    if not disputed:
        return Text("No figure is given by more than one estimate.", style="dim")
    rows = Table.grid(padding=(0, 2))
    rows.add_column(no_wrap=True)
    rows.add_column(ratio=1)
    for question in disputed[:MAX_ROWS]:
        low, high = views.value_range(question)
        latest = views.latest_estimate(question)
        figures = _short_number(low) if low == high else f"{_short_number(low)}–{_short_number(high)}"
        details = [figures, f"{views.plural(len(question.estimates), 'estimate')}, "
                            f"{views.plural(views.independent_origins(question), 'origin')}"]
        if latest:
            details.append(f"latest {_short_number(latest.value)} ({latest.time})")
        rows.add_row(Text(question.verdict, style=VERDICT_STYLE[question.verdict]),
                     Text.assemble(question.label, "\n", (" · ".join(details), "dim")))
    more = [Text(f"{len(disputed) - MAX_ROWS} more: --only figures, or the HTML report", style="dim")]
    return Group(Text("Disputed figures", style="bold"), rows, *(more if len(disputed) > MAX_ROWS else ()))


def _short_number(value: float) -> str:
    """'11,000', '1.2m', '30bn': a figure that fits a narrow column."""
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return number(value)


def figure_estimates(report: Report) -> RenderableType:
    """Every disputed question's estimates in time order, with their source chains (`--only figures`)."""
    label = views.article_labels(report)
    return Group(figures(report), *(_estimates(report, q, label) for q in views.disputed_figures(report)))


def _estimates(report: Report, question, label: dict[str, str]) -> RenderableType:
    """A question's estimates in time order with their source chains, under its verdict's reason."""
    name = _names(report)
    tree = Tree(Text.assemble((question.label, "bold"), " — ", (question.verdict, VERDICT_STYLE[question.verdict]),
                              ": ", views.with_labels(question.reason, label)))
    for e in question.estimates:
        chain = " ← ".join(name(s) for s in e.chain) if e.chain else "own account"
        articles = " ".join(label[a] for a in e.article_ids)
        tree.add(Text.assemble((f"{e.time or 'undated':<10} ", "dim"), (phrase(e), "bold"), f"  {e.status}  ",
                               chain, (f"  [{articles}]", "dim")))
    return tree


def conflicts(report: Report) -> RenderableType:
    if not report.conflicts:
        return Text("No numeric conflicts.", style="dim")
    claims = {c.id: c for c in report.claims}
    quantities = {(q.claim_id, q.value): q for q in report.quantities}
    chains = views.chains_by_claim(report)
    name = _names(report)
    label = views.article_labels(report)
    table = _table("Numeric conflicts", "kind", "figures", "explanation")
    for conflict in report.conflicts:
        figures = []
        for ref in conflict.quantity_refs:
            claim = claims.get(ref.claim_id)
            quantity = quantities.get((ref.claim_id, ref.value))
            via = " / ".join(" via ".join(name(s) for s in reversed(chain)) for chain in chains.get(ref.claim_id, ()))
            qualifier = f" ({quantity.qualifier})" if quantity and quantity.qualifier != "exact" else ""
            figures.append(f"[bold]{escape(ref.text)}[/]{qualifier}\n  {label[claim.article_id] if claim else '?'}"
                           f":{claim.line if claim else '?'}" + (f", {escape(via)}" if via else ""))
        table.add_row(Text(conflict.kind, style=CONFLICT_STYLE.get(conflict.kind, "")), "\n".join(figures),
                      escape(views.with_labels(conflict.explanation, label)))
    return table


def sources(report: Report) -> RenderableType:
    name = _names(report)
    label = views.article_labels(report)
    tree = Tree("[bold]Sourcing chains[/] (article → source it names → … → origin)")
    by_article: dict[str, dict[tuple[str, ...], int]] = {}
    for attribution in report.attributions:
        chain = attribution.chain or ((attribution.speaker,) if attribution.speaker else ())
        if chain:
            uses = by_article.setdefault(attribution.article_id, {})
            uses[chain] = uses.get(chain, 0) + 1
    for article in report.articles:
        branch = tree.add(Text.assemble((label[article.id], "bold"), " ", _short(article.outlet or article.title, 60)))
        for chain, count in sorted(by_article.get(article.id, {}).items(), key=lambda kv: -kv[1]):
            node = branch
            for source_id in chain:
                node = node.add(escape(name(source_id)))
            node.label = Text.assemble(str(node.label), (f"  ×{count}", "dim"))
        if article.id not in by_article:
            branch.add("[dim]no attributed claims[/]")
    concentration = _table("Origin concentration", "origin", "claims", "share", "articles")
    for share in views.origin_concentration(report)[:MAX_ROWS]:
        concentration.add_row(Text(name(share.source_id)), str(share.claims), f"{share.share:.0%}",
                              " ".join(label[a] for a in share.articles))
    return Group(tree, Text(), concentration)


def unique(report: Report) -> RenderableType:
    worth = views.claims_worth_verifying(report)
    label = views.article_labels(report)
    table = _table(f"Claims in one article only ({len(worth)}), figures and attributions first",
                   "article:line", "claim", caption=_more(min(len(worth), MAX_ROWS), len(worth)))
    for claim in worth[:MAX_ROWS]:
        table.add_row(f"{label[claim.article_id]}:{claim.line}", Text(_short(claim.text, 110)))
    return table


# Findings first; the articles, which a reader knows already, last.
SECTIONS: dict[str, Callable[[Report], RenderableType]] = {
    "summary": summary,
    "figures": figures,
    "clusters": clusters,
    "conflicts": conflicts,
    "sources": sources,
    "unique": unique,
    "articles": articles,
}
# What `--only SECTION` shows instead of the section's summary, where there is more to show.
DETAILS: dict[str, Callable[[Report], RenderableType]] = {"figures": figure_estimates}
