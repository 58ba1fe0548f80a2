"""Figures in four languages meet in one comparison: the same counted thing gets the same key
whatever the language and case form, and a war's length or the time since an event never meets
a visit's length."""

from __future__ import annotations

from crosscheck.conflicts import find_conflicts
from crosscheck.quantities import extract_quantities
from crosscheck.records import Article, Claim, Cluster


def conflicts_in_one_cluster(sentences: list[tuple[str, str]]):
    articles = [Article(f"a{i}", f"a{i}.txt", "", f"a{i}", None, None, language, ()) for i, (language, _) in enumerate(sentences)]
    claims = [Claim(f"a{i}:1", f"a{i}", text, 0, len(text), 1) for i, (_, text) in enumerate(sentences)]
    found = extract_quantities(claims, {a.id: a.language for a in articles})
    cluster = Cluster("k", tuple(c.id for c in claims), tuple(a.id for a in articles))
    return find_conflicts(found, claims, tuple(articles), (cluster,), (), ())


def articles_compared(conflicts) -> set[frozenset[str]]:
    return {frozenset(ref.claim_id.split(":")[0] for ref in c.quantity_refs) for c in conflicts}


def test_troop_figures_in_four_languages_are_compared_with_each_other():
    conflicts = conflicts_in_one_cluster([
        ("de", "Pjöngjang schickte rund 11.000 Soldaten nach Russland."),
        ("en", "Pyongyang sent some 12-thousand troops to Russia."),
        ("fr", "Pyongyang a envoyé plus de 10 000 militaires en Russie."),
        ("ru", "Пхеньян направил в Россию около 13 тысяч военнослужащих."),
    ])
    pairs = articles_compared(conflicts)
    assert len(pairs) == 6  # every pair of the four articles
    assert frozenset({"a2", "a3"}) in pairs


def test_russian_case_forms_count_the_same_soldiers():
    conflicts = conflicts_in_one_cluster([
        ("ru", "В Россию прибыли 11 тысяч солдат."),
        ("ru", "Командование выдало паёк 15 тысячам солдатам."),
    ])
    assert articles_compared(conflicts) == {frozenset({"a0", "a1"})}


def test_a_war_or_elapsed_time_is_never_compared_with_a_visit():
    conflicts = conflicts_in_one_cluster([
        ("de", "Lawrow kam zu einem dreitägigen Besuch."),
        ("en", "The three-year conflict goes on."),
        ("fr", "C'est sa première visite depuis 24 ans."),
        ("ru", "Лавров прибыл с двухдневным визитом."),
    ])
    assert articles_compared(conflicts) == {frozenset({"a0", "a3"})}  # only the two visits
