"""Files, folders, globs and stdin -> Articles: metadata, language, and the spans that are prose."""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import sys
import tomllib
from datetime import date as calendar_date
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TextIO

from .languages import known_languages, language_data
from .records import Article, Problem

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".json"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 20_000_000  # a news article is kilobytes; larger inputs are almost surely not articles
MAX_ARTICLE_CHARS = 1_000_000  # per article (a file, or one JSON record); a long article is 50,000
MAX_JSON_DEPTH = 64  # a news record is two or three levels deep; Python's parser fails near 1,000
MAX_JSON_NUMBER_CHARS = 100  # digits of one JSON number; Python refuses integers over 4,300 digits
# C0 and C1 control characters but tab and line ends: shown as spaces, so that escape sequences in
# an article never reach a terminal and offsets into the text stay those of the decoded file.
CONTROLS = {i: " " for i in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))}
STDIN = "-"
STDIN_NAME = "<stdin>"

HEADER_KEYS = {"url", "outlet", "site", "date", "lang", "language", "title"}
HEADER_LINE = re.compile(r"^[ \t]*(?P<key>[A-Za-z]+)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$")
# The seed form: " date 2023-10 Headline of the article" on the first line.
INLINE_DATE_HEADER = re.compile(r"^[ \t]*date[ \t]+(?P<date>\d{4}(?:-\d{2}){0,2})\b[ \t]*")
DOMAIN_SIGNATURE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.I)
ABBREVIATION_SIGNATURE = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,4}$|^[A-ZÄÖÜ]{2,6}$")
MAX_CREDIT_WORDS = 8
CLOSING_PUNCTUATION = tuple(".!?:;“”\"»«…)")

MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2,
    "märz": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6,
    "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9,
    "sep": 9, "oktober": 10, "october": 10, "oct": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dec": 12, "dez": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_FORMS = (
    re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<mname>{_MONTH})\.?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
    re.compile(rf"\b(?P<mname>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
)
# "BERLIN, 12. März 2024 –", "Moskau (dpa) -", "WASHINGTON, March 12, 2024 (Reuters) —": a place,
# then a date or an agency, then a dash. Case-sensitive: the place is a capitalised name.
# "МОСКВА, 12 июня. /ТАСС/." : a place, a date and the agency between slashes, then a full stop;
# "МОСКВА, 12 июн — РИА Новости.": the agency after the dash.
DATELINE = re.compile(
    r"(?P<place>[A-ZÄÖÜÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*(?:[ /-][A-ZÄÖÜÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*){0,2})"
    r"(?P<details>(?:\s*,\s*[^,()–—/]{2,30}?|\s*\((?P<agency>[^()]{2,30})\)|\s*/(?P<wire>[^/\s][^/]{1,29})/)*)"
    r"\s*(?:[–—-]{1,2}(?:\s*(?P<after>[A-ZА-ЯЁ][\w]*(?:\s[A-ZА-ЯЁ][\w]*){0,2})\.(?=\s))?|(?<=/)\.)\s+"
)
WIRE_CREDIT = re.compile(r"^\((?P<name>[A-ZА-ЯЁ][\w.&/ -]{1,25})\)$")  # "(AFP)" on a line of its own
DATELINE_SPANS = 2  # a dateline opens the first paragraph, which may also be the first line
MAX_TITLE_CHARS = 160  # a longer first line is a lead paragraph: its first sentence is the title


@dataclass(frozen=True, slots=True)
class Boilerplate:
    end_markers: tuple[re.Pattern[str], ...]
    related_headers: tuple[re.Pattern[str], ...]
    lines: tuple[re.Pattern[str], ...]
    stamps: tuple[re.Pattern[str], ...]
    inline: tuple[re.Pattern[str], ...]
    credit_line: re.Pattern[str]  # "Quelle: dpa", "Source: Reuters/AP": the name is the article's source


BOILERPLATE_KEYS = ("end_markers", "related_headers", "lines", "stamps", "inline")


@cache
def boilerplate_rules() -> Boilerplate:
    """The shared patterns and those of every language (the language is known only after this step)."""
    tables = [tomllib.loads(resources.files("crosscheck.data").joinpath("boilerplate.toml").read_text("utf-8"))]
    tables += [language_data(code, "boilerplate") for code in known_languages()]

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for table in tables for p in table.get(key, ()))

    words = sorted({w for table in tables for w in table.get("credit_words", ())}, key=len, reverse=True)
    credit = re.compile(rf"^(?:{'|'.join(map(re.escape, words)) or '(?!)'})\s*:\s*(?P<name>[^©/,|]+)", re.I)
    return Boilerplate(*(compile_all(key) for key in BOILERPLATE_KEYS), credit_line=credit)


# --------------------------------------------------------------------------- reading inputs


def read_articles(
    paths: Sequence[str], *, stdin: TextIO | None = None, max_bytes: int = MAX_BYTES,
    max_article_chars: int = MAX_ARTICLE_CHARS,
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Read every article the paths name; unreadable inputs become Problems, never exceptions."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for source in _expand(paths, problems):
        if source == STDIN:
            text = _read_stdin(stdin or sys.stdin, max_bytes, problems)
            if text is not None:
                articles.extend(_parse(text, STDIN_NAME, _sniff_suffix(text), problems))
            continue
        text = _read_text(source, max_bytes, problems)
        if text is not None:
            articles.extend(_parse(text, str(source), source.suffix.lower(), problems))
    kept = within_size(articles, max_article_chars, problems)
    return _unique_ids(kept), shown(problems)


def within_size(articles: Sequence[Article], max_article_chars: int, problems: list[Problem]) -> list[Article]:
    """The articles no longer than the limit; one Problem for each one over it."""
    kept = []
    for article in articles:
        if len(article.text) > max_article_chars:
            where = article.line_offset + 1 if article.line_offset else None
            problems.append(Problem(article.path, f"skipped: {len(article.text):,} characters is over the "
                                                  f"{max_article_chars:,}-character limit for one article", where))
        else:
            kept.append(article)
    return kept


def shown(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """Problems name user files, whose names may hold escape sequences: shown as spaces."""
    return tuple(replace(p, path=p.path.translate(CONTROLS)) for p in problems)


def _expand(paths: Sequence[str], problems: list[Problem]) -> Iterator[Path | str]:
    """The files the arguments name: a file or folder of that name first, a pattern only when none exists."""
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        candidates = _candidates(raw, problems)
        for candidate in candidates:
            try:
                info = candidate.stat()
            except OSError:
                continue  # reported by _read_text
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                yield candidate


def _candidates(raw: str, problems: list[Problem]) -> list[Path]:
    path = Path(raw)
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and any(ch in raw for ch in "*?["):
            return _glob(raw, problems)
        problems.append(Problem(raw, _path_error(path, exc)))
        return []
    if stat.S_ISDIR(info.st_mode):
        found = list(_files_under(path, problems))
        if not found and not any(p.path.startswith(raw) for p in problems):
            problems.append(Problem(raw, f"folder holds no articles ({', '.join(sorted(SUPPORTED_SUFFIXES))})"))
        return found
    return [path]


def _path_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "broken symbolic link (its target does not exist)" if path.is_symlink() else "no such file or folder"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link points back to itself)"
    if exc.errno == errno.ENAMETOOLONG:
        return "name too long for this system"
    return f"cannot read: {exc.strerror or exc}"


def _files_under(folder: Path, problems: list[Problem]) -> Iterator[Path]:
    """Article files under a folder, sorted by path, following links to folders but entering each real folder once."""
    yield from sorted(entry for entry in _walk(folder, problems) if _is_article_file(entry))


def _walk(folder: Path, problems: list[Problem], enter: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Every path under a folder, sorted, each real folder read once; a link back to an enclosing folder is named.

    `enter` says which sub-folders are worth reading (a pattern's walk stops where it cannot match)."""
    visited: set[tuple[int, int]] = set()
    root = os.stat(folder)
    visited.add((root.st_dev, root.st_ino))
    stack: list[tuple[Path, tuple[tuple[int, int], ...]]] = [(folder, ((root.st_dev, root.st_ino),))]
    while stack:
        current, ancestors = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(str(current), f"cannot read folder: {exc.strerror or exc}"))
            continue
        folders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_folder = entry.is_dir()  # follows links
            except OSError:
                is_folder = False
            if not is_folder:
                if entry.is_symlink() and not path.exists() and _is_supported_name(path):
                    problems.append(Problem(str(path), _path_error(path, _stat_error(path))))
                yield path
                continue
            if enter is not None and not enter(path):
                yield path
                continue
            try:
                info = entry.stat()
            except OSError as exc:
                problems.append(Problem(str(path), _path_error(path, exc)))
                continue
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                problems.append(Problem(str(path), f"skipped: symbolic link loop (leads back to {os.path.realpath(path)})"))
                continue
            if key in visited:
                continue  # a second link to a folder already read
            visited.add(key)
            folders.append((path, ancestors + (key,)))
            yield path
        stack.extend(reversed(folders))


def _stat_error(path: Path) -> OSError:
    try:
        os.stat(path)
    except OSError as exc:
        return exc
    return OSError(errno.ENOENT, "no such file")


def _glob(pattern: str, problems: list[Problem]) -> list[Path]:
    """Paths matching a pattern ('**' any folders deep), read by one walk of the pattern's fixed folder."""
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if any(ch in part for ch in "*?["))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    rest = parts[fixed:]
    matcher = re.compile(_pattern_regex(rest))

    def matched(path: Path) -> bool:
        """The path, or a folder above it, matches: a matching folder contributes everything in it."""
        relative = path.relative_to(base).parts
        if any(part.startswith(".") for part in relative):
            return False
        return any(matcher.fullmatch("/".join(relative[:k])) for k in range(1, len(relative) + 1))

    def enter(folder: Path) -> bool:
        return "**" in rest or len(folder.relative_to(base).parts) < len(rest) or matched(folder)

    found: list[Path] = []
    if base.is_dir():
        found = sorted(path for path in _walk(base, problems, enter) if _is_supported_name(path) and matched(path)
                       and path.is_file())
    if not found:
        problems.append(Problem(pattern, "no file matches this pattern"))
    return found


def _pattern_regex(parts: tuple[str, ...]) -> str:
    """A glob's parts as a regular expression over '/'-joined relative paths; '**' spans folders."""
    pieces = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:.*/)?")
            continue
        regex, j = "", 0
        while j < len(part):
            ch = part[j]
            close = part.find("]", j + 2) if ch == "[" else -1
            if ch == "*":
                regex += "[^/]*"
            elif ch == "?":
                regex += "[^/]"
            elif close > 0:
                members = part[j + 1:close]
                regex += "[" + ("^" + members[1:] if members.startswith("!") else members).replace("\\", "\\\\") + "]"
                j = close
            else:
                regex += re.escape(ch)
            j += 1
        pieces.append(regex + ("" if last else "/"))
    return "".join(pieces)


def _is_article_file(path: Path) -> bool:
    """What a folder or a glob contributes; a file named on its own is read whatever its name."""
    return _is_supported_name(path) and path.is_file()


def _is_supported_name(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


def _read_text(path: Path, max_bytes: int, problems: list[Problem]) -> str | None:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            problems.append(Problem(str(path), f"skipped: {size:,} bytes is over the {max_bytes:,}-byte limit"))
            return None
        with path.open("rb") as handle:  # at most the limit, even from a device that never ends (/dev/zero)
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            problems.append(Problem(str(path), f"skipped: over the {max_bytes:,}-byte limit"))
            return None
    except OSError as exc:
        problems.append(Problem(str(path), _path_error(path, exc)))
        return None
    return _decoded(data, str(path), problems)


def _read_stdin(stream: TextIO, max_bytes: int, problems: list[Problem]) -> str | None:
    """Stdin as text; the real stdin is read as bytes, so that undecodable input is a Problem, not a traceback."""
    data = stream.buffer.read(max_bytes + 1) if hasattr(stream, "buffer") else stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        problems.append(Problem(STDIN_NAME, f"skipped: over the {max_bytes:,}-byte limit"))
        return None
    if isinstance(data, bytes):
        return _decoded(data, STDIN_NAME, problems)
    return data.translate(CONTROLS)


def _decoded(data: bytes, path: str, problems: list[Problem]) -> str | None:
    text, warning = decode_with_warning(data)
    if text is None:
        problems.append(Problem(path, "skipped: binary or undecodable (not UTF-8, UTF-16 or cp1252 text)"))
    elif warning:
        problems.append(Problem(path, warning[0], warning[1]))
    return text


def decode(data: bytes) -> str | None:
    """The text of a file's bytes (see decode_with_warning); None for binary data."""
    return decode_with_warning(data)[0]


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# cp1251 or KOI8-R read as cp1252 is a text of accented Latin letters only ("Êèì ×åí Ûí"):
# past this share of non-ASCII letters, charset-normalizer picks among the Cyrillic code pages.
CYRILLIC_SHARE = 0.5
LEGACY_CYRILLIC = ["cp1251", "koi8_r", "iso8859_5", "mac_cyrillic"]


def decode_with_warning(data: bytes) -> tuple[str | None, tuple[str, int | None] | None]:
    """(text, warning): a BOM's encoding, else UTF-8, UTF-8 with a few bad bytes replaced (warned),
    UTF-16 without a BOM, a Cyrillic code page, cp1252. Control characters become spaces."""
    text, warning = _decode(data)
    return (text.translate(CONTROLS) if text is not None else None), warning


def _decode(data: bytes) -> tuple[str | None, tuple[str, int | None] | None]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as exc:
                text = data.decode(encoding, errors="replace")
                return text, (f"{encoding.upper()} text with bytes that are not {encoding.upper()}: replaced by �",
                              data[:exc.start].count(b"\n") + 1)
    if b"\x00" in data[:8192]:
        return _utf16_without_bom(data), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    valid = sum(1 for ch in repaired if ord(ch) > 127) - bad
    if valid >= bad:  # UTF-8 with isolated damage, not another encoding
        return repaired, (f"{bad} byte{'s' * (bad > 1)} not UTF-8, replaced by � (the first on this line)",
                          data[:first_bad].count(b"\n") + 1)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, None
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ord(ch) > 127 for ch in letters) / len(letters) > CYRILLIC_SHARE:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_CYRILLIC).best()
        if best is not None:
            return str(best), None
    return text, None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL beside every ASCII character; anything else with NULs is binary."""
    head = data[:8192]
    for encoding, nuls in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(data) % 2 == 0 and nuls.count(0) > 0.4 * len(nuls):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return None if "\x00" in text else text
    return None


def _sniff_suffix(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return ".html"
    if head.startswith("{") or re.match(r"\[\s*\{", head):
        return ".jsonl"
    return ".txt"


def _parse(text: str, path: str, suffix: str, problems: list[Problem]) -> list[Article]:
    if suffix in JSON_SUFFIXES:
        return list(_from_json(text, path, problems))  # each record reports its own problems
    article = (_from_html(text, path, problems) if suffix in HTML_SUFFIXES
               else _from_plain_text(text, path, _stem_id(path), {}, problems=problems))
    if article is None or not article.body:
        problems.append(Problem(path, "skipped: no article text"))
        return []
    return [article]


# --------------------------------------------------------------------------- formats


def _from_html(html: str, path: str, problems: list[Problem]) -> Article | None:
    import trafilatura  # imported here: it is only needed for HTML input, and slow to import
    from trafilatura.settings import set_date_params

    # Dates from the page's metadata only: the extensive search reads "since October 2023" in the
    # text as the publication date (2023-01-01).
    document = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True,
                                           date_extraction_params=set_date_params(extensive=False))
    if document is None or not (document.text or "").strip():
        return None
    meta = {"title": document.title, "outlet": document.sitename, "date": document.date, "url": document.url}
    meta = {key: value.translate(CONTROLS) for key, value in meta.items() if value}
    return _from_plain_text(document.text.translate(CONTROLS), path, _stem_id(path), meta, problems=problems)


META_KEYS = ("title", "url", "outlet", "date", "lang")


def _from_json(text: str, path: str, problems: list[Problem]) -> Iterator[Article]:
    records = _json_records(text, path, problems)
    if records is None:
        return
    if not records and not any(p.path == path for p in problems):
        problems.append(Problem(path, "skipped: no JSON records"))
    for number, record in records:
        if not isinstance(record, dict):
            problems.append(Problem(path, "record is not a JSON object; skipped", number))
            continue
        if (digits := _long_number(record)) is not None:
            problems.append(Problem(path, f"record holds a number of {digits:,} characters (the limit is "
                                          f"{MAX_JSON_NUMBER_CHARS}); skipped", number))
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append(Problem(path, "record has no 'text' string; skipped", number))
            continue
        meta = {}
        for key in META_KEYS:
            value = record.get(key)
            if value in (None, ""):
                continue
            if isinstance(value, str):
                meta[key] = value.translate(CONTROLS)
            elif key == "date" and type(value) is int:
                meta[key] = str(value)  # a year
            else:
                problems.append(Problem(path, f"field '{key}' is {_json_type(value)}, not text; ignored", number))
        article = _from_plain_text(body.translate(CONTROLS), path, f"{_stem_id(path)}-{number}", meta,
                                   line_offset=number - 1, problems=problems)
        if article.body:
            yield article


class _LongNumber(str):
    """A JSON number too long to read: kept as its text, so that one record, not the file, is refused."""


def _read_number(kind: type) -> object:
    return lambda text: _LongNumber(text) if len(text) > MAX_JSON_NUMBER_CHARS else kind(text)


JSON_DECODER = json.JSONDecoder(parse_int=_read_number(int), parse_float=_read_number(float))
# A string or a bracket: what the nesting depth is counted over, strings skipped whole.
JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true or false", int: "a number", float: "a number"}.get(
        type(value), "not text")


def _long_number(value: object) -> int | None:
    """The length of the first over-long number in a parsed record, if any."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _LongNumber):
            return len(item)
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _containers(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, int]]:
    """(start, end, depth) of each outermost object or list in text[start:end], without parsing it."""
    depth = deepest = 0
    opened = start
    for match in JSON_TOKEN.finditer(text, start, len(text) if end is None else end):
        token = match[0]
        if token in "[{":
            if depth == 0:
                opened, deepest = match.start(), 0
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
            if depth == 0:
                yield opened, match.end(), deepest
            depth = max(depth, 0)
    if depth > 0:
        yield opened, len(text) if end is None else end, deepest


def _json_value(source: str, path: str, problems: list[Problem], line: int,
                what: str = "JSON") -> tuple[bool, object]:
    """(parsed, value) of one JSON text whose depth is known to be within the limit."""
    try:
        return True, JSON_DECODER.decode(source)
    except json.JSONDecodeError as exc:
        problems.append(Problem(path, f"malformed {what}: {exc.msg}", line + exc.lineno - 1))
    except (ValueError, RecursionError) as exc:
        problems.append(Problem(path, f"unreadable JSON: {exc}", line))
    return False, None


def _json_records(text: str, path: str, problems: list[Problem]) -> list[tuple[int, object]] | None:
    """(line number, record) pairs of a JSON document (an object or a list) or of JSON lines."""
    stripped = text.strip()
    if stripped.startswith("[") or (stripped.startswith("{") and "\n{" not in stripped):
        if max((depth for _, _, depth in _containers(text)), default=0) <= MAX_JSON_DEPTH:
            parsed_ok, parsed = _json_value(text, path, problems, 1)
            if not parsed_ok:
                return None
            if isinstance(parsed, dict):
                return [(text.count("\n", 0, text.index("{")) + 1, parsed)]
            return list(zip(_element_lines(text), parsed))
        return _deep_document(text, path, problems)
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if max((depth for _, _, depth in _containers(line)), default=0) > MAX_JSON_DEPTH:
            problems.append(Problem(path, f"record nested deeper than {MAX_JSON_DEPTH} levels; skipped", number))
            continue
        parsed_ok, parsed = _json_value(line, path, problems, number, "JSON line")
        if parsed_ok:
            records.append((number, parsed))
    return records


def _deep_document(text: str, path: str, problems: list[Problem]) -> list[tuple[int, object]]:
    """A document nested too deep somewhere: its records one by one, the too-deep ones refused."""
    body_start = text.index(text.strip()[0]) + (1 if text.strip().startswith("[") else 0)
    records = []
    for start, end, depth in _containers(text, body_start):
        line = text.count("\n", 0, start) + 1
        if depth > MAX_JSON_DEPTH:
            problems.append(Problem(path, f"record nested deeper than {MAX_JSON_DEPTH} levels; skipped", line))
            continue
        parsed_ok, parsed = _json_value(text[start:end], path, problems, line)
        if parsed_ok:
            records.append((line, parsed))
    return records


def _element_lines(text: str) -> Iterator[int]:
    """The line each element of a valid top-level JSON list starts on."""
    decoder = json.JSONDecoder()
    separators = re.compile(r"[\s,]*")
    position = text.index("[") + 1
    while True:
        position = separators.match(text, position).end()
        if text[position] == "]":
            return
        yield text.count("\n", 0, position) + 1
        _, position = decoder.raw_decode(text, position)


@dataclass(slots=True)
class _Lines:
    """A text cut into lines that remember where they start."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        position = 0
        for line in self.text.splitlines(keepends=True):
            stripped_end = position + len(line.rstrip("\r\n"))
            self.spans.append((position, stripped_end))
            position += len(line)

    def line(self, index: int) -> str:
        return self.text[slice(*self.stripped(index))]

    def stripped(self, index: int) -> tuple[int, int]:
        start, end = self.spans[index]
        line = self.text[start:end]
        return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def _from_plain_text(text: str, path: str, article_id: str, meta: dict[str, str], line_offset: int = 0,
                     problems: list[Problem] | None = None) -> Article:
    lines = _Lines(text)
    meta = dict(meta)
    meta_lines: dict[str, int] = {}
    index = _read_header(lines, meta, meta_lines)
    _check_header(meta, meta_lines, path, line_offset, problems if problems is not None else [])
    title_span, index = _title_span(lines, index, meta)
    body, signatures = _body_spans(lines, index)
    claim_spans = ((title_span,) if title_span else ()) + tuple(body)
    claim_spans, dateline = _cut_dateline(text, claim_spans)
    if title_span:
        title_span = claim_spans[0]
    outlet = meta.get("outlet") or meta.get("site") or _outlet_from_signatures(signatures) or dateline.get("agency")
    date = normalise_date(meta.get("date")) or dateline.get("date") or _date_from_stamps(lines)
    title = _shorten_title(text[title_span[0]:title_span[1]]) if title_span else meta.get("title", "")
    language = normalise_language(meta.get("lang") or meta.get("language")) or detect_language(
        " ".join(text[s:e] for s, e in claim_spans)
    )
    return Article(
        id=article_id, path=path, text=text, title=title.strip() or meta.get("title", "").strip(),
        outlet=outlet, date=date, language=language, body=claim_spans, line_offset=line_offset,
    )


def _is_blank_or_boilerplate(line: str, rules: Boilerplate) -> bool:
    return not line or any(p.search(line) for p in rules.lines + rules.stamps)


def _shorten_title(line: str) -> str:
    """A first line that is a whole lead paragraph: its first sentence serves as the title."""
    if len(line) <= MAX_TITLE_CHARS:
        return line
    match = re.search(r"(?<=[a-zäöüß0-9][.!?])\s+(?=[A-ZÄÖÜ„\"])", line)
    return line[:match.start()] if match and match.start() <= MAX_TITLE_CHARS else line[:MAX_TITLE_CHARS].rstrip() + "…"


def _check_header(meta: dict[str, str], meta_lines: dict[str, int], path: str, line_offset: int,
                  problems: list[Problem]) -> None:
    """Header values that cannot be right are warned about and dropped, so that detection takes over."""
    where = lambda key: meta_lines.get(key, 1) + line_offset  # noqa: E731
    if (raw := meta.get("date")) and normalise_date(raw) is None:
        problems.append(Problem(path, f"date {raw[:40]!r} is not a date; ignored", where("date")))
        del meta["date"]
    for key in ("lang", "language"):
        if (raw := meta.get(key)) and normalise_language(raw) is None:
            problems.append(Problem(path, f"unknown language {raw[:40]!r}; the language is detected instead", where(key)))
            del meta[key]


def _read_header(lines: _Lines, meta: dict[str, str], meta_lines: dict[str, int] | None = None) -> int:
    index = 0
    while index < len(lines.spans):
        start, end = lines.spans[index]
        line = lines.text[start:end]
        match = HEADER_LINE.match(line)
        if not line.strip():
            index += 1
        elif match and match["key"].lower() in HEADER_KEYS:
            meta.setdefault(match["key"].lower(), match["value"])
            if meta_lines is not None:
                meta_lines.setdefault(match["key"].lower(), index + 1)
            index += 1
        else:
            break
    return index


def _title_span(lines: _Lines, index: int, meta: dict[str, str]) -> tuple[tuple[int, int] | None, int]:
    """The first non-empty line is the title, unless the metadata already gave one that differs."""
    rules = boilerplate_rules()
    while index < len(lines.spans) and _is_blank_or_boilerplate(lines.line(index), rules):
        index += 1
    if index >= len(lines.spans):
        return None, index
    start, end = lines.stripped(index)
    line = lines.text[start:end]
    skip = 0
    if match := INLINE_DATE_HEADER.match(line):
        meta.setdefault("date", match["date"])
        skip = match.end()
    skip += len(line[skip:]) - len(line[skip:].lstrip("# "))  # a Markdown heading's hashes
    start += skip
    given = meta.get("title", "").strip()
    if given and given != lines.text[start:end].strip():
        return None, index
    return (start, end), index + 1


def _body_spans(lines: _Lines, index: int) -> tuple[list[tuple[int, int]], list[str]]:
    """Prose spans after the title, and the signature-like lines found among them."""
    rules = boilerplate_rules()
    body: list[tuple[int, int]] = []
    signatures: list[str] = []
    seen_paragraphs: set[str] = set()
    in_related_list = False
    for number in range(index, len(lines.spans)):
        start, end = lines.stripped(number)
        line = lines.text[start:end]
        if not line:
            continue
        if any(p.search(line) for p in rules.end_markers):
            if body:
                break
            signatures.append(line)  # before any prose it is a kicker ("Kommentar"), not the comments
            continue
        if any(p.search(line) for p in rules.related_headers):
            in_related_list = True
            continue
        if in_related_list and _looks_like_headline(line):
            continue
        in_related_list = False
        if _is_blank_or_boilerplate(line, rules):
            signatures.append(line)
            continue
        if _looks_like_signature(line):
            signatures.append(line)
            continue
        key = " ".join(line.split()).casefold()
        if len(key) >= 40 and key in seen_paragraphs:
            continue  # a lead paragraph repeated verbatim, as some CMS templates do
        seen_paragraphs.add(key)
        body.extend(_cut_inline(start, line, rules.inline))
    return body, signatures


def _cut_inline(start: int, line: str, patterns: Iterable[re.Pattern[str]]) -> Iterator[tuple[int, int]]:
    cuts = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(line))
    position = 0
    for cut_start, cut_end in cuts + [(len(line), len(line))]:
        piece = line[position:cut_start]
        if piece.strip():
            left = len(piece) - len(piece.lstrip())
            yield start + position + left, start + position + len(piece.rstrip())
        position = max(position, cut_end)


def _looks_like_headline(line: str) -> bool:
    return len(line) <= 160 and not line.endswith(CLOSING_PUNCTUATION[:3])


def _looks_like_signature(line: str) -> bool:
    """A credit or signature line: a domain, an abbreviation, or a few capitalised names without a sentence."""
    if DOMAIN_SIGNATURE.match(line) or ABBREVIATION_SIGNATURE.match(line):
        return True
    words = re.findall(r"[^\s,/;|&]+", line)
    if boilerplate_rules().credit_line.match(line) and len(words) <= MAX_CREDIT_WORDS and not line.endswith((".", "!", "?")):
        return True  # "Quelle: dpa, AFP", "Source: Reuters/AP"
    return (
        0 < len(words) <= 5
        and not line.endswith((".", "!", "?", ":", "“", "\""))
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
        and ("," in line or "/" in line or len(words) == 1)
    )


def _outlet_from_signatures(signatures: list[str]) -> str | None:
    for line in reversed(signatures):
        if DOMAIN_SIGNATURE.match(line) or ABBREVIATION_SIGNATURE.match(line):
            return line
        if match := WIRE_CREDIT.match(line):
            return match["name"].strip()
    for line in signatures:
        if match := boilerplate_rules().credit_line.match(line):
            return match["name"].strip()
    return None


# --------------------------------------------------------------------------- dates and language


def normalise_date(raw: str | None) -> str | None:
    """'2023-10', '2024-06-19T10:00', '19.06.2024', 'June 19, 2024' -> ISO prefix; None if unreadable."""
    if not raw:
        return None
    raw = raw.strip()
    if match := re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?", raw):
        year, month, day = match.groups()
        try:
            calendar_date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None  # "2023-13-45"
        return "-".join(part for part in match.groups() if part)
    return _first_date(raw)


def _first_date(text: str) -> str | None:
    found = [(m.start(), m) for form in DATE_FORMS for m in [form.search(text)] if m]
    if not found:
        return None
    match = min(found, key=lambda item: item[0])[1]
    month = int(match["m"]) if "m" in match.groupdict() and match["m"] else MONTHS[match["mname"].lower()]
    day = int(match["d"])
    try:
        calendar_date(int(match["y"]), month, day)
    except ValueError:
        return None
    return f"{match['y']}-{month:02d}-{day:02d}"


def _cut_dateline(
    text: str, spans: tuple[tuple[int, int], ...]
) -> tuple[tuple[tuple[int, int], ...], dict[str, str]]:
    """Cut a dateline off the first paragraph; return the spans and the dateline's date and agency."""
    for number, (start, end) in enumerate(spans[:DATELINE_SPANS]):
        match = DATELINE.match(text, start, end)
        if not match:
            continue
        found = {"date": _first_date(match["details"]), "agency": (match["agency"] or match["wire"] or match["after"] or "").strip()}
        found = {key: value for key, value in found.items() if value}
        if not found or match.end() >= end:
            continue  # a place and a dash alone may be the start of any sentence
        return spans[:number] + ((match.end(), end),) + spans[number + 1:], found
    return spans, {}


def _date_from_stamps(lines: _Lines) -> str | None:
    """The date of the first stamp line ('Stand: 12.03.2024 10:15 Uhr', 'Published: March 12, 2024')."""
    stamps = boilerplate_rules().stamps
    for index in range(len(lines.spans)):
        line = lines.line(index)
        if any(p.search(line) for p in stamps) and (date := _first_date(line)):
            return date
    return None


def normalise_language(raw: str | None) -> str | None:
    """'de', 'de-DE', 'deu', 'German' -> 'de'; None when it names no language."""
    from lingua import IsoCode639_1, IsoCode639_3, Language

    name = (raw or "").strip().replace("_", "-").split("-")[0]
    readers = (
        lambda: Language.from_iso_code_639_1(IsoCode639_1.from_str(name)),
        lambda: Language.from_iso_code_639_3(IsoCode639_3.from_str(name)),
        lambda: Language.from_str(name),
    )
    for read in readers:
        try:
            return read().iso_code_639_1.name.lower()
        except ValueError:
            continue
    return None


@cache
def _language_detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.GERMAN, Language.ENGLISH, Language.RUSSIAN, Language.FRENCH, Language.SPANISH,
        Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.UKRAINIAN, Language.PORTUGUESE,
        Language.TURKISH, Language.KOREAN, Language.JAPANESE, Language.CHINESE, Language.ARABIC,
    ]
    # Low-accuracy mode loads trigram models only: 25x faster to start, and articles are long enough.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, 'und' when it cannot be told."""
    if len(text.strip()) < 3:
        return "und"
    language = _language_detector().detect_language_of(text[:5000])
    return language.iso_code_639_1.name.lower() if language else "und"


# --------------------------------------------------------------------------- ids


def _stem_id(path: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(path).stem).strip("-")
    return slug or "article"


def _unique_ids(articles: list[Article]) -> tuple[Article, ...]:
    """Same stem in two folders: suffix a hash of the path, so ids stay stable when inputs are added."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.id] = counts.get(article.id, 0) + 1
    renamed = []
    for article in articles:
        if counts[article.id] > 1:
            digest = hashlib.sha1(f"{article.path}\0{article.text}".encode()).hexdigest()[:6]
            article = replace(article, id=f"{article.id}-{digest}")
        renamed.append(article)
    return tuple(renamed)

