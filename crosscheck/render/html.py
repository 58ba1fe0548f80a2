"""The report as one self-contained HTML page: no scripts, no network, every article string escaped."""

from __future__ import annotations

from functools import lru_cache

from crosscheck.figures import origin_key, phrase
from crosscheck.records import Article, Claim, Cluster, Conflict, Estimate, FigureQuestion, Quantity, QuantityRef, Report, Source
from crosscheck.render import views
from crosscheck.render.svg import escape, graph_svg
from crosscheck.render.timeline import estimate_tooltip, origin_colours, timeline_svg

WORTH_VERIFYING_SHOWN = 40
CHAINS_SHOWN = 30
FOLD_GRAPH_ABOVE = 30  # articles; beyond this the graph shows one box per outlet
ROWS_OPEN = 10  # rows of a long table shown before the rest folds away

# The page runs no script at all; the policy makes sure injected markup could not either.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CSS = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de;
  --card: #f6f8fa; --link: #0969da; --mark: #fff8c5; --target: #ddf4ff;
  --contradiction: #cf222e; --contradiction-bg: #ffebe9; --discrepancy: #9a6700; --discrepancy-bg: #fff8c5;
  --different-time: #0969da; --different-time-bg: #ddf4ff; --bar: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --card: #161b22; --link: #4493f8;
    --mark: #4d3b00; --target: #0c2d6b; --contradiction: #f85149; --contradiction-bg: #3d1214;
    --discrepancy: #d29922; --discrepancy-bg: #3b2e00; --different-time: #4493f8; --different-time-bg: #0c2d6b;
    --bar: #4493f8; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; } h2 { font-size: 1.25rem; margin-top: 2.5rem;
  border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; } h3 { font-size: 1.05rem; margin-bottom: 0.25rem; }
a { color: var(--link); } nav a { margin-right: 1rem; white-space: nowrap; }
.muted, .meta { color: var(--muted); } .meta { font-size: 0.9rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 0.6rem; margin: 0; }
.stats div { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; }
.stats dt { color: var(--muted); font-size: 0.85rem; } .stats dd { margin: 0; font-size: 1.2rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; } .scroll { overflow-x: auto; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
.ref { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.85rem; white-space: nowrap; }
.refs .ref { display: inline-block; margin-right: 0.6rem; }
.warn { color: var(--contradiction); font-weight: 600; }
.conflict { --kind: var(--muted); --kind-bg: var(--card); border: 1px solid var(--line);
  border-left: 6px solid var(--kind); background: var(--kind-bg);
  border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.kind-contradiction { --kind: var(--contradiction); --kind-bg: var(--contradiction-bg); }
.kind-discrepancy { --kind: var(--discrepancy); --kind-bg: var(--discrepancy-bg); }
.kind-different-time { --kind: var(--different-time); --kind-bg: var(--different-time-bg); }
.badge { display: inline-block; border: 1px solid var(--kind, var(--line)); color: var(--kind, var(--fg));
  border-radius: 999px; padding: 0 0.55rem; font-size: 0.8rem; font-weight: 600; margin-right: 0.4rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 0.75rem; margin: 0.6rem 0; }
.figure { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.75rem; }
.figure .value { font-size: 1.35rem; font-weight: 700; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
.graph { overflow: auto; max-height: 85vh; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; }
.graph svg { display: block; }
.bar { background: var(--line); border-radius: 3px; height: 0.7rem; min-width: 120px; }
.bar span { display: block; background: var(--bar); height: 100%; border-radius: 3px; }
.tag { display: inline-block; font-size: 0.8rem; color: var(--muted); border: 1px solid var(--line);
  border-radius: 4px; padding: 0 0.35rem; margin-left: 0.35rem; white-space: nowrap; }
ol.claims li > span, td { min-width: 0; overflow-wrap: anywhere; }
article.source-text { border-top: 1px solid var(--line); margin-top: 1.5rem; }
ol.claims { padding-left: 0; list-style: none; }
ol.claims li { display: grid; grid-template-columns: 4.5rem 1fr; gap: 0.5rem; padding: 0.3rem 0.5rem; border-radius: 4px; }
.question { --kind: var(--muted); border: 1px solid var(--line); border-left: 6px solid var(--kind);
  border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.verdict-contradicts { --kind: var(--contradiction); } .verdict-evolves { --kind: var(--different-time); }
.verdict-time-unknown { --kind: #8250df; } .verdict-differs-in-precision { --kind: var(--discrepancy); }
.verdict-consistent { --kind: #1a7f37; }
.timeline { max-width: 720px; display: block; margin: 0.5rem 0; }
.timeline .tick { font-size: 11px; fill: var(--muted); } .timeline .grid { stroke: var(--line); stroke-width: 0.5; }
@media (max-width: 600px) { .timeline .tick { font-size: 22px; } }
.stats dd.text { font-size: 0.95rem; font-weight: 500; }
.timeline .axis { stroke: var(--muted); } .timeline .strip { fill: var(--card); stroke: var(--line); }
ul.legend { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem;
  font-size: 0.85rem; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; margin-right: 0.3rem;
  vertical-align: -0.1rem; }
section > details > summary { cursor: pointer; list-style-position: outside; }
section > details > summary h2 { display: inline; border: none; }
section > details > summary { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; }
.glossary dt { font-weight: 600; margin-top: 0.6rem; } .glossary dd { margin-left: 1rem; }
ol.claims li:target, tr:target, .conflict:target, .question:target { background: var(--target); outline: 2px solid var(--link); }
"""


OPEN_SECTIONS = {"summary", "figures", "repeated", "conflicts", "graph", "origins"}

# Every term the page uses, in the words a reader needs; kept next to the page that uses them.
GLOSSARY = """<dl class="glossary">
<dt>claim</dt><dd>One sentence of an article, with the line it stands on.</dd>
<dt>repeated claim</dt><dd>Claims of several articles that say the same thing, in any language.</dd>
<dt>same-claim score</dt><dd>The probability, by a small learned judge, that two claims state the same thing;
hover a repeated claim's line number to see the score that admitted it to its group.</dd>
<dt>source, relay, origin</dt><dd>A source is whoever an article names for a claim ("according to Reuters").
A relay passes on what another source said ("AP, citing the ministry": AP relays the ministry); the origin
is where a chain of relays ends.</dd>
<dt>independent origins</dt><dd>How many different origins stand behind a claim or a figure: five articles that
all relay one agency count once. An article that names no source speaks on its own account and counts once.</dd>
<dt><i>italic</i> source</dt><dd>Named in the article but not in the gazetteer: found from the sentence,
so check the name.</dd>
<dt>figure question</dt><dd>What is counted, about what: "people killed in the flood". Its estimates are
the figures the articles give for it.</dd>
<dt>estimate</dt><dd>One origin's figure at one time; articles repeating it add to it, not to the count of
estimates. Its status is <em>current</em> (a count of what is), <em>cumulative</em> (a total so far),
<em>planned</em> (a plan, a promise or a forecast), <em>additional</em> ("another 2,000") or <em>part</em>
(part of a total given beside it).</dd>
<dt>contradicts</dt><dd>Two origins (or two relays of one statement) give ranges that do not overlap for the
same time: at most a day apart for day-dated articles, the same month otherwise.</dd>
<dt>evolves</dt><dd>The figures differ only between different times: a toll that grows, a count revised.</dd>
<dt>time unknown</dt><dd>The figures do not overlap, but one carries no date, so it cannot be placed.</dd>
<dt>differs in precision</dt><dd>The ranges overlap ("about 11,000" and "more than 10,000"): not a contradiction.</dd>
<dt>consistent</dt><dd>The estimates agree, or there is only one.</dd>
<dt>conflicting pair (contradiction, discrepancy, different-time)</dt><dd>Two estimates of one question side by side:
a <em>contradiction</em> as above; a <em>discrepancy</em> when they overlap at one time; <em>different-time</em>
when they differ between times or one is undated. The pairs are derived from the questions.</dd>
<dt>range, open end</dt><dd>"About 11,000" is read as 10,450–11,550; "more than 10,000" has no upper end
(an arrow in the timeline).</dd>
</dl>"""


def render_html(report: Report) -> str:
    """The whole report as one HTML document that needs nothing outside itself."""
    page = _Page(report)
    summary = views.summarize(report)
    title = f"crosscheck report: {summary.articles} article{'s' if summary.articles != 1 else ''}"
    sections = [
        ("summary", "Summary", page.summary(summary)),
        ("figures", "Disputed figures", page.figures()),
        ("repeated", "Claims repeated across articles", page.repeated()),
        ("conflicts", "Numeric conflicts", page.conflicts()),
        ("graph", "Sourcing graph", page.graph()),
        ("origins", "Origin concentration", page.origins()),
        ("verify", "Unique claims worth verifying", page.worth_verifying()),
        ("articles", "Articles", page.articles()),
        ("glossary", "What the terms mean", GLOSSARY),
    ]
    nav = " ".join(f'<a href="#{key}">{heading}</a>' for key, heading, _ in sections)
    # Every section folds (no script needed); the findings start open, the long lists closed.
    body = "\n".join(
        f'<section id="{key}">\n<details{" open" if key in OPEN_SECTIONS else ""}><summary><h2>{heading}</h2></summary>\n'
        f"{content}\n</details>\n</section>"
        for key, heading, content in sections
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(title)}</h1>\n<nav>{nav}</nav>\n{body}\n</main>\n</body>\n</html>\n"
    )


@lru_cache(maxsize=65536)
def anchor(kind: str, record_id: str) -> str:
    """An id attribute for a record: ASCII letters, digits and '-' kept, anything else encoded, so ids stay distinct."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c == "-") else f"_{ord(c):x}_" for c in record_id)
    return f"{kind}-{safe}"


def _number(value: float | None) -> str:
    if value is None:
        return "…"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")


def _interval(quantity: Quantity) -> str:
    if quantity.low is not None and quantity.low == quantity.high:
        return f"exactly {_number(quantity.low)}"
    if quantity.high is None and quantity.low is not None:
        return f"≥ {_number(quantity.low)}"
    if quantity.low is None and quantity.high is not None:
        return f"≤ {_number(quantity.high)}"
    return f"{_number(quantity.low)} – {_number(quantity.high)}"


class _Page:
    """Lookups over one Report, and the HTML of each section."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.articles_by_id: dict[str, Article] = {a.id: a for a in report.articles}
        self.claims_by_id: dict[str, Claim] = {c.id: c for c in report.claims}
        self.sources_by_id: dict[str, Source] = {s.id: s for s in report.sources}
        self.labels = views.article_labels(report)
        self.sourcing = views.sourcing_by_cluster(report)
        self.chains = views.chains_by_claim(report)
        self.shared = views.shared_clusters(report)
        self.cluster_of = {claim_id: cluster for cluster in self.shared for claim_id in cluster.claim_ids}
        self.quantities: dict[str, list[Quantity]] = {}
        for quantity in report.quantities:
            self.quantities.setdefault(quantity.claim_id, []).append(quantity)
        self.conflicts_of: dict[str, list[Conflict]] = {}
        for conflict in report.conflicts:
            for claim_id in dict.fromkeys(ref.claim_id for ref in conflict.quantity_refs):
                self.conflicts_of.setdefault(claim_id, []).append(conflict)

    # -- small pieces -------------------------------------------------------------------------

    def claim_ref(self, claim_id: str) -> str:
        """A link to a claim in the articles section, shown as article:line."""
        claim = self.claims_by_id.get(claim_id)
        if claim is None:
            return f'<span class="ref">{escape(claim_id)}</span>'
        return (
            f'<a class="ref" href="#{anchor("claim", claim.id)}" title="{escape(self.article_name(claim.article_id))}">'
            f"{escape(self.labels.get(claim.article_id, claim.article_id))}:{claim.line}</a>"
        )

    def claim_refs(self, claim_ids: tuple[str, ...], scores: tuple[float, ...] = ()) -> str:
        """Links to several claims, grouped by article: `article: 3, 7`; with `scores` (a cluster's,
        aligned with its claim ids) each link's tooltip gives the judge score that admitted the claim."""
        tooltip = {claim_id: f' title="same-claim score {score:.2f}"' for claim_id, score in zip(claim_ids, scores)}
        lines: dict[str, list[Claim]] = {}
        for claim_id in claim_ids:
            claim = self.claims_by_id.get(claim_id)
            if claim is not None:
                lines.setdefault(claim.article_id, []).append(claim)
        return "".join(
            f'<div class="ref">{self.article_ref(article_id)}: '
            + ", ".join(f'<a href="#{anchor("claim", c.id)}"{tooltip.get(c.id, "")}>{c.line}</a>' for c in claims)
            + "</div>"
            for article_id, claims in lines.items()
        )

    def article_ref(self, article_id: str) -> str:
        return (
            f'<a class="ref" href="#{anchor("article", article_id)}" title="{escape(self.article_name(article_id))}">'
            f"{escape(self.labels.get(article_id, article_id))}</a>"
        )

    def article_name(self, article_id: str) -> str:
        article = self.articles_by_id.get(article_id)
        if article is None:
            return article_id
        return " · ".join(part for part in (article.outlet, article.title) if part) or article_id

    def source(self, source_id: str) -> str:
        known = self.sources_by_id.get(source_id)
        if known is None:
            return f'<span title="{escape(source_id)}">{escape(source_id)}</span>'
        if not known.known:
            return f'<i title="{escape(source_id)}: not in the gazetteer">{escape(known.name)}</i>'
        return f'<span title="{escape(source_id)}: {escape(known.kind)}">{escape(known.name)}</span>'

    def chain(self, chain: tuple[str, ...]) -> str:
        return " → ".join(self.source(source_id) for source_id in chain)

    def claim_chains(self, claim_id: str) -> str:
        chains = self.chains.get(claim_id, ())
        return "; ".join(self.chain(chain) for chain in chains) if chains else '<span class="muted">none named</span>'

    # -- sections ---------------------------------------------------------------------------

    def summary(self, summary: views.Summary) -> str:
        languages = ", ".join(f"{escape(language)} ({count})" for language, count in summary.languages) or "–"
        span = "–"
        if summary.date_span:
            first, last = summary.date_span
            span = escape(first) if first == last else f"{escape(first)} – {escape(last)}"
        conflicts = escape(views.conflict_counts(summary))
        stats = [
            ("Articles", str(summary.articles)),
            ("Outlets", str(summary.outlets)),
            ("Languages", languages),
            ("Date span", span),
            ("Claims", str(summary.claims)),
            ("Claims repeated across articles", str(summary.shared_clusters)),
            ("Unique claims", str(summary.unique_claims)),
            ("Disputed figures", self.disputed_count()),
            ("Conflicting pairs", conflicts),
        ]
        # Counts in large type; values that are words (languages, kinds of conflict) in body type, so they do not wrap word by word.
        html = '<dl class="stats">' + "".join(
            f'<div><dt>{name}</dt><dd{"" if value.isdigit() else " class=text"}>{value}</dd></div>' for name, value in stats
        ) + "</dl>"
        if self.report.problems:
            items = "".join(f"<li>{escape(str(problem))}</li>" for problem in self.report.problems)
            html += f'<h3>Input problems</h3><ul class="muted">{items}</ul>'
        return html

    def repeated(self) -> str:
        if not self.shared:
            return '<p class="muted">No claim appears in more than one article.</p>'
        sources = views.cluster_sources(self.report)
        rows = []
        for cluster in self.shared:
            representative = views.representative_claim(self.report, cluster, self.claims_by_id)
            text = escape(representative.text) if representative else ""
            refs = self.claim_refs(cluster.claim_ids, cluster.scores)
            named = ", ".join(self.source(s) for s in sources.get(cluster.id, ())) or '<span class="muted">none named</span>'
            rows.append(
                f'<tr id="{anchor("cluster", cluster.id)}"><td>{text}</td><td>{refs}</td>'
                f"<td>{named}</td><td>{self.origins_cell(cluster)}</td></tr>"
            )
        return (
            '<div class="scroll"><table><thead><tr><th>Claim</th><th>Articles</th><th>Sources named</th>'
            f'<th>Independent origins</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        )

    def origins_cell(self, cluster: Cluster) -> str:
        sourcing = self.sourcing[cluster.id]
        articles = len(set(cluster.article_ids))
        names = [self.source(origin) for origin in sourcing.origins] + [
            f"{self.article_ref(a)} on its own account" for a in sourcing.unattributed_articles
        ]
        if sourcing.independent_origins == 1:  # several articles, but in the end one voice
            return f'<span class="warn">1 origin for {articles} articles</span>: {names[0]}'
        return f"{sourcing.independent_origins}: {', '.join(names)}"

    def disputed_count(self) -> str:
        """'3 · 1 contradicts': the questions with two or more estimates, and the severest verdict's count."""
        disputed = views.disputed_figures(self.report)
        if not disputed:
            return "0"
        worst = disputed[0].verdict
        same = sum(q.verdict == worst for q in disputed)
        return f'<a href="#figures">{len(disputed)}</a> <span class="meta">· {same} {escape(worst)}</span>'

    def figures(self) -> str:
        disputed = views.disputed_figures(self.report)
        if not disputed:
            return '<p class="muted">No figure is given by more than one estimate.</p>'
        lead = ('<p class="muted">One card per question: what is counted, about what. Each estimate is one origin\'s '
                "figure at one time, however many articles repeat it; hollow marks are plans, additions and parts of "
                "a total, which are not compared with counts.</p>")
        return lead + "\n".join(self.question(q) for q in disputed)

    def question(self, question: FigureQuestion) -> str:
        colours = origin_colours(question, origin_key)
        chart = timeline_svg(question, origin_key, lambda e: estimate_tooltip(e, self.origin_name(e)))
        first_of = {}
        for e in question.estimates:
            first_of.setdefault(origin_key(e), e)
        legend = "".join(
            f'<li><span class="swatch" style="background:{colour}"></span>{self.origin_html(first_of[origin])}</li>'
            for origin, colour in colours.items()
        )
        rows = "".join(
            f"<tr><td>{escape(e.time or 'undated')}</td><td><strong>{escape(phrase(e))}</strong>"
            f'<div class="meta">{escape(e.text)}</div></td><td>{escape(e.status)}</td>'
            f"<td>{self.chain(e.chain) if e.chain else 'own account'}</td>"
            f"<td class=\"refs\">{self.claim_refs(e.claim_ids)}</td></tr>"
            for e in question.estimates
        )
        verdict = escape(question.verdict)
        return (
            f'<div class="question verdict-{verdict.replace(" ", "-")}" id="{anchor("figure", question.id)}">'
            f'<span class="badge">{verdict}</span> <strong>{escape(question.label)}</strong>'
            f"<p>{escape(views.with_labels(question.reason, self.labels))}</p>{chart}"
            f'<ul class="legend">{legend}</ul>'
            f"<details><summary>{views.plural(len(question.estimates), 'estimate')} in time order</summary>"
            '<div class="scroll"><table><thead><tr><th>When</th><th>Figure</th><th>Status</th><th>Source chain</th>'
            f"<th>Claims</th></tr></thead><tbody>{rows}</tbody></table></div></details></div>"
        )

    def origin_name(self, estimate: Estimate) -> str:
        if estimate.origin:
            known = self.sources_by_id.get(estimate.origin)
            return known.name if known else estimate.origin
        return f"{self.labels.get(estimate.article_ids[0], estimate.article_ids[0])} (own account)"

    def origin_html(self, estimate: Estimate) -> str:
        if estimate.origin:
            return self.source(estimate.origin)
        return f"{self.article_ref(estimate.article_ids[0])} on its own account"

    def conflicts(self) -> str:
        if not self.report.conflicts:
            return '<p class="muted">No figures disagree.</p>'
        return "\n".join(self.conflict(conflict) for conflict in self.report.conflicts)

    def conflict(self, conflict: Conflict) -> str:
        figures = "".join(self.figure(ref) for ref in conflict.quantity_refs)
        difference = f"{conflict.relative_difference:.0%} apart" if conflict.relative_difference else ""
        return (
            f'<div class="conflict kind-{escape(conflict.kind)}" id="{anchor("conflict", conflict.id)}">'
            f'<span class="badge">{escape(conflict.kind)}</span><span class="muted">{difference}</span>'
            f'<div class="figures">{figures}</div><p>{escape(views.with_labels(conflict.explanation, self.labels))}</p></div>'
        )

    def figure(self, ref: QuantityRef) -> str:
        quantity = self.quantity_for(ref)
        claim = self.claims_by_id.get(ref.claim_id)
        details = []
        if quantity is not None:
            details.append(f"{escape(quantity.qualifier)}, {_interval(quantity)}")
            if quantity.unit:
                details.append(f"unit: {escape(quantity.unit)}")
        context = self.claim_text(claim, quantity) if claim else ""
        article = f" in {self.article_ref(claim.article_id)}" if claim else ""
        return (
            f'<div class="figure"><div class="value">{escape(ref.text or _number(ref.value))}</div>'
            f'<div class="meta">= {_number(ref.value)}{"; " if details else ""}{"; ".join(details)}</div>'
            f"<p>{context}</p>"
            f'<div class="meta">{self.claim_ref(ref.claim_id)}{article} · sources: {self.claim_chains(ref.claim_id)}</div></div>'
        )

    def quantity_for(self, ref: QuantityRef) -> Quantity | None:
        candidates = self.quantities.get(ref.claim_id, [])
        return next((q for q in candidates if q.text == ref.text), None) or next(
            (q for q in candidates if q.value == ref.value), None
        )

    def claim_text(self, claim: Claim, highlight: Quantity | None = None) -> str:
        """The claim's text, escaped, with one figure marked."""
        text = claim.text
        if highlight is None or not 0 <= highlight.start < highlight.end <= len(text):
            return escape(text)
        before, figure, after = text[: highlight.start], text[highlight.start : highlight.end], text[highlight.end :]
        return f"{escape(before)}<mark>{escape(figure)}</mark>{escape(after)}"

    def graph(self) -> str:
        chains = views.sourcing_chains(self.report)
        if not chains:
            return '<p class="muted">No article names a source, so there is no sourcing graph.</p>'
        items = "".join(
            f"<li>{self.chain(use.chain)} <span class=\"muted\">({views.plural(use.claims, 'claim')} in "
            f"{' '.join(self.article_ref(a) for a in use.articles)})</span></li>"
            for use in chains[:CHAINS_SHOWN]
        )
        if len(chains) > CHAINS_SHOWN:
            items += f'<li class="muted">{views.plural(len(chains) - CHAINS_SHOWN, "less used chain")} not listed</li>'
        return (
            '<p class="muted">Who cites whom: each article points at the source it names; a source points at the source '
            "it relays. Hover a box or line for details."
            + (f" With more than {FOLD_GRAPH_ABOVE} articles, each box on the left is an outlet and its articles "
               "together; the GraphML file keeps every article." if len(self.report.articles) > FOLD_GRAPH_ABOVE else "")
            + "</p>"
            f'<div class="graph">{graph_svg(self.labelled_graph())}</div>'
            f"<h3>Chains</h3><ul>{items}</ul>"
        )

    def origins(self) -> str:
        shares = views.origin_concentration(self.report)
        if not shares:
            return '<p class="muted">No attributed claims.</p>'
        articles = len({a for share in shares for a in share.articles})
        lead = (
            f"<p>{views.plural(articles, 'article')} with attributed claims rest on "
            f"{views.plural(len(shares), 'distinct origin')}.</p>"
        )
        rows = "".join(
            f"<tr><td>{self.source(share.source_id)}</td><td>{share.claims}</td>"
            f'<td><div class="bar" title="{share.share:.0%}"><span style="width:{share.share * 100:.1f}%"></span></div>'
            f"{share.share:.0%}</td><td class=\"refs\">{' '.join(self.article_ref(a) for a in share.articles)}</td></tr>"
            for share in shares
        )
        return (
            lead + '<div class="scroll"><table><thead><tr><th>Origin</th><th>Claims</th><th>Share of attributed claims</th>'
            f"<th>Articles</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def labelled_graph(self) -> dict:
        """The graph data with each article box headed by the label the tables use ("000 · title");
        above FOLD_GRAPH_ABOVE articles one box per outlet instead, its arrows summed (the full graph
        stays in the GraphML file)."""
        if len(self.report.articles) > FOLD_GRAPH_ABOVE:
            return views.graph_by_outlet(self.report)
        nodes = [
            {**node, "label": f"{self.labels[article]} · {node['label']}"}
            if node.get("type") == "article" and (article := node["id"].removeprefix("article:")) in self.labels
            else node
            for node in self.report.graph.get("nodes", ())
        ]
        return {**self.report.graph, "nodes": nodes}

    def worth_verifying(self) -> str:
        claims = views.claims_worth_verifying(self.report)
        if not claims:
            return '<p class="muted">Every claim is repeated by another article.</p>'
        rows = "".join(
            f"<tr><td>{self.claim_ref(claim.id)}</td><td>{escape(claim.text)}{self.tags(claim)}</td></tr>"
            for claim in claims[:WORTH_VERIFYING_SHOWN]
        )
        more = len(claims) - WORTH_VERIFYING_SHOWN
        note = f'<p class="muted">{views.plural(more, "more unique claim")} in the articles below.</p>' if more > 0 else ""
        return f'<div class="scroll"><table><tbody>{rows}</tbody></table></div>{note}'

    def tags(self, claim: Claim) -> str:
        """Small labels after a claim: its figures, sources, repeats and conflicts, linked where they lead."""
        tags = [f'<span class="tag">{escape(q.text)}</span>' for q in self.quantities.get(claim.id, [])]
        if claim.id in self.chains:
            tags.append(f'<span class="tag">via {self.claim_chains(claim.id)}</span>')
        cluster = self.cluster_of.get(claim.id)
        if cluster is not None:
            others = len(set(cluster.article_ids)) - 1
            tags.append(
                f'<a class="tag" href="#{anchor("cluster", cluster.id)}">also in {views.plural(others, "other article")}</a>'
            )
        for conflict in self.conflicts_of.get(claim.id, []):
            tags.append(
                f'<a class="tag kind-{escape(conflict.kind)}" href="#{anchor("conflict", conflict.id)}">'
                f"{escape(conflict.kind)}</a>"
            )
        return "".join(tags)

    def articles(self) -> str:
        claims_of: dict[str, list[Claim]] = {}
        for claim in self.report.claims:
            claims_of.setdefault(claim.article_id, []).append(claim)
        return "\n".join(self.article(article, claims_of.get(article.id, [])) for article in self.report.articles)

    def article(self, article: Article, claims: list[Claim]) -> str:
        meta = " · ".join(
            escape(part) for part in (article.outlet, article.date, article.language, article.path) if part
        )
        items = "".join(
            f'<li id="{anchor("claim", claim.id)}"><a class="ref line" href="#{anchor("claim", claim.id)}">'
            f"line {claim.line}</a><span>{escape(claim.text)}{self.tags(claim)}</span></li>"
            for claim in claims
        )
        return (
            f'<article class="source-text" id="{anchor("article", article.id)}">'
            f'<h3>{escape(article.title or article.id)}</h3><p class="meta"><span class="ref">{escape(article.id)}</span>'
            f" · {meta}</p><ol class=\"claims\">{items}</ol></article>"
        )
