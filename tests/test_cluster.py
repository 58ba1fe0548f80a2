"""Claims that say the same thing end in one cluster; claims that merely share a topic do not."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.cluster import cluster_claims, cluster_of, content_tokens
from crosscheck.embed import find_model, load_embedder
from crosscheck.records import Claim

# Three articles on one (invented) flood: German, English, German. Same claim across languages and
# wordings, plus same-topic sentences that say something else.
ARTICLES = {
    "de-a": [
        "Das Hochwasser hat in Passau mehr als 2.000 Menschen aus ihren Häusern vertrieben.",
        "Die Stadtverwaltung ließ die Altstadt am Dienstag vollständig räumen.",
        "Der Pegel der Donau erreichte am Mittwochmorgen 12,5 Meter.",
        "Bundeskanzler Scholz kündigte Soforthilfen in Höhe von 100 Millionen Euro an.",
        "Die Bahnstrecke zwischen Passau und Regensburg bleibt bis Freitag gesperrt.",
        "Meteorologen erwarten für das Wochenende weiteren Starkregen.",
    ],
    "en-b": [
        "Flooding in Passau has driven more than 2,000 people from their homes.",
        "The Danube reached a level of 12.5 metres on Wednesday morning.",
        "Chancellor Scholz announced 100 million euros in emergency aid.",
        "Local shops reported heavy losses after the water receded.",
        "A volunteer firefighter rescued a dog from the roof of a car.",
    ],
    "de-c": [
        "Mehr als 2000 Einwohner Passaus mussten wegen der Flut ihre Wohnungen verlassen.",
        "Die Bahnverbindung Passau–Regensburg ist bis Freitag unterbrochen.",
        "Ein Feuerwehrmann wurde bei einem Einsatz in Deggendorf schwer verletzt.",
        "Der Bürgermeister kritisierte die Landesregierung für fehlende Deiche.",
        "In München fiel am Mittwoch ein Konzert wegen eines Gewitters aus.",
    ],
}
THRESHOLD = find_model("use-m3").threshold


def make_claims(articles: dict[str, list[str]]) -> list[Claim]:
    return [Claim(f"{a}:{i}", a, text, 0, len(text), 1) for a, texts in articles.items() for i, text in enumerate(texts)]


@pytest.fixture(scope="module")
def flood():
    claims = make_claims(ARTICLES)
    vectors = load_embedder(cache=False).encode([c.text for c in claims])
    clusters = cluster_claims(claims, vectors, THRESHOLD)
    return claims, vectors, clusters, cluster_of(clusters)


SAME = [
    ("de-a:0", "en-b:0", "displaced, German and English"),
    ("de-a:0", "de-c:0", "displaced, two German wordings"),
    ("de-a:2", "en-b:1", "river level, figures in both notations"),
    ("de-a:3", "en-b:2", "aid, German and English"),
    ("de-a:4", "de-c:1", "railway closed, German paraphrase"),
]
DIFFERENT = [
    ("de-a:1", "de-a:0", "evacuation order vs people displaced"),
    ("de-a:3", "de-c:3", "aid announced vs mayor's criticism"),
    ("en-b:4", "de-c:2", "firefighter rescued a dog vs firefighter injured"),
    ("de-a:2", "de-c:4", "river level on Wednesday vs concert cancelled on Wednesday"),
    ("en-b:3", "de-a:5", "shop losses vs rain forecast"),
]


@pytest.mark.parametrize(("one", "other", "why"), SAME, ids=[s[2] for s in SAME])
def test_same_claim_lands_in_one_cluster(flood, one, other, why):
    assert flood[3][one] == flood[3][other]


@pytest.mark.parametrize(("one", "other", "why"), DIFFERENT, ids=[d[2] for d in DIFFERENT])
def test_different_claims_stay_apart(flood, one, other, why):
    assert flood[3][one] != flood[3][other]


def test_every_claim_in_exactly_one_cluster(flood):
    claims, _, clusters, _ = flood
    members = [claim_id for c in clusters for claim_id in c.claim_ids]
    assert sorted(members) == sorted(c.id for c in claims)


def test_clusters_spanning_most_articles_come_first(flood):
    spans = [len(c.article_ids) for c in flood[2]]
    assert spans == sorted(spans, reverse=True) and spans[0] == 3


def test_cluster_ids_are_stable_and_independent_of_order(flood):
    claims, vectors, clusters, _ = flood
    order = np.random.default_rng(1).permutation(len(claims))
    again = cluster_claims([claims[i] for i in order], vectors[order], THRESHOLD)
    assert {c.id: set(c.claim_ids) for c in again} == {c.id: set(c.claim_ids) for c in clusters}


def test_threshold_above_every_score_leaves_only_unique_claims(flood):
    claims, vectors, _, _ = flood
    assert all(len(c.claim_ids) == 1 for c in cluster_claims(claims, vectors, 10.0))


LANGUAGES = {"de-a": "de", "en-b": "en", "de-c": "de"}


def test_each_member_carries_the_judge_score_that_admitted_it(flood):
    claims, vectors, _, _ = flood
    clusters = cluster_claims(claims, vectors, THRESHOLD, languages=LANGUAGES)
    assert any(len(c.claim_ids) > 1 for c in clusters)
    for cluster in clusters:
        if len(cluster.claim_ids) == 1:
            assert cluster.scores == ()  # a claim alone was admitted by no pair
        else:
            assert len(cluster.scores) == len(cluster.claim_ids)
            assert all(THRESHOLD <= score <= 1 for score in cluster.scores)


def test_knowing_two_languages_lets_a_translation_in(flood):
    """Across languages only names and figures can be shared words: the judge, told the languages,
    weighs the cosine instead, and the German/English pair is grouped."""
    claims, vectors, _, _ = flood
    pair = [i for i, c in enumerate(claims) if c.id in ("de-a:0", "en-b:0")]
    (together,) = [c for c in cluster_claims([claims[i] for i in pair], vectors[pair], THRESHOLD, languages=LANGUAGES)]
    assert len(together.claim_ids) == 2


# Pairs a sentence encoder hears as one claim. One delivery told in German and English, and its
# reverse (cosine 0.99 for "Nordkorea liefert Munition an Russland" and its reverse):
ARMS = {
    "de-x": ["Nordkorea hat Millionen Artilleriegranaten an Russland geliefert.",
             "Die Züge fahren über den Grenzübergang bei Tumangang.", "Kim Jong Un besuchte eine Munitionsfabrik."],
    "en-y": ["North Korea has shipped millions of artillery shells to Russia.",
             "Satellite images show trains at the border.", "Analysts expect further deliveries this winter."],
    "de-z": ["Russland hat Millionen Artilleriegranaten an Nordkorea geliefert.",
             "Die Regierung in Seoul zeigte sich besorgt.", "Der Sicherheitsrat tagt am Montag."],
}
# One quotation in two German wordings and in English, and another quotation about the same talks:
QUOTED = {
    "de-a": ["Der Außenminister nannte die Gespräche in Genf „konstruktiv und offen“.",
             "Die Delegationen reisten am Abend ab.", "Ein weiteres Treffen ist für März geplant."],
    "de-b": ["Der Außenminister sprach nach den Gesprächen in Genf von einem „historischen Durchbruch“.",
             "Die Polizei sperrte die Innenstadt ab.", "Demonstranten forderten einen Waffenstillstand."],
    "de-c": ["Die Gespräche in Genf seien „konstruktiv und offen“ gewesen, sagte der Außenminister.",
             "Beobachter zeigten sich skeptisch.", "Die Börsen reagierten kaum."],
    "en-d": ['The foreign minister described the talks in Geneva as "constructive and frank".',
             "Delegations left in the evening.", "Another round is planned for March."],
}


@pytest.mark.parametrize("reading", [True, False], ids=["read", "not read"])
@pytest.mark.parametrize(
    ("articles", "reader", "ignore", "same", "different"),
    [
        pytest.param(ARMS, "crosscheck.cluster.opposite", lambda one, other: False,
                     [("de-x:0", "en-y:0")], ("de-x:0", "de-z:0"), id="who gives to whom"),
        pytest.param(QUOTED, "crosscheck.cluster.quotations", lambda text: [],
                     [("de-a:0", "de-c:0"), ("de-a:0", "en-d:0")], ("de-a:0", "de-b:0"), id="whose words"),
    ],
)
def test_what_the_encoder_cannot_hear_keeps_claims_apart(monkeypatch, articles, reader, ignore, same, different, reading):
    if not reading:
        monkeypatch.setattr(reader, ignore)
    claims = make_claims(articles)
    vectors = load_embedder(cache=False).encode([c.text for c in claims])
    of = cluster_of(cluster_claims(claims, vectors, THRESHOLD, languages={a: a[:2] for a in articles}))
    assert all(of[one] == of[other] for one, other in same)
    # without reading it, the different claim joins them
    assert (of[different[0]] != of[different[1]]) == reading


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Mehr als 10.000 Soldaten", {"mehr", "als", "10000", "soldat"}),
        ("more than 10,000 soldiers", {"more", "than", "10000", "soldie"}),
        ("ein Pegel von 12,5 Metern", {"ein", "pegel", "von", "12.5", "metern"}),
        ("Kim Jong-un in Wonsan", {"kim", "jong", "wonsan"}),
        ("", set()),
    ],
)
def test_content_tokens(text, tokens):
    assert content_tokens(text) == tokens


# ---- bad input: sensible output, never a crash


def test_empty_corpus():
    assert cluster_claims([], np.zeros((0, 512), np.float32), THRESHOLD) == ()


def test_one_claim_is_a_unique_claim():
    (cluster,) = cluster_claims(make_claims({"a": ["Nur ein Satz."]}), unit_rows(1), THRESHOLD)
    assert cluster.claim_ids == ("a:0",) and cluster.article_ids == ("a",)


def test_identical_articles_pair_every_claim(flood):
    claims = make_claims({"x": ARTICLES["de-a"], "y": ARTICLES["de-a"]})
    vectors = np.concatenate([flood[1][:6], flood[1][:6]])
    clusters = cluster_claims(claims, vectors, THRESHOLD)
    assert len(clusters) == 6 and all(c.article_ids == ("x", "y") for c in clusters)


def test_mismatched_vectors_are_refused():
    with pytest.raises(ValueError):
        cluster_claims(make_claims({"a": ["Eins.", "Zwei."]}), unit_rows(3), THRESHOLD)


def unit_rows(n: int, dimension: int = 512, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, dimension)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 4), min_size=1, max_size=40), st.integers(0, 2**16))
def test_partition_property(article_of, seed):
    """Any corpus, any vectors: clusters partition the claims, ids unique, articles match members."""
    claims = [Claim(f"a{a}:{i}", f"a{a}", f"Satz {i % 7} über Thema {a}", 0, 1, 1) for i, a in enumerate(article_of)]
    base = unit_rows(8, 32, seed)
    vectors = base[np.array(article_of) % 8] + 0.05 * unit_rows(len(claims), 32, seed + 1)
    clusters = cluster_claims(claims, vectors / np.linalg.norm(vectors, axis=1, keepdims=True), 1.0)
    members = [m for c in clusters for m in c.claim_ids]
    assert sorted(members) == sorted(c.id for c in claims)
    assert len({c.id for c in clusters}) == len(clusters)
    by_id = {c.id: c for c in claims}
    assert all(set(c.article_ids) == {by_id[m].article_id for m in c.claim_ids} for c in clusters)


def test_a_50000_word_article_among_short_ones():
    words = " ".join(f"Wort{i % 500} und" for i in range(25_000))
    claims = make_claims({"long": [words, "Ein kurzer Satz."], "short": ["Ein kurzer Satz."]})
    vectors = unit_rows(3)
    vectors[2] = vectors[1]
    clusters = cluster_claims(claims, vectors, THRESHOLD)
    assert cluster_of(clusters)["long:1"] == cluster_of(clusters)["short:0"]
