"""Datelines, bylines, credits, captions, image and tag ids and navigation lines are article metadata,
never claims, in German, English, French and Russian (issue 17, item 4)."""

from __future__ import annotations

import re

import pytest

# Each article: its lines, each marked "+" (prose: must be a claim or part of one) or "-" (boilerplate:
# no claim may contain it). Where a dateline opens a paragraph, the prose after it is marked separately.
ARTICLES = {
    "de": ("dpa", """
- Startseite > Politik > Ausland
+ Kim Jong Un besucht Moskau
- Von Max Muster
- MOSKAU, 12. Juni (dpa) -
+ Nordkoreas Machthaber Kim Jong Un ist zu Gesprächen in Moskau eingetroffen.
- Kim Jong Un und Wladimir Putin am Mittwoch im Kreml. Foto: Reuters
+ Die beiden Politiker sprachen nach Angaben des Kremls über militärische Zusammenarbeit.
- IMG_20240612_0931.jpg
- Schlagworte: Nordkorea, Russland, Kim Jong Un
- © dpa
- Nach oben
"""),
    "de-2": ("AFP", """
+ Waffenruhe im Gazastreifen verlängert
- Von Anna Schmidt und Jan Ohm, Berlin
- Berlin (AFP) –
+ Die Waffenruhe im Gazastreifen ist um zwei Tage verlängert worden, teilte Katar mit.
- Menschen warten an einem Grenzübergang in Rafah. (Bild: AP / Fatima Shbair)
+ Bislang wurden 50 Geiseln freigelassen.
- Themen: Nahost, Israel, Gaza
- Teilen
"""),
    "en": ("Reuters", """
- Home / World / Asia
+ Kim arrives in Moscow for talks
- By Jane Doe
- SEOUL, June 12 (Reuters) -
+ North Korean leader Kim Jong Un arrived in Moscow on Wednesday for talks with President Vladimir Putin, state media said.
- Kim Jong Un and Vladimir Putin at the Kremlin on Wednesday. Photo: AP
+ The two leaders discussed military cooperation, the Kremlin said.
- Image ID: 3f2a9c81-77d1
- Tags: North Korea, Russia, Kim Jong Un
- Source: Reuters
- Back to top
"""),
    "en-2": ("AP", """
+ Wildfire forces thousands to flee
- By John Smith and Maria Lopez, Associated Press
- ATHENS, Greece (AP) —
+ A wildfire on the outskirts of Athens forced about 3,000 people to leave their homes on Sunday, officials said.
- A firefighter battles the flames near Varnavas. (Photo: Michael Varaklas)
+ Strong winds were expected to ease by Monday evening.
- Copyright 2024 The Associated Press. All rights reserved
- Share
"""),
    "fr": ("AFP", """
- Accueil > International > Asie
+ Kim Jong Un en visite à Moscou
- Par Jean Dupont
- MOSCOU, 12 juin (AFP) -
+ Le dirigeant nord-coréen Kim Jong Un est arrivé mercredi à Moscou pour des entretiens avec Vladimir Poutine.
- Kim Jong Un et Vladimir Poutine au Kremlin mercredi. Photo : AFP
+ Les deux dirigeants ont évoqué la coopération militaire, selon le Kremlin.
- Mots-clés : Corée du Nord, Russie
- (AFP)
- Partager
"""),
    "fr-2": ("AFP", """
+ Feux de forêt : 3 000 personnes évacuées près d'Athènes
- Par Marie Curie et Paul Martin, à Athènes
- ATHÈNES, 11 août (AFP) -
+ Un incendie a forcé environ 3 000 personnes à quitter leur domicile dimanche, selon les pompiers.
- Un pompier lutte contre les flammes à Varnavas. Crédit : Angelos Tzortzinis
+ Les vents devraient faiblir lundi soir.
- Lire aussi : Les incendies se multiplient en Grèce
- Retour en haut
"""),
    "ru": ("ТАСС", """
- Главная / Политика / В мире
+ Ким Чен Ын прибыл в Москву
- Автор: Иван Петров
- МОСКВА, 12 июня. /ТАСС/.
+ Лидер КНДР Ким Чен Ын прибыл в Москву для переговоров с президентом России Владимиром Путиным.
- Ким Чен Ын и Владимир Путин в Кремле в среду. Фото: ТАСС
+ Стороны обсудили военное сотрудничество, сообщили в Кремле.
- Теги: КНДР, Россия
- Фото: Сергей Иванов / ТАСС
- Поделиться
"""),
    "ru-2": ("Интерфакс", """
+ Пожар под Афинами
- Текст: Анна Смирнова
- АФИНЫ, 11 августа. /Интерфакс/.
+ Около 3 тыс. человек эвакуированы из-за лесного пожара в пригороде Афин, сообщили пожарные.
- Пожарный тушит огонь в Варнавасе. Фото: Reuters
+ Ожидается, что ветер ослабнет к вечеру понедельника.
- Читайте также: Пожары в Греции
- Наверх
"""),
    "ru-3": ("РИА Новости", """
+ В Сеуле заявили о новых поставках
- СЕУЛ, 12 июн — РИА Новости.
+ Разведка Южной Кореи сообщила о новых поставках снарядов из КНДР в Россию.
- Фото: AP Photo / Ahn Young-joon
+ Официальный Пхеньян эти данные не комментировал.
"""),
}


def _article(spec: str) -> tuple[str, list[str], list[str]]:
    """The article text (a dateline joined to the prose after it), its prose lines and its boilerplate."""
    lines = [(line[0], line[2:]) for line in spec.strip().splitlines()]
    text, prose, boilerplate = [], [], []
    for i, (mark, line) in enumerate(lines):
        (prose if mark == "+" else boilerplate).append(line)
        joined_to_next = mark == "-" and re.search(r"[–—-]$|/\.$|Новости\.$", line) and i + 1 < len(lines)
        text.append(line + (" " if joined_to_next else "\n"))
    return "".join(text), prose, boilerplate


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_no_boilerplate_line_becomes_a_claim_and_the_prose_stays(read_one, name):
    outlet, spec = ARTICLES[name]
    text, prose, boilerplate = _article(spec)
    article, claims = read_one(f"{name}.txt", text)
    for line in boilerplate:
        assert not any(line in claim or claim in line for claim in claims), (line, claims)
    for line in prose:
        assert any(line in claim for claim in claims), (line, claims)
    assert article.title == prose[0]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_a_wire_named_in_a_dateline_or_credit_is_the_article_outlet(read_one, name):
    outlet, spec = ARTICLES[name]
    article, _ = read_one(f"{name}.txt", _article(spec)[0])
    assert article.outlet == outlet


def test_the_corpus_together_yields_no_boilerplate_claim_through_the_pipeline(write_file):
    from crosscheck.ingest import read_articles
    from crosscheck.segment import split_claims

    paths = [str(write_file(f"{name}.txt", _article(spec)[0])) for name, (_, spec) in ARTICLES.items()]
    articles, problems = read_articles(paths)
    assert problems == () and len(articles) == len(ARTICLES)
    claims = [c.text for a in articles for c in split_claims(a)]
    boilerplate = [line for _, spec in ARTICLES.values() for line in _article(spec)[2]]
    assert [c for c in claims if any(b in c or c in b for b in boilerplate)] == []
    assert len(claims) == sum(len(_article(spec)[1]) for _, spec in ARTICLES.values())


STORY_OF = {"de": "kim", "en": "kim", "fr": "kim", "ru": "kim", "de-2": "gaza", "en-2": "fire", "fr-2": "fire",
            "ru-2": "fire", "ru-3": "shells"}


def test_no_cluster_joins_two_stories(write_file):
    """Datelines, credits and bylines look alike across stories; grouped, they would join them."""
    from crosscheck.pipeline import analyze

    for name, (_, spec) in ARTICLES.items():
        folder = write_file(f"corpus/{name}.txt", _article(spec)[0]).parent
    report = analyze([str(folder)])
    story = {a.id: STORY_OF[a.id] for a in report.articles}
    assert set(story.values()) == set(STORY_OF.values())
    assert [c.claim_ids for c in report.clusters if len({story[a] for a in c.article_ids}) > 1] == []
    assert any(len(set(c.article_ids)) > 1 for c in report.clusters)  # restatements still group
