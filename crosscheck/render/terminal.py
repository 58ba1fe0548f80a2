"""Report -> the rich terminal report: what disagrees, who says so and on whose authority, first.

By default each section shows its top rows and says how many more there are, so the whole
report stays within about 150 lines at any corpus size and its first screen holds the disputed
figures; `full=True` (`--full`) shows every row of every section, `only=NAME` one section in full.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..figures import independent_origins, phrase, short_number
from ..records import Claim, Report
from . import views

CONFLICT_STYLE = {"contradiction": "bold red", "discrepancy": "yellow", "different-time": "cyan"}
VERDICT_STYLE = {"contradicts": "bold red", "evolves": "cyan", "time unknown": "magenta",
                 "differs in precision": "yellow", "consistent": "green"}
FOLD_ARTICLES_ABOVE = 20  # more articles than this are listed one line per outlet
CLAIM_CHARACTERS = 150  # a claim longer than this is cut at a word, and its id says where to read on

Section = Callable[[Report, "int | None"], RenderableType]  # (report, rows to show or None for all)


def render_terminal(report: Report, console: Console, only: str | None = None, full: bool = False) -> None:
    for name, (section, rows) in SECTIONS.items():
        if only == name:
            console.print(DETAILS.get(name, section)(report, None))
        elif only is None and (full or rows):
            console.print(section(report, None if full else rows))
        else:
            continue
        console.print()


# -- small pieces ------------------------------------------------------------------------------

def _names(report: Report) -> Callable[[str], str]:
    names = {s.id: s.name for s in report.sources}
    return lambda source_id: names.get(source_id, source_id)


def cut(text: str, limit: int) -> str:
    """The text on one line, cut at the last whole word within `limit` characters, with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + " …"


def _claim(claim: Claim | None, label: dict[str, str], limit: int = CLAIM_CHARACTERS) -> Text:
    """A claim's text, cut at a word, followed by the article:line that finds it."""
    if claim is None:
        return Text("")
    return Text.assemble(cut(claim.text, limit), (f"  [{label[claim.article_id]}:{claim.line}]", "dim"))


def _grid() -> Table:
    rows = Table.grid(padding=(0, 2))
    rows.add_column(no_wrap=True)
    rows.add_column(ratio=1)
    return rows


def _section(title: str, body: RenderableType, shown: int, total: int, name: str) -> RenderableType:
    parts: list[RenderableType] = [Text(title, style="bold"), body]
    if total > shown:
        parts.append(Text(f"{total - shown} more — --only {name}, or the HTML report", style="dim"))
    return Group(*parts)


def _take(items, rows: int | None):
    return items if rows is None else items[:rows]


# -- sections ----------------------------------------------------------------------------------

def summary(report: Report, rows: int | None = None) -> RenderableType:
    """The corpus in one line, the claims in another, then how many inputs could not be read."""
    s = views.summarize(report)
    languages = ", ".join(f"{lang} {n}" for lang, n in s.languages)
    span = "undated" if not s.date_span else (
        s.date_span[0] if s.date_span[0] == s.date_span[1] else f"{s.date_span[0]} – {s.date_span[1]}")
    disputed = views.disputed_figures(report)
    verdicts = Counter(q.verdict for q in disputed)
    lines = [
        Text.assemble(("crosscheck  ", "bold"), f"{views.plural(s.articles, 'article')} · "
                      f"{views.plural(s.outlets, 'outlet')} · {languages} · {span}"),
        Text(f"{views.plural(s.claims, 'claim')} · {s.shared_clusters} repeated across articles · "
             f"{s.unique_claims} in one article only · {views.plural(len(disputed), 'disputed figure')}"
             + (": " + ", ".join(f"{n} {v}" for v, n in verdicts.items()) if verdicts else "")),
    ]
    if report.problems:
        shown = report.problems if rows is None else report.problems[:3]
        lines += [Text.assemble(("warning ", "yellow"), str(p)) for p in shown]
        if len(report.problems) > len(shown):
            lines.append(Text(f"{len(report.problems) - len(shown)} more warnings — --only summary", style="dim"))
    return Group(*lines)


def figures(report: Report, rows: int | None = 8) -> RenderableType:
    """Two lines per figure question: the verdict and what is counted, then the range, how many
    estimates and origins, and the latest; at any width, since no column has to share a line."""
    disputed = views.disputed_figures(report)
    if not disputed:
        return Text("No figure is given by more than one estimate.", style="dim")
    grid = _grid()
    for question in _take(disputed, rows):
        low, high = views.value_range(question)
        latest = views.latest_estimate(question)
        figures = short_number(low) if low == high else f"{short_number(low)}–{short_number(high)}"
        details = [figures, f"{views.plural(len(question.estimates), 'estimate')}, "
                            f"{views.plural(independent_origins(question), 'origin')}"]
        if latest:
            details.append(f"latest {short_number(latest.value)} ({latest.time})")
        grid.add_row(Text(question.verdict, style=VERDICT_STYLE[question.verdict]),
                     Text.assemble(question.label, "\n", (" · ".join(details), "dim")))
    return _section("Disputed figures", grid, len(_take(disputed, rows)), len(disputed), "figures")


def figure_estimates(report: Report, rows: int | None = None) -> RenderableType:
    """Every disputed question's estimates in time order, with their source chains (`--only figures`)."""
    label = views.article_labels(report)
    return Group(figures(report, None), *(_estimates(report, q, label) for q in views.disputed_figures(report)))


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


def clusters(report: Report, rows: int | None = 5) -> RenderableType:
    """The claims most repeated, each with how many independent origins stand behind it."""
    shared = views.shared_clusters(report)
    if not shared:
        return Text("No claim is repeated across articles.", style="dim")
    label = views.article_labels(report)
    name = _names(report)
    sourcing = views.sourcing_by_cluster(report)
    claims = {c.id: c for c in report.claims}
    grid = _grid()
    for cluster in _take(shared, rows):
        grid.add_row(Text(f"{len(set(cluster.article_ids))} articles"),
                     Text.assemble(_claim(views.representative_claim(report, cluster, claims), label), "\n",
                                   _independent_origins(sourcing[cluster.id], name, label)))
    return _section("Claims repeated across articles", grid, len(_take(shared, rows)), len(shared), "clusters")


def _independent_origins(sourcing, name: Callable[[str], str], label: dict[str, str]) -> Text:
    """'3 origins: KCNA; own account: 002, 003'; one origin behind several articles is the thing to see."""
    parts = [name(o) for o in sourcing.origins]
    if sourcing.unattributed_articles:
        parts.append("own account: " + " ".join(label[a] for a in sourcing.unattributed_articles))
    style = "bold yellow" if sourcing.independent_origins == 1 else "dim"
    return Text(f"{views.plural(sourcing.independent_origins, 'independent origin')}: " + "; ".join(parts), style=style)


def origins(report: Report, rows: int | None = 5) -> RenderableType:
    """The origins that carry the most articles."""
    shares = sorted(views.origin_concentration(report), key=lambda s: (-len(s.articles), -s.claims, s.source_id))
    if not shares:
        return Text("No claim names a source.", style="dim")
    name = _names(report)
    grid = _grid()
    for share in _take(shares, rows):
        grid.add_row(Text(name(share.source_id)),
                     Text(f"{views.plural(len(share.articles), 'article')} · {views.plural(share.claims, 'claim')} · "
                          f"{share.share:.0%} of attributed claims", style="dim"))
    return _section("Origins carrying the most articles", grid, len(_take(shares, rows)), len(shares), "origins")


def conflicts(report: Report, rows: int | None = None) -> RenderableType:
    """The differing pairs of estimates, for readers who want pairs (`--only conflicts`)."""
    if not report.conflicts:
        return Text("No numeric conflicts.", style="dim")
    claims = {c.id: c for c in report.claims}
    chains = views.chains_by_claim(report)
    name = _names(report)
    label = views.article_labels(report)
    table = Table(title="Numeric conflicts", title_justify="left", title_style="bold")
    for column in ("kind", "figures", "explanation"):
        table.add_column(column, overflow="fold")
    for conflict in _take(report.conflicts, rows):
        figures = []
        for ref in conflict.quantity_refs:
            claim = claims.get(ref.claim_id)
            via = " / ".join(" via ".join(name(s) for s in reversed(chain)) for chain in chains.get(ref.claim_id, ()))
            figures.append(f"[bold]{escape(ref.text)}[/]\n  {label[claim.article_id] if claim else '?'}"
                           f":{claim.line if claim else '?'}" + (f", {escape(via)}" if via else ""))
        table.add_row(Text(conflict.kind, style=CONFLICT_STYLE.get(conflict.kind, "")), "\n".join(figures),
                      escape(views.with_labels(conflict.explanation, label)))
    return _section("", table, len(_take(report.conflicts, rows)), len(report.conflicts), "conflicts")


def sources(report: Report, rows: int | None = None) -> RenderableType:
    """Each article's sourcing chains as a tree (`--only sources`)."""
    name = _names(report)
    label = views.article_labels(report)
    tree = Tree("[bold]Sourcing chains[/] (article → source it names → … → origin)")
    by_article: dict[str, dict[tuple[str, ...], int]] = {}
    for attribution in report.attributions:
        chain = attribution.chain or ((attribution.speaker,) if attribution.speaker else ())
        if chain:
            uses = by_article.setdefault(attribution.article_id, {})
            uses[chain] = uses.get(chain, 0) + 1
    for article in _take(report.articles, rows):
        branch = tree.add(Text.assemble((label[article.id], "bold"), " ", cut(article.outlet or article.title, 60)))
        for chain, count in sorted(by_article.get(article.id, {}).items(), key=lambda kv: -kv[1]):
            node = branch
            for source_id in chain:
                node = node.add(escape(name(source_id)))
            node.label = Text.assemble(str(node.label), (f"  ×{count}", "dim"))
        if article.id not in by_article:
            branch.add("[dim]no attributed claims[/]")
    return _section("", tree, len(_take(report.articles, rows)), len(report.articles), "sources")


def unique(report: Report, rows: int | None = 5) -> RenderableType:
    """Claims no other article repeats, those with figures or sources first: the ones to check."""
    worth = views.claims_worth_verifying(report)
    if not worth:
        return Text("Every claim is repeated by another article.", style="dim")
    label = views.article_labels(report)
    grid = Table.grid()
    grid.add_column(ratio=1)
    for claim in _take(worth, rows):
        grid.add_row(_claim(claim, label))
    return _section("Claims in one article only, figures and sources first", grid, len(_take(worth, rows)),
                    len(worth), "unique")


def articles(report: Report, rows: int | None = FOLD_ARTICLES_ABOVE) -> RenderableType:
    """One line per article; above FOLD_ARTICLES_ABOVE articles (and unless shown in full) one per outlet."""
    counts = Counter(claim.article_id for claim in report.claims)
    if rows is not None and len(report.articles) > rows:
        return _outlets(report, counts, rows)
    label = views.article_labels(report)
    table = Table(title="Articles", title_justify="left", title_style="bold")
    for column in ("id", "title", "outlet", "date", "lang", "claims"):
        table.add_column(column, overflow="fold")
    table.columns[-1].justify = "right"
    for a in report.articles:
        table.add_row(label[a.id], Text(cut(a.title, 80)), Text(a.outlet or "–"), a.date or "–", a.language,
                      str(counts.get(a.id, 0)))
    return table


def _outlets(report: Report, counts: Counter, rows: int) -> RenderableType:
    by_outlet: dict[str, list] = defaultdict(list)
    for article in report.articles:
        by_outlet[article.outlet or "no outlet named"].append(article)
    ranked = sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    grid = _grid()
    for outlet, articles in ranked[:rows]:
        dates = sorted(a.date for a in articles if a.date)
        languages = Counter(a.language for a in articles).most_common()
        span = (dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}") if dates else "undated"
        grid.add_row(Text(outlet), Text(f"{views.plural(len(articles), 'article')} · "
                                        + ", ".join(f"{lang} {n}" for lang, n in languages)
                                        + f" · {span} · {views.plural(sum(counts[a.id] for a in articles), 'claim')}",
                                        style="dim"))
    return _section(f"Articles by outlet ({len(report.articles)} articles)", grid, min(rows, len(ranked)),
                    len(ranked), "articles")


# Findings first; the articles, which a reader knows already, last. The number is the rows a section
# shows by default; 0 keeps it out of the default report (`--only NAME` or `--full` shows it).
SECTIONS: dict[str, tuple[Section, int]] = {
    "summary": (summary, 3),
    "figures": (figures, 8),
    "clusters": (clusters, 5),
    "origins": (origins, 5),
    "unique": (unique, 5),
    "conflicts": (conflicts, 0),
    "sources": (sources, 0),
    "articles": (articles, FOLD_ARTICLES_ABOVE),
}
# What `--only SECTION` shows instead of the section in full, where there is more to show.
DETAILS: dict[str, Section] = {"figures": figure_estimates}
