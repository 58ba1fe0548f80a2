"""The hand-written hard cases of every language (tests/attribution_cases.py), one test each, and
the precision and recall that benchmarks/eval_attribution.py prints, kept as floors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from attribution_cases import CASES, KNOWN_MISSES, parse
from crosscheck.attribution import attribute_sentence, load_cues
from crosscheck.sources import load_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from eval_attribution import score  # noqa: E402

# Measured with benchmarks/eval_attribution.py; raise them when the extractor gets better, never lower.
FLOORS = {  # language: (precision, recall)
    "de": (1.00, 1.00),
    "en": (0.98, 0.98),
    "fr": (1.00, 0.98),
    "ru": (0.98, 0.98),
}
MIN_SENTENCES = 40


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


ROWS = [(language, sentence, expected) for language, rows in CASES.items() for sentence, expected in rows]


@pytest.mark.parametrize("language, sentence, expected", ROWS, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(ROWS)])
def test_hard_case(gazetteer, language, sentence, expected):
    found = attribute_sentence(sentence, [load_cues()[language]], gazetteer).found
    chains = {(chain, speaker) for chain, _, speaker, _ in found}
    if (language, sentence) in KNOWN_MISSES:
        assert chains != parse(expected), f"fixed: move it out of KNOWN_MISSES ({KNOWN_MISSES[language, sentence]})"
    else:
        assert chains == parse(expected)


@pytest.mark.parametrize("language", sorted(CASES))
def test_each_language_has_enough_cases_including_ones_that_find_nothing(language):
    rows = CASES[language]
    assert len(rows) >= MIN_SENTENCES
    assert sum(1 for _, expected in rows if not expected) >= 8


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_precision_and_recall_floors(gazetteer, language):
    measured = score(language, gazetteer)
    precision, recall = FLOORS[language]
    assert measured.precision >= precision and measured.recall >= recall, measured


def test_every_language_with_cues_has_cases():
    assert set(load_cues()) <= set(CASES)


STORY = {  # one story relayed in four languages: a wire chain to a state agency, places that speak, relays
    "de.txt": "Nordkorea schickt weitere Soldaten\n\nReuters berichtete unter Berufung auf KCNA, Kim Jong Un habe die "
              "Truppen verabschiedet. Kiew sagte, die Soldaten kämpften in Kursk. Peskow sagte der BBC, es gebe "
              "keine Pläne.\n",
    "en.txt": "North Korea sends more troops\n\nReuters reported, citing KCNA, that Kim Jong Un saw the troops off. "
              "Russia said the soldiers were on exercises. Western officials told the BBC that losses were heavy.\n",
    "fr.txt": "La Corée du Nord envoie des renforts\n\nSelon Reuters, citant l'agence officielle KCNA, Kim Jong Un a "
              "salué les troupes. Moscou a affirmé que les soldats étaient en exercice. Volodymyr Zelensky a déclaré "
              "à l'AFP que la situation était difficile.\n",
    "ru.txt": "КНДР направила новых военных\n\nОб этом пишет Reuters со ссылкой на ЦТАК. Москва заявила, что военные "
              "проходят учения. Песков заявил в интервью РИА Новости, что решений нет.\n",
}


def test_one_story_in_four_languages_end_to_end(write_file):
    from crosscheck import analyze

    for name, text in STORY.items():
        folder = write_file(f"story/{name}", text).parent
    report = analyze([str(folder)])
    language_of = {a.id: a.language for a in report.articles}
    assert sorted(language_of.values()) == ["de", "en", "fr", "ru"]
    chains = {(language_of[a.article_id], a.chain, a.speaker) for a in report.attributions}
    for language in ("de", "en", "fr", "ru"):
        assert (language, ("reuters", "kcna"), None) in chains
    assert {("de", ("ua-government",), None), ("en", ("ru-government",), None), ("fr", ("ru-government",), None),
            ("ru", ("ru-government",), None)} <= chains
    assert {("de", ("bbc",), "peskov"), ("en", ("bbc",), None), ("fr", ("afp",), "zelensky"),
            ("ru", ("ria-novosti",), "peskov")} <= chains
    source_ids = {s.id for s in report.sources}
    assert not {sid for sid in source_ids if sid.startswith("x-")}  # no city, country or people as a source
