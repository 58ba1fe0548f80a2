"""Segmentation: sentences with exact offsets, in German and English, on the quirks of scraped news."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.ingest import read_articles
from crosscheck.records import Article
from crosscheck.segment import claim_id, sentence_spans, split_claims


def sentences(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, language)]


def article(text: str, *, language: str = "de", body: tuple[tuple[int, int], ...] | None = None,
            line_offset: int = 0, article_id: str = "a") -> Article:
    return Article(id=article_id, path="a.txt", text=text, title="", outlet=None, date=None, language=language,
                   body=body if body is not None else ((0, len(text)),), line_offset=line_offset)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # abbreviations
        ("de", "Die Gespräche fanden z. B. in Berlin statt. Danach reiste er ab.",
         ["Die Gespräche fanden z. B. in Berlin statt.", "Danach reiste er ab."]),
        ("de", "Dr. Müller sagte, u. a. seien Offiziere betroffen. Das bestätigte das Ministerium.",
         ["Dr. Müller sagte, u. a. seien Offiziere betroffen.", "Das bestätigte das Ministerium."]),
        ("de", "Die Lieferungen umfassen Munition, Raketen usw. und kamen per Zug. Moskau schweigt.",
         ["Die Lieferungen umfassen Munition, Raketen usw. und kamen per Zug.", "Moskau schweigt."]),
        ("en", "Mr. Smith met officials in the U.S. capital on Monday. He left on Tuesday.",
         ["Mr. Smith met officials in the U.S. capital on Monday.", "He left on Tuesday."]),
        ("en", "Gen. Smith and Lt. Col. Brown arrived at 5 p.m. on Friday. They met Kim.",
         ["Gen. Smith and Lt. Col. Brown arrived at 5 p.m. on Friday.", "They met Kim."]),
        ("en", "Kim met Putin, e.g. in Vladivostok. It was cold.",
         ["Kim met Putin, e.g. in Vladivostok.", "It was cold."]),
        # ordinals and dates
        ("de", "Der Gipfel beginnt am 13. September in Moskau. Kim reist mit dem Zug.",
         ["Der Gipfel beginnt am 13. September in Moskau.", "Kim reist mit dem Zug."]),
        ("de", "Es ist die 3. Reise Kims nach Russland. Die erste war 2019.",
         ["Es ist die 3. Reise Kims nach Russland.", "Die erste war 2019."]),
        ("en", "It happened on Sept. 13 in Moscow. Nobody was hurt.",
         ["It happened on Sept. 13 in Moscow.", "Nobody was hurt."]),
        # thousands separators and decimals
        ("de", "Pjöngjang schickte rund 11.000 Soldaten. Seoul spricht von mehr.",
         ["Pjöngjang schickte rund 11.000 Soldaten.", "Seoul spricht von mehr."]),
        ("de", "Die Inflation lag bei 2,5 Prozent. Im Vorjahr waren es 3,1 Prozent.",
         ["Die Inflation lag bei 2,5 Prozent.", "Im Vorjahr waren es 3,1 Prozent."]),
        ("en", "The U.S. says 10,000 troops were sent. Russia denied it.",
         ["The U.S. says 10,000 troops were sent.", "Russia denied it."]),
        ("en", "About 1.5 million shells were delivered. That is a lot.",
         ["About 1.5 million shells were delivered.", "That is a lot."]),
        # quotes, a quotation of several sentences kept with its attribution
        ("de", "„Wir sind bereit. Wir werden helfen“, sagte Kim. Putin nickte.",
         ["„Wir sind bereit. Wir werden helfen“, sagte Kim.", "Putin nickte."]),
        ("de", "«Das ist ein Erfolg. Wir sind zufrieden», sagte Lawrow am Freitag. Dann ging er.",
         ["«Das ist ein Erfolg. Wir sind zufrieden», sagte Lawrow am Freitag.", "Dann ging er."]),
        ("de", 'Er sagte: "Wir kommen. Wir bleiben." Danach schwieg er.',
         ['Er sagte: "Wir kommen. Wir bleiben."', "Danach schwieg er."]),
        ("en", "“We are ready. We will help,” Kim said. Putin nodded.",
         ["“We are ready. We will help,” Kim said.", "Putin nodded."]),
        ("en", '"We will come. We will stay. We will win," the minister said on Friday. Then he left.',
         ['"We will come. We will stay. We will win," the minister said on Friday.', "Then he left."]),
        # a missing space after a full stop
        ("de", "Kim hatte Putin in Pjöngjang empfangen.Nordkorea schickte danach Truppen.",
         ["Kim hatte Putin in Pjöngjang empfangen.", "Nordkorea schickte danach Truppen."]),
        ("en", "Officials arrived in Seoul.North Korea fired two missiles.",
         ["Officials arrived in Seoul.", "North Korea fired two missiles."]),
        # a headline glued to the next sentence
        ("de", "Nordkorea liefert MunitionRussland spiele eine wichtige Rolle, sagte Kim.",
         ["Nordkorea liefert Munition", "Russland spiele eine wichtige Rolle, sagte Kim."]),
        ("de", "Kim empfing Putin.Russland und Nordkorea vertiefen PartnerschaftDer Besuch dauert zwei Tage.",
         ["Kim empfing Putin.", "Russland und Nordkorea vertiefen Partnerschaft", "Der Besuch dauert zwei Tage."]),
        ("en", "North Korea sends troopsRussia says it welcomes the support.",
         ["North Korea sends troops", "Russia says it welcomes the support."]),
    ],
)
def test_sentences(language, text, expected):
    assert sentences(text, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Das neue iPhone kam am Montag auch in Pjöngjang auf den Markt."),
        ("de", "Auf YouTube wurde das Video 11.000 Mal angesehen."),
        ("de", "Bei McDonald's in Moskau gab es am Montag Streit."),
        ("de", "Der DeutschlandTrend zeigt, dass die Mehrheit Sanktionen unterstützt."),
        ("de", "Laut dem aktuellen DeutschlandTrend sind 40 Prozent dafür."),
        ("de", "DeutschlandTrend: Die Mehrheit unterstützt Sanktionen."),
        ("de", "Mit der BahnCard 100 fährt man ein Jahr lang durch Deutschland."),
        ("en", "The new iPhone went on sale in the U.S. on Monday."),
        ("en", "She works at McDonald's in Washington, the report said."),
        ("en", "The video was posted on YouTube and viewed 10,000 times."),
        ("en", "The PlayStation was banned in the country, officials said."),
    ],
)
def test_camel_case_names_in_a_normal_sentence_are_not_split(language, sentence):
    assert sentences(sentence, language) == [sentence]


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u00ad", "\u200b\u00ad "])
def test_empty_or_invisible_text_has_no_sentences(text):
    assert sentence_spans(text, "de") == []


def test_claims_know_their_article_offsets_and_lines():
    text = "Titel\n\nErster Satz hier. Zweiter Satz dort.\r\nDritter Satz.\n"
    paragraphs = ("Titel", "Erster Satz hier. Zweiter Satz dort.", "Dritter Satz.")
    body = tuple((text.index(p), text.index(p) + len(p)) for p in paragraphs)
    claims = split_claims(article(text, body=body))
    assert [(c.text, c.start, c.end, c.line, c.article_id) for c in claims] == [
        ("Titel", 0, 5, 1, "a"),
        ("Erster Satz hier.", 7, 24, 3, "a"),
        ("Zweiter Satz dort.", 25, 43, 3, "a"),
        ("Dritter Satz.", 45, 58, 4, "a"),
    ]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Eins hier.\nZwei hier.\nDrei hier.", [1, 2, 3]),
        ("Eins hier.\r\nZwei hier.\r\nDrei hier.", [1, 2, 3]),
        ("Eins hier.\rZwei hier.\rDrei hier.", [1, 2, 3]),
    ],
)
def test_line_numbers_follow_any_line_ending(text, lines):
    body = tuple((m, m + 10) for m in (0, text.index("Zwei"), text.index("Drei")))
    assert [c.line for c in split_claims(article(text, body=body))] == lines


def test_line_offset_places_a_record_deep_inside_a_jsonl_file():
    claims = split_claims(article("Erster Satz.\nZweiter Satz.", line_offset=41))
    assert [c.line for c in claims] == [42, 43]


def test_a_sentence_repeated_in_an_article_is_one_claim_and_fragments_are_none():
    text = "Kim traf Putin. Die Gespräche dauerten lange.\nKim  traf Putin.\n* 1 *\n"
    body = ((0, 45), (46, 62), (63, 68))
    assert [c.text for c in split_claims(article(text, body=body))] == ["Kim traf Putin.", "Die Gespräche dauerten lange."]


def test_claim_ids_depend_on_the_article_and_the_sentence_only():
    one = split_claims(article("Kim traf Putin. Es regnete.", article_id="x"))
    moved = split_claims(article("Vorher ein Satz.\n\nKim traf  Putin. Es regnete.", article_id="x"))
    other = split_claims(article("Kim traf Putin.", article_id="y"))
    assert one[0].id == moved[1].id == claim_id("x", "kim traf putin.")
    assert other[0].id != one[0].id
    assert one[0].id.startswith("x:")


# --------------------------------------------------------------------------- properties

NEWS_LIKE = st.text(
    st.sampled_from(list("abcxyzKLMÄÖÜäöüß .,;:!?„“”\"«»‹›'’()-–—\n\r\t 0123456789\u00a0\u00ad\u200b\u2028\x0c")),
    max_size=300,
)
ANY_TEXT = st.one_of(NEWS_LIKE, st.text(max_size=200))


@settings(max_examples=200, deadline=None)
@given(text=ANY_TEXT, language=st.sampled_from(["de", "en"]))
def test_sentences_are_ordered_disjoint_and_cover_every_visible_character(text, language):
    spans = sentence_spans(text, language)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    covered = {i for start, end in spans for i in range(start, end)}
    visible = {i for i, ch in enumerate(text) if unicodedata.category(ch)[0] not in "CZ"}
    assert visible <= covered


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT)
def test_offsets_round_trip_through_a_file(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "article.txt")
        path.write_bytes(text.encode("utf-8"))
        articles, _ = read_articles([str(path)])
    for read in articles:
        previous_end = 0
        for claim in split_claims(read):
            assert read.text[claim.start:claim.end] == claim.text
            assert claim.text and claim.text == claim.text.strip()
            assert previous_end <= claim.start
            assert any(start <= claim.start and claim.end <= end for start, end in read.body)
            previous_end = claim.end
