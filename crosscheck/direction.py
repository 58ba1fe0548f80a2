"""Which way a claim says something goes, read from its prepositions.

A sentence encoder hears the words, not who gives to whom: use-m3 scores "Nordkorea liefert Munition
an Russland" against its reverse at cosine 0.99, against its English translation at 0.80. Two
claims that name the same parties in opposite roles are different claims; cluster.py keeps them apart.

The goal of a claim is the party named after "an", "nach", "to"; its source the one after "aus",
"von", "from" (crosscheck/data/directions.toml). Countries are one party under all their names
("Moskau", "Russland", "the Kremlin"); any other capitalised word right after the preposition is a
party as written ("an Bosch", not "nach dem Treffen": German nouns are capitalised too). Word
order is not read: "X beat Y" and "Y beat X" look alike here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

_WORD = re.compile(r"\w[\w'-]*")


@dataclass(frozen=True, slots=True)
class Direction:
    """The parties a claim names: as goal, as source, and all of them in any role."""

    goals: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Places:
    pattern: re.Pattern  # any place name; the group names the code
    codes: dict[str, str]  # place name -> country code


def places(text: str) -> set[str]:
    """The country codes of the countries a text names: "Moskau und Pjöngjang" -> {"ru", "kp"}."""
    known = _places()
    return {known.codes[m.group("place")] for m in known.pattern.finditer(text)}


def read_direction(text: str, language: str) -> Direction:
    """The goal, source and parties of one claim; `language` picks the prepositions ("und": all)."""
    known = _places()
    names = {word.casefold() for word in _WORD.findall(text) if word[0].isupper()}
    goals, sources = set(), set()
    for match in _roles(language).finditer(text):
        # "to The Hague" and "to the Kremlin": the article may be part of the place's name
        after = (match.start("article"), match.start("name")) if match.group("article") else (match.start("name"),)
        if place := next(filter(None, (known.pattern.match(text, i) for i in after)), None):
            party = known.codes[place.group("place")]
        elif match.group("name")[0].isupper() and not match.group("article"):
            party = match.group("name").casefold()
        else:
            continue  # "to support", "from there", "nach dem Treffen": no party
        (goals if match.group("goal") else sources).add(party)
    both = goals & sources  # "aus Pjöngjang ... an Pjöngjang": which way it goes is not readable here
    return Direction(frozenset(goals - both), frozenset(sources - both), frozenset(places(text) | names | goals | sources))


def opposite(one: Direction, other: Direction) -> bool:
    """Whether the two claims name the same parties in swapped roles.

    "X to Y" against "Y to X" (or "from" against "from"): each claim's goal is a party of the
    other that is not its goal there. "X to Y" against "X from Y": one party, both ways.
    """
    for mine, theirs in ((one.goals, other.goals), (one.sources, other.sources)):
        if (mine - theirs) & other.parties and (theirs - mine) & one.parties:
            return True
    return bool(one.goals & other.sources or one.sources & other.goals)


@cache
def _data() -> dict:
    return tomllib.loads(resources.files("crosscheck").joinpath("data/directions.toml").read_text(encoding="utf-8"))


@cache
def _places() -> _Places:
    codes = {name: code for code, names in _data()["places"].items() for name in names}
    return _Places(re.compile(rf"\b(?P<place>{_alternation(codes)})s?(?!\w)"), codes)


@cache
def _roles(language: str) -> re.Pattern:
    """A preposition, an optional article, then one word: where a place or a name may stand."""
    data = _data()
    tables = [data[language]] if language in data and language != "places" else [data["de"], data["en"]]
    goal, source, articles = ({word for table in tables for word in table[key]} for key in ("goal", "source", "articles"))
    return re.compile(
        rf"\b(?:(?P<goal>{_either_case(goal)})|{_either_case(source)})\s+"
        rf"(?:(?P<article>{_either_case(articles)})\s+)?(?P<name>{_WORD.pattern})"
    )


def _alternation(names: Iterable[str]) -> str:
    """Names as one alternation, grouped by first letter (four times faster than a flat one), longest
    first in each group, so that "Nordkorea" is not read as "Korea" nor "Gaza Strip" as "Gaza"."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _either_case(words: set[str]) -> str:
    """Words as an alternation that also matches them capitalised, as at the start of a sentence."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))
