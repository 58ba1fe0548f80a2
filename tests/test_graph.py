from __future__ import annotations

import json

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.graph import (
    build_graph,
    cluster_sourcing,
    graph_data,
    graphml_ready,
    graphml_text,
    with_origins,
)
from crosscheck.records import Article, Attribution, Claim, Cluster, Report, Source
from crosscheck.render import views

SOURCES = (
    Source("kcna", "Korean Central News Agency", "agency", country="KP", state_controlled=True),
    Source("ap", "Associated Press", "agency", country="US"),
    Source("reuters", "Reuters", "agency"),
    Source("cnn", "CNN", "broadcaster"),
    Source("lavrov", "Sergey Lavrov", "person"),
    Source("x-wedomosti", "Wedomosti", "other", aliases=("Wedomosti",), known=False),
)


def article(article_id, outlet=None):
    return Article(article_id, f"{article_id}.txt", "text", f"Title {article_id}", outlet, None, "de", ((0, 4),))


ARTICLES = (article("a1", "mk.ru"), article("a2", "Telepolis"), article("a3", "DW"), article("a4", "DW"))
CLAIMS = (
    Claim("a1:1", "a1", "x", 0, 1, 1), Claim("a1:2", "a1", "y", 0, 1, 1),
    Claim("a2:1", "a2", "x", 0, 1, 1), Claim("a3:1", "a3", "x", 0, 1, 1), Claim("a4:1", "a4", "x", 0, 1, 1),
)
# Three articles relay one KCNA report, via AP, Reuters and CNN.
ATTRIBUTIONS = (
    Attribution("a1:1", "a1", ("ap", "kcna"), "berichtete"),
    Attribution("a1:2", "a1", ("ap", "kcna"), "laut", speaker="lavrov"),
    Attribution("a2:1", "a2", ("reuters", "kcna"), "laut"),
    Attribution("a3:1", "a3", ("cnn", "kcna"), "reported"),
)


def test_graph_follows_the_schema():
    g = build_graph(ARTICLES, CLAIMS, ATTRIBUTIONS, SOURCES)
    assert {n for n, d in g.nodes(data=True) if d["type"] == "article"} == {f"article:a{i}" for i in range(1, 5)}
    assert g.nodes["source:kcna"]["origin"] is True and g.nodes["source:ap"]["origin"] is False
    assert g.nodes["source:kcna"]["claims"] == 4 and g.nodes["source:ap"]["claims"] == 2
    assert g.nodes["source:kcna"]["label"] == "Korean Central News Agency"
    assert g.nodes["source:kcna"]["kind"] == "agency"
    assert g.nodes["speaker:lavrov"]["type"] == "speaker"
    assert g.nodes["article:a1"]["kind"] == "article" and g.nodes["article:a1"]["claims"] == 2
    assert g.edges["article:a1", "source:ap"] == {"relation": "reports", "weight": 2}
    assert g.edges["source:ap", "source:kcna"] == {"relation": "cites", "weight": 2}
    assert g.edges["article:a1", "speaker:lavrov"] == {"relation": "quotes", "weight": 1}
    assert not g.has_edge("article:a1", "source:kcna")  # an article reports only its nearest source
    for _, data in g.nodes(data=True):
        assert {"type", "label", "kind", "origin", "claims"} <= set(data)
    for _, _, data in g.edges(data=True):
        assert data["relation"] in {"reports", "cites", "quotes"} and data["weight"] >= 1


def test_with_origins_fills_cluster_origins():
    clusters = (Cluster("c1", ("a1:1", "a2:1", "a4:1"), ("a1", "a2", "a4")), Cluster("c2", ("a4:1",), ("a4",)))
    filled = with_origins(clusters, ATTRIBUTIONS)
    assert [c.origins for c in filled] == [("kcna",), ()]
    assert filled[0].claim_ids == clusters[0].claim_ids


def test_three_relays_of_one_origin_are_one_independent_origin():
    cluster = Cluster("c1", ("a1:1", "a2:1", "a3:1"), ("a1", "a2", "a3"))
    (sourcing,) = cluster_sourcing([cluster], CLAIMS, ATTRIBUTIONS, ARTICLES)
    assert sourcing.origins == ("kcna",)
    assert sourcing.intermediaries == ("ap", "cnn", "reuters")
    assert sourcing.independent_origins == 1


def test_an_outlet_stating_a_claim_itself_is_an_origin_once():
    cluster = Cluster("c1", ("a1:1", "a3:1", "a4:1"), ("a1", "a3", "a4"))
    claims = CLAIMS + (Claim("a3:2", "a3", "x", 0, 1, 1),)
    attributions = ATTRIBUTIONS[:1]  # a3 and a4 (both DW) state the claim without a source
    (sourcing,) = cluster_sourcing([cluster], claims, attributions, ARTICLES)
    assert sourcing.unattributed_articles == ("a3", "a4")
    assert sourcing.independent_origins == 2  # KCNA, and DW once


def test_origin_concentration_counts_claims_and_articles_per_chain_end():
    extra = Attribution("a4:1", "a4", ("x-wedomosti",), "laut")
    report = Report(articles=ARTICLES, claims=CLAIMS, attributions=ATTRIBUTIONS + (extra,))
    shares = views.origin_concentration(report)
    assert [(s.source_id, s.claims, len(s.articles)) for s in shares] == [("kcna", 4, 3), ("x-wedomosti", 1, 1)]


def test_node_link_data_is_json():
    data = graph_data(build_graph(ARTICLES, CLAIMS, ATTRIBUTIONS, SOURCES))
    text = json.dumps(data)
    assert "edges" in data and "nodes" in data
    back = nx.node_link_graph(json.loads(text), edges="edges")
    assert back.has_edge("source:ap", "source:kcna")


def test_graphml_round_trip(tmp_path):
    g = build_graph(ARTICLES, CLAIMS, ATTRIBUTIONS, SOURCES)
    g.graph["sources"] = ["kcna", "ap"]
    g.nodes["source:kcna"]["aliases"] = ("KCNA", "Korean Central News Agency")
    g.nodes["source:kcna"]["extra"] = {"note": "state media"}
    path = tmp_path / "graph.graphml"
    path.write_text(graphml_text(g), encoding="utf-8")
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(g.nodes)
    assert set(back.edges) == set(g.edges)
    assert back.nodes["source:kcna"]["aliases"] == "KCNA; Korean Central News Agency"
    assert json.loads(back.nodes["source:kcna"]["extra"]) == {"note": "state media"}
    assert back.nodes["source:kcna"]["origin"] is True
    assert back.edges["source:ap", "source:kcna"]["weight"] == 2
    assert "date" not in back.nodes["article:a1"]  # None is left out, not written as "None"
    assert g.nodes["article:a1"]["date"] is None  # the original graph is untouched


chains = st.lists(st.sampled_from([s.id for s in SOURCES]), min_size=1, max_size=4, unique=True)
values = st.one_of(st.none(), st.booleans(), st.integers(-10, 10), st.text(max_size=10),
                   st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@settings(max_examples=40, deadline=None)
@given(st.lists(chains, min_size=1, max_size=6), values)
def test_graphml_takes_any_graph_we_build(tmp_path_factory, chain_list, value):
    attributions = [Attribution(f"a1:{i}", "a1", tuple(c), "laut") for i, c in enumerate(chain_list)]
    g = build_graph(ARTICLES, CLAIMS, attributions, SOURCES)
    g.nodes["article:a1"]["anything"] = value
    path = tmp_path_factory.mktemp("g") / "g.graphml"
    path.write_text(graphml_text(g), encoding="utf-8")
    back = nx.read_graphml(path)
    assert set(back.edges) == set(graphml_ready(g).edges)
    assert sum(d["weight"] for _, _, d in back.edges(data=True)) == sum(
        d["weight"] for _, _, d in g.edges(data=True))


def test_an_article_restating_a_claim_it_attributes_elsewhere_adds_no_origin():
    # a1 attributes the claim to KCNA via AP in one sentence and repeats it unattributed in its headline.
    headline = Claim("a1:0", "a1", "headline", 0, 1, 1)
    cluster = Cluster("c1", ("a1:0", "a1:1", "a2:1"), ("a1", "a2"))
    (sourcing,) = cluster_sourcing([cluster], CLAIMS + (headline,), ATTRIBUTIONS, ARTICLES)
    assert sourcing.unattributed_articles == ()
    assert sourcing.independent_origins == 1
