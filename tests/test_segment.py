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
from crosscheck.segment import MAX_SENTENCE_CHARS, claim_id, sentence_spans, split_claims


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


# --------------------------------------------------------------------------- French and Russian

# Hard cases written to choose the splitter (razdel, plus the corrections in segment.toml): pysbd, razdel,
# blingfire and SoMaJo's English model found 17, 16, 17 and 19 of the 22 French ones and 16, 19, 14 and 15
# of the 22 Russian ones. The second half of each list was written after the corrections, untuned: 10/10
# French, 9/10 Russian before "долл." joined the abbreviations.
FRENCH_AND_RUSSIAN = [
    ('fr', "M. Macron a reçu M. Scholz à l'Élysée.", "Ils ont parlé de l'Ukraine."),
    ('fr', "Mme Borne s'est exprimée lundi.", 'Elle a démenti.'),
    ('fr', 'Le convoi comptait env. 300 camions.', 'Il est arrivé à Kiev.'),
    ('fr', "Selon l'AFP, 11 000 soldats ont été déployés.", 'Séoul parle de 12 000.'),
    ('fr', '« Nous ne reculerons pas », a déclaré M. Zelensky.', '« Jamais. »'),
    ('fr', 'Le sommet a eu lieu le 13 sept. à Vladivostok.', 'Kim est reparti en train.'),
    ('fr', "Il a cité l'art. 5 du traité de l'OTAN.", 'Moscou a réagi.'),
    ('fr', "Le prix a atteint 2,5 millions d'euros, etc.", "Personne n'a commenté."),
    ('fr', 'Kim Jong Un a été reçu par Vladimir V. Poutine.', 'La rencontre a duré 4 h.'),
    ('fr', 'Le ministère a publié un communiqué.', "Le Kremlin n'a pas réagi."),
    ('fr', 'Les États-Unis ont-ils été informés ?', 'Selon Washington, oui.'),
    ('fr', 'Le Dr Martin et le Pr. Durand ont signé la tribune.', 'Elle est parue lundi.'),
    ('fr', 'Le président a rencontré Mme Lagarde à Francfort.', "La BCE n'a rien dit."),
    ('fr', "L'armée a tiré 1 500 obus en 24 h.", 'Kiev dément.'),
    ('fr', 'Le texte a été adopté par 300 voix contre 200.', "L'opposition a quitté la salle."),
    ('fr', "« C'est inacceptable ! », a lancé le ministre.", 'Il a quitté la salle.'),
    ('fr', 'Selon M. Dupont, la situation est « grave ».', 'Le gouvernement se réunit mardi.'),
    ('fr', 'Il est né le 3 oct. 1950 à Lyon.', "Il a fait carrière dans l'armée."),
    ('fr', 'Que va faire Moscou ?', 'Personne ne le sait.'),
    ('fr', 'Les troupes sont arrivées vers 5 h du matin...', 'Les habitants ont fui.'),
    ('fr', 'Le gén. Durand commande la brigade.', 'Elle compte 4 000 hommes.'),
    ('fr', 'Il a gagné 3,5 % en un an.', "C'est un record."),
    ('ru', 'Ким Чен Ын прибыл в Москву в 2023 г.', 'Его встретил Путин.'),
    ('ru', 'В. В. Путин провёл переговоры с Ким Чен Ыном.', 'Встреча длилась 4 часа.'),
    ('ru', 'Речь идёт о боеприпасах, т.е. о снарядах.', 'Минобороны не ответило.'),
    ('ru', 'Встреча прошла на космодроме им. Гагарина.', 'Затем Ким уехал.'),
    ('ru', 'Офис расположен на ул. Тверской в Москве.', 'Там прошла встреча.'),
    ('ru', 'По данным разведки, в Россию прибыли 11 000 военных.', 'Сеул говорит о 12 000.'),
    ('ru', '«Мы не отступим», — заявил Зеленский.', '«Никогда».'),
    ('ru', 'Об этом сообщает ТАСС.', 'По его данным, переговоры продолжатся.'),
    ('ru', 'Сумма составила 2,5 млрд руб.', 'Это рекорд.'),
    ('ru', 'Он прибыл в 10 ч. утра.', 'Его встретили в аэропорту.'),
    ('ru', 'Генсек ООН А. Гутерриш призвал к миру.', 'Москва промолчала.'),
    ('ru', 'Поставки включают снаряды, ракеты и т. д.', 'Об этом пишет Reuters.'),
    ('ru', 'Песков заявил, что Кремль не комментирует.', 'Встреча пройдёт в пятницу.'),
    ('ru', 'Москва, ул. Ильинка, д. 23.', 'Там находится администрация.'),
    ('ru', 'Он родился в 1952 г. в Ленинграде.', 'Потом работал в КГБ.'),
    ('ru', '«Это провокация!» — сказал Лавров.', 'Он покинул зал.'),
    ('ru', 'Почему Сеул молчит?', 'Ответа нет.'),
    ('ru', 'Ущерб оценили в 1,5 млн долл. США.', 'Страховщики спорят.'),
    ('ru', 'Заседание прошло под руководством С. К. Шойгу.', 'Решения не раскрываются.'),
    ('ru', 'Поставлено ок. 300 тыс. снарядов.', 'Об этом сообщили в Пентагоне.'),
    ('ru', 'Он приехал в 9 час. утра...', 'Журналисты ждали.'),
    ('ru', 'В пресс-службе МИД РФ это подтвердили.', 'Подробности не приводятся.'),
]


@pytest.mark.parametrize(("language", "first", "second"), FRENCH_AND_RUSSIAN)
def test_french_and_russian_sentences(language, first, second):
    glued = first.endswith(".") and second[0].isupper() and first.split()[-1] in ("communiqué.", "ТАСС.")
    text = first + ("" if glued else " ") + second
    assert sentences(text, language) == [first, second]


@pytest.mark.parametrize("language", ["de", "en", "fr", "ru", "und"])
def test_text_without_sentence_ends_is_cut_at_the_maximum_sentence_length(language):
    text = ("Kim traf Putin in Moskau und sprach über 11 000 Soldaten " * 400).strip()
    spans = sentence_spans(text, language)
    assert len(spans) >= len(text) // MAX_SENTENCE_CHARS
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("unit", ["a.", "1.", "a-", "Ab.", "x" * 70 + " "])
def test_long_tokens_cost_time_linear_in_their_length(unit):
    """SoMaJo alone takes 19 s on 10,000 characters of "a.a.a." and 154 s on 20,000."""
    import time

    def seconds(n: int) -> float:
        text = (unit * n)[:n]
        begin = time.process_time()  # CPU time: the neighbours' load on a shared machine does not count
        sentence_spans(text, "de")
        return time.process_time() - begin

    seconds(2_000)  # warm the tokenizer
    small, large = seconds(20_000), seconds(80_000)
    assert large < 8 * max(small, 0.05)  # linear would be 4x; quadratic 16x


@pytest.mark.parametrize("language", ["de", "en", "fr", "ru"])
def test_every_language_has_its_segmentation_and_boilerplate_as_data(language):
    import re

    from crosscheck.languages import language_data

    segment = language_data(language, "segment")
    assert segment["segmenter"] in ("somajo", "razdel") and segment["opening_quotes"] and segment["closing_quotes"]
    assert not set(segment["opening_quotes"]) & set(segment["closing_quotes"])  # a mark both opens and closes: uncountable
    for pattern in segment.get("sentence_breaks", ()):
        re.compile(pattern)
    boilerplate = language_data(language, "boilerplate")
    assert boilerplate["lines"] and boilerplate["credit_words"]
    for key in ("end_markers", "related_headers", "lines", "stamps", "inline"):
        for pattern in boilerplate.get(key, ()):
            re.compile(pattern, re.I)


def test_a_language_without_data_is_split_like_english():
    assert sentences("Mr. Smith arrived. He left.", "xx") == sentences("Mr. Smith arrived. He left.", "en")
