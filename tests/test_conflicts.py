"""Conflicts between figures, on hand-built articles: which pairs are compared and how they are judged."""

from __future__ import annotations

import random

import pytest

from crosscheck.conflicts import find_conflicts
from crosscheck.figures import figure_questions
from crosscheck.quantities import extract_quantities
from crosscheck.records import Article, Attribution, Claim, Cluster, Conflict, Source


def article(article_id: str, date: str | None = None, language: str = "de", outlet: str | None = None) -> Article:
    return Article(article_id, f"{article_id}.txt", "", article_id, outlet, date, language, ())


def conflicts_of(
    sentences: list[tuple[Article, str]],
    same_cluster: bool = False,
    attributions: tuple[Attribution, ...] = (),
    sources: tuple[Source, ...] = (),
) -> tuple[Conflict, ...]:
    """Run extraction and conflict finding over one claim per (article, sentence)."""
    articles = {a.id: a for a, _ in sentences}
    claims = [Claim(f"{a.id}:{i}", a.id, text, 0, len(text), 1) for i, (a, text) in enumerate(sentences)]
    clusters = (Cluster("k", tuple(c.id for c in claims), tuple(articles)),) if same_cluster else ()
    found = extract_quantities(claims, {a.id: a.language for a in articles.values()})
    questions = figure_questions(found, claims, tuple(articles.values()), clusters, attributions, sources)
    return find_conflicts(questions, found, tuple(articles.values()), sources)


def test_overlapping_troop_figures_are_a_discrepancy_of_precision():
    (conflict,) = conflicts_of([
        (article("a"), "Pjöngjang schickte rund 11.000 Soldaten nach Russland, um Moskau zu helfen."),
        (article("b"), "Pjöngjang entsandte mehr als 10.000 Truppen nach Russland."),
    ])
    assert conflict.kind == "discrepancy"
    assert [r.value for r in conflict.quantity_refs] == [11000, 10000]
    assert conflict.relative_difference == pytest.approx(1000 / 11000, abs=1e-4)
    assert "overlap" in conflict.explanation and "neither article is dated" in conflict.explanation


def test_figures_without_overlap_on_the_same_date_contradict():
    (conflict,) = conflicts_of([
        (article("a", "2024-11-02"), "Nordkorea hat 5.000 Soldaten nach Kursk entsandt, sagte Selenskyj."),
        (article("b", "2024-11"), "Nach Kursk hat Nordkorea rund 8.000 Soldaten entsandt, sagte Selenskyj."),
    ])
    assert conflict.kind == "contradiction"
    assert "38% apart" in conflict.explanation


def test_undated_articles_are_taken_as_one_story_and_the_explanation_says_so():
    (conflict,) = conflicts_of([
        (article("a"), "Nordkorea hat 5.000 Soldaten nach Kursk entsandt, sagte Selenskyj."),
        (article("b"), "Nach Kursk hat Nordkorea rund 8.000 Soldaten entsandt, sagte Selenskyj."),
    ])
    assert conflict.kind == "contradiction"
    assert "neither article is dated" in conflict.explanation


def test_articles_from_different_dates_report_different_times():
    (conflict,) = conflicts_of([
        (article("a", "2023-10"), "Lawrow hat seinen zweitägigen Besuch in Nordkorea beendet."),
        (article("b", "2025-07-12"), "Lawrow kam zu einem dreitägigen Besuch nach Nordkorea."),
    ])
    assert conflict.kind == "different-time"
    assert "2023-10" in conflict.explanation and "2025-07-12" in conflict.explanation


def test_a_dated_and_an_undated_article_are_not_called_a_contradiction():
    (conflict,) = conflicts_of([
        (article("a"), "Lawrow kam zu einem dreitägigen Besuch nach Nordkorea."),
        (article("b", "2023-10"), "Lawrow hat seinen zweitägigen Besuch in Nordkorea beendet."),
    ])
    assert conflict.kind == "different-time"
    assert "a carries no date" in conflict.explanation


def test_different_years_named_in_the_claims_are_different_times():
    (conflict,) = conflicts_of([
        (article("a", language="en"), "In 2022, Russia said 3,000 Wagner fighters were in Bakhmut."),
        (article("b", language="en"), "In 2024, Russia said 9,000 Wagner fighters were in Bakhmut."),
    ])
    assert conflict.kind == "different-time"
    assert "2022 vs 2024" in conflict.explanation


def test_overlapping_figures_from_different_times_are_not_flagged():
    assert conflicts_of([
        (article("a", "2023-01"), "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        (article("b", "2025-01"), "Pjöngjang schickte mehr als 10.000 Soldaten nach Russland."),
    ]) == ()


def test_guests_of_a_resort_are_not_soldiers():
    assert conflicts_of([
        (article("a"), "Das Resort in Wonsan bietet Unterkünfte für fast 20.000 Gäste, berichtet KCNA."),
        (article("b"), "Nordkorea schickte 10.000 Soldaten nach Russland, berichtet KCNA aus Wonsan."),
    ], same_cluster=True) == ()


def test_an_additional_figure_is_not_a_rival_total():
    assert conflicts_of([
        (article("a"), "Pjöngjang plane, weitere 25.000 bis 30.000 Soldaten nach Russland zu entsenden."),
        (article("b"), "Pjöngjang entsandte mehr als 10.000 Soldaten nach Russland."),
    ], same_cluster=True) == ()


def test_people_sent_to_a_war_count_as_troops():
    (conflict,) = conflicts_of([
        (article("a"), "Pjöngjang hat rund 11.000 Nordkoreaner nach Russland entsandt."),
        (article("b"), "Pjöngjang hat mehr als 10.000 Soldaten nach Russland geschickt."),
    ])
    assert conflict.kind == "discrepancy"


def test_figures_in_other_clusters_need_shared_context():
    assert conflicts_of([
        (article("a"), "Touristen kamen im Winter für einen dreitägigen Skiurlaub nach Masikryong."),
        (article("b", "2023-10"), "Lawrow hat seinen zweitägigen Besuch in Nordkorea beendet."),
    ]) == ()


def test_one_cluster_is_context_enough_across_languages():
    (conflict,) = conflicts_of([
        (article("a", language="en"), "Some 11,000 troops were sent, CNN reported."),
        (article("b"), "Mehr als 10.000 Soldaten wurden entsandt."),
    ], same_cluster=True)
    assert conflict.kind == "discrepancy"


@pytest.mark.parametrize(
    "sentences",
    [
        [(article("a"), "Pjöngjang schickte 10.000 Soldaten nach Russland."),
         (article("b"), "Pjöngjang schickte 10.000 Soldaten nach Russland.")],  # the same figure
        [(article("a"), "Pjöngjang schickte 10.000 Soldaten nach Russland. Dann 12.000 Soldaten nach Russland.")],
    ],
    ids=["agreeing figures", "one article"],
)
def test_no_conflict_without_two_articles_that_disagree(sentences):
    assert conflicts_of(sentences) == ()


def test_the_explanation_names_who_relays_whom():
    a, b = article("a", outlet="Telepolis"), article("b")
    attributions = (Attribution("a:0", "a", ("reuters", "kcna"), "laut"),)
    sources = (Source("reuters", "Reuters", "agency"), Source("kcna", "KCNA", "agency"))
    (conflict,) = conflicts_of([
        (a, "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        (b, "Pjöngjang schickte mehr als 10.000 Soldaten nach Russland."),
    ], attributions=attributions, sources=sources)
    assert conflict.explanation.startswith(
        "a (Telepolis; KCNA via Reuters) says about 11,000 (10,450–11,550) Soldaten; b says more than 10,000 Soldaten — "
    )


def test_conflict_ids_come_from_the_claims_and_do_not_depend_on_input_order():
    sentences = [
        (article("a"), "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        (article("b"), "Pjöngjang schickte mehr als 10.000 Soldaten nach Russland."),
        (article("c"), "Pjöngjang schickte 15.000 Soldaten nach Russland."),
    ]
    articles = {a.id: a for a, _ in sentences}
    claims = [Claim(f"{a.id}:0", a.id, text, 0, len(text), 1) for a, text in sentences]
    found = extract_quantities(claims, {"a": "de", "b": "de", "c": "de"})
    first = find_conflicts(figure_questions(found, claims, tuple(articles.values())), found, tuple(articles.values()))
    shuffled = list(found)
    random.Random(5).shuffle(shuffled)
    again = find_conflicts(figure_questions(shuffled, claims, tuple(articles.values())), shuffled, tuple(articles.values()))
    assert {c.id for c in first} == {c.id for c in again}
    assert all(ref.claim_id in c.id for c in first for ref in c.quantity_refs)
    assert len(first) == 3
