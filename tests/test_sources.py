from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from crosscheck.sources import GazetteerError, load_gazetteer, slug, unknown_source


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def found(gazetteer, text):
    return [(text[m.start:m.end], m.source_id) for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, source_id", [
    # German inflection reaches the base entry
    ("des russischen Außenministeriums", "ru-mfa"),
    ("dem südkoreanischen Verteidigungsministerium", "kr-mod"),
    ("Laut russischem Fernsehen", "ru-tv"),
    ("weil ukrainische Geheimdienste sagen", "ua-intelligence"),
    ("Das Russische Aussenministerium", "ru-mfa"),  # capital adjective, Swiss "ss"
    # descriptions and transliterations
    ("die offizielle koreanische Nachrichtenagentur", "kcna"),
    ("the Korean Central News Agency", "kcna"),
    ("Associated Press", "ap"),
    ("RIA Nowosti", "ria-novosti"),
    ("ITAR-TASS", "tass"),
    # name variants of one person
    ("Choi Son Hui", "choe-son-hui"),
    ("Choe Son Hui", "choe-son-hui"),
    ("Choe Son-hui", "choe-son-hui"),
    ("Lawrow", "lavrov"),
    ("Lavrov", "lavrov"),
    ("Lawrows Reise", "lavrov"),
    ("Dmitri Peskow", "peskov"),
    ("Kim Jong-un", "kim-jong-un"),
    ("Kim Jong Un", "kim-jong-un"),
])
def test_aliases_resolve_to_their_entry(gazetteer, text, source_id):
    assert source_id in [sid for _, sid in found(gazetteer, text)]


@pytest.mark.parametrize("text", [
    "Auf dem Bild ist die Welt zu sehen.",  # "Bild", "die Welt": common nouns, not outlets
    "Der CAP-Bericht und die APA-Meldung",  # "AP" only as a word of its own
    "the apple harvest",  # short names in capitals only
])
def test_common_words_are_not_outlets(gazetteer, text):
    hits = found(gazetteer, text)
    assert all(sid not in {"bild", "welt", "ap"} for _, sid in hits)


def test_kim_jong_un_is_not_every_kim(gazetteer):
    assert found(gazetteer, "Kim Il-sung und Kim Jong-il") == [("Kim Il-sung", "kim-il-sung"), ("Kim Jong-il", "kim-jong-il")]


def test_longest_alias_wins(gazetteer):
    assert found(gazetteer, "Korean Central News Agency") == [("Korean Central News Agency", "kcna")]


def test_builtin_entries_are_unique_and_well_formed():
    data = tomllib.loads(resources.files("crosscheck").joinpath("data/sources.toml").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in data["source"]]
    assert len(ids) == len(set(ids))
    gazetteer = load_gazetteer()
    assert {"kcna", "ap", "reuters", "cnn", "tass", "ria-novosti", "ru-mfa", "kr-mod"} <= set(gazetteer.sources)
    assert gazetteer.get("kcna").state_controlled and gazetteer.get("kcna").country == "KP"
    assert gazetteer.get("lavrov").kind == "person"


def test_user_file_adds_and_replaces(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[source]]\nid = "wedomosti"\nname = "Vedomosti"\nkind = "newspaper"\ncountry = "RU"\n'
        'aliases = ["Wedomosti", "Vedomosti"]\n\n'
        '[[source]]\nid = "ap"\nname = "AP News"\nkind = "agency"\naliases = ["AP"]\n',
        encoding="utf-8")
    gazetteer = load_gazetteer(extra)
    assert found(gazetteer, "laut Wedomosti") == [("Wedomosti", "wedomosti")]
    assert gazetteer.get("ap").name == "AP News"
    assert found(gazetteer, "Associated Press") == []  # the replaced entry's aliases are gone


@pytest.mark.parametrize("content, message", [
    ("[[source]\nid = ", "cannot read"),
    ('[[source]]\nid = "Not A Slug"\nname = "X"\n', "lowercase slug"),
    ('[[source]]\nid = "x"\nname = "X"\nkind = "blog"\n', "kind must be one of"),
    ('[[source]]\nid = "x"\n', "name is missing"),
    ('[[source]]\nid = "x"\nname = "X"\naliases = "X"\n', "aliases must be a list"),
    ('[[source]]\nid = "x"\nname = "X"\nstate_controlled = "yes"\n', "state_controlled"),
    ('source = 3\n', "expected [[source]]"),
])
def test_bad_user_file_raises_one_line_naming_the_file(tmp_path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as error:
        load_gazetteer(bad)
    assert str(bad) in str(error.value) and message in str(error.value)
    assert "\n" not in str(error.value).strip()
    assert isinstance(error.value, ValueError)


def test_missing_user_file_raises(tmp_path):
    with pytest.raises(GazetteerError, match="missing.toml"):
        load_gazetteer(tmp_path / "missing.toml")


@pytest.mark.parametrize("name, expected", [
    ("Zeitung Kommersant", "zeitung-kommersant"),
    ("Süddeutsche Zeitung", "sueddeutsche-zeitung"),
    ("Institute for the Study of War", "institute-for-the-study-of-war"),
    ("Le Monde diplomatique", "le-monde-diplomatique"),
    ("???", "unnamed"),
])
def test_slug(name, expected):
    assert slug(name) == expected


def test_unknown_source_is_kept_as_other():
    source = unknown_source("Wedomosti")
    assert (source.id, source.kind, source.known, source.name) == ("x-wedomosti", "other", False, "Wedomosti")


def test_matching_is_fast_on_long_text(gazetteer):
    import time

    text = "Wie die staatliche nordkoreanische Nachrichtenagentur KCNA laut Reuters am Sonntag berichtete, " * 40
    begin = time.perf_counter()
    hits = gazetteer.find(text)
    assert time.perf_counter() - begin < 0.5
    assert len(hits) == 120  # "nordkoreanische Nachrichtenagentur", "KCNA", "Reuters"


@pytest.mark.parametrize("text, source_id", [
    # Russian: the gazetteer reads case endings, not a list of forms
    ("по данным Пентагона", "pentagon"),
    ("сообщает ТАСС", "tass"),
    ("по словам ТАССа", "tass"),
    ("со ссылкой на ЦТАК", "kcna"),
    ("как передает РИА Новости", "ria-novosti"),
    ("сообщили в Минобороны России", "ru-mod"),
    ("представитель МИДа России", "ru-mfa"),
    ("по данным Генштаба ВСУ", "ua-general-staff"),
    ("по информации военной разведки Украины", "ua-intelligence"),
    ("встреча с Ким Чен Ыном", "kim-jong-un"),
    ("по словам Зеленского", "zelensky"),
    ("с Лавровым", "lavrov"),
    ("агентство Йонхап", "yonhap"),
    ("Национальная служба разведки", "kr-nis"),
    # French names and transliterations
    ("selon l'Agence centrale de presse nord-coréenne", "kcna"),
    ("le ministère russe de la Défense", "ru-mod"),
    ("le Pentagone", "pentagon"),
    ("Vladimir Poutine", "putin"),
    ("Sergueï Choïgou", "shoigu"),
    ("le renseignement sud-coréen", "kr-nis"),
])
def test_french_and_russian_names_resolve(gazetteer, text, source_id):
    assert source_id in [sid for _, sid in found(gazetteer, text)]


def test_russian_endings_do_not_run_into_other_words(gazetteer):
    assert found(gazetteer, "Тассовский репортаж") == []  # a longer word is not "ТАСС"
    assert found(gazetteer, "Путинизм") == []


def test_cyrillic_names_get_latin_slugs():
    assert slug("полиции") == "politsii"
    assert unknown_source("Мэрия Москвы").id == "x-meriia-moskvy"


@pytest.mark.parametrize("text, government", [
    ("Kiew", "ua-government"), ("Kyiv", "ua-government"), ("Москва", "ru-government"),
    ("Москвы", "ru-government"), ("Russlands", "ru-government"), ("Corée du Sud", "kr-government"),
    ("USA", "us-government"), ("Séoul", "kr-government"),
])
def test_places_stand_for_their_government(text, government):
    from crosscheck.sources import places

    assert [m.source_id for m in places().find(text)] == [government]
