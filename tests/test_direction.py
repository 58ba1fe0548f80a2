"""Which way a claim goes: parties read from prepositions, and claims that swap them."""

from __future__ import annotations

import pytest

from crosscheck.direction import opposite, read_direction


@pytest.mark.parametrize(
    ("text", "language", "goals", "sources"),
    [
        ("Nordkorea liefert Munition an Russland.", "de", {"ru"}, set()),
        ("An die Ukraine gingen 40 Panzer aus Deutschland.", "de", {"ua"}, {"de"}),
        ("Die Soldaten wurden nach Moskau verlegt.", "de", {"ru"}, set()),
        ("Das Gas kommt aus Russlands Feldern.", "de", set(), {"ru"}),
        ("Siemens verkauft die Sparte an Bosch.", "de", {"bosch"}, set()),
        ("North Korea shipped shells to Russia.", "en", {"ru"}, set()),
        ("Russia receives oil from the United Arab Emirates.", "en", set(), {"ae"}),
        ("The U.S. moved troops into Poland.", "en", {"pl"}, set()),
        ("Kyiv asked Washington to send more air defence.", "en", set(), set()),  # "to send": no party
        ("Er sprach nach dem Treffen von großen Fortschritten.", "de", set(), set()),  # lower case: no party
        # an article may begin a place's name; before any other name it makes no party
        ("The court sent the files to The Hague.", "en", {"nl"}, set()),
        ("Die Delegation reiste nach Den Haag.", "de", {"nl"}, set()),
        ("The aid went to the Red Cross.", "en", set(), set()),
        # named both ways in one sentence: which way it goes cannot be read from prepositions alone
        ("Munition aus Pjöngjang wird an Pjöngjang geliefert.", "de", set(), set()),
        ("", "de", set(), set()),
    ],
)
def test_goals_and_sources(text, language, goals, sources):
    direction = read_direction(text, language)
    assert (direction.goals, direction.sources) == (goals, sources)


def test_a_country_is_one_party_under_all_its_names():
    parties = read_direction("Moskau und der Kreml: Russland, Russia, the Kremlin", "und").parties
    assert "ru" in parties and not {"kp", "us"} & parties


OPPOSITE = [
    ("Nordkorea liefert Munition an Russland.", "de", "Russland liefert Munition an Nordkorea.", "de"),
    ("North Korea ships shells to Russia.", "en", "Russland liefert Granaten an Nordkorea.", "de"),
    ("Pyongyang sent troops to Moscow.", "en", "Russia sent troops to North Korea.", "en"),
    ("Russia imports drones from Iran.", "en", "Iran imports drones from Russia.", "en"),
    ("North Korea sends shells to Russia.", "en", "North Korea receives oil from Russia.", "en"),
    ("Siemens verkauft die Sparte an Bosch.", "de", "Bosch verkauft die Sparte an Siemens.", "de"),
]
SAME_WAY = [
    ("Nordkorea liefert Munition an Russland.", "de", "North Korea has shipped artillery shells to Russia.", "en"),
    ("North Korea sends shells to Russia.", "en", "Russia receives shells from North Korea.", "en"),
    ("Pjöngjang schickt Soldaten nach Russland.", "de", "Nordkorea hat Truppen nach Moskau entsandt.", "de"),
    ("Nordkorea liefert Munition an Russland.", "de", "Nordkorea liefert Munition", "de"),
    # a third party does not make a swap
    ("Russia sent troops to Belarus.", "en", "Russia sent troops to North Korea.", "en"),
    ("Deutschland liefert Panzer an die Ukraine.", "de", "Frankreich liefert Panzer an die Ukraine.", "de"),
]


@pytest.mark.parametrize(("one", "one_language", "other", "other_language"), OPPOSITE)
def test_swapped_roles_are_opposite(one, one_language, other, other_language):
    a, b = read_direction(one, one_language), read_direction(other, other_language)
    assert opposite(a, b) and opposite(b, a)


@pytest.mark.parametrize(("one", "one_language", "other", "other_language"), SAME_WAY)
def test_same_way_or_other_parties_are_not_opposite(one, one_language, other, other_language):
    a, b = read_direction(one, one_language), read_direction(other, other_language)
    assert not opposite(a, b) and not opposite(b, a)
