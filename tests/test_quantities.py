"""The quantity parser as a specification: text in, (value, low, high, qualifier, unit, kind) out."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.quantities import calendar_years, extract_quantities, number_data, parse_quantities, refused_figures
from crosscheck.records import Claim

# (sentence, [(value, low, high, qualifier, unit, kind), ...]); low/high None = unbounded.
GERMAN = [
    ('Pjöngjang entsandte mehr als 10.000 Soldaten.', [(10000, 10000, None, 'more-than', 'Soldaten', 'count')]),
    ('zusätzlich zu den rund 11.000 Nordkoreanern, die entsandt wurden', [(11000, 10450, 11550, 'approx', 'Nordkoreaner', 'count')]),
    ('Pjöngjang plane weitere 25.000 bis 30.000 Soldaten zu entsenden.', [(27500, 25000, 30000, 'additional', 'Soldaten', 'count')]),
    ('Nordkorea lieferte etwa zwölf Millionen Schuss Artillerie-Munition.', [(12e6, 11.4e6, 12.6e6, 'approx', 'Schuss Artillerie-Munition', 'count')]),
    ('Nordkorea feuerte zwei Lenkraketen ab.', [(2, 2, 2, 'exact', 'Lenkraketen', 'count')]),
    ('Er kam zu einem dreitägigen Besuch.', [(3, 3, 3, 'exact', 'Tage', 'duration')]),
    ('Er beendete seinen zweitägigen Aufenthalt.', [(2, 2, 2, 'exact', 'Tage', 'duration')]),
    ('Er ist zum ersten Mal seit 24 Jahren dort.', [(24, 24, 24, 'exact', 'Jahre seit', 'duration')]),
    ('Die UdSSR half vor 75 Jahren.', [(75, 75, 75, 'exact', 'Jahre seit', 'duration')]),
    ('1,5 Millionen Menschen sind auf der Flucht.', [(1.5e6, 1.5e6, 1.5e6, 'exact', 'Menschen', 'count')]),
    ('Die Inflation lag bei 7,9 Prozent.', [(7.9, 7.9, 7.9, 'exact', '%', 'percent')]),
    ('ein Anstieg um 3,5 %', [(3.5, 3.5, 3.5, 'exact', '%', 'percent')]),
    ('Der Schaden beträgt 2,3 Milliarden Euro.', [(2.3e9, 2.3e9, 2.3e9, 'exact', 'EUR', 'money')]),
    ('Die Kosten liegen bei 500.000 €.', [(500000, 500000, 500000, 'exact', 'EUR', 'money')]),
    ('Das Resort bietet Platz für fast 20.000 Gäste.', [(20000, 18000, 20000, 'nearly', 'Gäste', 'count')]),
    ('Es gab mindestens 300 Tote.', [(300, 300, None, 'at-least', 'Tote', 'count')]),
    ('bis zu 5.000 Flüchtlinge', [(5000, None, 5000, 'up-to', 'Flüchtlinge', 'count')]),
    ('zwischen 2.000 und 3.000 Soldaten', [(2500, 2000, 3000, 'range', 'Soldaten', 'count')]),
    ('Die Partei kam auf knapp 40 Prozent.', [(40, 36, 40, 'nearly', '%', 'percent')]),
    ('weniger als 100 Menschen', [(100, None, 100, 'less-than', 'Menschen', 'count')]),
    ('Eine Million Menschen demonstrierten.', [(1e6, 1e6, 1e6, 'exact', 'Menschen', 'count')]),
    ('zweihundertfünfzig Demonstranten', [(250, 250, 250, 'exact', 'Demonstranten', 'count')]),
    ('Sie sagte rund 6.000 Militäringenieure und Bauarbeiter zu.', [(6000, 5700, 6300, 'approx', 'Militäringenieure und Bauarbeiter', 'count')]),
    ('Das Treffen dauerte etwas mehr als eine Stunde.', [(1, 1, None, 'more-than', 'Stunden', 'duration')]),
    ('Es geht um 25 bis 30 Millionen Dollar.', [(27.5e6, 25e6, 30e6, 'range', 'USD', 'money')]),
    ('Die Front ist 1.200 km lang.', [(1200, 1200, 1200, 'exact', 'km', 'amount')]),
    ('Er blieb zwei Wochen.', [(2, 2, 2, 'exact', 'Wochen', 'duration')]),
    ('Das Paket kostet drei Mrd. Euro.', [(3e9, 3e9, 3e9, 'exact', 'EUR', 'money')]),
    ('Es waren 11 000 Soldaten.', [(11000, 11000, 11000, 'exact', 'Soldaten', 'count')]),
    ('Russland verlegte 2000 Soldaten an die Grenze.', [(2000, 2000, 2000, 'exact', 'Soldaten', 'count')]),
    ('Er erhielt gut 5.000 Stimmen.', [(5000, 5000, None, 'more-than', 'Stimmen', 'count')]),
    ('Dort leben 12.345 Menschen und 20 Hunde.', [(12345, 12345, 12345, 'exact', 'Menschen', 'count'), (20, 20, 20, 'exact', 'Hunde', 'count')]),
    ('Er lieferte 300 russische Panzer.', [(300, 300, 300, 'exact', 'Panzer', 'count')]),
]

ENGLISH = [
    ('Pyongyang sent more than 10,000 troops to Russia.', [(10000, 10000, None, 'more-than', 'troops', 'count')]),
    ('about 11,000 North Korean troops were deployed', [(11000, 10450, 11550, 'approx', 'troops', 'count')]),
    ('It plans to send an additional 25,000-30,000 soldiers.', [(27500, 25000, 30000, 'additional', 'soldiers', 'count')]),
    ('North Korea shipped twelve million rounds of artillery shells.', [(12e6, 12e6, 12e6, 'exact', 'rounds of shells', 'count')]),
    ('A dozen journalists were present.', [(12, 12, 12, 'exact', 'journalists', 'count')]),
    ('The budget is $1.5 billion.', [(1.5e9, 1.5e9, 1.5e9, 'exact', 'USD', 'money')]),
    ('The club paid £12m for him.', [(12e6, 12e6, 12e6, 'exact', 'GBP', 'money')]),
    ('Over 10k runners took part.', [(10000, 10000, None, 'more-than', 'runners', 'count')]),
    ('Lavrov arrived for a three-day visit.', [(3, 3, 3, 'exact', 'days', 'duration')]),
    ('a 2-day summit in Pyongyang', [(2, 2, 2, 'exact', 'days', 'duration')]),
    ('nearly 40 percent of voters', [(40, 36, 40, 'nearly', '%', 'percent')]),
    ('between 2,000 and 3,000 people', [(2500, 2000, 3000, 'range', 'people', 'count')]),
    ('At least 300 dead were counted.', [(300, 300, None, 'at-least', 'dead', 'count')]),
    ('up to 5,000 refugees', [(5000, None, 5000, 'up-to', 'refugees', 'count')]),
    ('some 6,000 engineers and workers', [(6000, 5700, 6300, 'approx', 'engineers and workers', 'count')]),
    ('Moscow wants 10,000 more troops.', [(10000, 10000, 10000, 'additional', 'troops', 'count')]),
    ('The economy shrank by 2.5%.', [(2.5, 2.5, 2.5, 'exact', '%', 'percent')]),
    ('twenty-five thousand protesters', [(25000, 25000, 25000, 'exact', 'protesters', 'count')]),
    ('for the first time in 24 years', [(24, 24, 24, 'exact', 'years since', 'duration')]),
    ('The USSR helped 75 years ago.', [(75, 75, 75, 'exact', 'years since', 'duration')]),
    ('1.2 million people fled.', [(1.2e6, 1.2e6, 1.2e6, 'exact', 'people', 'count')]),
    ('Losses reached 3 billion euros.', [(3e9, 3e9, 3e9, 'exact', 'EUR', 'money')]),
    ('a meeting of just over an hour', [(1, 1, None, 'more-than', 'hours', 'duration')]),
    ('The front line is 1,200 kilometres long.', [(1200, 1200, 1200, 'exact', 'km', 'amount')]),
    ('Russia moved 2000 tanks to the border.', [(2000, 2000, 2000, 'exact', 'tanks', 'count')]),
]

# Calendar years, dates, ordinals, times, phone numbers, labels, vague and article words.
GERMAN_NOT_QUANTITIES = [
    ('Putin und Kim trafen sich am 13. September.', []),
    ('Seit Beginn des Krieges im Februar 2022 vertieften sich die Beziehungen.', []),
    ('Es ist seine zweite Reise seit 2011.', []),
    ('Das Resort ist seit seiner Eröffnung im Dezember 2013 beliebt.', []),
    ('Der 2. Weltkrieg endete 1945.', []),
    ('Das Treffen begann um 14:30 Uhr.', []),
    ('Die Pressekonferenz beginnt um 9 Uhr.', []),
    ('Rückfragen unter Telefon 030 1234567.', []),
    ('Die Resolution 2231 des Sicherheitsrats gilt weiter.', []),
    ('Die Ukraine erhält Kampfjets vom Typ F-16.', []),
    ('Die Covid-19-Pandemie ist vorbei.', []),
    ('Ein Sprecher sagte, ein Abkommen sei geschlossen worden.', []),
    ('Millionen Menschen flohen.', []),
    ('Tausende Menschen demonstrierten.', []),
    ('Am 05.10.2023 trafen sie sich.', []),
    ('Die Elf des FC Bayern gewann.', []),
    ('Der Zweite Weltkrieg prägte die Region.', []),
    ('Von 2011 bis 2013 war er Minister.', []),
    ('Er sprach über einen Bericht.', []),
    ('Die Abstimmung endete 5:4.', []),
    ('Ein 10-Punkte-Plan wurde vorgestellt.', []),
    ('Es geschah in den 1990er Jahren.', []),
    ('Die Invasion von 2022 war ein Schock.', []),
]

ENGLISH_NOT_QUANTITIES = [
    ('They met on September 13, 2023.', []),
    ('Relations have deepened since 2011.', []),
    ('The war began in February 2022.', []),
    ('He won the 2nd round.', []),
    ('The talks started at 3 p.m.', []),
    ('The talks started at 10:30.', []),
    ('Call +1 202 555 0143 for details.', []),
    ('UN Security Council Resolution 2231 still applies.', []),
    ('Kyiv wants more F-16 fighter jets.', []),
    ('It is one of the largest resorts.', []),
    ('Thousands of people fled.', []),
    ('It was the first meeting.', []),
    ('They met on 13 September 2023.', []),
    ('A spokesman said a deal was close.', []),
    ('The motion passed in a 5-4 vote.', []),
    ('Help is available 24/7.', []),
    ('The 2023-24 season ended.', []),
    ('Flight MH17 was shot down.', []),
    ('He lives at No. 10 Downing Street.', []),
]


def readings(text: str, language: str) -> list[tuple]:
    return [(q.value, q.low, q.high, q.qualifier, q.unit, q.kind) for q in parse_quantities(text, language)]


@pytest.mark.parametrize(("text", "expected"), GERMAN + GERMAN_NOT_QUANTITIES)
def test_german(text, expected):
    assert readings(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH + ENGLISH_NOT_QUANTITIES)
def test_english(text, expected):
    assert readings(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("11.000 Soldaten", "de", 11000),
        ("11,000 soldiers", "en", 11000),
        ("11,5 Soldaten", "de", 11.5),
        ("11.5 soldiers", "en", 11.5),
        ("1.234.567 Menschen", "de", 1234567),
        ("1,234,567 people", "en", 1234567),
        ("11.000 soldiers", "en", 11.0),  # an English article means a decimal point
        ("11\u202f000 soldats", "fr", 11000),
    ],
)
def test_the_language_decides_the_separators(text, language, value):
    assert parse_quantities(text, language)[0].value == value


def test_the_quantity_text_and_offsets_point_into_the_sentence():
    text = "Pjöngjang plane, zusätzlich zu den rund 11.000 Nordkoreanern, weitere 25.000 bis 30.000 Soldaten zu entsenden."
    first, second = parse_quantities(text, "de")
    assert (first.text, second.text) == ("rund 11.000 Nordkoreanern", "weitere 25.000 bis 30.000 Soldaten")
    assert all(text[q.start:q.end] == q.text for q in (first, second))


def test_extract_quantities_reads_each_claim_in_its_articles_language():
    claims = [
        Claim("a:1", "a", "Es kamen 11.000 Soldaten.", 0, 25, 1),
        Claim("b:1", "b", "Some 11,000 soldiers came.", 0, 26, 1),
    ]
    found = extract_quantities(claims, {"a": "de", "b": "en"})
    assert [(q.claim_id, q.value) for q in found] == [("a:1", 11000), ("b:1", 11000)]


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("Im Dezember 2013 eröffnete das Resort.", "de", {2013}),
        ("Seit 2011 ist er im Amt.", "de", set()),  # a period reaching to the present
        ("In 2022, 5,000 troops were sent.", "en", {2022}),
        ("Es kamen 2000 Soldaten.", "de", set()),
    ],
)
def test_calendar_years_are_when_a_claim_is_set(text, language, years):
    assert calendar_years(text, language) == years


def german(number: Decimal, places: int) -> str:
    return f"{number:,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")


@given(st.integers(min_value=0, max_value=10**12))
def test_german_integers_round_trip(number):
    (quantity,) = parse_quantities(f"Es wurden {german(Decimal(number), 0)} Soldaten gezählt.", "de")
    assert quantity.value == number


@given(st.integers(min_value=0, max_value=10**12))
def test_english_integers_round_trip(number):
    (quantity,) = parse_quantities(f"Officials counted {number:,} soldiers.", "en")
    assert quantity.value == number


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip_in_either_locale(number):
    (de,) = parse_quantities(f"Der Wert lag bei {german(number, 2)} Prozent.", "de")
    (en,) = parse_quantities(f"The rate was {number:,.2f} percent.", "en")
    assert de.value == en.value == pytest.approx(float(number))


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_scaled_figures_round_trip(whole, tenth):
    (de,) = parse_quantities(f"{whole},{tenth} Millionen Menschen", "de")
    (en,) = parse_quantities(f"{whole}.{tenth} million people", "en")
    assert de.value == en.value == pytest.approx((whole + tenth / 10) * 1e6)


@given(
    st.sampled_from(["rund", "mehr als", "fast", "mindestens", "bis zu", "weniger als", "weitere", ""]),
    st.integers(min_value=1, max_value=10**9),
)
def test_every_interval_holds_its_value(qualifier, number):
    (quantity,) = parse_quantities(f"{qualifier} {german(Decimal(number), 0)} Soldaten".strip(), "de")
    assert quantity.low is None or quantity.low <= quantity.value
    assert quantity.high is None or quantity.value <= quantity.high


# -- real news, absurd input, and cost ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Temperatures fell to -5 degrees.", "en", [(-5, "°C", "amount")]),
        ("Der Kurs fiel um −3,5 Prozent.", "de", [(-3.5, "%", "percent")]),
        ("Es war minus 5 Grad kalt.", "de", [(-5, "°C", "amount")]),
        ("He owns 10^3 books.", "en", [(1000, "books", "count")]),
        ("He owns 10³ books.", "en", [(1000, "books", "count")]),
        ("Es sind 2 hoch 10 Dateien.", "de", [(1024, "Dateien", "count")]),
        ("The model has 1.5e6 parameters.", "en", [(1.5e6, "parameters", "count")]),
    ],
)
def test_negative_values_and_powers_are_read_as_such(text, language, expected):
    assert [(q.value, q.unit, q.kind) for q in parse_quantities(text, language)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "There are 1e30 stars.",
        "There are 10^30 stars.",
        "Das Universum hat 10 hoch 80 Atome.",
        "It cost " + "9" * 300 + " dollars.",
        "It cost " + "9" * 5000 + " dollars.",
        "Officials counted -5 soldiers.",  # no count is negative
        "The 10^400 figure was a typo.",
    ],
)
def test_absurd_figures_are_refused_never_infinite(text):
    assert parse_quantities(text, "en" if not text.startswith("Das") else "de") == ()


def test_a_qualifier_glued_with_a_hyphen():
    (quantity,) = parse_quantities("Russia has fired 10,000-plus shells a day.", "en")
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier, quantity.unit) == (10000, 10000, None, "at-least", "shells")


def test_a_power_is_never_read_as_two_figures():
    assert [q.value for q in parse_quantities("Es waren 10^30 und 12 Soldaten.", "de")] == [12]


@given(st.text(alphabet="0123456789 .,-−^eE€$%kmbn³⁰", min_size=1, max_size=60))
def test_every_value_is_finite_and_within_the_limit(text):
    for language in ("de", "en", "fr", "ru"):
        for quantity in parse_quantities(text, language):
            for value in (quantity.value, quantity.low, quantity.high):
                assert value is None or math.isfinite(value) and abs(value) <= 1e18


def test_a_200_kb_sentence_full_of_figures_is_read_in_one_pass():
    # One line without sentence ends, as a scraped transcript comes: every figure is found.
    unit = "rund 11.000 Soldaten und bis zu 25.000 bis 30.000 weitere, zwölf Millionen Schuss Munition, "
    text = unit * (200_000 // len(unit))
    found = parse_quantities(text, "de")
    assert len(found) == 3 * (200_000 // len(unit))
    assert {q.value for q in found} == {11000, 27500, 12e6}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 24-year-old was arrested.", "en"),
        ("He was aged 71 when he died.", "en"),
        ("Der 24-Jährige wurde festgenommen.", "de"),
        ("Die 71-jährige Politikerin trat zurück.", "de"),
        ("Er ist 24 Jahre alt.", "de"),
        ("Im Alter von 70 Jahren starb er.", "de"),
        ("Zum 70. Jahrestag kam eine Delegation.", "de"),
        ("It marked the 70th anniversary.", "en"),
        ("Un homme âgé de 24 ans a été arrêté.", "fr"),
        ("Une femme de 71 ans est morte.", "fr"),
        ("В Сеуле задержали 24-летнего мужчину.", "ru"),
        ("Он умер в возрасте 70 лет.", "ru"),
        ("Putin, 71, met Kim, 40, in Pyongyang.", "en"),
        ("Putin (71) traf Kim (40) in Pjöngjang.", "de"),
    ],
)
def test_ages_and_anniversaries_are_not_quantities(text, language):
    assert parse_quantities(text, language) == ()


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Lawrow kam zu einem dreitägigen Besuch.", "de", "Tage"),
        ("Der dreijährige Krieg geht weiter.", "de", "Jahre Krieg"),
        ("Er erhielt eine zweijährige Haftstrafe.", "de", "Jahre"),
        ("Er ist zum ersten Mal seit 24 Jahren dort.", "de", "Jahre seit"),
        ("Lavrov arrived for a three-day visit.", "en", "days"),
        ("The three-year conflict goes on.", "en", "years of war"),
        ("The USSR helped 75 years ago.", "en", "years since"),
        ("Inflation hit its highest level in 20 years.", "en", "years since"),
        ("They will decide in 3 days.", "en", "days"),
        ("Une visite de trois jours.", "fr", "jours"),
        ("Il y a 75 ans, l'URSS a aidé.", "fr", "ans depuis"),
        ("Лавров прибыл с трехдневным визитом.", "ru", "дней"),
        ("Трехлетний конфликт продолжается.", "ru", "лет войны"),
        ("75 лет назад СССР помог Корее.", "ru", "лет назад"),
    ],
)
def test_a_war_or_the_time_since_an_event_is_never_a_visit_length(text, language, unit):
    (quantity,) = parse_quantities(text, language)
    assert (quantity.kind, quantity.unit) == ("duration", unit)


def test_duration_units_of_every_language_and_role_map_to_one_key():
    durations = number_data()["durations"]
    assert {lang: spec["unit"] for lang, spec in durations["year"].items()} == {"de": "Jahre", "en": "years", "fr": "ans", "ru": "лет"}
    assert durations["war year"]["en"]["unit"] == "years of war"
    assert durations["elapsed day"]["de"]["unit"] == "Tage seit"


def test_number_data_keeps_what_conflicts_reads():
    data = number_data()
    assert {"tolerance", "groups", "deployment", "durations", "stopwords", "calendar", "conjunctions"} <= set(data)
    assert "februar" in data["calendar"]["months"] and "февраля" in data["calendar"]["months"]
    assert "und" in data["conjunctions"]["words"] and "et" in data["conjunctions"]["words"]
    assert set(data["stopwords"]) == {"de", "en", "fr", "ru"}


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("солдат", "солдат"), ("солдаты", "солдат"), ("солдатам", "солдат"), ("солдатами", "солдат"),
     ("военнослужащих", "военнослужащие"), ("военнослужащим", "военнослужащие"), ("снарядов", "снаряд")],
)
def test_russian_case_forms_share_one_counted_noun(form, lemma):
    (quantity,) = parse_quantities(f"Речь идет о 500 {form}.", "ru")
    assert quantity.unit == lemma


@pytest.mark.parametrize(
    ("text", "value"),
    [("двадцать пять тысяч человек", 25000), ("триста сорок два человека", 342), ("пяти тысяч солдат", 5000),
     ("двухсот солдат", 200), ("полтора миллиона человек", 1.5e6), ("девятьсот девяносто девять тысяч солдат", 999000),
     ("два миллиона триста тысяч человек", 2.3e6)],
)
def test_russian_number_words_in_their_case_forms(text, value):
    (quantity,) = parse_quantities(text, "ru")
    assert quantity.value == value


def test_russian_words_out_of_order_are_not_one_number():
    assert [q.value for q in parse_quantities("пять двадцать человек", "ru")] == [5, 20]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("See https://example.com/report?id=2020&n=30%25 for 12 charts.", "en", [12]),
        ("The server at 192.168.1.2 was hit 40 times.", "en", [40]),
        ("Es waren 1.000.000.000 Euro.", "de", [1e9]),
        ("One hundred and six people died.", "en", [106]),
        ("Soixante et un soldats sont morts.", "fr", [61]),
        ("Half a million people fled.", "en", [5e5]),
        ("Eine halbe Million Menschen floh.", "de", [5e5]),
        ("The number is above 1000.", "en", [1000]),
        ("He scores 20 goals; scores of fans came.", "en", [20, 20]),
        ("Prices rose 12.32e+2 percent.", "en", [1232]),
        ("In total, 40, not 50, were killed.", "en", [40, 50]),  # no name before: no age
        ("The army lost tanks (12) and jets (3).", "en", [12, 3]),
    ],
)
def test_links_addresses_joined_words_and_set_phrases(text, language, values):
    assert [q.value for q in parse_quantities(text, language)] == values


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("There are about 500 or more in stock.", "en", (500, 475, None, "at-least")),
        ("Il y en a 500 ou moins.", "fr", (500, None, 500, "at-most")),
        ("Sa taille est inférieure à 170.", "fr", (170, None, 170, "less-than")),
        ("Le nombre est supérieur à 4565.", "fr", (4565, 4565, None, "more-than")),
        ("Moins d’un millier de pandas vivent encore.", "fr", (1000, None, 1000, "less-than")),
        ("His score is less than or equal to 30.", "en", (30, None, 30, "at-most")),
        ("Es kamen 300 oder weniger.", "de", (300, None, 300, "at-most")),
    ],
)
def test_comparatives_and_open_ends(text, language, expected):
    (quantity,) = parse_quantities(text, language)
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier) == expected


def test_french_et_joins_number_words_only_before_un_and_onze():
    assert [q.value for q in parse_quantities("cent et trois soldats", "fr")] == [100, 3]
    assert [q.value for q in parse_quantities("soixante et onze soldats", "fr")] == [71]


def test_refused_figures_are_named_with_their_reason():
    text = "Es waren 1e30 Sterne, -5 Soldaten und 12 Panzer."
    assert [q.value for q in parse_quantities(text, "de")] == [12]
    assert [(r.text, r.reason) for r in refused_figures(text, "de")] == [("1e30 Sterne", "above the limit"), ("-5 Soldaten", "negative count")]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [("A 1,000-strong battalion was sent.", "en", "battalion"), ("Eine 1000-köpfige Truppe wurde entsandt.", "de", "Truppe")],
)
def test_a_hyphened_strength_is_a_count_of_what_follows(text, language, unit):
    (quantity,) = parse_quantities(text, language)
    assert (quantity.value, quantity.unit, quantity.kind) == (1000, unit, "count")


@given(st.text(max_size=200), st.sampled_from(["de", "en", "fr", "ru", "und"]))
def test_any_text_parses_without_error_and_every_offset_points_into_it(text, language):
    for quantity in parse_quantities(text, language):
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.low is None or quantity.high is None or quantity.low <= quantity.high


@given(
    st.lists(st.sampled_from(["rund", "11.000", "11 000", "-", "bis", "zu", "Soldaten", "тысяч", "d'", "de", "et", "un", "1e3",
                              "^", "10", "%", "€", "half", "a", "million", "(71)", ",", "Jahre", "seit", "dreitägigen", "years", "ago"]),
             max_size=30),
    st.sampled_from(["de", "en", "fr", "ru"]),
)
def test_figure_like_word_salad_never_breaks_the_parser(words, language):
    text = " ".join(words)
    for quantity in parse_quantities(text, language):
        assert text[quantity.start:quantity.end] == quantity.text
        assert math.isfinite(quantity.value)
