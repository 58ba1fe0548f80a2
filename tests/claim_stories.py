"""Hand-labelled claim-matching evaluation set.

The eight stories below (BLIND_STORIES) were written blind to the clustering
algorithm: invented (but realistic) news stories in German and English, one
claim per sentence, plus pairs of claims a human reader calls the SAME claim or
DIFFERENT claims. claim_stories_4lang.py adds 24 stories in German, English,
French and Russian whose sentences carry claim keys (see its docstring); they
are merged in below, with the split into DEV_STORIES and TEST_STORIES.

* ``STORIES``: story name -> article id -> (language, sentences)
* ``SAME``: (ref, ref, why) pairs that should land in one group
* ``DIFFERENT``: (ref, ref, why) pairs that must not be merged

A ref is ``"story/article_id:index"``, e.g. ``"arms/de-a:0"``.  Every "why"
starts with a kind tag followed by a colon:

SAME kinds:
  translation  German <-> English rendering of one claim, worded differently
  paraphrase   same language, little shared wording (synonyms, metonyms such
               as Moskau/Kreml, active vs passive, "X won" vs "Y lost to X")
  headline     short (headline-like) sentence vs a longer sentence that
               contains its claim plus extra detail
  figure       same claim with a different or missing figure/unit
               (11,000 vs "more than 10,000"; 180 km2 vs 18,000 hectares)
  outlet       same claim attributed to different outlets or sources
  background   the same background statement in two articles
DIFFERENT kinds (hard negatives, sharing names and wording):
  direction    roles swapped (A supplies B vs B supplies A; A beat B vs B beat A)
  participant  same event type, different actor/object
  predicate    same topic and actors, different statement
  numbers      same numbers/places/dates, about different things
  negation     claim vs its denial / opposite
  boilerplate  generic background sentence vs the actual news claim

A pair's kind names its main difficulty; several often apply.  Labels are
meant to be consistent under transitivity: no DIFFERENT pair links two
sentences that are connected through a chain of SAME pairs.

Persons, companies and most details are invented.  Run this file directly to
validate every ref and print counts (``python3 tests/claim_stories.py``);
``dump()`` prints every labelled pair with its sentences.
"""

from __future__ import annotations

import claim_stories_4lang as _four_languages

STORIES: dict[str, dict[str, tuple[str, list[str]]]] = {
    # ------------------------------------------------------------------
    # 1. Arms / military cooperation: North Korea <-> Russia
    # ------------------------------------------------------------------
    "arms": {
        "de-a": ("de", [
            "Nordkorea liefert Russland weitere Artilleriemunition",
            "Nordkorea hat Russland nach Angaben des südkoreanischen Geheimdienstes NIS seit August mehr als drei Millionen Artilleriegranaten geliefert.",
            "Im Gegenzug erhalte Pjöngjang von Moskau Technologie für Satelliten und Raketen, teilte der Geheimdienst am Mittwoch in Seoul mit.",
            "Zudem seien rund 11.000 nordkoreanische Soldaten in die russische Grenzregion Kursk verlegt worden.",
            "Das Verteidigungsministerium in Moskau äußerte sich zunächst nicht zu den Vorwürfen.",
            "Russland und Nordkorea hatten im Juni 2024 einen Vertrag über eine umfassende strategische Partnerschaft unterzeichnet, der gegenseitigen militärischen Beistand vorsieht.",
            "Nordkoreas Außenministerin Choe Son Hui war vergangene Woche in Moskau von Präsident Wladimir Putin empfangen worden.",
            "Beide Seiten betonten, die Beziehungen hätten sich weiter vertieft.",
        ]),
        "en-b": ("en", [
            "North Korea has shipped more than 3 million artillery shells to Russia since August, South Korea's spy agency said on Wednesday.",
            "In return, Moscow is providing Pyongyang with satellite and missile technology, the National Intelligence Service told lawmakers in a closed-door briefing.",
            "The agency also estimated that more than 10,000 North Korean troops had been sent to Russia's Kursk region.",
            "The Kremlin did not immediately respond to a request for comment.",
            "Russia and North Korea signed a mutual defence pact in June 2024 that obliges each side to come to the other's aid if attacked.",
            "North Korean Foreign Minister Choe Son Hui met her Russian counterpart Sergei Lavrov in Moscow last week.",
            "Seoul has warned that the deepening military ties pose a direct threat to security on the Korean peninsula.",
            "South Korea is considering sending weapons directly to Ukraine in response, a presidential official said.",
            "Choe and Lavrov also held talks on expanding bilateral trade, the Russian foreign ministry said.",
        ]),
        "en-c": ("en", [
            "Seoul says Russia is giving North Korea satellite know-how",
            "Russia has been transferring satellite technology to North Korea, according to South Korean intelligence, which said the know-how could help Pyongyang put a military reconnaissance satellite into orbit.",
            "Pyongyang, for its part, has sent Moscow dozens of short-range ballistic missiles, the agency said.",
            "Around 12,000 North Korean soldiers have been deployed to the Kursk region, according to the NIS.",
            "At least 100 of them have been killed in combat there, the agency said.",
            "Foreign Minister Choe Son Hui held talks with President Vladimir Putin in the Kremlin last week.",
            "Moscow has denied receiving any weapons from North Korea.",
            "Both governments describe their relationship as closer than at any point since the Cold War.",
        ]),
        "de-d": ("de", [
            "Südkorea: Moskau hilft Pjöngjang beim Satellitenbau",
            "Laut Reuters versorgt der Kreml das nordkoreanische Regime mit Know-how für den Bau von Aufklärungssatelliten.",
            "Nordkorea wiederum schickt Granaten nach Russland, berichtete die Nachrichtenagentur Yonhap unter Berufung auf Geheimdienstkreise.",
            "Hinweise darauf, dass Russland auch Waffen an Nordkorea liefert, gebe es bislang nicht, hieß es.",
            "Nordkoreas Außenministerin Choe Son Hui traf in Moskau ihren Amtskollegen Sergej Lawrow.",
            "Gleichzeitig bemüht sich Pjöngjang um neue Partner in Südostasien, etwa Laos und Vietnam.",
            "Seoul erwägt als Reaktion, der Ukraine erstmals direkt Waffen zu liefern.",
            "Bislang liefert Südkorea nur nicht-tödliche Hilfsgüter an die Ukraine.",
            "Die Zahl der in Kursk gefallenen Nordkoreaner beziffert der Geheimdienst auf mindestens 100.",
            "Bei den Gesprächen über einen Ausbau des Handels habe es deutliche Fortschritte gegeben, erklärte das russische Außenministerium.",
        ]),
    },
    # ------------------------------------------------------------------
    # 2. Prisoner swap: Iran <-> France, mediated by Oman
    # ------------------------------------------------------------------
    "swap": {
        "de-a": ("de", [
            "Gefangenenaustausch zwischen Iran und Frankreich",
            "Iran hat zwei seit mehr als drei Jahren inhaftierte Franzosen freigelassen.",
            "Im Gegenzug ließ Frankreich den iranischen Ingenieur Mahdi Rostami frei, der in Paris wegen Verstoßes gegen Exportkontrollen zu sechs Jahren Haft verurteilt worden war.",
            "Vermittelt wurde der Austausch nach Angaben des französischen Außenministeriums vom Sultanat Oman.",
            "Die beiden Franzosen, die Lehrerin Camille Arnaud und ihr Lebensgefährte Julien Ferrand, landeten am Donnerstagabend auf dem Flughafen Le Bourget bei Paris.",
            "Der französische Außenminister empfing sie dort persönlich.",
            "Teheran hatte den beiden Spionage für Israel vorgeworfen.",
            "Nach Angaben von Menschenrechtsorganisationen sitzen in Iran weiterhin mindestens 20 Europäer in Haft.",
        ]),
        "en-b": ("en", [
            "Tehran frees two French nationals in prisoner swap brokered by Oman",
            "Camille Arnaud and Julien Ferrand were detained in May 2022 while travelling in Iran as tourists.",
            "France, in turn, released Iranian engineer Mahdi Rostami, who had been serving a six-year sentence for breaching export controls.",
            "Oman's foreign ministry said it had facilitated the exchange after months of indirect talks.",
            "Paris has always rejected the espionage charges as baseless.",
            "Rostami landed in Tehran on Friday morning, Iranian state media reported.",
            "At least 20 Europeans remain in Iranian custody, according to rights groups.",
            "The couple were greeted on the tarmac at Le Bourget by France's foreign minister.",
            "Germany's foreign office confirmed that a German-Iranian dual national had also been released under the deal.",
        ]),
        "en-c": ("en", [
            "Iran, France swap prisoners in Oman-brokered deal",
            "A French teacher and her partner who spent more than three years behind bars in Iran are on their way home after Tehran let them go on Thursday.",
            "France released Iranian engineer Mahdi Rostami in exchange, Reuters reported, citing two officials.",
            "Rostami had been arrested in Nice in 2023 at the request of the United States, which accuses him of procuring drone components for Iran.",
            "Washington had sought his extradition.",
            "No other foreign detainees were freed as part of the agreement, an Iranian official said.",
            "Iran had accused the couple of working for Israeli intelligence.",
            "Iran denies arresting foreigners to use them as bargaining chips.",
        ]),
        "de-d": ("de", [
            "Frankreich entlässt iranischen Ingenieur Rostami",
            "Im Austausch gegen zwei französische Staatsbürger hat Frankreich einen in Nizza festgenommenen iranischen Ingenieur auf freien Fuß gesetzt, wie die Nachrichtenagentur AFP berichtete.",
            "Die Vereinigten Staaten hatten die Auslieferung Rostamis beantragt.",
            "Nach dpa-Informationen kam im Rahmen der Vereinbarung zudem ein deutsch-iranischer Doppelstaatler frei.",
            "Das Auswärtige Amt in Berlin wollte dies zunächst nicht bestätigen.",
            "Oman tritt seit Jahren als diskreter Vermittler zwischen Teheran und westlichen Regierungen auf.",
            "Menschenrechtler sprechen von Geiseldiplomatie: Teheran nehme gezielt Ausländer fest, um Zugeständnisse zu erpressen.",
            "Arnaud und Ferrand waren im Mai 2022 während einer Rundreise durch Iran festgenommen worden.",
        ]),
    },
    # ------------------------------------------------------------------
    # 3. Corporate takeover: Helmbrecht (Munich) buys Norvale (Boston)
    # ------------------------------------------------------------------
    "takeover": {
        "de-a": ("de", [
            "Helmbrecht übernimmt US-Sensorhersteller Norvale für 8,1 Milliarden Dollar",
            "Der Münchner Automatisierungskonzern Helmbrecht kauft den amerikanischen Sensorspezialisten Norvale Systems.",
            "Helmbrecht zahlt den Norvale-Aktionären 46,50 Dollar je Aktie in bar.",
            "Das entspricht einem Aufschlag von 31 Prozent auf den Schlusskurs vom Freitag.",
            "Der Verwaltungsrat von Norvale hat dem Angebot bereits zugestimmt, teilten beide Unternehmen am Montag mit.",
            "Finanziert wird der Kauf aus vorhandenen Barmitteln und über neue Kredite von rund fünf Milliarden Dollar.",
            "Die Helmbrecht-Aktie verlor im frühen Handel knapp sieben Prozent.",
            "Noch vor zwei Jahren hatte Norvale nach Informationen aus Finanzkreisen selbst eine Übernahme von Helmbrecht geprüft.",
            "Der Abschluss wird für das zweite Halbjahr 2026 erwartet, vorbehaltlich der Zustimmung der Kartellbehörden.",
            "Einschließlich Schulden wird Norvale damit mit 8,1 Milliarden Dollar bewertet.",
        ]),
        "en-b": ("en", [
            "Germany's Helmbrecht to buy Norvale Systems in $8.1 billion deal",
            "Munich-based Helmbrecht agreed to acquire U.S. sensor maker Norvale Systems for $46.50 per share in cash, the companies said on Monday.",
            "The offer represents a premium of about 30% to Norvale's closing price on Friday.",
            "Norvale's board has unanimously backed the deal.",
            "Norvale shares jumped 27% in premarket trading.",
            "Helmbrecht's stock fell 6.8% in Frankfurt.",
            "Helmbrecht said it would pay for the purchase with cash on hand and roughly $5 billion in new debt.",
            "The transaction is expected to close in the second half of 2026, subject to regulatory approvals.",
            "Helmbrecht employs about 48,000 people worldwide.",
        ]),
        "en-c": ("en", [
            "Norvale agrees to sale to German rival Helmbrecht",
            "Norvale Systems has agreed to be taken over by Helmbrecht, ending months of speculation about the future of the Boston-based company.",
            "Activist investor Crestline Capital, which owns about 8% of Norvale, had pushed the company to explore a sale.",
            "Crestline said on Monday it would support the offer.",
            "Norvale denied in September that it was in talks with Helmbrecht.",
            "The combination would create the world's third-largest maker of industrial sensors by revenue.",
            "Helmbrecht chief executive Katrin Vollmer called the deal \"a once-in-a-generation opportunity.\"",
            "Norvale will keep its headquarters in Boston, Helmbrecht said.",
            "Norvale employs 9,500 people.",
        ]),
        "de-d": ("de", [
            "Helmbrecht-Chefin Vollmer spricht von historischer Chance",
            "Die US-Firma Norvale geht an den Münchner Konzern Helmbrecht, wie beide Seiten am Montag mitteilten.",
            "Der Kaufpreis liegt einschließlich Schulden bei mehr als acht Milliarden Dollar.",
            "Norvale hatte bereits im September Gespräche mit Helmbrecht bestätigt.",
            "Der Finanzinvestor Crestline, mit rund acht Prozent größter Einzelaktionär von Norvale, hält das Angebot für zu niedrig.",
            "Bei Helmbrecht arbeiten weltweit rund 48.000 Menschen.",
            "Der Firmensitz von Norvale in Boston soll erhalten bleiben.",
            "Vor zwei Jahren war Helmbrecht mit dem Versuch gescheitert, den niederländischen Konkurrenten Stavex zu übernehmen.",
        ]),
    },
    # ------------------------------------------------------------------
    # 4. Wildfire near Patras, Greece
    # ------------------------------------------------------------------
    "wildfire": {
        "de-a": ("de", [
            "Mindestens zwölf Tote bei Waldbrand in Griechenland",
            "Bei einem verheerenden Waldbrand nahe der westgriechischen Hafenstadt Patras sind mindestens zwölf Menschen ums Leben gekommen.",
            "Unter den Toten seien zwei Feuerwehrleute, teilte der Zivilschutz am Dienstagabend mit.",
            "Rund 650 Feuerwehrleute kämpften mit Unterstützung aus der Luft gegen die Flammen.",
            "Die Behörden ordneten die Evakuierung von zwölf Dörfern an.",
            "Nach Schätzungen der Feuerwehr sind bislang rund 180 Quadratkilometer Wald und Buschland verbrannt.",
            "Italien und Kroatien schickten auf Bitten Athens Löschflugzeuge.",
            "Griechenland erlebt seit Wochen eine Hitzewelle mit Temperaturen von mehr als 40 Grad.",
            "Die Polizei nahm einen 54-jährigen Landwirt fest, der das Feuer beim Verbrennen von Gartenabfällen verursacht haben soll.",
        ]),
        "en-b": ("en", [
            "Wildfire near Greek city of Patras kills 14",
            "Fourteen people have been killed in a wildfire raging near the western Greek port city of Patras, the fire brigade said on Wednesday, raising an earlier toll.",
            "More than 600 firefighters, backed by 40 aircraft and helicopters, were battling the blaze.",
            "Residents of a dozen villages were ordered to leave their homes.",
            "The fire has burned through some 18,000 hectares of forest and farmland, according to the European Union's Copernicus monitoring service.",
            "Athens requested help through the EU's civil protection mechanism, and Italy and Croatia dispatched water-bombing aircraft.",
            "Greece itself had sent two Canadair planes to help Italy fight fires in Sicily last summer.",
            "A 54-year-old farmer was arrested on suspicion of starting the fire while burning garden waste, police said.",
            "Greece has been sweltering in a weeks-long heatwave, with temperatures above 40 degrees Celsius.",
        ]),
        "en-c": ("en", [
            "Greece fire: two firefighters among the dead as blaze rages near Patras",
            "The dead include two volunteer firefighters whose water truck was trapped by the flames, the civil protection ministry said.",
            "Police detained a farmer on Tuesday but released him hours later without charge.",
            "Authorities said they had not ruled out arson.",
            "Twelve villages were emptied on Tuesday as the flames advanced.",
            "Five more villages were put on alert.",
            "Last year's fires in Greece killed 12 people and scorched more than 40,000 hectares.",
            "The prime minister cut short a visit to Brussels to return to Athens.",
            "The prime minister visited the fire zone on Wednesday.",
        ]),
        "de-d": ("de", [
            "Waldbrand bei Patras: Zahl der Toten steigt auf 14",
            "Die Zahl der Todesopfer des Feuers im Westen Griechenlands ist auf 14 gestiegen, meldete der staatliche Rundfunk ERT.",
            "Zivilschutzminister Giorgos Kefalas besuchte am Mittwoch das Katastrophengebiet.",
            "Brandstiftung schließen die Ermittler inzwischen aus.",
            "Laut dem EU-Erdbeobachtungsdienst Copernicus sind 18.000 Hektar verbrannt.",
            "Der Sachschaden wird auf 180 Millionen Euro geschätzt.",
            "Griechenland wird in jedem Sommer von schweren Waldbränden heimgesucht.",
            "Für Donnerstag erwarten Meteorologen stärkeren Wind, der die Flammen erneut anfachen könnte.",
        ]),
    },
    # ------------------------------------------------------------------
    # 5. Election: Portuguese presidential run-off
    # ------------------------------------------------------------------
    "election": {
        "de-a": ("de", [
            "Konservativer Carvalho gewinnt Präsidentenwahl in Portugal",
            "Der konservative Kandidat Rui Carvalho hat die Stichwahl um das Präsidentenamt in Portugal gewonnen.",
            "Nach Auszählung fast aller Stimmen kam der 58-jährige frühere Verteidigungsminister auf 52,4 Prozent, wie die Wahlbehörde in Lissabon mitteilte.",
            "Seine sozialistische Rivalin Inês Moura erhielt 47,6 Prozent.",
            "Im ersten Wahlgang vor zwei Wochen hatte Moura noch knapp vor Carvalho gelegen.",
            "Die Wahlbeteiligung lag bei 61,2 Prozent.",
            "Moura räumte ihre Niederlage noch am Abend ein und gratulierte ihrem Kontrahenten.",
            "Der Präsident hat in Portugal vor allem repräsentative Aufgaben, kann aber das Parlament auflösen.",
            "Carvalho tritt sein Amt am 9. März an.",
        ]),
        "en-b": ("en", [
            "Portugal's conservative Carvalho wins presidency with 52% of vote",
            "Former defence minister Rui Carvalho won Portugal's presidential run-off on Sunday with 52.4% of the vote, near-complete results showed.",
            "Socialist Inês Moura took 47.6%.",
            "Moura had narrowly topped the first round two weeks ago.",
            "Turnout was 61.2%, the highest in a presidential vote since 2006.",
            "Moura admitted defeat in a speech to supporters in Lisbon and congratulated her opponent.",
            "The president of the European Commission congratulated Carvalho in a post on X.",
            "Carvalho will be sworn in on March 9.",
        ]),
        "en-c": ("en", [
            "Socialist Moura concedes defeat in Portugal's presidential runoff",
            "Inês Moura lost Portugal's presidential runoff to conservative rival Rui Carvalho on Sunday.",
            "Moura, a former mayor of Porto, had been seeking to become the country's first female president.",
            "Her campaign said it would not seek a recount.",
            "Voter turnout reached 61%, according to the national election commission.",
            "Portugal's president has limited executive powers but can dissolve parliament and veto legislation.",
            "Carvalho promised to be \"a president for all Portuguese.\"",
            "Carvalho said he had no plans to dissolve parliament before the end of its term.",
        ]),
        "de-d": ("de", [
            "Carvalho siegt knapp in Portugal",
            "Portugals neuer Staatschef heißt Rui Carvalho.",
            "Der Konservative setzte sich in der Stichwahl gegen die Sozialistin Inês Moura durch.",
            "Mouras Lager kündigte an, in mehreren Bezirken eine Neuauszählung zu beantragen.",
            "Laut der Nachrichtenagentur Lusa gratulierte der spanische Regierungschef Carvalho als einer der Ersten.",
            "Carvalho versprach, Präsident aller Portugiesen sein zu wollen.",
            "Bei der Wahl 2021 hatte die Beteiligung bei nur 39 Prozent gelegen.",
            "Mouras Niederlage gilt als schwerer Rückschlag für die Sozialisten, die bereits die Parlamentswahl im vergangenen Jahr verloren hatten.",
            "Im ersten Durchgang hatte Carvalho nur 29,8 Prozent der Stimmen erhalten.",
        ]),
    },
    # ------------------------------------------------------------------
    # 6. Sanctions: new EU package against Russia
    # ------------------------------------------------------------------
    "sanctions": {
        "de-a": ("de", [
            "EU beschließt 20. Sanktionspaket gegen Russland",
            "Die EU-Staaten haben sich auf ein 20. Paket mit Strafmaßnahmen gegen Russland geeinigt, wie Diplomaten in Brüssel bestätigten.",
            "Kern des Pakets ist ein Importverbot für russisches Flüssigerdgas (LNG), das ab Januar 2027 gelten soll.",
            "Zudem werden 117 weitere Schiffe der sogenannten Schattenflotte mit Hafenverboten belegt.",
            "Damit steigt die Zahl der gelisteten Tanker auf insgesamt 557.",
            "Die Slowakei gab ihren Widerstand gegen das Paket nach Zusagen der EU-Kommission zur Energieversorgung auf.",
            "Erstmals sind auch zwei Raffinerien in China betroffen, die russisches Öl verarbeiten.",
            "Seit Beginn des russischen Angriffskriegs gegen die Ukraine im Februar 2022 hat die EU bereits 19 Sanktionspakete verabschiedet.",
            "Russische Brennelemente für Atomkraftwerke bleiben weiterhin von den Sanktionen ausgenommen.",
        ]),
        "en-b": ("en", [
            "EU adopts 20th sanctions package against Russia, targeting LNG and shadow fleet",
            "European Union governments approved a 20th round of sanctions on Russia on Friday, diplomats said.",
            "The package bans imports of Russian liquefied natural gas from January 2027.",
            "It also blacklists another 117 tankers that the EU says belong to Russia's shadow fleet.",
            "Slovakia dropped its veto after receiving guarantees from the European Commission on energy supplies.",
            "Bratislava had held up the package for nearly a month, demanding protection from high gas prices.",
            "For the first time, the measures also hit two Chinese refineries that process Russian crude.",
            "China's commerce ministry said it firmly opposed the measures and would take steps to protect Chinese companies.",
            "Restrictions on Russian nuclear fuel, sought by several Baltic states, were left out of the package.",
        ]),
        "en-c": ("en", [
            "Moscow vows to retaliate after EU's new sanctions",
            "Russia will respond to the latest EU sanctions with countermeasures, foreign ministry spokeswoman Irina Sokolova said.",
            "Russia has expanded its list of EU officials banned from entering the country, the foreign ministry said.",
            "The new package also imposes travel bans and asset freezes on 41 Russian individuals, including senior military officers.",
            "The Kremlin said the sanctions would hurt Europe more than Russia.",
            "According to a draft seen by AP, the package also restricts imports of Russian nuclear fuel for the first time.",
            "Brussels has now listed more than 550 tankers as part of Russia's so-called shadow fleet.",
            "Russia earns around a quarter of its budget revenue from oil and gas sales.",
            "EU imports of Russian LNG reached a record 20 billion cubic metres last year.",
        ]),
        "de-d": ("de", [
            "Russland kündigt Vergeltung für neue EU-Sanktionen an",
            "Moskau erweiterte seine Liste von EU-Politikern und -Beamten, denen die Einreise nach Russland verboten ist.",
            "Die EU verhängt ihrerseits Einreiseverbote gegen 41 russische Personen, darunter hochrangige Militärs.",
            "Nach Ansicht des Kremls schaden die Sanktionen vor allem Europa selbst.",
            "Peking kündigte an, die Rechte chinesischer Firmen entschieden zu schützen.",
            "Die Slowakei hatte das Paket fast einen Monat lang aufgehalten.",
            "Die Einfuhren von russischem Flüssiggas in die EU hatten im vergangenen Jahr einen Rekordwert erreicht.",
            "Rund ein Viertel seiner Haushaltseinnahmen erzielt Russland mit dem Verkauf von Öl und Gas.",
        ]),
    },
    # ------------------------------------------------------------------
    # 7. Football transfer: Moreau from Lyon to Bayern
    # ------------------------------------------------------------------
    "transfer": {
        "de-a": ("de", [
            "Bayern holt Moreau aus Lyon",
            "Der FC Bayern München hat den französischen Mittelfeldspieler Lucas Moreau von Olympique Lyon verpflichtet.",
            "Der 21-Jährige unterschrieb einen Vertrag bis 2031, wie der Rekordmeister am Dienstag mitteilte.",
            "Die Ablösesumme soll laut kicker bei rund 65 Millionen Euro liegen, hinzu kommen mögliche Bonuszahlungen.",
            "Damit wäre Moreau einer der teuersten Zugänge der Vereinsgeschichte.",
            "Im Gegenzug wechselt Bayern-Stürmer Jonas Kessler auf Leihbasis nach Lyon.",
            "Bayerns Sportvorstand sprach von einem „Wunschspieler“, um den man sich seit mehr als einem Jahr bemüht habe.",
            "Moreau hatte beim 3:1-Sieg Lyons gegen die Bayern in einem Testspiel im vergangenen Juli zwei Tore erzielt.",
            "Der Mittelfeldspieler soll am Mittwoch in München vorgestellt werden.",
        ]),
        "en-b": ("en", [
            "Bayern Munich sign Lyon midfielder Moreau",
            "Bayern Munich have completed the signing of France midfielder Lucas Moreau from Olympique Lyonnais on a five-year deal, the German champions said on Tuesday.",
            "The fee is reported to be 65 million euros, plus up to 10 million in add-ons.",
            "Lyon had been under pressure to sell players to satisfy French football's financial regulator.",
            "Moreau scored twice when Lyon beat Bayern 3-1 in a pre-season friendly last July.",
            "Bayern beat Lyon 3-0 in the 2020 Champions League semi-final on their way to the title.",
            "Forward Jonas Kessler moves the other way on a season-long loan.",
            "Moreau, who came through Lyon's academy, has made 94 appearances for the club.",
        ]),
        "en-c": ("en", [
            "Moreau joins Bayern in deal worth up to €75m",
            "Lucas Moreau has left Lyon for Bayern Munich.",
            "Bayern are paying an initial €60m, according to people familiar with the deal.",
            "Paris Saint-Germain had also been interested in the player but were unwilling to meet Lyon's asking price.",
            "Moreau turned down a contract extension at Lyon in the spring.",
            "Bayern's sporting director said the club had been tracking Moreau for more than a year.",
            "Kessler, 23, scored eight goals for Bayern last season.",
            "Lyon declined to comment on the size of the fee.",
        ]),
        "de-d": ("de", [
            "Lyon verkauft Moreau nach München",
            "Laut „L'Équipe“ überweisen die Münchner eine Sockelablöse von 60 Millionen Euro.",
            "Lyon hatte Moreau im Frühjahr eine Vertragsverlängerung angeboten.",
            "Auch Paris Saint-Germain war an dem Franzosen interessiert.",
            "Kessler hatte in der vergangenen Saison acht Treffer für den FC Bayern erzielt.",
            "Der Franzose erhält in München die Rückennummer 8.",
            "Lyon bestätigte den Verkauf am Dienstagabend in einer Pflichtmitteilung an die Börse.",
            "Moreau absolvierte 94 Pflichtspiele für Lyon.",
        ]),
    },
    # ------------------------------------------------------------------
    # 8. Pharma recall: Veridan's blood-pressure drug Valcorin
    # ------------------------------------------------------------------
    "recall": {
        "de-a": ("de", [
            "Rückruf von Blutdruckmittel Valcorin wegen Verunreinigung",
            "Der Hamburger Arzneimittelhersteller Veridan Pharma ruft 37 Chargen seines Blutdrucksenkers Valcorin zurück.",
            "In den Tabletten sei die möglicherweise krebserregende Substanz N-Nitrosodimethylamin (NDMA) nachgewiesen worden, teilte das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) mit.",
            "Der Rückruf erfolge freiwillig und in Abstimmung mit den Behörden, sagte ein Unternehmenssprecher.",
            "Patienten sollten das Medikament nicht eigenmächtig absetzen, sondern mit ihrem Arzt sprechen, rät das BfArM.",
            "In Deutschland nehmen nach Firmenangaben rund 300.000 Menschen Valcorin ein.",
            "Der Wirkstoff stammt von dem indischen Zulieferer Anvika Chemicals.",
            "Bereits 2018 hatte verunreinigtes Valsartan aus China weltweit Rückrufe von Blutdruckmitteln ausgelöst.",
            "Veridan kündigte an, Anvika auf Schadenersatz zu verklagen.",
        ]),
        "en-b": ("en", [
            "Germany's Veridan recalls blood pressure drug over cancer-causing impurity",
            "Veridan Pharma is recalling nearly 40 batches of its hypertension drug Valcorin in Germany after tests found traces of a probable carcinogen, the company said.",
            "The impurity, NDMA, was detected in the tablets during routine testing by Germany's drug regulator BfArM.",
            "The German regulator ordered the recall after Veridan failed to act on earlier test results, a BfArM spokesperson said.",
            "About 300,000 packs have been shipped to pharmacies since the affected batches were produced.",
            "The active ingredient was sourced from Indian supplier Anvika Chemicals.",
            "Anvika sued Veridan last year over unpaid invoices, according to court filings in Hamburg.",
            "Veridan shares fell 4.2% in Frankfurt.",
            "No cases of harm to patients have been reported so far, the company said.",
        ]),
        "en-c": ("en", [
            "Veridan's U.S. unit recalls Valcorin tablets",
            "The U.S. subsidiary of Veridan Pharma is voluntarily recalling 12 lots of Valcorin tablets, the Food and Drug Administration said on Thursday.",
            "Patients were told to stop taking the affected pills and return them to pharmacies.",
            "The FDA said it had received three reports of adverse events possibly linked to the product.",
            "NDMA is classified as a probable human carcinogen by the World Health Organization's cancer agency.",
            "Anvika Chemicals, which makes the active ingredient, received an FDA warning letter in 2024 over quality control failures at its plant in Gujarat.",
            "Veridan's U.S. sales of Valcorin were $140 million last year.",
        ]),
        "de-d": ("de", [
            "BfArM: Valcorin-Rückruf betrifft 37 Chargen",
            "Nach Reuters-Informationen hat die Behörde den Rückruf angeordnet, nachdem Veridan auf frühere Testergebnisse nicht reagiert habe.",
            "Veridan bestreitet, Warnhinweise aus dem Labor ignoriert zu haben.",
            "Apotheken sollen betroffene Packungen aus dem Verkauf nehmen.",
            "NDMA gilt nach Einstufung der Internationalen Agentur für Krebsforschung als wahrscheinlich krebserregend beim Menschen.",
            "Schäden bei Patienten sind bislang nicht bekannt, hieß es bei Veridan.",
            "In den USA hat die Arzneimittelbehörde FDA drei Meldungen über Nebenwirkungen erhalten.",
            "Auch in den USA ruft Veridan Valcorin zurück, dort sind zwölf Chargen betroffen.",
            "Der indische Zulieferer Anvika war bereits 2024 von der FDA wegen Qualitätsmängeln verwarnt worden.",
        ]),
    },
}


SAME: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- arms
    ("arms/de-a:1", "arms/en-b:0", "translation: North Korea shipped >3 million shells to Russia since August"),
    ("arms/de-a:0", "arms/de-a:1", "headline: NK supplies Russia more ammunition vs body with figure and source"),
    ("arms/de-a:2", "arms/en-b:1", "translation: in return Moscow gives Pyongyang satellite/missile technology"),
    ("arms/en-b:1", "arms/en-c:1", "paraphrase: Moscow providing Pyongyang vs Russia transferring to North Korea"),
    ("arms/en-c:0", "arms/en-c:1", "headline: short headline vs long body sentence with extra detail"),
    ("arms/en-c:0", "arms/de-d:0", "translation: headline, Russia helps North Korea with satellites"),
    ("arms/de-d:0", "arms/de-d:1", "headline: Moskau hilft Pjöngjang vs Kreml versorgt Regime (Reuters)"),
    ("arms/de-a:2", "arms/de-d:1", "paraphrase: Moskau/Pjöngjang vs Kreml/nordkoreanisches Regime, different attribution"),
    ("arms/de-a:1", "arms/de-d:2", "figure: same shipment, one with 3 million figure, one without; NIS vs Yonhap"),
    ("arms/en-b:0", "arms/de-d:2", "outlet: spy agency said vs Yonhap citing intelligence sources"),
    ("arms/de-a:3", "arms/en-b:2", "figure: rund 11.000 vs more than 10,000 troops sent to Kursk"),
    ("arms/de-a:3", "arms/en-c:3", "figure: 11,000 vs 12,000 North Korean soldiers in Kursk"),
    ("arms/en-b:2", "arms/en-c:3", "figure: more than 10,000 vs around 12,000 troops in Kursk"),
    ("arms/de-a:5", "arms/en-b:4", "background: June 2024 mutual defence pact"),
    ("arms/de-a:6", "arms/en-c:5", "translation: Choe received by Putin (passive) vs held talks with Putin"),
    ("arms/en-b:5", "arms/de-d:4", "translation: Choe met counterpart Lavrov"),
    ("arms/en-b:7", "arms/de-d:6", "translation: Seoul considering sending weapons directly to Ukraine"),
    ("arms/en-c:4", "arms/de-d:8", "translation: at least 100 North Koreans killed in Kursk"),
    ("arms/de-a:7", "arms/en-c:7", "paraphrase: relations have deepened vs closer than ever since the Cold War"),
    # ---------------------------------------------------------------- swap
    ("swap/de-a:0", "swap/en-c:0", "translation: headline, prisoner swap between Iran and France"),
    ("swap/de-a:1", "swap/en-b:0", "headline: Iran freed two French nationals (headline adds Oman)"),
    ("swap/de-a:1", "swap/en-c:1", "translation: Iran released two French held >3 years, different wording"),
    ("swap/en-b:0", "swap/en-c:1", "headline: Tehran frees two French vs teacher and partner let go"),
    ("swap/de-a:2", "swap/en-b:2", "translation: France released engineer Rostami serving six years"),
    ("swap/en-b:2", "swap/en-c:2", "paraphrase: France released Rostami (Reuters attribution)"),
    ("swap/en-c:2", "swap/de-d:1", "outlet: Reuters reported vs AFP berichtete, France frees Iranian engineer"),
    ("swap/de-d:0", "swap/en-b:2", "headline: Frankreich entlässt Rostami vs long body sentence"),
    ("swap/de-a:2", "swap/de-d:1", "paraphrase: ließ frei vs auf freien Fuß gesetzt"),
    ("swap/de-a:3", "swap/en-b:3", "paraphrase: Oman mediated, per French ministry vs Oman's own ministry"),
    ("swap/de-a:5", "swap/en-b:7", "translation: foreign minister greeted them at Le Bourget (active vs passive)"),
    ("swap/de-a:6", "swap/en-c:6", "translation: Tehran accused them of spying for Israel"),
    ("swap/de-a:7", "swap/en-b:6", "translation: at least 20 Europeans still held in Iran"),
    ("swap/en-c:4", "swap/de-d:2", "translation: US had requested Rostami's extradition"),
    ("swap/de-d:3", "swap/en-b:8", "outlet: German-Iranian dual national also freed, dpa vs foreign office"),
    ("swap/en-b:1", "swap/de-d:7", "translation: couple detained May 2022 while touring Iran"),
    # ------------------------------------------------------------ takeover
    ("takeover/de-a:0", "takeover/en-b:0", "translation: headline, Helmbrecht buys Norvale for $8.1bn"),
    ("takeover/de-a:1", "takeover/en-b:1", "headline: short claim vs body sentence adding price and date"),
    ("takeover/de-a:1", "takeover/en-c:1", "translation: Helmbrecht buys Norvale (active) vs Norvale taken over by Helmbrecht (passive)"),
    ("takeover/en-c:0", "takeover/en-c:1", "headline: Norvale agrees to sale vs agreed to be taken over"),
    ("takeover/de-a:1", "takeover/de-d:1", "paraphrase: Helmbrecht kauft Norvale vs Norvale geht an Helmbrecht"),
    ("takeover/en-b:0", "takeover/en-c:0", "paraphrase: Helmbrecht to buy Norvale vs Norvale agrees to sale to Helmbrecht"),
    ("takeover/de-a:3", "takeover/en-b:2", "figure: premium of 31 percent vs about 30%"),
    ("takeover/de-a:4", "takeover/en-b:3", "translation: Norvale board approved the offer"),
    ("takeover/de-a:5", "takeover/en-b:6", "translation: financed with cash and ~$5bn new debt"),
    ("takeover/de-a:6", "takeover/en-b:5", "figure: Helmbrecht shares fell knapp sieben Prozent vs 6.8%"),
    ("takeover/de-a:8", "takeover/en-b:7", "translation: closing expected H2 2026 subject to approvals"),
    ("takeover/de-a:9", "takeover/de-d:2", "figure: valued at 8.1bn incl. debt vs more than eight billion"),
    ("takeover/de-d:0", "takeover/en-c:6", "translation: CEO Vollmer speaks of historic / once-in-a-generation chance"),
    ("takeover/de-d:5", "takeover/en-b:8", "translation: Helmbrecht employs ~48,000 worldwide"),
    ("takeover/de-d:6", "takeover/en-c:7", "translation: Norvale keeps Boston headquarters"),
    # ------------------------------------------------------------ wildfire
    ("wildfire/de-a:0", "wildfire/en-b:0", "figure: headline at least twelve dead vs fire kills 14"),
    ("wildfire/de-a:0", "wildfire/de-a:1", "headline: at least twelve dead vs body sentence with location"),
    ("wildfire/de-a:1", "wildfire/en-b:1", "figure: at least 12 died vs 14 killed near Patras"),
    ("wildfire/de-a:1", "wildfire/de-d:1", "figure: mindestens zwölf vs Zahl auf 14 gestiegen"),
    ("wildfire/de-d:0", "wildfire/de-d:1", "headline: toll rises to 14 vs body with ERT attribution"),
    ("wildfire/de-d:1", "wildfire/en-b:1", "outlet: 14 dead, per ERT vs per fire brigade"),
    ("wildfire/de-a:2", "wildfire/en-c:1", "translation: two firefighters among the dead (extra detail in English)"),
    ("wildfire/en-c:0", "wildfire/en-c:1", "headline: two firefighters among dead vs body with details"),
    ("wildfire/de-a:3", "wildfire/en-b:2", "figure: rund 650 vs more than 600 firefighters"),
    ("wildfire/de-a:4", "wildfire/en-b:3", "translation: twelve villages evacuated vs residents of a dozen villages told to leave"),
    ("wildfire/de-a:4", "wildfire/en-c:4", "translation: evacuation of twelve villages"),
    ("wildfire/en-b:3", "wildfire/en-c:4", "paraphrase: residents of a dozen villages ordered out vs twelve villages emptied"),
    ("wildfire/de-a:5", "wildfire/en-b:4", "figure: 180 square kilometres vs 18,000 hectares (same area, different unit)"),
    ("wildfire/de-a:5", "wildfire/de-d:4", "figure: 180 km2 (fire brigade) vs 18.000 Hektar (Copernicus)"),
    ("wildfire/de-a:6", "wildfire/en-b:5", "translation: Italy and Croatia sent planes at Athens' request"),
    ("wildfire/de-a:7", "wildfire/en-b:8", "background: weeks-long heatwave above 40 degrees"),
    ("wildfire/de-a:8", "wildfire/en-b:7", "translation: 54-year-old farmer arrested, burning garden waste"),
    # ------------------------------------------------------------ election
    ("election/de-a:0", "election/en-b:0", "translation: headline, conservative Carvalho wins presidency"),
    ("election/de-a:0", "election/de-d:0", "paraphrase: gewinnt Präsidentenwahl vs siegt knapp"),
    ("election/de-a:0", "election/de-a:1", "headline: Carvalho wins presidency vs body: won the run-off"),
    ("election/de-a:1", "election/en-b:1", "headline: won run-off vs body adding 52.4% and date"),
    ("election/de-a:1", "election/de-d:1", "paraphrase: Carvalho won vs Portugal's new head of state is Carvalho"),
    ("election/de-a:1", "election/en-c:1", "translation: Carvalho won vs Moura lost to Carvalho"),
    ("election/en-c:1", "election/de-d:2", "translation: Moura lost to Carvalho vs Carvalho prevailed against Moura"),
    ("election/de-a:3", "election/en-b:2", "translation: Moura got 47.6%"),
    ("election/de-a:4", "election/en-b:3", "translation: Moura narrowly ahead in first round"),
    ("election/de-a:5", "election/en-b:4", "translation: turnout 61.2%"),
    ("election/en-b:4", "election/en-c:4", "figure: turnout 61.2% vs 61%"),
    ("election/de-a:6", "election/en-b:5", "translation: Moura conceded and congratulated opponent"),
    ("election/de-a:6", "election/en-c:0", "headline: Moura concedes defeat"),
    ("election/en-b:5", "election/en-c:0", "paraphrase: admitted defeat vs concedes defeat"),
    ("election/de-a:7", "election/en-c:5", "background: president mainly ceremonial, can dissolve parliament"),
    ("election/de-a:8", "election/en-b:7", "translation: takes office / sworn in on March 9"),
    ("election/en-c:6", "election/de-d:5", "translation: president for all Portuguese"),
    ("election/en-b:0", "election/de-d:0", "translation: Carvalho wins with 52% vs siegt knapp"),
    # ----------------------------------------------------------- sanctions
    ("sanctions/de-a:0", "sanctions/en-b:0", "headline: EU adopts 20th package (English adds targets)"),
    ("sanctions/de-a:0", "sanctions/de-a:1", "headline: headline vs body sentence, same article"),
    ("sanctions/de-a:1", "sanctions/en-b:1", "translation: EU states agreed 20th package, diplomats"),
    ("sanctions/de-a:2", "sanctions/en-b:2", "translation: LNG import ban from January 2027"),
    ("sanctions/de-a:3", "sanctions/en-b:3", "translation: 117 more shadow-fleet ships listed"),
    ("sanctions/de-a:4", "sanctions/en-c:6", "figure: total listed tankers 557 vs more than 550"),
    ("sanctions/de-a:5", "sanctions/en-b:4", "translation: Slovakia dropped its veto after energy guarantees"),
    ("sanctions/de-a:6", "sanctions/en-b:6", "translation: first time two Chinese refineries targeted"),
    ("sanctions/de-a:8", "sanctions/en-b:8", "paraphrase: nuclear fuel remains exempt vs left out of package"),
    ("sanctions/en-c:0", "sanctions/en-c:1", "headline: Moscow vows to retaliate vs Russia will respond with countermeasures"),
    ("sanctions/en-c:0", "sanctions/de-d:0", "translation: Russia announces retaliation"),
    ("sanctions/en-c:2", "sanctions/de-d:1", "translation: Russia expands entry-ban list of EU officials"),
    ("sanctions/en-c:3", "sanctions/de-d:2", "translation: EU travel bans on 41 Russians incl. military"),
    ("sanctions/en-c:4", "sanctions/de-d:3", "translation: the Kremlin / des Kremls: sanctions hurt Europe more"),
    ("sanctions/en-b:7", "sanctions/de-d:4", "translation: Beijing will protect Chinese firms (English adds opposition)"),
    ("sanctions/en-b:5", "sanctions/de-d:5", "translation: Slovakia held up the package for about a month"),
    ("sanctions/en-c:8", "sanctions/de-d:6", "figure: record LNG imports last year, with and without 20 bcm"),
    ("sanctions/en-c:7", "sanctions/de-d:7", "background: a quarter of Russia's budget from oil and gas"),
    # ------------------------------------------------------------ transfer
    ("transfer/de-a:0", "transfer/en-b:0", "translation: headline, Bayern sign Moreau from Lyon"),
    ("transfer/de-a:0", "transfer/de-d:0", "paraphrase: Bayern holt Moreau vs Lyon verkauft Moreau nach München"),
    ("transfer/de-a:0", "transfer/de-a:1", "headline: Bayern holt Moreau vs full body sentence"),
    ("transfer/de-a:1", "transfer/en-b:1", "headline: signing vs body adding five-year deal and date"),
    ("transfer/de-a:1", "transfer/en-c:1", "translation: Bayern signed Moreau from Lyon vs Moreau left Lyon for Bayern"),
    ("transfer/en-b:0", "transfer/en-c:0", "paraphrase: Bayern sign Moreau vs Moreau joins Bayern"),
    ("transfer/de-a:3", "transfer/en-b:2", "translation: fee around 65 million plus add-ons"),
    ("transfer/de-a:3", "transfer/en-c:2", "figure: fee about 65 million vs initial 60 million"),
    ("transfer/en-c:2", "transfer/de-d:1", "outlet: initial €60m, people familiar vs L'Équipe"),
    ("transfer/de-a:5", "transfer/en-b:6", "translation: Kessler goes to Lyon on loan"),
    ("transfer/de-a:6", "transfer/en-c:5", "translation: sporting director: tracked player more than a year"),
    ("transfer/de-a:7", "transfer/en-b:4", "translation: Moreau scored twice in Lyon's 3-1 friendly win over Bayern"),
    ("transfer/en-c:3", "transfer/de-d:3", "headline: PSG interested (English adds asking price detail)"),
    ("transfer/en-c:6", "transfer/de-d:4", "translation: Kessler scored eight goals for Bayern last season"),
    ("transfer/en-b:7", "transfer/de-d:7", "translation: 94 appearances for Lyon"),
    # -------------------------------------------------------------- recall
    ("recall/de-a:0", "recall/en-b:0", "translation: headline, Valcorin recalled over impurity"),
    ("recall/de-a:1", "recall/en-b:1", "figure: 37 batches vs nearly 40 batches recalled"),
    ("recall/de-a:1", "recall/de-d:0", "headline: recall covers 37 batches"),
    ("recall/en-b:1", "recall/de-d:0", "figure: nearly 40 vs 37 batches, headline vs body"),
    ("recall/de-a:0", "recall/de-a:1", "headline: recall headline vs body, same article"),
    ("recall/de-a:2", "recall/en-b:2", "translation: NDMA found in tablets, BfArM"),
    ("recall/de-a:6", "recall/en-b:5", "translation: active ingredient from Indian supplier Anvika"),
    ("recall/en-b:3", "recall/de-d:1", "outlet: regulator ordered recall, BfArM spokesperson vs Reuters information"),
    ("recall/en-c:0", "recall/en-c:1", "headline: U.S. unit recalls Valcorin vs body with 12 lots and FDA"),
    ("recall/en-c:1", "recall/de-d:7", "translation: U.S. recall of twelve lots"),
    ("recall/en-c:3", "recall/de-d:6", "translation: FDA got three adverse-event reports"),
    ("recall/en-c:4", "recall/de-d:4", "background: NDMA probable human carcinogen per IARC"),
    ("recall/en-b:8", "recall/de-d:5", "translation: no patient harm reported so far"),
    ("recall/en-c:5", "recall/de-d:8", "translation: Anvika warned by FDA in 2024 over quality"),
]


DIFFERENT: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- arms
    ("arms/en-c:1", "arms/en-c:2", "direction: Russia gives NK satellite tech vs Pyongyang sends Moscow missiles"),
    ("arms/en-c:1", "arms/de-d:2", "direction: Russia -> NK technology vs NK -> Russia shells"),
    ("arms/de-d:1", "arms/de-d:2", "direction: Kreml versorgt Nordkorea vs Nordkorea schickt nach Russland"),
    ("arms/en-b:1", "arms/en-c:2", "direction: Moscow provides Pyongyang vs Pyongyang sent Moscow"),
    ("arms/de-a:2", "arms/de-a:1", "direction: Pjöngjang erhält von Moskau vs Nordkorea liefert Russland"),
    ("arms/de-d:2", "arms/de-d:3", "direction: NK sends shells to Russia vs no sign Russia sends weapons to NK"),
    ("arms/de-a:1", "arms/en-c:2", "predicate: same direction but artillery shells vs ballistic missiles"),
    ("arms/de-a:6", "arms/en-b:5", "participant: Choe received by Putin vs met counterpart Lavrov"),
    ("arms/en-c:5", "arms/de-d:4", "participant: talks with Putin vs met Amtskollege Lawrow"),
    ("arms/de-a:7", "arms/de-d:5", "predicate: relations deepened vs Pyongyang seeks new partners"),
    ("arms/en-c:3", "arms/en-c:4", "numbers: 12,000 deployed vs at least 100 killed, same region"),
    ("arms/de-a:3", "arms/de-d:8", "numbers: soldiers moved to Kursk vs soldiers killed in Kursk"),
    ("arms/en-b:0", "arms/en-c:6", "negation: NK shipped shells to Russia vs Moscow denies receiving weapons"),
    ("arms/en-b:7", "arms/de-d:7", "predicate: considering sending weapons vs so far only non-lethal aid"),
    ("arms/de-d:6", "arms/de-d:7", "predicate: erwägt Waffenlieferung vs liefert bislang nur nicht-tödliche Hilfe"),
    ("arms/de-a:5", "arms/en-b:6", "boilerplate: 2024 pact background vs Seoul warns ties are a threat"),
    ("arms/de-a:4", "arms/en-c:6", "predicate: Moscow gave no comment vs Moscow denied receiving weapons"),
    ("arms/en-b:8", "arms/de-d:9", "predicate: trade talks were held vs trade talks made clear progress"),
    ("arms/de-d:4", "arms/de-d:9", "predicate: Choe met Lavrov vs talks on trade made progress"),
    # ---------------------------------------------------------------- swap
    ("swap/de-a:1", "swap/de-a:2", "direction: Iran frees French vs France frees Iranian (same article)"),
    ("swap/en-b:0", "swap/en-b:2", "direction: Tehran frees French nationals vs France released Iranian"),
    ("swap/en-c:1", "swap/de-d:1", "direction: Tehran let French couple go vs Frankreich setzt Iraner frei"),
    ("swap/de-d:0", "swap/de-a:1", "direction: Frankreich entlässt Iraner vs Iran lässt Franzosen frei"),
    ("swap/de-a:4", "swap/en-b:5", "participant: French couple landed at Le Bourget vs Rostami landed in Tehran"),
    ("swap/en-c:3", "swap/de-d:7", "participant: Rostami arrested in Nice 2023 vs couple arrested in Iran 2022"),
    ("swap/de-d:3", "swap/en-c:5", "negation: dual national also freed vs no other detainees freed"),
    ("swap/de-d:4", "swap/en-b:8", "negation: foreign office would not confirm vs foreign office confirmed"),
    ("swap/de-a:6", "swap/en-b:4", "participant: Tehran accused them of spying vs Paris rejects charges"),
    ("swap/en-b:4", "swap/en-c:7", "participant: Paris rejects spying charges vs Iran denies hostage diplomacy"),
    ("swap/de-d:6", "swap/en-c:7", "negation: rights groups say Iran takes hostages vs Iran denies it"),
    ("swap/de-d:5", "swap/de-a:3", "boilerplate: Oman long-time mediator vs Oman brokered this exchange"),
    ("swap/de-d:5", "swap/en-b:3", "boilerplate: Oman as discreet mediator in general vs Oman facilitated this swap"),
    ("swap/en-c:4", "swap/en-c:3", "predicate: US sought extradition vs Rostami arrested at US request"),
    # ------------------------------------------------------------ takeover
    ("takeover/de-a:1", "takeover/de-a:7", "direction: Helmbrecht buys Norvale vs Norvale once weighed buying Helmbrecht"),
    ("takeover/en-b:1", "takeover/de-a:7", "direction: Helmbrecht to acquire Norvale vs Norvale considered taking over Helmbrecht"),
    ("takeover/en-c:1", "takeover/de-a:7", "direction: Norvale taken over by Helmbrecht vs Norvale examined takeover of Helmbrecht"),
    ("takeover/en-b:4", "takeover/en-b:5", "participant: Norvale shares up vs Helmbrecht shares down"),
    ("takeover/en-b:4", "takeover/de-a:6", "participant: Norvale stock jumped vs Helmbrecht stock fell"),
    ("takeover/en-b:2", "takeover/en-b:4", "numbers: 30% offer premium vs 27% share jump"),
    ("takeover/de-a:3", "takeover/en-b:4", "numbers: 31 Prozent Aufschlag vs 27% share rise"),
    ("takeover/en-c:3", "takeover/de-d:4", "negation: Crestline supports offer vs Crestline finds offer too low"),
    ("takeover/en-c:2", "takeover/de-d:4", "predicate: 8% holder pushed for a sale vs 8% holder says price too low"),
    ("takeover/en-c:4", "takeover/de-d:3", "negation: Norvale denied talks in September vs confirmed talks in September"),
    ("takeover/en-b:8", "takeover/en-c:8", "participant: Helmbrecht 48,000 staff vs Norvale 9,500 staff"),
    ("takeover/de-d:5", "takeover/en-c:8", "participant: Helmbrecht employees vs Norvale employees"),
    ("takeover/de-d:7", "takeover/de-a:1", "participant: failed Stavex takeover vs Norvale takeover"),
    ("takeover/de-a:2", "takeover/de-a:9", "numbers: $46.50 per share vs $8.1bn enterprise value"),
    ("takeover/de-a:4", "takeover/en-c:3", "participant: Norvale board approved vs Crestline supports offer"),
    # ------------------------------------------------------------ wildfire
    ("wildfire/de-a:6", "wildfire/en-b:6", "direction: Italy sent planes to Greece vs Greece sent planes to Italy"),
    ("wildfire/en-b:5", "wildfire/en-b:6", "direction: Italy/Croatia help Greece vs Greece helped Italy last summer"),
    ("wildfire/de-a:8", "wildfire/en-c:2", "predicate: farmer arrested as suspect vs farmer released without charge"),
    ("wildfire/en-b:7", "wildfire/en-c:2", "predicate: farmer arrested vs farmer released hours later"),
    ("wildfire/en-c:3", "wildfire/de-d:3", "negation: arson not ruled out vs investigators rule out arson"),
    ("wildfire/en-c:4", "wildfire/en-c:5", "predicate: twelve villages evacuated vs five on alert"),
    ("wildfire/de-a:4", "wildfire/en-c:5", "predicate: villages evacuated vs villages put on alert"),
    ("wildfire/en-c:6", "wildfire/de-a:1", "numbers: 12 killed in last year's fires vs 12 killed in this fire"),
    ("wildfire/en-c:6", "wildfire/en-b:4", "numbers: last year's burned hectares vs this fire's hectares"),
    ("wildfire/de-d:2", "wildfire/en-c:8", "participant: civil protection minister visited vs prime minister visited"),
    ("wildfire/en-c:7", "wildfire/en-c:8", "predicate: PM cut short Brussels trip vs PM visited fire zone"),
    ("wildfire/de-a:5", "wildfire/de-d:5", "numbers: 180 km2 burned vs 180 million euros damage"),
    ("wildfire/de-d:6", "wildfire/de-a:1", "boilerplate: Greece has fires every summer vs this fire killed 12"),
    ("wildfire/de-a:3", "wildfire/en-c:1", "participant: 650 firefighters fighting vs two firefighters died"),
    ("wildfire/de-a:4", "wildfire/de-a:0", "numbers: twelve villages evacuated vs twelve dead"),
    # ------------------------------------------------------------ election
    ("election/de-a:1", "election/de-a:4", "direction: Carvalho won run-off vs Moura ahead of Carvalho in first round"),
    ("election/en-c:1", "election/en-b:3", "direction: Moura lost run-off vs Moura topped first round"),
    ("election/de-d:2", "election/en-b:3", "direction: Carvalho prevailed over Moura vs Moura ahead in round one"),
    ("election/de-a:2", "election/de-a:3", "participant: Carvalho's 52.4% vs Moura's 47.6%"),
    ("election/en-b:1", "election/en-b:2", "participant: Carvalho won with 52.4% vs Moura took 47.6%"),
    ("election/de-a:2", "election/de-d:8", "numbers: Carvalho's run-off share vs his first-round share"),
    ("election/en-c:3", "election/de-d:3", "negation: will not seek recount vs will request recount"),
    ("election/de-a:6", "election/de-d:3", "predicate: Moura conceded vs Moura camp seeks recount"),
    ("election/en-b:6", "election/de-d:4", "participant: EU Commission president vs Spanish PM congratulated Carvalho"),
    ("election/de-a:6", "election/en-b:6", "participant: Moura congratulated opponent vs Commission president congratulated Carvalho"),
    ("election/de-a:5", "election/de-d:6", "numbers: turnout this election vs turnout in 2021"),
    ("election/en-b:4", "election/de-d:6", "numbers: 61.2% turnout now vs 39% in 2021"),
    ("election/en-c:5", "election/en-c:7", "boilerplate: president can dissolve parliament vs Carvalho won't dissolve it"),
    ("election/de-a:7", "election/en-c:7", "boilerplate: Befugnis zur Parlamentsauflösung vs no plans to dissolve"),
    ("election/de-a:1", "election/de-d:7", "predicate: Carvalho won vs Moura's loss a setback for Socialists"),
    # ----------------------------------------------------------- sanctions
    ("sanctions/de-a:5", "sanctions/en-b:5", "predicate: Slovakia lifted its block vs Bratislava held up package"),
    ("sanctions/en-b:4", "sanctions/en-b:5", "predicate: Slovakia dropped veto vs Slovakia held package up"),
    ("sanctions/de-a:5", "sanctions/de-d:5", "predicate: gab Widerstand auf vs hatte Paket aufgehalten"),
    ("sanctions/de-a:8", "sanctions/en-c:5", "negation: nuclear fuel exempt vs package restricts nuclear fuel"),
    ("sanctions/en-b:8", "sanctions/en-c:5", "negation: nuclear fuel left out vs nuclear fuel restricted"),
    ("sanctions/en-c:2", "sanctions/en-c:3", "direction: Russia bans EU officials vs EU bans Russian individuals"),
    ("sanctions/de-d:1", "sanctions/de-d:2", "direction: Moskau Einreiseverbote gegen EU vs EU Einreiseverbote gegen Russen"),
    ("sanctions/en-c:2", "sanctions/de-d:2", "direction: Russia's entry bans vs EU's entry bans"),
    ("sanctions/de-a:7", "sanctions/de-a:0", "boilerplate: 19 packages since 2022 vs 20th package adopted"),
    ("sanctions/de-a:7", "sanctions/en-b:1", "boilerplate: earlier packages vs approval of the 20th"),
    ("sanctions/de-a:3", "sanctions/de-a:4", "numbers: 117 ships added vs 557 in total"),
    ("sanctions/en-b:2", "sanctions/en-c:8", "predicate: LNG import ban vs record LNG imports"),
    ("sanctions/de-a:2", "sanctions/de-d:6", "predicate: LNG-Importverbot vs Rekord-Flüssiggasimporte"),
    ("sanctions/en-c:1", "sanctions/en-c:4", "predicate: Russia vows countermeasures vs says sanctions hurt Europe"),
    ("sanctions/de-a:6", "sanctions/de-d:4", "participant: EU targets Chinese refineries vs Beijing vows to protect firms"),
    ("sanctions/en-c:6", "sanctions/en-b:3", "numbers: more than 550 listed in total vs 117 newly added"),
    # ------------------------------------------------------------ transfer
    ("transfer/en-b:4", "transfer/en-b:5", "direction: Lyon beat Bayern 3-1 vs Bayern beat Lyon 3-0"),
    ("transfer/de-a:7", "transfer/en-b:5", "direction: Lyon's 3:1 win over Bayern vs Bayern's 3-0 win over Lyon"),
    ("transfer/de-a:1", "transfer/de-a:5", "direction: Moreau Lyon -> Bayern vs Kessler Bayern -> Lyon"),
    ("transfer/en-b:1", "transfer/en-b:6", "direction: Bayern sign Lyon player vs Bayern player goes to Lyon"),
    ("transfer/en-c:1", "transfer/de-a:5", "direction: Moreau left Lyon for Bayern vs Kessler leaves Bayern for Lyon"),
    ("transfer/de-d:0", "transfer/en-b:6", "direction: Lyon sells Moreau to Munich vs Kessler loaned to Lyon"),
    ("transfer/en-c:4", "transfer/de-d:2", "predicate: Moreau turned down extension vs Lyon offered extension"),
    ("transfer/de-d:6", "transfer/en-c:7", "predicate: Lyon confirmed the sale vs Lyon declined to comment on fee"),
    ("transfer/de-a:2", "transfer/en-c:4", "participant: contract with Bayern to 2031 vs rejected contract at Lyon"),
    ("transfer/de-d:4", "transfer/en-b:4", "participant: Kessler's goals for Bayern vs Moreau's goals against Bayern"),
    ("transfer/en-b:7", "transfer/en-c:6", "participant: Moreau's 94 appearances vs Kessler's eight goals"),
    ("transfer/de-d:5", "transfer/de-d:4", "numbers: shirt number 8 vs eight goals"),
    ("transfer/en-c:2", "transfer/en-c:0", "numbers: initial €60m fee vs total up to €75m"),
    # -------------------------------------------------------------- recall
    ("recall/de-a:3", "recall/en-b:3", "negation: voluntary recall vs regulator ordered the recall"),
    ("recall/de-a:3", "recall/de-d:1", "negation: Rückruf freiwillig vs Behörde hat Rückruf angeordnet"),
    ("recall/de-d:1", "recall/de-d:2", "negation: Veridan failed to act vs Veridan denies ignoring warnings"),
    ("recall/en-b:3", "recall/de-d:2", "negation: failed to act on test results vs denies ignoring warnings"),
    ("recall/de-a:5", "recall/en-b:4", "numbers: 300,000 patients vs 300,000 packs"),
    ("recall/de-a:8", "recall/en-b:6", "direction: Veridan to sue Anvika vs Anvika sued Veridan"),
    ("recall/de-a:4", "recall/en-c:2", "negation: do not stop taking the drug vs told to stop taking pills"),
    ("recall/en-b:8", "recall/en-c:3", "negation: no harm reported vs three adverse-event reports"),
    ("recall/de-d:5", "recall/de-d:6", "negation: keine Schäden bekannt vs drei Meldungen über Nebenwirkungen"),
    ("recall/de-a:1", "recall/en-c:1", "participant: German recall of 37 batches vs U.S. recall of 12 lots"),
    ("recall/de-a:1", "recall/de-d:7", "participant: Veridan recall in Germany vs Veridan recall in the USA"),
    ("recall/de-a:7", "recall/de-a:1", "boilerplate: 2018 valsartan recalls vs current Valcorin recall"),
    ("recall/en-c:5", "recall/en-b:5", "predicate: Anvika got FDA warning vs Anvika supplies the ingredient"),
    ("recall/en-c:1", "recall/en-c:6", "predicate: U.S. recall vs U.S. sales figure"),
    ("recall/en-b:7", "recall/en-b:1", "predicate: shares fell vs company recalling batches"),
    ("recall/de-a:2", "recall/en-c:4", "boilerplate: NDMA found in tablets vs NDMA classified as carcinogen"),
]


SAME_KINDS = ("translation", "paraphrase", "headline", "figure", "outlet", "background")
DIFFERENT_KINDS = ("direction", "participant", "predicate", "numbers", "negation", "boilerplate", "time")
BLIND_STORIES = tuple(STORIES)  # the eight German/English stories above

# The stories in four languages (claim_stories_4lang.py) label every sentence with a claim key: every
# pair of their sentences is labelled, the same key SAME and another key different. KEYS holds them.
KEYS: dict[str, str] = {}
for _story, _articles in _four_languages.STORIES.items():
    STORIES[_story] = {article: (language, [text for _, text in sentences])
                       for article, (language, sentences) in _articles.items()}
    _refs: dict[str, list[str]] = {}
    for _article, (_language, _sentences) in _articles.items():
        for _i, (_key, _) in enumerate(_sentences):
            KEYS[f"{_story}/{_article}:{_i}"] = f"{_story}/{_key}"
            _refs.setdefault(_key, []).append(f"{_story}/{_article}:{_i}")
    for _members in _refs.values():
        SAME += [(a, b, ("translation" if a.split("/")[1][:2] != b.split("/")[1][:2] else "paraphrase") + ": same key")
                 for i, a in enumerate(_members) for b in _members[i + 1:]]
    for _one, _other, _kind in _four_languages.DIFFERENT[_story]:
        DIFFERENT += [(a, b, f"{_kind}: {_one} / {_other}") for a in _refs[_one] for b in _refs[_other]]

# Split by story, chosen before any figure was measured: the judge is fitted and its threshold chosen
# on the development part only; the test part is reported. Every language pair occurs in both.
TEST_STORIES = ("swap", "sanctions", "recall", "tariffs", "aircrash", "measles", "journalist", "railstrike",
                "wheat", "cupmatch", "derail")
DEV_STORIES = tuple(story for story in STORIES if story not in TEST_STORIES)


def story_of(ref: str) -> str:
    return ref.split("/", 1)[0]


def language_of(ref: str) -> str:
    story, rest = ref.split("/", 1)
    return STORIES[story][rest.split(":")[0]][0]


def resolve(ref: str) -> str:
    """Return the sentence a ref points at; raise ValueError if it doesn't exist."""
    story, _, rest = ref.partition("/")
    art, _, idx = rest.partition(":")
    if story not in STORIES:
        raise ValueError(f"{ref}: unknown story {story!r}")
    if art not in STORIES[story]:
        raise ValueError(f"{ref}: unknown article {art!r}")
    sents = STORIES[story][art][1]
    if not idx.isdigit() or int(idx) >= len(sents):
        raise ValueError(f"{ref}: index out of range (article has {len(sents)})")
    return sents[int(idx)]


def validate() -> list[str]:
    """Return a list of problems (empty if the data set is consistent)."""
    problems: list[str] = []
    for story, arts in STORIES.items():
        langs = {lang for lang, _ in arts.values()}
        blind = story in BLIND_STORIES
        if (langs != {"de", "en"}) if blind else (len(langs) < 3 or not langs <= {"de", "en", "fr", "ru"}):
            problems.append(f"{story}: languages {sorted(langs)}")
        for art, (lang, sents) in arts.items():
            if not art.startswith(lang + "-"):
                problems.append(f"{story}/{art}: bad id/language {lang!r}")
            if not (6 <= len(sents) <= 10 if blind else 4 <= len(sents) <= 8):
                problems.append(f"{story}/{art}: {len(sents)} sentences")
    seen: dict[frozenset[str], str] = {}
    for name, pairs, kinds in (("SAME", SAME, SAME_KINDS), ("DIFFERENT", DIFFERENT, DIFFERENT_KINDS)):
        for a, b, why in pairs:
            for ref in (a, b):
                try:
                    resolve(ref)
                except ValueError as exc:
                    problems.append(f"{name}: {exc}")
            if a == b:
                problems.append(f"{name}: self-pair {a}")
            if a.split("/")[0] != b.split("/")[0]:
                problems.append(f"{name}: cross-story pair {a} {b}")
            kind = why.split(":", 1)[0]
            if kind not in kinds:
                problems.append(f"{name}: {a} {b}: unknown kind {kind!r}")
            key = frozenset((a, b))
            if key in seen:
                problems.append(f"{name}: duplicate pair {a} {b} (already in {seen[key]})")
            seen[key] = name
    # SAME is meant to be transitive: no DIFFERENT pair may join two refs
    # that a chain of SAME pairs connects.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in SAME:
        parent[find(a)] = find(b)
    for a, b, _ in DIFFERENT:
        if find(a) == find(b):
            problems.append(f"DIFFERENT pair {a} {b} is connected by SAME pairs")
    return problems


def dump() -> None:
    """Print every labelled pair with both sentences (for reviewing labels)."""
    for name, pairs in (("SAME", SAME), ("DIFFERENT", DIFFERENT)):
        for a, b, why in pairs:
            print(f"\n[{name}] {why}\n  {a}: {resolve(a)}\n  {b}: {resolve(b)}")


def story_claims(story: str) -> tuple[list, list]:
    """Each article's sentences joined by spaces, one claim per sentence, with exact offsets."""
    from crosscheck.records import Article, Claim

    articles, claims = [], []
    for article_id, (language, sentences) in STORIES[story].items():
        text = " ".join(sentences)
        article = Article(f"{story}/{article_id}", f"{story}/{article_id}.txt", text, sentences[0], None, None,
                          language, ((0, len(text)),))
        articles.append(article)
        start = 0
        for i, sentence in enumerate(sentences):
            claims.append(Claim(f"{article.id}:{i}", article.id, sentence, start, start + len(sentence), 1))
            start += len(sentence) + 1
    return articles, claims


if __name__ == "__main__":
    problems = validate()
    for p in problems:
        print("PROBLEM:", p)
    n_art = sum(len(a) for a in STORIES.values())
    n_sent = sum(len(s) for a in STORIES.values() for _, s in a.values())
    print(f"stories={len(STORIES)} articles={n_art} sentences={n_sent} "
          f"SAME={len(SAME)} DIFFERENT={len(DIFFERENT)}")
    for name, pairs, kinds in (("SAME", SAME, SAME_KINDS), ("DIFFERENT", DIFFERENT, DIFFERENT_KINDS)):
        counts = {k: 0 for k in kinds}
        cross_lang = within = 0
        for a, b, why in pairs:
            kind = why.split(":", 1)[0]
            counts[kind] = counts.get(kind, 0) + 1
            cross_lang += a.split("/")[1][:2] != b.split("/")[1][:2]
            within += a.split(":")[0] == b.split(":")[0]
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in counts.items())
              + f"; cross-language={cross_lang}, within-article={within}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    if problems:
        raise SystemExit(1)
