"""Everything that differs between languages, read from one folder per language.

`crosscheck/data/languages/<code>/<part>.toml` holds one part of a language (cues, numbers,
segmentation, boilerplate, figure words); every stage reads its part through `language_data`,
so adding a language is adding a folder (README, "Adding a language"). A language without a
folder, or without that part, reads as an empty table: the stage then finds nothing rather
than guessing.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES_FOLDER = "data/languages"


@cache
def known_languages() -> tuple[str, ...]:
    """The language codes that have a data folder, sorted."""
    folder = resources.files("crosscheck").joinpath(LANGUAGES_FOLDER)
    return tuple(sorted(entry.name for entry in folder.iterdir() if entry.is_dir() and not entry.name.startswith("_")))


@cache
def language_data(language: str, part: str) -> dict[str, Any]:
    """The table `<language>/<part>.toml`, or an empty one when the language or part is missing."""
    if language not in known_languages():
        return {}
    path = resources.files("crosscheck").joinpath(f"{LANGUAGES_FOLDER}/{language}/{part}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))
