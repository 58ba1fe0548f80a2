"""Hand-written four-language story: a coal mine collapse in China, relayed from Xinhua.

Invented story (mine, people and outlets invented; the province, the city and the agencies
real): on Monday 3 November 2025 a tunnel roof collapses at the Shuangfeng coal mine near
Lüliang in Shanxi province.  48 miners are underground, 19 climb out, 29 are trapped.  The
death toll grows over two weeks (5 -> 12 -> 19 -> 21 -> 24 -> 26); three miners are brought out
alive after five days, seven managers are detained, the search ends on 16 November and Beijing
orders safety checks.  Every relayed claim goes back to the state agency Xinhua, carried by
Reuters, AP, dpa, AFP, TASS, RIA Novosti and Interfax in house styles of the four languages.

* ``ARTICLES``: file name -> file text (``title:``/``outlet:``/``date:``/``lang:`` header lines,
  a blank line, then the body; the first body line is sometimes a headline)
* ``CHAINS``: (file, chain of gazetteer ids, nearest first) that the file must contain
* ``ORIGIN``: the state agency every relayed claim goes back to (counted once)
* ``FIGURES``: (file, exact figure phrase) of the one figure question answered in all four
  languages: the number of miners killed (a running toll).  Each phrase occurs exactly once in
  its file.  Other figures (miners trapped, underground, rescued, rescuers, managers detained,
  mines shut, years) are not part of it and must not join it.
* ``NOT_SOURCES``: place and nationality words written next to reporting verbs (or in
  datelines) that must never become sources themselves; "Peking erklärte" may stand for the
  Chinese government, never for the city.
"""

from __future__ import annotations

ARTICLES: dict[str, str] = {
    "01_en.txt": """\
title: Coal mine collapse in northern China traps miners
outlet: Coast Times
date: 2025-11-03
lang: en

Roof collapse at Shanxi coal mine, rescuers race to reach trapped workers
A tunnel roof collapsed at the Shuangfeng coal mine in China's northern Shanxi province on Monday afternoon, killing at least five miners and trapping 24 others underground, Reuters reported, citing Xinhua. Forty-eight miners were working in the shaft when the roof gave way, and 19 of them managed to climb out. Rescue teams pumped fresh air into the tunnels through the night. The cause of the collapse was not immediately known.
""",
    "02_de.txt": """\
title: Grubenunglück in China: Bergleute eingeschlossen
outlet: Elbtal-Anzeiger
date: 2025-11-03
lang: de

Stollen in Kohlebergwerk eingestürzt
Beim Einsturz eines Stollens im Kohlebergwerk Shuangfeng in der nordchinesischen Provinz Shanxi sind mindestens fünf Bergleute ums Leben gekommen, berichtete die Nachrichtenagentur dpa unter Berufung auf Xinhua. 24 weitere Kumpel sind noch unter Tage eingeschlossen. Die Rettungsarbeiten dauerten bis in die Nacht an. Shanxi ist die wichtigste Kohleregion des Landes.
""",
    "03_ru.txt": """\
title: В Китае обрушилась кровля угольной шахты
outlet: Невский вестник
date: 2025-11-03
lang: ru

Обрушение на шахте в провинции Шаньси
На угольной шахте «Шуанфэн» в северокитайской провинции Шаньси в понедельник обрушилась кровля выработки, погибли не менее пяти горняков, как передает ТАСС со ссылкой на Синьхуа. Под завалами остаются 24 человека. На месте работают спасатели, в шахту подают свежий воздух. Причины обрушения выясняются.
""",
    "04_fr.txt": """\
title: Chine : le bilan de l'effondrement d'une mine de charbon s'alourdit
outlet: La Gazette de l'Ouest
date: 2025-11-04
lang: fr

Mine effondrée dans le Shanxi : les secours creusent toujours
Au moins 12 mineurs ont été tués dans l'effondrement d'une galerie de la mine de charbon de Shuangfeng, dans la province du Shanxi (nord de la Chine), selon l'AFP, citant l'agence Chine nouvelle. Dix-sept mineurs restaient bloqués sous terre mardi. Plus de 1 200 secouristes ont été mobilisés sur le site. Les autorités chinoises ont indiqué que l'exploitation de la mine avait été suspendue.
""",
    "05_en.txt": """\
title: Death toll rises in Chinese mine collapse
outlet: Daily Ledger
date: 2025-11-04
lang: en

Rescuers in Shanxi pump air to trapped miners
At least 12 miners have died after Monday's roof collapse at the Shuangfeng coal mine in northern China, the Associated Press reported, citing Xinhua. Seventeen others remain trapped about 400 metres underground. More than 1,200 rescuers have been sent to the site. Chinese officials said the mine had been ordered to halt production. President Xi Jinping ordered an all-out rescue effort.
""",
    "06_de.txt": """\
title: Grubenunglück in Shanxi: Hoffnung für eingeschlossene Kumpel schwindet
outlet: Südwest Rundschau
date: 2025-11-04
lang: de

Nach dem Einsturz eines Stollens im nordchinesischen Kohlebergwerk Shuangfeng ist die Zahl der Toten gestiegen. Mindestens zwölf Bergleute kamen ums Leben, meldete die Nachrichtenagentur Reuters unter Berufung auf die staatliche Nachrichtenagentur Xinhua. 17 Kumpel sind weiterhin eingeschlossen. Chinesische Behörden erklärten, die Förderung in dem Bergwerk sei gestoppt worden. Mehr als 1200 Retter sind im Einsatz.
""",
    "07_ru.txt": """\
title: Число погибших при обрушении на шахте в Китае выросло
outlet: Волжская газета
date: 2025-11-04
lang: ru

Спасатели пробиваются к заблокированным горнякам
В результате обрушения на угольной шахте «Шуанфэн» в китайской провинции Шаньси погибли не менее 12 горняков, сообщает РИА Новости со ссылкой на Синьхуа. Еще 17 человек остаются под землей. К спасательной операции привлечены более 1200 человек. Китайские власти сообщили, что работа шахты приостановлена.
""",
    "08_fr.txt": """\
title: Mine effondrée en Chine : dix mineurs toujours prisonniers
outlet: Le Courrier du Nord
date: 2025-11-06
lang: fr

Dans le Shanxi, les secours poursuivent leurs recherches
L'agence Chine nouvelle, citée par l'AFP, a annoncé jeudi que 19 mineurs avaient péri dans l'effondrement de la mine de charbon de Shuangfeng. Dix de leurs collègues sont toujours bloqués dans les galeries. Pékin a affirmé que les responsables de l'accident seraient « sévèrement punis ». Les familles attendent devant l'entrée du puits depuis trois jours.
""",
    "09_en.txt": """\
title: China mine disaster: hopes fade for trapped workers
outlet: Morning Herald
date: 2025-11-06
lang: en

Relatives keep vigil at Shuangfeng pithead
Rescuers have recovered the bodies of 19 miners from the collapsed Shuangfeng coal mine in Shanxi province, Reuters reported, citing Xinhua. Ten others are still trapped. In Lüliang, relatives said they had been given little information. Beijing said on Thursday that those responsible would be severely punished. Chinese officials said mine safety inspections would be stepped up across the province.
""",
    "10_de.txt": """\
title: China: Zahl der Toten nach Grubenunglück steigt
outlet: Hanse-Post
date: 2025-11-06
lang: de

Zehn Kumpel weiter eingeschlossen
Peking - Drei Tage nach dem Einsturz im Kohlebergwerk Shuangfeng sind 19 Bergleute tot geborgen worden, berichtete die Nachrichtenagentur dpa unter Berufung auf Xinhua. Zehn Kumpel sind weiterhin unter Tage eingeschlossen. Peking erklärte, die Verantwortlichen würden hart bestraft. In Lüliang sagten Angehörige, sie warteten seit Tagen auf Nachrichten.
""",
    "11_ru.txt": """\
title: Трагедия на шахте в Шаньси: надежды тают
outlet: Сибирский обозреватель
date: 2025-11-06
lang: ru

Число жертв обрушения на шахте «Шуанфэн» в Китае достигло 19 человек, пишет Reuters со ссылкой на Синьхуа. Под завалами остаются еще десять горняков. Пекин заявил, что виновные в аварии будут строго наказаны. В Люйляне родственники горняков рассказали, что им почти ничего не сообщают.
""",
    "12_fr.txt": """\
title: Chine : trois mineurs sauvés après cinq jours sous terre
outlet: Midi Matin
date: 2025-11-08
lang: fr

« Un miracle » dans le Shanxi
Trois mineurs ont été remontés vivants samedi de la mine de charbon de Shuangfeng, cinq jours après l'effondrement d'une galerie, a annoncé l'agence Chine nouvelle. Le bilan s'élève désormais à 21 morts, et cinq mineurs sont toujours portés disparus. Les trois rescapés ont été transportés à l'hôpital. À Lüliang, des proches ont raconté avoir passé la nuit devant le puits.
""",
    "13_en.txt": """\
title: Three miners pulled alive from collapsed Chinese mine
outlet: Northern Standard
date: 2025-11-08
lang: en

'A miracle,' says rescuer
Three miners were brought out alive on Saturday, five days after a tunnel collapsed at the Shuangfeng coal mine in Shanxi province, the Xinhua news agency reported. The disaster has now killed 21 miners, while five are still unaccounted for, Xinhua said. The survivors were taken to hospital in Lüliang. Rescuers cheered as the stretchers emerged from the shaft.
""",
    "14_de.txt": """\
title: Drei Kumpel nach fünf Tagen lebend geborgen
outlet: Ostsee-Bote
date: 2025-11-08
lang: de

Wunder im Bergwerk Shuangfeng
Peking - Fünf Tage nach dem Einsturz im chinesischen Kohlebergwerk Shuangfeng haben Rettungskräfte drei Männer lebend aus dem Stollen geholt. Nach Angaben der amtlichen Nachrichtenagentur Xinhua kamen bei dem Unglück inzwischen 21 Bergleute ums Leben; fünf werden noch vermisst. Die Geretteten wurden in ein Krankenhaus gebracht. Die Suche nach den Vermissten geht weiter.
""",
    "15_ru.txt": """\
title: Из шахты в Китае спустя пять суток извлекли живыми трех горняков
outlet: Деловой полдень
date: 2025-11-09
lang: ru

Спасатели подняли на поверхность трех горняков, проведших под землей пять суток, как передает ТАСС со ссылкой на агентство Синьхуа. Число погибших составляет 21 человек, судьба еще пятерых неизвестна. Спасенных доставили в больницу города Люйлян. Поисковая операция продолжается.
""",
    "16_en.txt": """\
title: Search for last two miners goes on in Shanxi
outlet: Coast Times
date: 2025-11-11
lang: en

Rescuers have now recovered the bodies of 24 miners from the collapsed Shuangfeng coal mine, AP reported, citing Xinhua. Two miners are still missing. Water seeping into the tunnels has slowed the search. No official explanation for the collapse has been given.
""",
    "17_fr.txt": """\
title: Mine de Shuangfeng : deux mineurs toujours introuvables
outlet: L'Écho du Rhône
date: 2025-11-11
lang: fr

Le bilan de l'effondrement de la mine de charbon de Shuangfeng s'établit à 24 morts, rapporte l'AFP, citant l'agence Chine nouvelle. Deux mineurs sont toujours portés disparus. Les autorités chinoises ont affirmé que la mine fonctionnait sans autorisation valide depuis le mois d'août. L'eau qui s'infiltre dans les galeries ralentit les recherches.
""",
    "18_de.txt": """\
title: Grubenunglück in China: Manager festgenommen
outlet: Elbtal-Anzeiger
date: 2025-11-12
lang: de

Bergwerk soll ohne gültige Genehmigung gearbeitet haben
Nach dem Einsturz im Kohlebergwerk Shuangfeng hat die Polizei in Lüliang sieben Führungskräfte des Betreibers festgenommen, berichtete die Nachrichtenagentur dpa unter Berufung auf die chinesische Nachrichtenagentur Xinhua. Chinesische Behörden teilten mit, die Grube habe seit August ohne gültige Sicherheitsgenehmigung Kohle gefördert. Bei dem Unglück waren 24 Bergleute ums Leben gekommen, zwei werden noch vermisst. Die Suche nach ihnen dauert an.
""",
    "19_ru.txt": """\
title: В Китае задержаны руководители шахты, где погибли горняки
outlet: Невский вестник
date: 2025-11-12
lang: ru

Полиция города Люйлян задержала семерых руководителей компании-владельца шахты «Шуанфэн», сообщает Интерфакс со ссылкой на Синьхуа. Китайские власти заявили, что шахта с августа работала без действующего разрешения. В результате обрушения погибли 24 горняка, еще двое числятся пропавшими без вести. Поиски продолжаются.
""",
    "20_en.txt": """\
title: China ends search at collapsed coal mine
outlet: Daily Ledger
date: 2025-11-16
lang: en

Final toll in Shanxi disaster
Rescuers on Sunday recovered the bodies of the last two missing miners from the Shuangfeng coal mine, confirming that 26 miners were killed in the collapse, Reuters reported, citing Xinhua. The search has now been called off. Beijing said it had set up a State Council team to investigate the disaster. A memorial ceremony was held at the pithead.
""",
    "21_fr.txt": """\
title: Chine : fin des recherches à la mine de Shuangfeng
outlet: La Gazette de l'Ouest
date: 2025-11-16
lang: fr

Les corps des deux derniers mineurs disparus ont été remontés dimanche, portant le bilan définitif à 26 morts, a indiqué l'agence Chine nouvelle, citée par l'AFP. Pékin a affirmé qu'une équipe d'enquête du Conseil des affaires d'État ferait toute la lumière sur la catastrophe. Une cérémonie d'hommage s'est tenue à l'entrée du puits. C'est l'accident minier le plus meurtrier en Chine depuis 2023.
""",
    "22_de.txt": """\
title: Suche im Bergwerk Shuangfeng beendet
outlet: Südwest Rundschau
date: 2025-11-16
lang: de

Peking (dpa) - Knapp zwei Wochen nach dem Einsturz im Kohlebergwerk Shuangfeng haben Rettungskräfte die letzten beiden vermissten Bergleute tot geborgen. Damit kamen bei dem Unglück in der Provinz Shanxi 26 Kumpel ums Leben, wie die amtliche Nachrichtenagentur Neues China meldete. Peking erklärte, eine Untersuchungskommission des Staatsrats werde die Ursachen aufklären. Die Suche wurde am Sonntag offiziell beendet.
""",
    "23_ru.txt": """\
title: Пекин пообещал наказать виновных в гибели горняков
outlet: Волжская газета
date: 2025-11-17
lang: ru

Поисковая операция на шахте «Шуанфэн» завершена, погибли 26 человек, сообщает РИА Новости со ссылкой на Синьхуа. Пекин заявил, что причины аварии расследует комиссия Госсовета КНР. В провинции Шаньси приостановлена работа еще 40 шахт для внеплановых проверок. Семеро руководителей компании-владельца остаются под стражей.
""",
    "24_fr.txt": """\
title: Après Shuangfeng, Pékin promet de durcir la sécurité dans les mines
outlet: Le Courrier du Nord
date: 2025-11-17
lang: fr

Sécurité minière : la promesse de Pékin
Pékin a affirmé lundi que les inspections seraient renforcées dans toutes les mines de charbon du pays, après la catastrophe de Shuangfeng qui a fait 26 morts. Dans la province du Shanxi, 40 mines ont été fermées pour des contrôles. Le charbon fournit encore plus de la moitié de l'électricité du pays. Les autorités chinoises ont déclaré que sept dirigeants de l'exploitant restaient en détention.
""",
    "25_en.txt": """\
title: Beijing orders mine safety checks after Shanxi disaster
outlet: Morning Herald
date: 2025-11-17
lang: en

Inspectors head for coal country
Beijing said on Monday it would send inspection teams to coal mines in every major producing province after the collapse at the Shuangfeng mine. Forty other mines in Shanxi have been shut for checks. Coal still generates more than half of China's electricity. The accident, in which 26 miners died, was the deadliest in a Chinese mine in two years.
""",
}

CHAINS: list[tuple[str, tuple[str, ...]]] = [
    ("01_en.txt", ("reuters", "xinhua")),
    ("02_de.txt", ("dpa", "xinhua")),
    ("03_ru.txt", ("tass", "xinhua")),
    ("04_fr.txt", ("afp", "xinhua")),
    ("05_en.txt", ("ap", "xinhua")),
    ("06_de.txt", ("reuters", "xinhua")),
    ("07_ru.txt", ("ria-novosti", "xinhua")),
    ("08_fr.txt", ("afp", "xinhua")),
    ("09_en.txt", ("reuters", "xinhua")),
    ("10_de.txt", ("dpa", "xinhua")),
    ("11_ru.txt", ("reuters", "xinhua")),
    ("15_ru.txt", ("tass", "xinhua")),
    ("16_en.txt", ("ap", "xinhua")),
    ("17_fr.txt", ("afp", "xinhua")),
    ("18_de.txt", ("dpa", "xinhua")),
    ("19_ru.txt", ("interfax", "xinhua")),
    ("20_en.txt", ("reuters", "xinhua")),
    ("21_fr.txt", ("afp", "xinhua")),
    ("23_ru.txt", ("ria-novosti", "xinhua")),
]

ORIGIN = "xinhua"

# the number of miners killed in the Shuangfeng collapse (a running toll: 5, 12, 19, 21, 24, 26)
FIGURES: list[tuple[str, str]] = [
    ("01_en.txt", "at least five miners"),
    ("02_de.txt", "mindestens fünf Bergleute"),
    ("03_ru.txt", "не менее пяти горняков"),
    ("04_fr.txt", "Au moins 12 mineurs"),
    ("05_en.txt", "At least 12 miners"),
    ("06_de.txt", "Mindestens zwölf Bergleute"),
    ("07_ru.txt", "не менее 12 горняков"),
    ("08_fr.txt", "19 mineurs"),
    ("09_en.txt", "19 miners"),
    ("10_de.txt", "19 Bergleute"),
    ("11_ru.txt", "19 человек"),
    ("12_fr.txt", "21 morts"),
    ("13_en.txt", "21 miners"),
    ("14_de.txt", "21 Bergleute"),
    ("15_ru.txt", "21 человек"),
    ("16_en.txt", "24 miners"),
    ("17_fr.txt", "24 morts"),
    ("18_de.txt", "24 Bergleute"),
    ("19_ru.txt", "24 горняка"),
    ("20_en.txt", "26 miners"),
    ("21_fr.txt", "26 morts"),
    ("22_de.txt", "26 Kumpel"),
    ("23_ru.txt", "26 человек"),
    ("24_fr.txt", "26 morts"),
    ("25_en.txt", "26 miners"),
]

NOT_SOURCES: list[str] = [
    # capitals and countries that speak or head a dateline: the government at most, never the place
    "Peking", "Beijing", "Pékin", "Пекин",
    # nationality adjectives before authorities and officials
    "Chinesische", "Chinese", "chinoises", "Китайские",
    # the city where relatives speak
    "Lüliang", "Люйляне",
]
