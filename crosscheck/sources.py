"""The gazetteer of citable sources (outlets, agencies, ministries, people) and alias matching."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import get_args

from .errors import CrosscheckError
from .records import Source, SourceKind

KINDS = frozenset(get_args(SourceKind))
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# German inflection: "russisch|es", "Außenministerium|s", "Geheimdienst|e", "Lawrow|s".
ENDING = r"(?:e|en|em|er|es|s|n|ern)?"
SHORT_ENDING = r"(?:s|es)?"
# Russian case endings, light: a name's stem may take any of them ("Пентагон|а", "Лавров|ым",
# "Зеленск|ого", "Росси|и"); the stem drops a nominative ending first ("-ий", "-ая", "-а", "-ь").
# Acronyms take only the short ones, written in lower case ("ТАСС|а", "МИД|а").
RUSSIAN_ENDING = r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ой|ей|ою|ом|ем|ём|ым|им|ых|их|ую|юю|ая|яя|ое|ее|ые|ие|ий|ый|ов|ев|а|я|у|ю|е|ы|и|ь|й)?"
RUSSIAN_ADJECTIVE = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие")  # "российский", "государственные"
RUSSIAN_NOMINATIVE = ("а", "я", "ь", "й")
RUSSIAN_ACRONYM_ENDING = r"(?:а|у|ом|е)?"
NEUTER_ENDING = r"(?:о|а|у|ом|е)"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class GazetteerError(CrosscheckError, ValueError):
    """A gazetteer file that cannot be read or has a malformed entry."""


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a known source is named in a text."""

    start: int
    end: int
    source_id: str


class Gazetteer:
    """Known sources by id, and a matcher that finds their aliases in text."""

    __slots__ = ("sources", "_matchers")

    def __init__(self, sources: dict[str, Source]):
        self.sources = dict(sources)
        # Aliases grouped by how their first word starts, so that at each word of a text only a
        # handful are tried; within a group the longest alias comes first and wins.
        by_key: dict[str, list[tuple[str, str]]] = {}
        for sid, src in self.sources.items():
            for alias in {src.name, *src.aliases}:
                by_key.setdefault(_key(alias), []).append((alias, sid))
        self._matchers: dict[str, tuple[re.Pattern, dict[str, str]]] = {}
        for key, aliases in by_key.items():
            aliases.sort(key=lambda pair: (-len(pair[0]), pair[0]))
            parts = [f"(?P<a{i}>{alias_pattern(alias)})" for i, (alias, _) in enumerate(aliases)]
            pattern = re.compile("(?:" + "|".join(parts) + r")(?![\w])")
            self._matchers[key] = (pattern, {f"a{i}": sid for i, (_, sid) in enumerate(aliases)})

    def __contains__(self, source_id: str) -> bool:
        return source_id in self.sources

    def get(self, source_id: str) -> Source | None:
        return self.sources.get(source_id)

    def find(self, text: str) -> list[Mention]:
        """Every alias occurrence in `text`, leftmost-longest, not overlapping."""
        mentions: list[Mention] = []
        if not self._matchers:
            return mentions
        covered = 0
        for word in WORD_START.finditer(text):
            if word.start() < covered:
                continue
            matcher = self._matchers.get(_key(word.group(0)))
            match = matcher[0].match(text, word.start()) if matcher else None
            if match:
                mentions.append(Mention(match.start(), match.end(), matcher[1][match.lastgroup]))
                covered = match.end()
        return mentions

    def is_person(self, source_id: str) -> bool:
        source = self.sources.get(source_id)
        return source is not None and source.kind == "person"


WORD_START = re.compile(r"(?<![\w])\w+")


def _key(text: str) -> str:
    first = re.search(r"\w+", text)
    return first.group(0).casefold()[:3] if first else ""


def alias_pattern(alias: str) -> str:
    """A regex for an alias that tolerates German endings, hyphen/space variants and ß/ss."""
    words = [w for w in re.split(r"[\s\-]+", alias.strip()) if w]
    return r"[\s\-]+".join(_word_pattern(w) for w in words)


def _word_pattern(word: str) -> str:
    if CYRILLIC.match(word) and word.isalpha():
        return _russian_word_pattern(word)
    if not word.isalpha() or (word.isupper() and len(word) <= 6):
        return re.escape(word)  # acronyms, "mk.ru", "F.A.Z.": exactly as written
    stem = word
    if word[0].islower() and len(word) >= 7:
        stem = next((word[: -len(e)] for e in ADJECTIVE_ENDINGS if word.endswith(e)), word)
    first = f"[{stem[0]}{stem[0].upper()}]" if stem[0].islower() else re.escape(stem[0])
    rest = re.escape(stem[1:]).replace("ß", "(?:ß|ss)")
    ending = ENDING if len(word) >= 4 else SHORT_ENDING
    return first + rest + ending


def _russian_word_pattern(word: str) -> str:
    if word.isupper():
        return re.escape(word) + RUSSIAN_ACRONYM_ENDING
    if word.endswith(RUSSIAN_ADJECTIVE) and len(word) > 4:
        return _first_letter(word) + re.escape(word[1:-2]) + RUSSIAN_ENDING
    if word[-1] == "о" and len(word) > 5:  # "правительство": "правительства", "правительством"
        return _first_letter(word) + re.escape(word[1:-1]) + NEUTER_ENDING
    if word[-1] in "оуиеыю":  # "Шойгу", "Минобороны", "Новости", "Токио": not declined
        return _first_letter(word) + re.escape(word[1:])
    stem = next((word[: -len(e)] for e in RUSSIAN_NOMINATIVE if word.endswith(e)), word)
    return _first_letter(stem) + re.escape(stem[1:]) + RUSSIAN_ENDING


def _first_letter(stem: str) -> str:
    return f"[{stem[0]}{stem[0].upper()}]" if stem[0].islower() else re.escape(stem[0])


def case_forms(word: str) -> tuple[str, str, str]:
    """The word lower-cased, and with one or two letters of German case ending cut off:
    "Ministeriums" -> ("ministeriums", "ministerium", "ministeriu")."""
    folded = word.casefold()
    return folded, folded[:-1], folded[:-2]


TRANSLITERATION = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
    # Russian, as in passports (ICAO 9303 without the apostrophes): "полиции" -> "politsii"
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
})


def slug(name: str) -> str:
    """"Zeitung Kommersant" -> "zeitung-kommersant"; umlauts spelled out, Cyrillic transliterated,
    other marks dropped."""
    text = name.casefold().translate(TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


def unknown_source(name: str) -> Source:
    """A source named in a cue but missing from the gazetteer: kept, marked as unknown."""
    return Source(id=f"x-{slug(name)}", name=name, kind="other", aliases=(name,), known=False)


class NationalBodies:
    """Bodies named by a nationality and a description (crosscheck/data/bodies.toml), one id across languages."""

    def __init__(self, data: dict):
        countries, bodies = data["countries"], data["bodies"]
        self._countries, self._bodies = countries, bodies
        self._german_countries = {stem: code for code, c in countries.items() for stem in c["de"]}
        self._english_countries = {adjective.casefold(): code for code, c in countries.items() for adjective in c["en"]}
        self._german_bodies = {noun: key for key, b in bodies.items() for noun in b["de"]}
        self._english_bodies = {phrase: key for key, b in bodies.items() for phrase in b["en"]}
        self._places: dict[str, list[str]] = data.get("places", {})
        self._place_owners = {name.casefold(): code for code, names in self._places.items() for name in names}
        self.sources = {
            f"{code}-{key}": Source(
                id=f"{code}-{key}", name=f"{country['name']} {body['name']}", kind=body["kind"],
                country=code.upper(), state_controlled=True,
            )
            for code, country in countries.items() for key, body in bodies.items()
        }

    def places(self) -> Gazetteer:
        """Countries and capitals as a gazetteer whose ids are their governments: "Kiew" -> ua-government."""
        return Gazetteer({
            f"{code}-government": replace(self.sources[f"{code}-government"], aliases=tuple(names))
            for code, names in self._places.items()
        })

    def german(self, adjective_stem: str, noun: str) -> str | None:
        """"libanesisch", "Gesundheitsministeriums" -> "lb-health-ministry"; case endings are read."""
        code = self._german_countries.get(adjective_stem.casefold())
        key = next((self._german_bodies[form] for form in case_forms(noun) if form in self._german_bodies), None)
        return f"{code}-{key}" if code and key else None

    def named_bodies(self, language: str) -> Gazetteer:
        """Bodies whose names bodies.toml spells out from a phrase and a nationality, in one language
        (French and Russian: "armée ukrainienne", "украинская армия", "Минздрав Ливана"), as a gazetteer
        of `<code>-<body>` ids; empty for a language with no phrases."""
        aliases: dict[str, set[str]] = {}
        for key, body in self._bodies.items():
            if isinstance(body.get(language), list):
                for template in (t for t in body[language] if "{}" in t):
                    for code, country in self._countries.items():
                        for word in country.get(language, []):
                            alias = template.format(word)
                            aliases.setdefault(f"{code}-{key}", set()).update({alias, alias.replace("’", "'")})
        return Gazetteer({sid: replace(self.sources[sid], aliases=tuple(sorted(names))) for sid, names in aliases.items()})

    def body(self, noun: str) -> str | None:
        """"Regierung", "government" -> "government": the key of a body named by its noun alone."""
        return next((self._german_bodies[f] for f in case_forms(noun) if f in self._german_bodies), None) or (
            self._english_bodies.get(noun.casefold()))

    def english(self, name: str) -> str | None:
        """"North Korean health ministry", "the Lebanese army", "Ukraine's air force" -> "kp-health-ministry",
        "lb-army", "ua-air-force"."""
        words = name.removeprefix("the ").split()
        for cut in range(len(words) - 1, 0, -1):
            country = " ".join(words[:cut]).casefold()
            code = self._english_countries.get(country) or self._place_owners.get(re.sub(r"['’]s$", "", country))
            key = self._english_bodies.get(" ".join(words[cut:]).casefold())
            if code and key:
                return f"{code}-{key}"
        return None


@cache
def places() -> Gazetteer:
    """Countries and capitals (bodies.toml, [places]); each id is the country's government."""
    return national_bodies().places()


@cache
def named_bodies(language: str) -> Gazetteer:
    """National bodies named by a phrase and a nationality (bodies.toml): "armée ukrainienne" -> ua-army."""
    return national_bodies().named_bodies(language)


@cache
def national_bodies() -> NationalBodies:
    text = resources.files("crosscheck").joinpath("data/bodies.toml").read_text(encoding="utf-8")
    return NationalBodies(tomllib.loads(text))


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The built-in gazetteer, with the entries of a user file `extra` added or replacing."""
    builtin = resources.files("crosscheck").joinpath("data/sources.toml").read_text(encoding="utf-8")
    sources = _parse(tomllib.loads(builtin), "crosscheck/data/sources.toml")
    if extra is not None:
        try:
            data = tomllib.loads(Path(extra).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise GazetteerError(f"{extra}: cannot read source list: {exc}") from exc
        sources.update(_parse(data, str(extra)))
    return Gazetteer(sources)


def _parse(data: dict, where: str) -> dict[str, Source]:
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise GazetteerError(f"{where}: expected [[source]] tables")
    sources: dict[str, Source] = {}
    for number, entry in enumerate(entries, 1):
        sources_entry = _source(entry, f"{where}: source #{number}")
        sources[sources_entry.id] = sources_entry
    return sources


def _source(entry: object, where: str) -> Source:
    if not isinstance(entry, dict):
        raise GazetteerError(f"{where}: not a table")
    source_id, name = entry.get("id"), entry.get("name")
    if not isinstance(source_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", source_id):
        raise GazetteerError(f"{where}: id must be a lowercase slug like \"kcna\", got {source_id!r}")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError(f"{where} ({source_id}): name is missing")
    kind = entry.get("kind", "other")
    if kind not in KINDS:
        raise GazetteerError(f"{where} ({source_id}): kind must be one of {', '.join(sorted(KINDS))}, got {kind!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise GazetteerError(f"{where} ({source_id}): aliases must be a list of non-empty strings")
    country = entry.get("country")
    if country is not None and not isinstance(country, str):
        raise GazetteerError(f"{where} ({source_id}): country must be a string")
    state_controlled = entry.get("state_controlled", False)
    if not isinstance(state_controlled, bool):
        raise GazetteerError(f"{where} ({source_id}): state_controlled must be true or false")
    return Source(
        id=source_id,
        name=name,
        kind=kind,
        aliases=tuple(dict.fromkeys(aliases)),
        country=country,
        state_controlled=state_controlled,
    )
