"""Languages are data: one folder per language, read by one loader."""

from crosscheck.languages import known_languages, language_data


def test_the_four_languages_have_folders():
    assert {"de", "en", "fr", "ru"} <= set(known_languages())


def test_a_language_without_a_folder_reads_as_empty():
    assert language_data("xx", "cues") == {}
    assert language_data("und", "numbers") == {}


def test_a_missing_part_reads_as_empty():
    assert language_data("de", "no-such-part") == {}
