"""Figure questions: which figures answer the same question, what status each has, and the verdict."""

from __future__ import annotations

import math
import random

import pytest

from crosscheck.figures import figure_questions, read_figures
from crosscheck.quantities import extract_quantities
from crosscheck.records import Article, Attribution, Claim, Quantity


def article(article_id: str, date: str | None = None, language: str = "de", outlet: str | None = None) -> Article:
    return Article(article_id, f"{article_id}.txt", "", article_id, outlet, date, language, ())


def questions_of(sentences, attributions=()):
    """One claim per (article, sentence); parse its figures and group them into questions."""
    articles = {a.id: a for a, _ in sentences}
    claims = [Claim(f"{a.id}:{i}", a.id, text, 0, len(text), 1) for i, (a, text) in enumerate(sentences)]
    found = extract_quantities(claims, {a.id: a.language for a in articles.values()})
    return figure_questions(found, claims, tuple(articles.values()), (), attributions)


def question_with(questions, text):
    """The question holding the estimate whose words contain `text`."""
    return next(q for q in questions if any(text in e.text for e in q.estimates))


def says(article_id: str, index: int, *chain: str) -> Attribution:
    return Attribution(f"{article_id}:{index}", article_id, tuple(chain), "laut")


# -- status: what kind of figure it is -----------------------------------------------------------

STATUS_CASES = [
    # (language, sentence, the figure as written, expected status)
    ("de", "Die Regierung plant, 10.000 Soldaten in die Region zu schicken.", "10.000", "planned"),
    ("de", "Bis Ende des Jahres sollen 5.000 Helfer im Einsatz sein.", "5.000", "planned"),
    ("de", "Insgesamt wurden bislang 212 Tote geborgen.", "212", "cumulative"),
    ("de", "6.000 Helfer sind im Einsatz, darunter 1.000 Soldaten.", "1.000", "part"),
    ("de", "Nach Angaben der Polizei demonstrierten 8.000 Menschen.", "8.000", "current"),
    ("en", "The government plans to send 10,000 troops to the region.", "10,000", "planned"),
    ("en", "A total of 212 people have died so far.", "212", "cumulative"),
    ("en", "Some 6,000 helpers are deployed, including 1,000 soldiers.", "1,000", "part"),
    ("en", "About 3,000 troops are already in the region.", "3,000", "current"),
    ("en", "Police said 8,000 people marched on Saturday.", "8,000", "current"),
    ("en", "The army deployed 6,000 people: 1,000 sappers and 5,000 builders.", "1,000", "part"),
    ("en", "The army deployed 6,000 people: 1,000 sappers and 5,000 builders.", "5,000", "part"),
    ("en", "The army deployed 6,000 people: 1,000 sappers and 5,000 builders.", "6,000", "current"),
    ("fr", "Le gouvernement prévoit d'envoyer 10 000 soldats.", "10 000", "planned"),
    ("fr", "Au total, 212 personnes sont mortes.", "212", "cumulative"),
    ("fr", "6 000 secouristes sont mobilisés, dont 1 000 soldats.", "1 000", "part"),
    ("fr", "La police a compté 8 000 manifestants.", "8 000", "current"),
    ("ru", "Правительство планирует направить 10 000 военных.", "10 000", "planned"),
    ("ru", "Всего погибли 212 человек.", "212", "cumulative"),
    ("ru", "В операции участвуют 6000 человек, в том числе 1000 военных.", "1000", "part"),
    ("ru", "Полиция насчитала 8000 демонстрантов.", "8000", "current"),
]


def _quantity_at(text: str, figure: str, value: float, claim_id: str) -> Quantity:
    start = text.index(figure)
    return Quantity(claim_id, figure, start, start + len(figure), value, value, value, "exact", "people")


@pytest.mark.parametrize(("language", "sentence", "figure", "status"), STATUS_CASES)
def test_status_of_a_figure(language, sentence, figure, status):
    a = article("a", language=language)
    claim = Claim("a:0", "a", sentence, 0, len(sentence), 1)
    # Built by hand so that the table tests status words in every language, whatever the parser reads.
    quantities = [_quantity_at(sentence, f, float(f.replace(",", "").replace(".", "").replace(" ", "")), claim.id)
                  for f in dict.fromkeys([figure, *(w for w in sentence.replace(":", " ").split() if w[:1].isdigit()
                                                    and w.rstrip(",.") != figure)])
                  if f in sentence]
    (reading,) = [r for r in read_figures(quantities, [claim], [a]) if r.quantity.text == figure]
    assert reading.status == status


@pytest.mark.parametrize(("language", "sentence"), [
    ("de", "Pjöngjang schickte weitere 2.000 Soldaten nach Russland."),
    ("en", "Pyongyang sent another 2,000 troops to Russia."),
    ("en", "Pyongyang sent 2,000 more troops to Russia."),
])
def test_an_addition_is_read_from_the_figures_qualifier(language, sentence):
    (question,) = questions_of([(article("a", language=language), sentence)])
    assert question.estimates[0].status == "additional"


def test_in_addition_to_a_figure_leaves_that_figure_a_count():
    (question,) = questions_of([(article("a"), "Pjöngjang plane, zusätzlich zu den rund 11.000 Nordkoreanern, "
                                               "die entsandt wurden, weitere 25.000 Soldaten zu schicken.")])
    assert {e.value: e.status for e in question.estimates} == {11000: "current", 25000: "additional"}


# -- grouping: which figures answer one question -------------------------------------------------

def test_figures_about_different_things_stay_apart():
    questions = questions_of([
        (article("a", language="en"), "Police said 8,000 protesters marched through the capital on Saturday."),
        (article("b", language="en"), "The capital's budget for the stadium is 80 million euros."),
        (article("c", language="en"), "The 54-year-old minister spoke for two hours at the summit in the capital."),
        (article("d", language="en"), "At least 40 houses were destroyed by the flood in the capital."),
        (article("e", language="en"), "Organisers said 40,000 protesters marched through the capital on Saturday."),
    ])
    protest = question_with(questions, "8,000")
    assert {e.text for e in protest.estimates} == {"8,000 protesters", "40,000 protesters"}
    assert not any(len(q.estimates) > 1 for q in questions if q is not protest)


def test_a_visit_and_a_war_are_not_one_duration():
    questions = questions_of([
        (article("a", language="en"), "Lavrov arrived in Pyongyang for a three-day visit, the ministry said."),
        (article("b", language="en"), "Lavrov's two-day visit to Pyongyang ended, the ministry said."),
        (article("c", language="en"), "Pyongyang backs Moscow in the three-year war, the ministry said."),
    ])
    visit = question_with(questions, "three-day visit")
    assert {e.value for e in visit.estimates} == {3, 2}
    assert all("war" not in e.text for e in visit.estimates)


def test_one_claim_cluster_joins_figures_across_languages():
    from crosscheck.records import Cluster

    a, b = article("a", language="en"), article("b")
    claims = [Claim("a:0", "a", "Some 11,000 troops were sent, CNN reported.", 0, 43, 1),
              Claim("b:0", "b", "Mehr als 10.000 Soldaten wurden entsandt.", 0, 41, 1)]
    found = extract_quantities(claims, {"a": "en", "b": "de"})
    (question,) = figure_questions(found, claims, (a, b), (Cluster("k", ("a:0", "b:0"), ("a", "b")),))
    assert question.verdict == "differs in precision"


# -- verdicts ------------------------------------------------------------------------------------

def test_two_origins_at_one_time_with_disjoint_figures_contradict():
    (question,) = [q for q in questions_of([
        (article("a", "2025-05-05", outlet="Ledger"), "Laut Polizei demonstrierten am Samstag 8.000 Menschen in Veloria."),
        (article("b", "2025-05-05", outlet="Post"), "Laut den Veranstaltern demonstrierten am Samstag 40.000 Menschen in Veloria."),
    ], attributions=(says("a", 0, "police"), says("b", 1, "organisers"))) if len(q.estimates) > 1]
    assert question.verdict == "contradicts"
    assert "police" in question.reason and "organisers" in question.reason and "2025-05-05" in question.reason


def test_a_toll_that_grows_over_months_evolves():
    questions = questions_of([
        (article("a", "2025-01-10", "en"), "The flood in Veloria has killed 12 people, the ministry said."),
        (article("b", "2025-02-14", "en"), "The flood in Veloria has killed at least 48 people, the ministry said."),
        (article("c", "2025-04-02", "en"), "The flood in Veloria has killed 130 people, the Red Cross said."),
    ], attributions=(says("a", 0, "ministry"), says("b", 1, "ministry"), says("c", 2, "red-cross")))
    question = question_with(questions, "12 people")
    assert question.verdict == "evolves"
    assert [e.time for e in question.estimates] == ["2025-01-10", "2025-02-14", "2025-04-02"]
    assert "12 people (2025-01-10" in question.reason and question.reason.index("12 ") < question.reason.index("130")


def test_overlapping_figures_differ_in_precision():
    questions = questions_of([
        (article("a"), "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        (article("b"), "Pjöngjang schickte mehr als 10.000 Soldaten nach Russland."),
    ])
    (question,) = questions
    assert question.verdict == "differs in precision"


def test_a_dated_and_an_undated_figure_that_disagree_cannot_be_placed():
    questions = questions_of([
        (article("a"), "Lawrow kam zu einem dreitägigen Besuch nach Nordkorea."),
        (article("b", "2023-10"), "Lawrow hat seinen zweitägigen Besuch in Nordkorea beendet."),
    ])
    (question,) = [q for q in questions if len(q.estimates) > 1]
    assert question.verdict == "time unknown"


def test_a_plan_is_not_compared_with_a_count():
    questions = questions_of([
        (article("a", "2025-03-01", "en"), "About 3,000 Velorian troops are already in the border region."),
        (article("b", "2025-03-02", "en"), "Veloria plans to send 10,000 troops to the border region."),
    ])
    (question,) = questions
    assert [e.status for e in question.estimates] == ["current", "planned"]
    assert question.verdict == "consistent"


def test_a_total_and_its_part_are_a_composition_not_a_conflict():
    questions = questions_of([
        (article("a", "2025-03-01"), "Nordkorea schickt rund 6.000 Pioniere und Bauarbeiter in die Region Kursk."),
        (article("b", "2025-03-01"), "Nordkorea schickt 1.000 Pioniere in die Region Kursk."),
    ])
    (question,) = [q for q in questions if len(q.estimates) > 1]
    assert {e.value: e.status for e in question.estimates} == {6000: "current", 1000: "part"}
    assert question.verdict == "consistent"


def test_restatements_from_one_origin_are_one_estimate_with_several_articles():
    questions = questions_of([
        (article("a", "2025-02-14", "en"), "At least 48 people died in the flood in Veloria, the ministry said."),
        (article("b", "2025-02-14", "en"), "The ministry said at least 48 people died in the flood in Veloria."),
        (article("c", "2025-02-14"), "Mindestens 48 Menschen starben bei der Flut in Veloria, teilte das Ministerium mit."),
    ], attributions=(says("a", 0, "ministry"), says("b", 1, "ministry"), says("c", 2, "ministry")))
    question = question_with(questions, "48 people")
    (estimate,) = [e for e in question.estimates if e.value == 48 and e.origin == "ministry" and len(e.article_ids) > 1]
    assert set(estimate.article_ids) >= {"a", "b"}


def test_two_relays_of_one_statement_that_disagree_contradict():
    questions = questions_of([
        (article("a", "2024-11-29", outlet="Handelsblatt"), "Die Inflation lag im November bei 2,2 Prozent."),
        (article("b", "2024-11-29", "en", outlet="Reuters"), "Inflation was 2.4% in November."),
    ], attributions=(says("a", 0, "destatis"), says("b", 1, "destatis")))
    (question,) = questions
    assert question.verdict == "contradicts"
    assert question.reason.startswith("Two relays of Federal Statistical Office (Destatis) disagree for 2024-11-29: "
                                      "a (Handelsblatt) says 2.2% and b (Reuters) 2.4%")


# -- input that is thin or odd -------------------------------------------------------------------

def test_no_figures_no_questions():
    assert questions_of([(article("a"), "Es regnete in Berlin.")]) == ()


def test_one_figure_is_one_consistent_question():
    (question,) = questions_of([(article("a"), "In Berlin demonstrierten 5.000 Menschen.")])
    assert question.verdict == "consistent" and len(question.estimates) == 1


def test_figures_without_a_counted_noun_make_no_question():
    assert questions_of([(article("a", language="en"), "The vote was 5 to 4.")]) == ()


@pytest.mark.parametrize("value", [math.inf, math.nan, -500.0])
def test_absurd_values_are_left_out(value):
    a = article("a")
    claim = Claim("a:0", "a", "x", 0, 1, 1)
    absurd = Quantity("a:0", "x", 0, 1, value, value, value, "exact", "Soldaten")
    sane = Quantity("a:0", "x", 0, 1, 1e30, 1e30, 1e30, "exact", "Soldaten")
    questions = figure_questions([absurd, sane], [claim], [a])
    assert [e.value for q in questions for e in q.estimates] == [1e30]


def test_questions_do_not_depend_on_the_order_quantities_arrive_in():
    sentences = [
        (article("a", "2025-01-10"), "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        (article("b", "2025-01-11"), "Pjöngjang schickte mehr als 10.000 Soldaten nach Russland."),
        (article("c", "2025-03-11"), "Pjöngjang schickte 15.000 Soldaten nach Russland."),
        (article("d"), "Das Resort in Wonsan bietet Unterkünfte für fast 20.000 Gäste."),
    ]
    articles = tuple(a for a, _ in sentences)
    claims = [Claim(f"{a.id}:0", a.id, text, 0, len(text), 1) for a, text in sentences]
    found = list(extract_quantities(claims, {a.id: a.language for a in articles}))
    first = figure_questions(found, claims, articles)
    random.Random(3).shuffle(found)
    assert figure_questions(found, claims, articles) == first
