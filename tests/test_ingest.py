"""Ingest: every format, metadata from headers and from the text itself, and boilerplate that never becomes a claim."""

from __future__ import annotations

import io
import json

import pytest

from crosscheck.ingest import normalise_date, normalise_language, read_articles
from crosscheck.segment import split_claims

BODY_DE = "Kim Jong Un ist am Montag in Moskau eingetroffen. Er traf Präsident Putin im Kreml."
BODY_EN = "Kim Jong Un arrived in Moscow on Monday. He met President Putin at the Kremlin."


# --------------------------------------------------------------------------- .txt and .md


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            f"url: https://zeitung.example/kim\noutlet: Beispiel-Zeitung\ndate: 2024-03-12\nlang: de\n\n"
            f"Kim besucht Moskau\n\n{BODY_DE}\n",
            {"title": "Kim besucht Moskau", "outlet": "Beispiel-Zeitung", "date": "2024-03-12", "language": "de"},
            id="header lines",
        ),
        pytest.param(
            f"Outlet:  The Daily Example \nDate: March 12, 2024\nLang: English\n\nKim visits Moscow\n\n{BODY_EN}\n",
            {"title": "Kim visits Moscow", "outlet": "The Daily Example", "date": "2024-03-12", "language": "en"},
            id="header keys in any case, dates and languages in words",
        ),
        pytest.param(
            f" date 2023-10 Lawrow: Neue Qualität der Beziehungen\n\n{BODY_DE}\n",
            {"title": "Lawrow: Neue Qualität der Beziehungen", "date": "2023-10", "outlet": None},
            id="seed form: date before the headline on the first line",
        ),
        pytest.param(
            f"# Kim besucht Moskau\n\n{BODY_DE}\n",
            {"title": "Kim besucht Moskau", "date": None},
            id="markdown heading",
        ),
        pytest.param(
            f"\n\n   Kim besucht Moskau   \n{BODY_DE}\n",
            {"title": "Kim besucht Moskau"},
            id="first non-empty line, stripped",
        ),
    ],
)
def test_text_file_metadata(read_one, content, expected):
    article, _ = read_one("article.txt", content)
    assert {key: getattr(article, key) for key in expected} == expected


def test_header_lines_are_not_claims_and_the_title_is(read_one):
    _, claims = read_one("a.md", f"url: https://x.example/1\noutlet: X\n\nKim besucht Moskau\n\n{BODY_DE}\n")
    assert claims == [
        "Kim besucht Moskau",
        "Kim Jong Un ist am Montag in Moskau eingetroffen.",
        "Er traf Präsident Putin im Kreml.",
    ]


def test_a_title_header_that_differs_from_the_first_line_leaves_that_line_in_the_body(read_one):
    article, claims = read_one("a.txt", f"title: Kim in Moskau\n\n{BODY_DE}\n")
    assert article.title == "Kim in Moskau"
    assert claims[0] == "Kim Jong Un ist am Montag in Moskau eingetroffen."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("de", "de"), ("DE", "de"), ("de-DE", "de"), ("en_US", "en"), ("deu", "de"),
        ("German", "de"), ("english", "en"), ("Russian", "ru"), ("fr", "fr"),
        ("Klingonisch", None), ("", None), (None, None),
    ],
)
def test_language_names_and_codes_are_normalised(raw, expected):
    assert normalise_language(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-10", "2023-10"), ("2024", "2024"), ("2024-06-19", "2024-06-19"),
        ("2024-06-19T10:00:00+02:00", "2024-06-19"), ("19.06.2024", "2024-06-19"),
        ("19. Juni 2024", "2024-06-19"), ("June 19, 2024", "2024-06-19"), ("19 Jun 2024", "2024-06-19"),
        ("gestern", None), ("32.13.2024", None), ("", None), (None, None),
    ],
)
def test_dates_are_normalised_to_an_iso_prefix(raw, expected):
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY_DE + " Die Gespräche sollen drei Tage dauern.", "de"),
        (BODY_EN + " The talks are expected to last three days.", "en"),
        ("Ким Чен Ын прибыл в Москву в понедельник. Он встретился с президентом Путиным.", "ru"),
        ("Kim Jong-un est arrivé lundi à Moscou. Il a rencontré le président Poutine au Kremlin.", "fr"),
    ],
)
def test_language_is_detected_when_no_header_gives_it(read_one, text, language):
    article, _ = read_one("a.txt", f"Titel\n\n{text}\n")
    assert article.language == language


# --------------------------------------------------------------------------- .html


ARTICLE_HTML = """<!doctype html><html lang="de"><head>
<title>Kim besucht Moskau | Beispiel-Zeitung</title>
<meta property="og:site_name" content="Beispiel-Zeitung">
<meta property="og:title" content="Kim besucht Moskau">
<meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<article><h1>Kim besucht Moskau</h1>
<p>Der nordkoreanische Machthaber Kim Jong Un ist am Montag zu einem Besuch in Moskau eingetroffen.
Er wurde am Bahnhof von Außenminister Lawrow empfangen.</p>
<p>Die beiden Seiten wollen über militärische Zusammenarbeit sprechen. Beobachter im Westen sind
besorgt über mögliche Waffenlieferungen.</p>
<p>Nach Angaben des Kremls soll der Besuch drei Tage dauern. Ein Abendessen im Kreml ist geplant.</p>
</article>
<footer>© 2024 Beispiel-Zeitung. Alle Rechte vorbehalten. Impressum Datenschutz Kontakt</footer>
</body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_gives_main_text_title_date_and_site_name(read_one, suffix):
    article, claims = read_one("page" + suffix, ARTICLE_HTML)
    assert (article.title, article.outlet, article.date, article.language) == (
        "Kim besucht Moskau", "Beispiel-Zeitung", "2024-03-12", "de",
    )
    assert "Ein Abendessen im Kreml ist geplant." in claims
    assert not any(word in " ".join(claims) for word in ("Startseite", "Impressum", "Rechte vorbehalten"))


def test_html_without_title_or_metadata_still_gives_an_article(read_one):
    article, claims = read_one("bare.html", f"<html><body><article><p>{BODY_EN} The talks lasted three hours "
                                            "and covered military cooperation.</p></article></body></html>")
    assert article.outlet is None and article.date is None
    assert "He met President Putin at the Kremlin." in claims


def test_html_dates_come_from_metadata_not_from_dates_in_the_text(read_one):
    article, _ = read_one("undated.html", "<html><head><title>Waffenruhe</title></head><body><article>"
                                          "<p>Seit Oktober 2023 wurden mehr als 3.800 Menschen getötet. Die Waffenruhe "
                                          "trat am Mittwoch in Kraft und soll 60 Tage dauern.</p></article></body></html>")
    assert article.date is None


# --------------------------------------------------------------------------- .jsonl and .json


def test_jsonl_records_carry_their_metadata(write_file):
    records = [
        {"title": "Kim in Moskau", "text": BODY_DE, "url": "https://a.example/1", "outlet": "A-Zeitung",
         "date": "2024-03-12T10:00:00Z", "lang": "de"},
        {"title": "Kim in Moscow", "text": BODY_EN, "date": 2024},
    ]
    path = write_file("feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    articles, problems = read_articles([str(path)])
    assert problems == ()
    assert [(a.id, a.title, a.outlet, a.date, a.language) for a in articles] == [
        ("feed-1", "Kim in Moskau", "A-Zeitung", "2024-03-12", "de"),
        ("feed-2", "Kim in Moscow", None, "2024", "en"),
    ]
    assert [c.text for c in split_claims(articles[1])] == [
        "Kim Jong Un arrived in Moscow on Monday.", "He met President Putin at the Kremlin.",
    ]


def test_json_list_records_are_numbered_by_the_line_they_start_on(write_file):
    path = write_file("list.json", (
        '[\n'
        f'  {{"title": "Eins", "text": "{BODY_DE}"}},\n'
        '  {"title": "Zwei",\n'
        '   "text": "Das zweite Treffen fand am Dienstag statt.\\nEs dauerte zwei Stunden."}\n'
        ']\n'
    ))
    articles, problems = read_articles([str(path)])
    assert problems == ()
    assert [(a.id, a.title) for a in articles] == [("list-2", "Eins"), ("list-3", "Zwei")]
    assert [(c.line, c.text) for c in split_claims(articles[1])] == [
        (3, "Das zweite Treffen fand am Dienstag statt."), (4, "Es dauerte zwei Stunden."),
    ]


def test_a_json_object_is_one_article(read_one):
    article, claims = read_one("one.json", json.dumps({"title": "One", "text": BODY_EN, "outlet": "Example"}, indent=2))
    assert (article.title, article.outlet, len(claims)) == ("One", "Example", 2)


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("stdin", "title"),
    [
        pytest.param(f"Kim besucht Moskau\n\n{BODY_DE}\n", "Kim besucht Moskau", id="text"),
        pytest.param(json.dumps({"title": "Als JSON-Zeile", "text": BODY_DE}) + "\n", "Als JSON-Zeile", id="jsonl"),
        pytest.param(json.dumps([{"title": "Als JSON-Liste", "text": BODY_DE}]), "Als JSON-Liste", id="json list"),
        pytest.param(ARTICLE_HTML, "Kim besucht Moskau", id="html"),
    ],
)
def test_stdin_is_read_in_the_format_it_looks_like(stdin, title):
    articles, problems = read_articles(["-"], stdin=io.StringIO(stdin))
    assert problems == ()
    assert [a.title for a in articles] == [title]
    assert all(a.path == "<stdin>" for a in articles)


# --------------------------------------------------------------------------- folders and globs


@pytest.fixture
def corpus(write_file):
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.txt", "sub/d.jsonl", "e.html"):
        content = (json.dumps({"text": BODY_EN}) if name.endswith("jsonl")
                   else ARTICLE_HTML if name.endswith("html") else f"Titel\n\n{BODY_DE}\n")
        write_file(name, content)
    write_file("sub/notes.pdf", "not an article format")
    write_file(".hidden.txt", f"Versteckt\n\n{BODY_DE}\n")
    return write_file("a.txt", f"Titel\n\n{BODY_DE}\n").parent


@pytest.mark.parametrize(
    ("pattern", "expected_ids"),
    [
        pytest.param("{root}", ["a", "e", "b", "d-1", "c"], id="folder, recursive"),
        pytest.param("{root}/*.txt", ["a"], id="glob"),
        pytest.param("{root}/**/*.txt", ["a", "c"], id="recursive glob"),
        pytest.param("{root}/sub/*", ["b", "d-1", "c"], id="glob matching a folder"),
    ],
)
def test_folders_and_globs_expand_to_supported_files(corpus, pattern, expected_ids):
    articles, problems = read_articles([pattern.format(root=corpus)])
    assert problems == ()
    assert [a.id for a in articles] == expected_ids


def test_a_file_named_twice_is_read_once(corpus):
    articles, _ = read_articles([str(corpus / "a.txt"), str(corpus), f"{corpus}/*.txt"])
    assert [a.id for a in articles].count("a") == 1


# --------------------------------------------------------------------------- outlet and date from the text


@pytest.mark.parametrize(
    ("content", "outlet", "date", "not_claims"),
    [
        pytest.param(f"Kim in Moskau\n\n{BODY_DE}\n\nmk.ru\n", "mk.ru", None, ["mk.ru"], id="trailing domain"),
        pytest.param(f"Kim in Moskau\n\n{BODY_DE}\n\nwww.tagesspiegel.de\n", "www.tagesspiegel.de", None,
                     ["tagesspiegel"], id="trailing www domain"),
        pytest.param(f"Kim in Moskau\n\n{BODY_DE}\n\nAFP, Reuters/ET\n\nD.W.\n", "D.W.", None,
                     ["D.W.", "Reuters/ET"], id="trailing abbreviation after agency credits"),
        pytest.param(f"Kim in Moskau\n\n{BODY_DE}\n\nQuelle: dpa © Pool / Sputnik\n\nDer Besuch endet am Mittwoch.\n",
                     "dpa", None, ["Quelle", "Sputnik"], id="credit line with copyright sign"),
        pytest.param(f"Kim in Moskau\n\nBERLIN, 12. März 2024 – {BODY_DE}\n", None, "2024-03-12",
                     ["BERLIN"], id="German dateline"),
        pytest.param(f"Kim in Moskau\n\nMOSKAU (dpa) - {BODY_DE}\n", "dpa", None, ["MOSKAU", "(dpa)"],
                     id="dateline with agency"),
        pytest.param(f"Kim in Moscow\n\nWASHINGTON, March 12, 2024 (Reuters) — {BODY_EN}\n", "Reuters", "2024-03-12",
                     ["WASHINGTON", "Reuters"], id="English dateline with date and agency"),
        pytest.param(f"BERLIN, 12. März 2024 – {BODY_DE}\n", None, "2024-03-12", ["BERLIN"],
                     id="dateline on the first line"),
        pytest.param(f"Stand: 14.03.2024 10:15 Uhr\n\nKim in Moskau\n\n{BODY_DE}\n", None, "2024-03-14",
                     ["Stand"], id="stamp above the title"),
        pytest.param(f"Kim in Moscow\n\n{BODY_EN}\n\nPublished: March 14, 2024\n", None, "2024-03-14",
                     ["Published"], id="stamp at the end"),
    ],
)
def test_outlet_and_date_from_the_text_itself_and_kept_out_of_claims(read_one, content, outlet, date, not_claims):
    article, claims = read_one("a.txt", content)
    assert (article.outlet, article.date) == (outlet, date)
    assert not [claim for claim in claims for word in not_claims if word in claim]
    assert claims[1:3] in (
        ["Kim Jong Un ist am Montag in Moskau eingetroffen.", "Er traf Präsident Putin im Kreml."],
        ["Kim Jong Un arrived in Moscow on Monday.", "He met President Putin at the Kremlin."],
        ["Er traf Präsident Putin im Kreml."],  # the dateline was the first line, so its sentence is the title
    )


def test_metadata_wins_over_what_the_text_suggests(read_one):
    article, _ = read_one("a.txt", f"outlet: Example\ndate: 2024-01-01\n\nTitel\n\nBERLIN, 12. März 2024 – {BODY_DE}\n\nmk.ru\n")
    assert (article.outlet, article.date) == ("Example", "2024-01-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim trifft Putin – Treffen in Wostochny geplant.",
        "Am 12. März 2024 – einem Dienstag – traf Kim in Moskau ein.",
        "Kiew, Charkiw und Odessa - alle drei Städte wurden in der Nacht angegriffen.",
    ],
)
def test_a_dash_in_an_ordinary_first_sentence_is_no_dateline(read_one, sentence):
    article, claims = read_one("a.txt", f"Titel\n\n{sentence} {BODY_DE}\n")
    assert (article.outlet, article.date, claims[1]) == (None, None, sentence)


# --------------------------------------------------------------------------- boilerplate


PROSE_BEFORE = "Die Delegation reiste am Montag nach Pjöngjang. Dort traf sie Vertreter der Regierung."
PROSE_AFTER = "Nach dem Treffen reiste die Delegation weiter nach Peking."


@pytest.mark.parametrize(
    ("boilerplate", "keeps_prose_after"),
    [
        pytest.param("Leave a Reply", False, id="Leave a Reply"),
        pytest.param("Leave a Reply Cancel reply", False, id="Leave a Reply Cancel reply"),
        pytest.param("Schreibe einen Kommentar", False, id="Schreibe einen Kommentar"),
        pytest.param("Kommentare", False, id="Kommentare"),
        pytest.param("12 Comments", False, id="12 Comments"),
        pytest.param("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
                     False, id="Deine E-Mail-Adresse"),
        pytest.param("Your email address will not be published. Required fields are marked *", False,
                     id="Your email address"),
        pytest.param("About admin", False, id="About admin"),
        pytest.param("Über redaktion_2", False, id="Über handle"),
        pytest.param("Check Also\n\nEin ganz anderes Thema: Das Parlament stimmt dem Plan zu", False, id="Check Also"),
        pytest.param("Ähnliche Beiträge", False, id="Ähnliche Beiträge"),
        pytest.param("Werbung", True, id="Werbung"),
        pytest.param("ANZEIGE", True, id="Anzeige"),
        pytest.param("Advertisement", True, id="Advertisement"),
        pytest.param("By", True, id="bare By"),
        pytest.param("Von", True, id="bare Von"),
        pytest.param("Von Anna Schmidt", True, id="German byline"),
        pytest.param("By John Smith and Jane Doe, Reuters", True, id="English byline"),
        pytest.param("(Bild: Max Mustermann / Agentur)", True, id="(Bild: …) line"),
        pytest.param("Foto: Mikhail Petrow / Pool", True, id="Foto: … line"),
        pytest.param("Photo: John Doe/AP", True, id="Photo: … line"),
        pytest.param("…Read More", True, id="…Read More"),
        pytest.param("Weiterlesen »", True, id="Weiterlesen"),
        pytest.param("Lesen Sie auch: Putin lobt die Zusammenarbeit mit Pjöngjang", True, id="Lesen Sie auch: one line"),
        pytest.param("Mehr zum Thema – Kim besucht eine Fabrik", True, id="Mehr zum Thema: one line"),
        pytest.param("Lesen Sie auch\nPutin lobt die Zusammenarbeit mit Pjöngjang\nUkraine-Krieg: Neue Drohnen "
                     "aus Nordkorea\nSeoul vor Kurswechsel: Dialog mit Kim", True, id="Lesen Sie auch list"),
        pytest.param("Read also:\nPutin praises cooperation with Pyongyang\nSeoul considers new talks", True,
                     id="Read also list"),
        pytest.param("Quelle: AFP © HANDOUT / FOREIGN MINISTRY", True, id="Quelle: … ©"),
        pytest.param("Quelle: dpa, AFP", True, id="Quelle: agencies"),
        pytest.param("Source: Reuters/AP", True, id="Source: agencies"),
        pytest.param("Stand: 14.03.2024, 10:15 Uhr", True, id="Stand: stamp"),
    ],
)
def test_boilerplate_never_becomes_a_claim(read_one, boilerplate, keeps_prose_after):
    _, claims = read_one("a.txt", f"Kim in Moskau\n\n{PROSE_BEFORE}\n\n{boilerplate}\n\n{PROSE_AFTER}\n")
    expected = ["Kim in Moskau", "Die Delegation reiste am Montag nach Pjöngjang.",
                "Dort traf sie Vertreter der Regierung."]
    assert claims == expected + ([PROSE_AFTER] if keeps_prose_after else [])


@pytest.mark.parametrize(
    ("line", "claims_left"),
    [
        pytest.param("Kim reiste im Zug an. (Bild: Reuters / Pool) Der Zug ist gepanzert.",
                     ["Kim reiste im Zug an.", "Der Zug ist gepanzert."], id="(Bild: …) inside a line"),
        # a long paragraph that a credit follows keeps its prose; a short line with one is a caption (test_not_claims)
        pytest.param("Kim reiste im gepanzerten Zug an, der tagelang unterwegs war. " * 5 + "Foto: Reuters/Pool",
                     ["Kim reiste im gepanzerten Zug an, der tagelang unterwegs war."], id="Foto: … after a paragraph"),
        pytest.param("Kim stayed three days and visited a factory … Read More",
                     ["Kim stayed three days and visited a factory"], id="… Read More after an excerpt"),
    ],
)
def test_inline_boilerplate_is_cut_and_the_rest_of_the_line_stays(read_one, line, claims_left):
    _, claims = read_one("a.txt", f"Titel\n\n{line}\n")
    assert claims[1:] == claims_left


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf dem Foto: Kim und Putin beim Händeschütteln.",
        "Das Foto zeigt Kim und Putin vor dem Kreml.",
        "Die Werbung für das Resort lief wochenlang im Staatsfernsehen.",
        "Werbung für Reisen nach Nordkorea ist in Südkorea verboten.",
        "Von Moskau aus reiste die Delegation weiter nach Wladiwostok.",
        "By Monday, the troops had left the border region.",
        "Bild-Zeitung und Spiegel berichteten am Dienstag über den Besuch.",
        "Leave a reply to the ministry was not possible, the diplomat complained.",
        "Über 11.000 Soldaten wurden nach Russland geschickt.",
        "About 11,000 soldiers were sent to Russia.",
        "Kommentare aus Moskau gab es bis zum Abend nicht.",
        "Lesen Sie auch, was die Opposition zu dem Treffen sagt.",
        "Stand der Gespräche am Montag war unklar, sagte der Sprecher.",
    ],
)
def test_a_real_sentence_that_only_resembles_boilerplate_stays(read_one, sentence):
    _, claims = read_one("a.txt", f"Titel\n\n{PROSE_BEFORE}\n\n{sentence}\n\n{PROSE_AFTER}\n")
    assert claims == ["Titel", "Die Delegation reiste am Montag nach Pjöngjang.",
                      "Dort traf sie Vertreter der Regierung.", sentence, PROSE_AFTER]


@pytest.mark.parametrize("subheading", ["About Russia", "Über Nordkorea", "Kim und Putin vertiefen Partnerschaft"])
def test_subheadings_neither_end_the_article_nor_vanish(read_one, subheading):
    _, claims = read_one("a.txt", f"Titel\n\n{PROSE_BEFORE}\n\n{subheading}\n\n{PROSE_AFTER}\n")
    assert claims[-2:] == [subheading, PROSE_AFTER]


def test_a_lead_paragraph_repeated_verbatim_gives_one_set_of_claims(read_one):
    lead = "Kim hat Putin in Pjöngjang empfangen. Beide unterzeichneten ein Abkommen über gegenseitigen Beistand."
    article, claims = read_one("a.txt", f"{lead}\n\n{lead}\n\nDer Besuch dauerte zwei Tage.\n")
    assert claims == [
        "Kim hat Putin in Pjöngjang empfangen.",
        "Beide unterzeichneten ein Abkommen über gegenseitigen Beistand.",
        "Der Besuch dauerte zwei Tage.",
    ]
    assert article.title == "Kim hat Putin in Pjöngjang empfangen. Beide unterzeichneten ein Abkommen über gegenseitigen Beistand."


def test_a_lead_repeated_below_a_headline_gives_one_set_of_claims(read_one):
    lead = "The leaders signed a mutual defence pact in Pyongyang on Wednesday, state media reported."
    _, claims = read_one("a.txt", f"Kim and Putin sign pact\n\n{lead}\n\n{lead}\n\nThe visit lasted two days.\n")
    assert claims == ["Kim and Putin sign pact", lead, "The visit lasted two days."]


# --------------------------------------------------------------------------- ids


def test_article_ids_come_from_file_names_and_claim_ids_do_not_depend_on_the_corpus(write_file):
    first = write_file("corpus/erster.txt", f"Erster Artikel\n\n{BODY_DE}\n")
    second = write_file("corpus/zweiter.txt", f"Zweiter Artikel\n\n{BODY_EN}\n")
    alone, _ = read_articles([str(first)])
    claim_ids = [c.id for c in split_claims(alone[0])]

    write_file("corpus/dritter.txt", f"Dritter Artikel\n\n{BODY_DE} Ein dritter Satz.\n")
    for paths in ([str(first.parent)], [str(second), str(first)]):
        articles, _ = read_articles(paths)
        by_id = {a.id: a for a in articles}
        assert [c.id for c in split_claims(by_id["erster"])] == claim_ids

    assert alone[0].id == "erster"
    assert len(set(claim_ids)) == len(claim_ids)


def test_two_files_with_the_same_name_in_different_folders_get_different_ids(write_file):
    one = write_file("x/artikel.txt", f"Eins\n\n{BODY_DE}\n")
    two = write_file("y/artikel.txt", f"Zwei\n\n{BODY_EN}\n")
    articles, _ = read_articles([str(one), str(two)])
    assert len({a.id for a in articles}) == 2
    assert all(a.id.startswith("artikel-") for a in articles)


def test_a_comment_kicker_before_the_text_does_not_end_the_article(tmp_path):
    path = tmp_path / "kommentar.txt"
    path.write_text("title: Was die Flut lehrt\nlang: de\n\nKommentar\nDie Katastrophe war ein Versagen mit Ansage. "
                    "Der Damm war seit Jahren marode.\n\nKommentare\nLeser A: Richtig so.\n", encoding="utf-8")
    (article,), problems = read_articles([str(path)])
    prose = " ".join(article.text[start:end] for start, end in article.body)
    assert "Versagen mit Ansage" in prose and "Leser A" not in prose and "Kommentar" not in prose
    assert problems == ()
