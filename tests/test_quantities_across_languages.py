"""Figures in four languages meet in one question: the same counted thing gets the same key
whatever the language and case form, and a war's length or the time since an event never joins
a visit's length."""

from __future__ import annotations

from crosscheck.figures import figure_questions
from crosscheck.quantities import extract_quantities
from crosscheck.records import Article, Claim, Cluster


def questions_in_one_cluster(sentences: list[tuple[str, str]]):
    articles = [Article(f"a{i}", f"a{i}.txt", "", f"a{i}", None, None, language, ()) for i, (language, _) in enumerate(sentences)]
    claims = [Claim(f"a{i}:1", f"a{i}", text, 0, len(text), 1) for i, (_, text) in enumerate(sentences)]
    found = extract_quantities(claims, {a.id: a.language for a in articles})
    cluster = Cluster("k", tuple(c.id for c in claims), tuple(a.id for a in articles))
    return figure_questions(found, claims, tuple(articles), (cluster,), ())


def articles_together(questions) -> list[set[str]]:
    """For each question, the articles whose figures it holds."""
    return [{aid for e in q.estimates for aid in e.article_ids} for q in questions]


def test_troop_figures_in_four_languages_answer_one_question():
    questions = questions_in_one_cluster([
        ("de", "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        ("en", "Pyongyang sent some 12-thousand troops to Russia."),
        ("fr", "Pyongyang a envoyé plus de 10 000 militaires en Russie."),
        ("ru", "Пхеньян направил в Россию около 13 тысяч военнослужащих."),
    ])
    assert {"a0", "a1", "a2", "a3"} in articles_together(questions)


def test_russian_case_forms_count_the_same_soldiers():
    questions = questions_in_one_cluster([
        ("ru", "В Россию прибыли 11 тысяч солдат."),
        ("ru", "Командование выдало паёк 15 тысячам солдатам."),
    ])
    assert {"a0", "a1"} in articles_together(questions)


def test_a_war_or_elapsed_time_never_joins_a_visit():
    questions = questions_in_one_cluster([
        ("de", "Lawrow kam zu einem dreitägigen Besuch."),
        ("en", "The three-year conflict goes on."),
        ("fr", "C'est sa première visite depuis 24 ans."),
        ("ru", "Лавров прибыл с двухдневным визитом."),
    ])
    groups = articles_together(questions)
    assert not any(group & {"a0", "a3"} and group & {"a1", "a2"} for group in groups)
