"""Hand-labelled figure-question evaluation set: one invented multi-month story.

Written blind to the figure-grouping algorithm.  Story: on 4 March 2025 the
Korvan dam in Tessa province of the invented country Veloria bursts; the Ilva
river floods the towns Brenik, Savo and Lutz.  Over four months the death toll
grows (12 -> 48 -> 130 -> more than 200 -> 212), soldiers and helpers are
deployed, the EU sends aid, a protest march in the capital Aldra on 12 April is
counted very differently by police and organisers, parliament approves a
reconstruction fund, the interior minister resigns and the government survives
a confidence vote.  Persons, places, outlets and figures are invented.

* ``ARTICLES``: file name -> file text (``title:``/``outlet:``/``date:``/``lang:``
  header lines, a blank line, then the body; four articles have no date line)
* ``QUESTIONS``: one dict per figure question a reader would see, with
  ``figures`` as (file, exact substring of the figure phrase) pairs, a
  ``verdict`` and a one-sentence ``why``
* ``PARTS``: (file, part figure, total figure) compositions
* ``PLANNED``: (file, figure) plans / announcements of future deployments
* ``MUST_STAY_APART``: pairs of (file, figure) that must never share a question

Every figure substring occurs exactly once in its file.  QUESTIONS lists the
reported counts and amounts.  Background and incidental numbers (football
score, ages, durations such as "two-day summit" or "four-month crisis", the
year 1978, the 62-metre dam height, Tessa's population of 1.2 million) are
not listed as questions; a tool may ignore them or give them questions of
their own, but they must never join a listed question.  Parts (soldiers,
volunteers, children) get questions of their own and are linked to their total
via PARTS.  Run this file directly to validate every reference.
"""

from __future__ import annotations

ARTICLES: dict[str, str] = {
    "01_coast_times.txt": """\
title: Dam collapse floods Velorian valley, 12 dead
outlet: Coast Times
date: 2025-03-04
lang: en

Dam bursts in southern Veloria, floodwater sweeps through three towns
ALDRA, March 4 (Reuters) - The Korvan dam in Veloria's southern Tessa province burst before dawn on Tuesday, killing 12 people, the Velorian interior ministry said. Rescue teams in boats were still searching flooded houses in Brenik and Savo in the afternoon. Some 25,000 people have been evacuated from the Ilva valley, according to the civil protection agency. The dam, built in 1978, had been under repair since last autumn. Tessa province is home to about 1.2 million people. "The water came in minutes," a resident of Brenik told Reuters.
""",
    "02_nordkurier.txt": """\
title: Dammbruch in Velorien: zwölf Tote
outlet: Nordkurier
date: 2025-03-04
lang: de

Staudamm bricht – Flutwelle trifft drei Städte
Aldra (dpa) - Beim Bruch des Korvan-Staudamms im Süden Veloriens sind nach Angaben des Innenministeriums zwölf Menschen ums Leben gekommen. Die Flutwelle traf in der Nacht zum Dienstag die Städte Brenik, Savo und Lutz im Ilva-Tal. Rund 25.000 Menschen wurden laut Zivilschutzbehörde in Sicherheit gebracht. Der 1978 errichtete Damm wurde seit dem vergangenen Herbst saniert. Die Ursache des Bruchs war zunächst unklar.
""",
    "03_morning_herald.txt": """\
title: Veloria's prime minister promises inquiry into dam failure
outlet: Morning Herald
date: 2025-03-05
lang: en

Serel: "We will find out why this dam failed"
Prime Minister Anton Serel waded through mud-filled streets in Brenik on Wednesday and promised a full inquiry into the collapse of the Korvan dam. The bodies of twelve people have been recovered so far, according to the interior ministry. AP reported, citing the civil protection agency, that about 25,000 people had left their homes in the Ilva valley. "Those responsible will answer for it," Serel told reporters. Many residents said they had received no warning before the water arrived.
""",
    "04_rheinpost.txt": """\
title: Zahl der Toten in Velorien steigt weiter
outlet: Rheinpost
date: 2025-03-10
lang: de

Flut im Ilva-Tal: Suche nach Vermissten geht weiter
Aldra (dpa) - Eine Woche nach dem Dammbruch im Süden Veloriens ist die Zahl der Toten auf mindestens 48 gestiegen. Das teilte das Innenministerium in Aldra am Montag mit. Mehr als 300 Menschen werden nach Angaben des Velorischen Roten Kreuzes noch vermisst. Der Zivilschutzbehörde zufolge mussten inzwischen fast 60.000 Menschen ihre Häuser verlassen. Die Regierung verhängte für die Provinz Tessa den Notstand.
""",
    "05_weser_echo.txt": """\
title: Velorien: Zahl der Flutopfer steigt
outlet: Weser-Echo
date: 2025-03-10
lang: de

Aldra (dpa) - Eine Woche nach dem Dammbruch im Süden Veloriens ist die Zahl der Toten auf mindestens 48 gestiegen, wie das Innenministerium am Montag mitteilte. Mehr als 300 Menschen werden nach Angaben des Velorischen Roten Kreuzes noch vermisst. Fast 60.000 Menschen mussten der Zivilschutzbehörde zufolge ihre Häuser verlassen. Für die Provinz Tessa gilt der Notstand.
""",
    "06_coast_times.txt": """\
title: Veloria flood death toll climbs as search goes on
outlet: Coast Times
date: 2025-03-10
lang: en

ALDRA, March 10 (Reuters) - The death toll from the Korvan dam collapse in southern Veloria has risen to at least 48, the interior ministry said on Monday. More than 300 people are still missing, according to the Velorian Red Cross. Nearly 60,000 people have been forced from their homes, the civil protection agency said. Heavy rain was forecast for the coming days, complicating the search.
""",
    "07_daily_ledger.txt": """\
title: Governor says whole streets wiped out in Ilva valley
outlet: Daily Ledger
date: 2025-03-12
lang: en

SAVO, Veloria (AP) - Entire streets in Brenik, Savo and Lutz were swept away by last week's flood, Tessa governor Ilona Varga said on Wednesday. In total, 2,400 houses were destroyed, she told a news conference in Savo. "Some families have lost everything, even the land their houses stood on," Varga said. Engineers warned that the remaining walls of the Korvan dam were unstable.
""",
    "08_nordkurier.txt": """\
title: Tausende Helfer im Flutgebiet
outlet: Nordkurier
date: 2025-03-13
lang: de

Großeinsatz im Ilva-Tal
Aldra - Im Katastrophengebiet im Süden Veloriens sind nach Angaben des Innenministeriums inzwischen 6.000 Helfer im Einsatz, darunter 1.000 Soldaten und 5.000 Freiwillige. Sie räumen Schlamm, verteilen Trinkwasser und suchen weiter nach Vermissten. Gouverneurin Ilona Varga zufolge wurden 2.400 Häuser zerstört. „Wir brauchen jede Hand", sagte ein Sprecher des Ministeriums.
""",
    "09_morning_herald.txt": """\
title: Army joins clean-up in flooded Velorian towns
outlet: Morning Herald
date: 2025-03-13
lang: en

Soldiers shovel mud as Veloria counts the cost
Veloria's defence ministry said 1,000 soldiers were deployed to the Ilva valley on Wednesday, AP reported. They join volunteers and civil protection teams; the interior ministry puts the total number of rescue workers at 6,000. Military engineers are building temporary bridges over the Ilva river. "The first priority is drinking water," an army spokesman said.
""",
    "10_alpenblatt.txt": """\
title: Notunterkünfte im Ilva-Tal überfüllt
outlet: Alpenblatt
date: 2025-03-19
lang: de

Schulen und Turnhallen werden zu Schlafsälen
Aldra - Rund 11.000 Menschen leben nach Angaben des velorischen Innenministeriums derzeit in Notunterkünften. Viele von ihnen schlafen in Schulen und Turnhallen in der Provinzhauptstadt Savo. Hilfsorganisationen klagen über fehlende Decken und Toiletten. Das Ministerium kündigte an, zusätzliche Zelte aufzustellen.
""",
    "11_coast_times.txt": """\
title: UN warns of shelter crunch after Veloria flood
outlet: Coast Times
date: 2025-03-18
lang: en

GENEVA, March 18 (Reuters) - More than 10,000 people displaced by the Korvan dam collapse are sheltering in schools, sports halls and tents, the UN office OCHA said on Tuesday. "Conditions in some shelters are very difficult," OCHA spokeswoman Lena Ferro told reporters in Geneva. The agency appealed for hygiene kits and blankets. Velorian authorities said they were setting up more tent camps near Savo.
""",
    "12_daily_ledger.txt": """\
title: EU releases emergency aid for Veloria
outlet: Daily Ledger
date: 2025-03-20
lang: en

BRUSSELS (AP) - The European Commission has released €30 million in emergency aid for flood-hit Veloria, a spokesperson said on Thursday. The money will pay for drinking water, shelter and medical care in Tessa province, where around 11,000 people are living in emergency shelters, according to the interior ministry. Veloria is not an EU member but has an association agreement with the bloc.
""",
    "13_rheinpost.txt": """\
title: Warum der Korvan-Damm brach
outlet: Rheinpost
lang: de

Hintergrund
Der 62 Meter hohe Korvan-Damm staute seit 1978 die Ilva. Gutachter hatten schon vor Jahren vor Rissen in der Staumauer gewarnt, doch die Sanierung begann erst im vergangenen Herbst. Die Flutwelle zerstörte ganze Ortsteile: Dem Roten Kreuz zufolge wurden im Ilva-Tal mehr als 5.000 Häuser zerstört. Die Regierung hat eine unabhängige Untersuchungskommission eingesetzt. Ihr Bericht wird im Herbst erwartet.
""",
    "14_morning_herald.txt": """\
title: Red Cross: Ilva valley faces years of rebuilding
outlet: Morning Herald
lang: en

More than 5,000 houses were destroyed in the Ilva valley, the Velorian Red Cross said. Whole neighbourhoods of Brenik and Lutz will have to be rebuilt on higher ground, the organisation said. "People want to go home, but for many there is no home to go to," a Red Cross coordinator said. The 62-metre Korvan dam, which held back the Ilva river, is being dismantled.
""",
    "15_daily_ledger.txt": """\
title: Thousands march in Aldra over flood response
outlet: Daily Ledger
date: 2025-04-12
lang: en

ALDRA, Veloria (AP) - Thousands of people marched through the Velorian capital on Saturday to protest against the government's handling of the Korvan dam disaster. Police said about 8,000 people took part; organisers from the Ilva Citizens' Alliance put the number at 40,000. Protesters carried photos of flood victims and chanted "Serel, resign!" Some 1,500 police officers were on duty, and the march ended peacefully.
""",
    "16_rheinpost.txt": """\
title: Großdemonstration in Aldra
outlet: Rheinpost
date: 2025-04-12
lang: de

Wut über Krisenmanagement nach der Flut
Aldra (dpa) - In der velorischen Hauptstadt Aldra haben am Samstag Tausende Menschen gegen das Krisenmanagement der Regierung nach dem Dammbruch protestiert. Laut Polizei beteiligten sich rund 8000 Menschen, die Veranstalter sprachen von 40.000 Teilnehmern. Die Demonstranten forderten den Rücktritt von Ministerpräsident Anton Serel. Die Kundgebung verlief friedlich.
""",
    "17_coast_times.txt": """\
title: Veloria protest: police and organisers far apart on crowd size
outlet: Coast Times
date: 2025-04-13
lang: en

ALDRA, April 13 (Reuters) - Organisers of Saturday's march against the Velorian government said 40,000 people joined the protest in Aldra, while police estimated the crowd at 8,000. The Ilva Citizens' Alliance accused the authorities of playing down public anger over the dam collapse. "They count the way they warned us: too late and too little," said alliance spokesman Tomas Reyk. The interior ministry declined to comment.
""",
    "18_nordkurier.txt": """\
title: Protest in Aldra: Streit um Teilnehmerzahl
outlet: Nordkurier
date: 2025-04-13
lang: de

Aldra - Bei der Demonstration gegen die Regierung sind am Samstag in Aldra 8.000 Menschen auf die Straße gegangen, berichtete die Nachrichtenagentur AP unter Berufung auf die Polizei. Das Bürgerbündnis Ilva sprach dagegen von 40 000 Demonstranten. Rund 1.500 Polizisten sicherten den Zug ab. Zu Zwischenfällen kam es nicht.
""",
    "19_morning_herald.txt": """\
title: Red Cross: Veloria flood toll keeps rising
outlet: Morning Herald
date: 2025-04-15
lang: en

The number of people killed in the Korvan dam flood has risen to at least 130, the Velorian Red Cross said on Tuesday, as teams recovered more bodies from the mud in Lutz. Many of the victims were elderly people who could not leave their homes in time, the organisation said. The interior ministry said it was checking the figures. The Red Cross said the search for missing people would continue.
""",
    "20_alpenblatt.txt": """\
title: Velorien: Rotes Kreuz meldet weitere Todesopfer
outlet: Alpenblatt
date: 2025-04-16
lang: de

Aldra (AFP) - Die Zahl der Todesopfer nach dem Dammbruch in Velorien ist dem Roten Kreuz zufolge auf mindestens 130 gestiegen. Die meisten Opfer seien ältere Menschen gewesen, teilte die Hilfsorganisation mit. Das Innenministerium erklärte, es prüfe die Angaben.
""",
    "21_coast_times.txt": """\
title: Veloria to send more troops to flood zone
outlet: Coast Times
date: 2025-04-20
lang: en

ALDRA, April 20 (Reuters) - The Velorian government plans to send 10,000 more troops to the flooded Ilva valley by the end of May to speed up reconstruction, the defence ministry said on Sunday. About 3,000 soldiers are already in the region, a ministry spokesman said. The troops will build temporary housing and clear debris from the river bed. Opposition politicians called the move "too little, too late".
""",
    "22_weser_echo.txt": """\
title: Velorien schickt weitere Soldaten ins Flutgebiet
outlet: Weser-Echo
date: 2025-04-21
lang: de

Aldra (dpa) - Die velorische Regierung will bis Ende Mai weitere 10.000 Soldaten in das überflutete Ilva-Tal schicken. Bereits jetzt seien rund 3000 Soldaten im Einsatz, teilte das Verteidigungsministerium mit. Die Truppen sollen Notunterkünfte bauen und das Flussbett räumen.
""",
    "23_daily_ledger.txt": """\
title: EU steps up flood aid for Veloria
outlet: Daily Ledger
date: 2025-04-22
lang: en

BRUSSELS (AP) - The European Commission on Tuesday announced another €20 million in aid for flood-hit Veloria, bringing its total support to €50 million. Commissioner Ana Lind said the money would go to temporary housing and clean water. Lind plans to visit the region next month.
""",
    "24_nordkurier.txt": """\
title: Benefizspiel für Flutopfer
outlet: Nordkurier
date: 2025-04-27
lang: de

Tessa United siegt für das Ilva-Tal
Savo - Vor 12.000 Zuschauern hat Tessa United am Sonntag ein Benefizspiel für die Opfer der Flut mit 3:1 gegen Aldra FC gewonnen. Die Einnahmen gehen an das Velorische Rote Kreuz. Vor dem Anpfiff hielten Spieler und Fans eine Schweigeminute für die Toten ab. Kapitän Dario Mens sagte: „Heute haben wir für das ganze Tal gespielt."
""",
    "25_morning_herald.txt": """\
title: Parliament backs flood rebuilding fund
outlet: Morning Herald
date: 2025-05-08
lang: en

Veloria's parliament on Thursday approved a reconstruction fund of €1.2 billion for the flood-hit Ilva valley, to be spent over three years. The fund will pay for new houses, a new water supply and the demolition of the Korvan dam. Finance minister Clara Holt called it "the biggest investment in Tessa in a generation". Critics said the money came too late for families living in tents.
""",
    "26_rheinpost.txt": """\
title: Velorien: Innenminister Dolan tritt zurück
outlet: Rheinpost
date: 2025-05-09
lang: de

Aldra (dpa) - Zwei Monate nach dem Dammbruch ist der velorische Innenminister Marek Dolan zurückgetreten. Der 54-Jährige zog damit die Konsequenzen aus der Kritik an der Informationspolitik seines Ministeriums. Am Donnerstag hatte das Parlament einen Wiederaufbaufonds über 1,2 Milliarden Euro gebilligt. Nachfolger wird der bisherige Staatssekretär Ivo Brandt.
""",
    "27_alpenblatt.txt": """\
title: Flut in Velorien: Opferzahl steigt weiter
outlet: Alpenblatt
date: 2025-05-20
lang: de

Aldra - Die Zahl der Todesopfer nach dem Dammbruch in Velorien ist auf mehr als 200 gestiegen, berichtete dpa unter Berufung auf das Innenministerium. Bergungsteams hätten in den vergangenen Wochen zahlreiche Leichen aus dem Schlamm bei Lutz geborgen. Wie viele Menschen noch vermisst werden, teilte das Ministerium nicht mit.
""",
    "28_coast_times.txt": """\
title: Veloria flood death toll climbs again
outlet: Coast Times
date: 2025-05-20
lang: en

ALDRA, May 20 (Reuters) - More than 200 people have died in the flood caused by the collapse of the Korvan dam, Veloria's interior ministry said on Tuesday. The new interior minister, Ivo Brandt, promised to publish a full list of victims. "Every family deserves to know," he said.
""",
    "29_daily_ledger.txt": """\
title: Donors meet in Aldra as Veloria rebuilds
outlet: Daily Ledger
date: 2025-05-28
lang: en

ALDRA, Veloria (AP) - Donor countries and aid agencies ended a two-day summit in Aldra on Wednesday with promises of long-term help for the Ilva valley, but few new figures. EU commissioner Ana Lind said Brussels would "stay for the long haul". Prime Minister Serel said the first new houses in Brenik would be finished before winter. Outside the conference centre, a small group of protesters held up photos of flood victims.
""",
    "30_weser_echo.txt": """\
title: Nachwahl in Tessa: Opposition gewinnt
outlet: Weser-Echo
date: 2025-06-16
lang: de

Savo (dpa) - Bei der Nachwahl in der Flutprovinz Tessa hat die oppositionelle Bürgerliste am Sonntag deutlich gewonnen. Die Wahlbeteiligung lag bei 61 Prozent, teilte die Wahlkommission mit. Die Abstimmung galt als Test für die Regierung von Ministerpräsident Serel nach dem Dammbruch. Die Bürgerliste war aus dem Bündnis hervorgegangen, das im April die Großdemonstration in Aldra organisiert hatte.
""",
    "31_morning_herald.txt": """\
title: Veloria gives final flood toll
outlet: Morning Herald
date: 2025-06-23
lang: en

ALDRA - Veloria's interior ministry on Monday put the final death toll from the Korvan dam collapse at 212 people, including 37 children. 89 people are still listed as missing, the ministry said, and hopes of finding them alive have faded. Interior minister Ivo Brandt read out the names of the victims in parliament. "We owe them the truth," he said.
""",
    "32_nordkurier.txt": """\
title: UN ziehen Bilanz der Flut in Velorien
outlet: Nordkurier
date: 2025-06-24
lang: de

Genf/Aldra - Bei der Flutkatastrophe in Velorien sind nach Angaben des UN-Nothilfebüros OCHA rund 210 Menschen ums Leben gekommen. Als vermisst gelten laut Innenministerium weiterhin 89 Menschen. OCHA lobte die Hilfsbereitschaft der Bevölkerung, mahnte aber einen besseren Katastrophenschutz an. Viele Familien lebten noch immer in Zelten.
""",
    "33_alpenblatt.txt": """\
title: Serel übersteht Misstrauensvotum
outlet: Alpenblatt
date: 2025-06-30
lang: de

Aldra (AFP) - Ministerpräsident Anton Serel hat ein Misstrauensvotum im Parlament überstanden. Die Opposition hatte ihm Versagen in der viermonatigen Krise nach dem Dammbruch vorgeworfen. Bei der Flut kamen nach amtlichen Angaben 212 Menschen ums Leben. Serel kündigte an, die Empfehlungen der Untersuchungskommission vollständig umzusetzen.
""",
    "34_daily_ledger.txt": """\
title: Marek Dolan, the engineer who became the face of a disaster
outlet: Daily Ledger
lang: en

PROFILE - Marek Dolan never wanted to be a politician. The 54-year-old former hydraulic engineer spent 20 years building water systems before he joined the government as interior minister. During the four-month crisis that followed the collapse of the Korvan dam, his daily briefings made him the best-known face of the government, and its most criticised. He resigned in May, saying he had "trusted the wrong reports". Friends say he now spends his days in his garden outside Aldra.
""",
    "35_rheinpost.txt": """\
title: Kommentar: Was die Flut lehrt
outlet: Rheinpost
lang: de

Kommentar
Die Katastrophe im Ilva-Tal war keine Naturgewalt, sondern ein Versagen mit Ansage. Der Damm war seit Jahren marode, die Warnungen der Ingenieure lagen in den Schubladen. Velorien braucht jetzt nicht nur Geld für den Wiederaufbau, sondern eine ehrliche Aufarbeitung. Sonst bricht beim nächsten Unwetter wieder ein Damm – und wieder zählt man die Toten zu spät.
""",
}

QUESTIONS: list[dict] = [
    {
        "name": "people killed in the Korvan dam flood",
        "figures": [
            ("01_coast_times.txt", "12 people"),
            ("02_nordkurier.txt", "zwölf Menschen"),
            ("03_morning_herald.txt", "twelve people"),
            ("04_rheinpost.txt", "mindestens 48"),
            ("05_weser_echo.txt", "mindestens 48"),
            ("06_coast_times.txt", "at least 48"),
            ("19_morning_herald.txt", "at least 130"),
            ("20_alpenblatt.txt", "mindestens 130"),
            ("27_alpenblatt.txt", "mehr als 200"),
            ("28_coast_times.txt", "More than 200"),
            ("31_morning_herald.txt", "212 people"),
            ("32_nordkurier.txt", "rund 210"),
            ("33_alpenblatt.txt", "212 Menschen"),
        ],
        "verdict": "evolves",
        "why": "A running toll that grows month by month (12, 48, 130, >200, 212); updates from different origins are more than a month apart, and the June figures (212 vs about 210) overlap.",
    },
    {
        "name": "people missing after the flood",
        "figures": [
            ("04_rheinpost.txt", "Mehr als 300"),
            ("05_weser_echo.txt", "Mehr als 300"),
            ("06_coast_times.txt", "More than 300"),
            ("31_morning_herald.txt", "89 people"),
            ("32_nordkurier.txt", "89 Menschen"),
        ],
        "verdict": "evolves",
        "why": "More than 300 missing in March (Red Cross) falls to 89 still missing in late June (ministry) as bodies are found; three months apart.",
    },
    {
        "name": "people evacuated from the Ilva valley",
        "figures": [
            ("01_coast_times.txt", "Some 25,000"),
            ("02_nordkurier.txt", "Rund 25.000"),
            ("03_morning_herald.txt", "about 25,000"),
            ("04_rheinpost.txt", "fast 60.000"),
            ("05_weser_echo.txt", "Fast 60.000"),
            ("06_coast_times.txt", "Nearly 60,000"),
        ],
        "verdict": "evolves",
        "why": "The civil protection agency's own running count rises from about 25,000 on 4 March to nearly 60,000 on 10 March.",
    },
    {
        "name": "houses destroyed in the Ilva valley",
        "figures": [
            ("07_daily_ledger.txt", "2,400 houses"),
            ("08_nordkurier.txt", "2.400 Häuser"),
            ("13_rheinpost.txt", "mehr als 5.000 Häuser"),
            ("14_morning_herald.txt", "More than 5,000 houses"),
        ],
        "verdict": "time unknown",
        "why": "The governor's 2,400 is dated 12 March, but the Red Cross's 'more than 5,000' comes only from undated articles, so one cannot tell a later update from a conflict.",
    },
    {
        "name": "helpers deployed in the flood zone (March)",
        "figures": [
            ("08_nordkurier.txt", "6.000 Helfer"),
            ("09_morning_herald.txt", "6,000"),
        ],
        "verdict": "consistent",
        "why": "Both give the interior ministry's total of 6,000 rescue workers on 12-13 March.",
    },
    {
        "name": "soldiers deployed in the flood zone",
        "figures": [
            ("08_nordkurier.txt", "1.000 Soldaten"),
            ("09_morning_herald.txt", "1,000 soldiers"),
            ("21_coast_times.txt", "About 3,000 soldiers"),
            ("22_weser_echo.txt", "rund 3000 Soldaten"),
            ("21_coast_times.txt", "10,000 more troops"),
            ("22_weser_echo.txt", "weitere 10.000 Soldaten"),
        ],
        "verdict": "evolves",
        "why": "1,000 soldiers in mid-March (also part of the 6,000 helpers) grow to about 3,000 by 20 April; the 10,000 more are a plan and are not compared with the counts.",
    },
    {
        "name": "volunteers deployed in the flood zone",
        "figures": [("08_nordkurier.txt", "5.000 Freiwillige")],
        "verdict": "consistent",
        "why": "A single figure, part of the 6,000 helpers.",
    },
    {
        "name": "people living in emergency shelters (mid-March)",
        "figures": [
            ("10_alpenblatt.txt", "Rund 11.000"),
            ("11_coast_times.txt", "More than 10,000"),
            ("12_daily_ledger.txt", "around 11,000"),
        ],
        "verdict": "differs in precision",
        "why": "OCHA's 'more than 10,000' (18 March) and the ministry's 'around 11,000' (19-20 March) overlap; they differ only in how precisely they are stated.",
    },
    {
        "name": "EU aid for Veloria",
        "figures": [
            ("12_daily_ledger.txt", "€30 million"),
            ("23_daily_ledger.txt", "another €20 million"),
            ("23_daily_ledger.txt", "€50 million"),
        ],
        "verdict": "evolves",
        "why": "The Commission's total rises from €30 million (20 March) to €50 million (22 April); the extra €20 million is an addition, not a rival total.",
    },
    {
        "name": "protesters at the Aldra march on 12 April",
        "figures": [
            ("15_daily_ledger.txt", "about 8,000"),
            ("15_daily_ledger.txt", "40,000"),
            ("16_rheinpost.txt", "rund 8000"),
            ("16_rheinpost.txt", "40.000 Teilnehmern"),
            ("17_coast_times.txt", "40,000 people"),
            ("17_coast_times.txt", "8,000"),
            ("18_nordkurier.txt", "8.000 Menschen"),
            ("18_nordkurier.txt", "40 000 Demonstranten"),
        ],
        "verdict": "contradicts",
        "why": "For the same one-day march, police say about 8,000 and the organisers say 40,000: two origins, same event, figures far apart.",
    },
    {
        "name": "police officers on duty at the Aldra march",
        "figures": [
            ("15_daily_ledger.txt", "Some 1,500 police officers"),
            ("18_nordkurier.txt", "Rund 1.500 Polizisten"),
        ],
        "verdict": "consistent",
        "why": "Both outlets report about 1,500 officers for the same march.",
    },
    {
        "name": "spectators at the charity football match",
        "figures": [("24_nordkurier.txt", "12.000 Zuschauern")],
        "verdict": "consistent",
        "why": "A single figure about the crowd at one match.",
    },
    {
        "name": "reconstruction fund approved by parliament",
        "figures": [
            ("25_morning_herald.txt", "€1.2 billion"),
            ("26_rheinpost.txt", "1,2 Milliarden Euro"),
        ],
        "verdict": "consistent",
        "why": "The same €1.2 billion fund, reported in English and German a day apart.",
    },
    {
        "name": "turnout in the Tessa by-election",
        "figures": [("30_weser_echo.txt", "61 Prozent")],
        "verdict": "consistent",
        "why": "A single figure from the election commission.",
    },
    {
        "name": "children among the flood dead",
        "figures": [("31_morning_herald.txt", "37 children")],
        "verdict": "consistent",
        "why": "A single figure, part of the final toll of 212.",
    },
]

PARTS: list[tuple] = [
    ("08_nordkurier.txt", "1.000 Soldaten", "6.000 Helfer"),
    ("08_nordkurier.txt", "5.000 Freiwillige", "6.000 Helfer"),
    ("31_morning_herald.txt", "37 children", "212 people"),
]

PLANNED: list[tuple] = [
    ("21_coast_times.txt", "10,000 more troops"),
    ("22_weser_echo.txt", "weitere 10.000 Soldaten"),
]

MUST_STAY_APART: list[tuple] = [
    # a football score and the crowd at the match
    (("24_nordkurier.txt", "3:1"), ("24_nordkurier.txt", "12.000 Zuschauern")),
    # spectators vs people in shelters / the first death toll (similar numbers)
    (("24_nordkurier.txt", "12.000 Zuschauern"), ("10_alpenblatt.txt", "Rund 11.000")),
    (("24_nordkurier.txt", "12.000 Zuschauern"), ("01_coast_times.txt", "12 people")),
    # age of the minister vs death tolls
    (("26_rheinpost.txt", "54-Jährige"), ("05_weser_echo.txt", "mindestens 48")),
    (("34_daily_ledger.txt", "54-year-old"), ("31_morning_herald.txt", "212 people")),
    # turnout percentage vs a count
    (("30_weser_echo.txt", "61 Prozent"), ("27_alpenblatt.txt", "mehr als 200")),
    # houses destroyed vs people dead / volunteers (same number 5,000)
    (("07_daily_ledger.txt", "2,400 houses"), ("19_morning_herald.txt", "at least 130")),
    (("13_rheinpost.txt", "mehr als 5.000 Häuser"), ("08_nordkurier.txt", "5.000 Freiwillige")),
    # missing vs dead
    (("06_coast_times.txt", "More than 300"), ("19_morning_herald.txt", "at least 130")),
    (("31_morning_herald.txt", "89 people"), ("31_morning_herald.txt", "212 people")),
    # evacuated vs sheltering; population vs evacuated
    (("04_rheinpost.txt", "fast 60.000"), ("10_alpenblatt.txt", "Rund 11.000")),
    (("01_coast_times.txt", "1.2 million"), ("01_coast_times.txt", "Some 25,000")),
    # police officers vs protesters
    (("15_daily_ledger.txt", "Some 1,500 police officers"), ("15_daily_ledger.txt", "about 8,000")),
    # budget vs EU aid
    (("25_morning_herald.txt", "€1.2 billion"), ("23_daily_ledger.txt", "€50 million")),
    # durations vs each other and vs counts
    (("29_daily_ledger.txt", "two-day summit"), ("34_daily_ledger.txt", "four-month crisis")),
    (("33_alpenblatt.txt", "viermonatigen Krise"), ("33_alpenblatt.txt", "212 Menschen")),
    (("25_morning_herald.txt", "three years"), ("21_coast_times.txt", "About 3,000 soldiers")),
]


def _check() -> None:
    refs = [(f, s) for q in QUESTIONS for f, s in q["figures"]]
    refs += [(f, s) for f, p, t in PARTS for s in (p, t)]
    refs += list(PLANNED)
    refs += [r for pair in MUST_STAY_APART for r in pair]
    for f, s in refs:
        n = ARTICLES[f].count(s)
        assert n == 1, f"{f}: {s!r} occurs {n} times"
    for name, text in ARTICLES.items():
        head, _, body = text.partition("\n\n")
        keys = [line.split(":", 1)[0] for line in head.splitlines()]
        assert keys[0] == "title" and "outlet" in keys and "lang" in keys, name
        assert body.strip(), name
    langs = [t.split("lang: ", 1)[1][:2] for t in ARTICLES.values()]
    undated = sum("\ndate: " not in t for t in ARTICLES.values())
    print(f"{len(ARTICLES)} articles (en {langs.count('en')}, de {langs.count('de')}, "
          f"undated {undated}), {len(QUESTIONS)} questions, {len(refs)} refs ok")


if __name__ == "__main__":
    _check()
