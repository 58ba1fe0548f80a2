"""The HTML report: sections, links between claims and articles, and escaping of hostile article text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.records import (
    Article,
    Attribution,
    Claim,
    Cluster,
    Conflict,
    Problem,
    Quantity,
    QuantityRef,
    Report,
    Source,
)
from crosscheck.render import views
from crosscheck.render.html import anchor, render_html
from crosscheck.render.svg import graph_svg

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)> "quoted" \'single\' & done'


def _article(article_id: str, text: str, *, title: str, outlet: str | None, date: str | None, language: str) -> Article:
    return Article(article_id, f"in/{article_id}.txt", text, title, outlet, date, language, ((0, len(text)),))


def _claim(claim_id: str, article: Article, text: str, line: int) -> Claim:
    start = article.text.index(text)
    return Claim(claim_id, article.id, text, start, start + len(text), line)


def _quantity(claim: Claim, text: str, value: float, low: float | None, high: float | None, qualifier: str) -> Quantity:
    start = claim.text.index(text)
    return Quantity(claim.id, text, start, start + len(text), value, low, high, qualifier, "Soldaten")


def _graph() -> dict:
    g = nx.DiGraph()
    g.add_node("article:de-1", type="article", label="Tagesblatt", kind="article", origin=False, claims=3)
    g.add_node("article:en-2", type="article", label=f"Daily {HOSTILE}", kind="article", origin=False, claims=2)
    g.add_node("source:ap", type="source", label="AP", kind="agency", origin=False, claims=1)
    g.add_node("source:reuters", type="source", label="Reuters", kind="agency", origin=False, claims=1)
    g.add_node("source:kcna", type="source", label="KCNA", kind="agency", origin=True, claims=2)
    g.add_node("speaker:x-evil", type="speaker", label=HOSTILE, kind="person", origin=True, claims=1)
    g.add_edge("article:de-1", "source:ap", relation="reports", weight=1)
    g.add_edge("source:ap", "source:kcna", relation="cites", weight=1)
    g.add_edge("article:en-2", "source:reuters", relation="reports", weight=1)
    g.add_edge("source:reuters", "source:kcna", relation="cites", weight=1)
    g.add_edge("article:en-2", "speaker:x-evil", relation="quotes", weight=1)
    return nx.node_link_data(g, edges="edges")


def sample_report() -> Report:
    """Two articles (de, en) sharing two claims, one discrepancy, chains via AP and Reuters to KCNA, hostile text."""
    german = _article(
        "de-1",
        "Kim sagt Unterstützung zu.\nLaut AP unter Berufung auf KCNA sind rund 11.000 Soldaten im Einsatz.\n"
        "Das Treffen fand in Wonsan statt.\n",
        title="Kim sichert Russland Unterstützung zu",
        outlet="Tagesblatt",
        date="2024-06-19",
        language="de",
    )
    english = _article(
        "en-2",
        f"Kim pledged support.\nMore than 10,000 soldiers are deployed, Reuters reported citing KCNA.\n{HOSTILE}\n",
        title=f"Headline {HOSTILE}",
        outlet=f"Daily {HOSTILE}",
        date="2024-07",
        language="en",
    )
    claims = (
        _claim("de-1#1", german, "Kim sagt Unterstützung zu.", 1),
        _claim("de-1#2", german, "Laut AP unter Berufung auf KCNA sind rund 11.000 Soldaten im Einsatz.", 2),
        _claim("de-1#3", german, "Das Treffen fand in Wonsan statt.", 3),
        _claim("en-2#1", english, "Kim pledged support.", 1),
        _claim("en-2#2", english, "More than 10,000 soldiers are deployed, Reuters reported citing KCNA.", 2),
        _claim("en-2#3", english, HOSTILE, 3),
    )
    soldiers_de = _quantity(claims[1], "rund 11.000 Soldaten", 11000, 10450, 11550, "approx")
    soldiers_en = _quantity(claims[4], "More than 10,000 soldiers", 10000, 10000, None, "more-than")
    return Report(
        articles=(german, english),
        claims=claims,
        clusters=(
            Cluster("c-support", ("de-1#1", "en-2#1"), ("de-1", "en-2"), ()),
            Cluster("c-troops", ("de-1#2", "en-2#2"), ("de-1", "en-2"), ("kcna",)),
            Cluster("c-alone", ("de-1#3",), ("de-1",), ()),
        ),
        sources=(
            Source("ap", "Associated Press", "agency"),
            Source("reuters", "Reuters", "agency"),
            Source("kcna", "KCNA", "agency", country="KP", state_controlled=True),
            Source("x-evil", HOSTILE, "person", known=False),
        ),
        attributions=(
            Attribution("de-1#2", "de-1", ("ap", "kcna"), "unter Berufung auf"),
            Attribution("en-2#2", "en-2", ("reuters", "kcna"), "citing"),
            Attribution("en-2#3", "en-2", (), "said", speaker="x-evil"),
        ),
        quantities=(soldiers_de, soldiers_en),
        conflicts=(
            Conflict(
                f"k-{HOSTILE}",
                "discrepancy",
                (QuantityRef("de-1#2", 11000, "rund 11.000 Soldaten"), QuantityRef("en-2#2", 10000, "More than 10,000 soldiers")),
                f"Both can hold: about 11,000 is more than 10,000. {HOSTILE}",
                0.1,
            ),
        ),
        graph=_graph(),
        problems=(Problem(f"in/{HOSTILE}.txt", "no date found"),),
    )


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def page(report: Report) -> str:
    return render_html(report)


class _Collector(HTMLParser):
    """Elements, attributes and ids as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.sections: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)
        found = dict(attrs)
        if "id" in found:
            self.ids.append(found["id"] or "")
        if tag == "a" and found.get("href"):
            self.hrefs.append(found["href"] or "")
        if tag == "section":
            self.sections.append(found.get("id") or "")


@pytest.fixture(scope="module")
def parsed(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_sections_in_order(parsed: _Collector) -> None:
    assert parsed.sections == ["summary", "figures", "repeated", "conflicts", "graph", "origins", "verify", "articles",
                               "glossary"]


def test_self_contained(page: str, parsed: _Collector) -> None:
    assert "script" not in parsed.tags
    assert not any(name == "src" for name, _ in parsed.attributes)
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page)
    assert "@import" not in page and "url(http" not in page
    assert "Content-Security-Policy" in page


@pytest.mark.parametrize("needle", ["<script", "<img", "'single'", "\"quoted\""])
def test_hostile_text_never_becomes_markup(page: str, needle: str) -> None:
    assert needle not in page


def test_hostile_text_is_shown_as_text(page: str) -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_no_event_handler_attributes(parsed: _Collector) -> None:
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]


def test_every_id_is_unique_and_safe(parsed: _Collector) -> None:
    assert len(parsed.ids) == len(set(parsed.ids))
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in parsed.ids)


def test_every_internal_link_has_a_target(parsed: _Collector) -> None:
    internal = [href[1:] for href in parsed.hrefs if href.startswith("#")]
    assert internal
    assert set(internal) <= set(parsed.ids)


def test_claims_link_to_their_article_and_line(report: Report, page: str, parsed: _Collector) -> None:
    for claim in report.claims:
        assert anchor("claim", claim.id) in parsed.ids
    assert f'href="#{anchor("claim", "de-1#2")}"' in page
    assert ">de:2</a>" in page  # the short label of article "de-1"
    assert f'id="{anchor("article", "en-2")}"' in page


def test_conflict_is_highlighted_with_both_figures(page: str) -> None:
    conflict = page[page.index('<section id="conflicts">') : page.index('<section id="graph">')]
    assert 'class="conflict kind-discrepancy"' in conflict
    assert "rund 11.000 Soldaten" in conflict and "More than 10,000 soldiers" in conflict
    assert "approx" in conflict and "more-than" in conflict
    assert "<mark>rund 11.000 Soldaten</mark>" in conflict
    assert "Associated Press" in conflict and "KCNA" in conflict


def test_repeated_claims_show_origins(page: str) -> None:
    repeated = page[page.index('<section id="repeated">') : page.index('<section id="conflicts">')]
    assert repeated.count("<tr id=") == 2  # the single-article cluster is not "repeated"
    assert "KCNA" in repeated and "Reuters" in repeated


def test_graph_picture_is_embedded(page: str) -> None:
    graph = page[page.index('<section id="graph">') : page.index('<section id="origins">')]
    assert "<svg" in graph and "</svg>" in graph
    assert "<h3>Chains</h3>" in graph and "→" in graph


def test_graph_boxes_of_articles_carry_the_labels_the_tables_use(page: str) -> None:
    graph = page[page.index('<section id="graph">') : page.index('<section id="origins">')]
    assert "de · Tagesblatt" in graph and "en · Daily" in graph


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("de-1#2", "claim-de-1_23_2"),
        ('"><script>', "claim-_22__3e__3c_script_3e_"),
        ("a_b", "claim-a_5f_b"),
        ("ä", "claim-_e4_"),
    ],
)
def test_anchor_is_attribute_safe(raw: str, expected: str) -> None:
    assert anchor("claim", raw) == expected


def test_anchor_keeps_distinct_ids_distinct() -> None:
    ids = ["a b", "a_b", "a_20_b", "a-b", "ab"]
    assert len({anchor("claim", i) for i in ids}) == len(ids)


def test_summary_counts(report: Report) -> None:
    summary = views.summarize(report)
    assert summary.articles == 2 and summary.outlets == 2
    assert summary.languages == (("de", 1), ("en", 1))
    assert summary.date_span == ("2024-06-19", "2024-07")
    assert summary.claims == 6 and summary.shared_clusters == 2 and summary.unique_claims == 2
    assert summary.conflicts_by_kind == (("discrepancy", 1),)


def test_worth_verifying_puts_attributed_claims_first(report: Report) -> None:
    assert [c.id for c in views.claims_worth_verifying(report)] == ["en-2#3", "de-1#3"]


def test_origin_concentration(report: Report) -> None:
    shares = views.origin_concentration(report)
    assert [(s.source_id, s.claims, s.articles) for s in shares] == [("kcna", 2, ("de-1", "en-2")), ("x-evil", 1, ("en-2",))]
    assert shares[0].share == pytest.approx(2 / 3)


SAFE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "nav", "section", "h1", "h2", "h3", "p", "a", "span",
    "i", "div", "dl", "dt", "dd", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "mark", "article",
    "svg", "defs", "marker", "path", "rect", "polygon", "text", "g", "details", "summary", "em", "strong", "circle",
    "line",
}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.text(st.sampled_from("<>\"'&=/ aimgscrpt\x00") | st.characters(), min_size=1, max_size=40))
def test_any_article_text_stays_text(hostile: str) -> None:
    """Whatever an article, outlet, source or id contains, the page gains no element or attribute from it."""
    base = sample_report()
    article = _article(hostile, f"{hostile}\n", title=hostile, outlet=hostile, date=None, language="und")
    claim = Claim(hostile, hostile, hostile, 0, len(hostile), 1)
    g = nx.node_link_graph(base.graph, edges="edges")
    g.add_node(f"article:{hostile}", type="article", label=hostile, kind="article", origin=False, claims=1)
    g.add_edge(f"article:{hostile}", "source:kcna", relation="reports", weight=1)
    report = Report(
        articles=(*base.articles, article),
        claims=(*base.claims, claim),
        clusters=(*base.clusters, Cluster(hostile, (hostile, "de-1#3"), (hostile, "de-1"), (hostile,))),
        sources=(*base.sources, Source(hostile, hostile, "other", known=False)),
        attributions=(*base.attributions, Attribution(hostile, hostile, (hostile, "kcna"), hostile)),
        quantities=base.quantities,
        conflicts=base.conflicts,
        figures=(_hostile_question(hostile),),
        graph=nx.node_link_data(g, edges="edges"),
    )
    collector = _Collector()
    collector.feed(render_html(report))
    assert set(collector.tags) <= SAFE_TAGS
    assert not [name for name, _ in collector.attributes if name.startswith("on") or name == "src"]
    assert len(collector.ids) == len(set(collector.ids))


def _hostile_question(hostile: str):
    from crosscheck.records import Estimate, FigureQuestion

    def estimate(value: float, time: str | None) -> Estimate:
        return Estimate((hostile,), (hostile,), (hostile,), hostile, value, value, None, hostile, "current", time,
                        "article", (hostile,), hostile)

    return FigureQuestion(hostile, hostile, hostile, hostile, (estimate(1, "2024-01"), estimate(5, None)), "contradicts",
                          hostile)


def test_empty_report_renders() -> None:
    page = render_html(Report(articles=(), claims=()))
    assert "No claim appears in more than one article." in page
    assert "<svg" not in page


class TestGraphSvg:
    def test_is_well_formed_xml_with_escaped_labels(self) -> None:
        svg = graph_svg(_graph())
        root = ElementTree.fromstring(svg)  # would raise on unescaped markup
        texts = "".join(root.itertext())
        assert "<script>" in texts  # shown as text, shortened
        assert "<script" not in svg and "<img" not in svg

    def test_legend_distinguishes_origins(self) -> None:
        svg = graph_svg(_graph())
        assert "Origin" in svg and 'class="origin"' in svg and 'class="relay"' in svg and 'class="article"' in svg

    def test_arrows_and_weights(self) -> None:
        svg = graph_svg(_graph())
        assert svg.count('marker-end="url(#cc-head-') >= 5
        assert 'class="edge cites"' in svg and 'class="edge quotes"' in svg

    def test_labels_are_at_least_11px(self) -> None:
        sizes = [int(s) for s in re.findall(r"font-size:\s*(\d+)px", graph_svg(_graph()))]
        assert sizes and min(sizes) >= 11

    def test_origins_sit_right_of_relays_and_articles(self) -> None:
        svg = graph_svg(_graph())
        x = {
            label: float(match)
            for match, label in re.findall(r'<text x="([\d.]+)" y="[\d.]+">([^<]+)</text>', svg)
        }
        assert x["Tagesblatt"] < x["AP"] < x["KCNA"]

    def test_empty_graph(self) -> None:
        assert "No attributions" in graph_svg({})

    def test_cycle_is_drawn(self) -> None:
        g = nx.DiGraph()
        g.add_node("article:a", type="article", label="A", kind="article", origin=False, claims=1)
        for s in ("x", "y"):
            g.add_node(f"source:{s}", type="source", label=s, kind="agency", origin=False, claims=1)
        g.add_edge("article:a", "source:x", relation="reports", weight=1)
        g.add_edge("source:x", "source:y", relation="cites", weight=1)
        g.add_edge("source:y", "source:x", relation="cites", weight=1)
        svg = graph_svg(nx.node_link_data(g, edges="edges"))
        ElementTree.fromstring(svg)
        assert len(re.findall(r'<path class="edge [a-z]+"[^>]*><title>', svg)) == 3

    def test_hundred_nodes_grow_the_canvas_not_shrink_the_text(self) -> None:
        g = nx.DiGraph()
        origins = [f"source:o{i}" for i in range(10)]
        relays = [f"source:r{i}" for i in range(20)]
        for node in origins + relays:
            g.add_node(node, type="source", label=node, kind="agency", origin=node in origins, claims=1)
        for i in range(70):
            g.add_node(f"article:{i}", type="article", label=f"Article {i}", kind="article", origin=False, claims=1)
            g.add_edge(f"article:{i}", relays[i % 20], relation="reports", weight=1 + i % 3)
            g.add_edge(relays[i % 20], origins[i % 10], relation="cites", weight=1)
        svg = graph_svg(nx.node_link_data(g, edges="edges"))
        root = ElementTree.fromstring(svg)
        assert float(root.get("height")) >= 70 * 22
        assert svg.count("<g><title>") == 100


@pytest.mark.parametrize("ids, labels", [
    (("000_8ec5b5f785dc0443", "001_fc018e94312481a9"), ("000", "001")),
    (("reuters-2024-06-19", "reuters-2024-06-20", "ap"), ("reuters-2024-06-19", "reuters-2024-06-20", "ap")),
    (("story", "story-2"), ("story", "story-2")),
    (("a_b", "a_c", "a"), ("a_b", "a_c", "a")),
    (("spiegel_1", "zeit_1"), ("spiegel", "zeit")),
])
def test_article_labels_are_short_unique_prefixes_cut_at_a_separator(ids, labels):
    report = Report(articles=tuple(Article(i, "", "", "", None, None, "de", ()) for i in ids), claims=())
    assert tuple(views.article_labels(report)[i] for i in ids) == labels


def test_explanations_name_articles_by_their_labels():
    labels = {"000_8ec5": "000", "000_8ec5b": "000_8ec5b", "spiegel_1": "spiegel"}
    text = "000_8ec5 says about 11,000; spiegel_1 says 10,000; 000_8ec5b is undated"
    assert views.with_labels(text, labels) == "000 says about 11,000; spiegel says 10,000; 000_8ec5b is undated"


@pytest.mark.parametrize(("count", "word", "text"), [
    (1, "claim", "1 claim"), (2, "claim", "2 claims"), (0, "contradiction", "0 contradictions"),
    (2, "discrepancy", "2 discrepancies"), (1, "discrepancy", "1 discrepancy"), (3, "day", "3 days"),
])
def test_plural(count, word, text):
    assert views.plural(count, word) == text


def test_conflict_counts_say_each_kind_once_in_the_right_number():
    summary = views.Summary(articles=2, outlets=0, languages=(), date_span=None, claims=0, shared_clusters=0,
                            unique_claims=0, conflicts_by_kind=(("contradiction", 3), ("discrepancy", 2),
                                                                ("different-time", 2)))
    assert views.conflict_counts(summary) == "3 contradictions, 2 discrepancies, 2 different-time"


def test_the_glossary_explains_every_verdict_status_and_kind_the_page_can_show() -> None:
    from typing import get_args

    from crosscheck.records import ConflictKind, EstimateStatus, Verdict
    from crosscheck.render.html import GLOSSARY

    terms = [*get_args(Verdict), *get_args(EstimateStatus), *get_args(ConflictKind), "origin", "relay",
             "independent origins", "italic"]
    assert [term for term in terms if term not in GLOSSARY] == []


def test_a_large_corpus_draws_one_graph_box_per_outlet() -> None:
    from crosscheck.render import views

    report = sample_report()
    folded = views.graph_by_outlet(report)
    article_nodes = [n for n in report.graph["nodes"] if n["id"].startswith("article:")]
    outlet_nodes = [n for n in folded["nodes"] if n["id"].startswith("outlet:")]
    assert len(outlet_nodes) == len({a.outlet or "" for a in report.articles}) <= len(article_nodes)
    assert sum(e["weight"] for e in folded["edges"]) == sum(e["weight"] for e in report.graph["edges"])


@given(st.lists(st.text(alphabet="ab_-.1", min_size=1, max_size=8), min_size=1, max_size=12, unique=True))
def test_article_labels_are_distinct_prefixes_of_their_ids(ids):
    report = Report(articles=tuple(Article(i, "", "", "", None, None, "de", ()) for i in ids), claims=())
    labels = views.article_labels(report)
    assert all(i.startswith(labels[i]) for i in ids)
    assert len(set(labels.values())) == len(ids)
    # no other id starts with a label, unless the label is the whole id
    assert all(labels[i] == i or not any(o != i and o.startswith(labels[i]) for o in ids) for i in ids)


def test_a_repeated_claims_lines_carry_the_score_that_admitted_them() -> None:
    from dataclasses import replace

    report = sample_report()
    shared = next(c for c in report.clusters if len(set(c.article_ids)) >= 2)
    scored = replace(shared, scores=tuple(0.5 + i / 100 for i in range(len(shared.claim_ids))))
    page = render_html(replace(report, clusters=tuple(scored if c is shared else c for c in report.clusters)))
    assert 'title="same-claim score 0.50"' in page
