"""The values that flow between stages. All frozen: a stage never edits its input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SourceKind = Literal["agency", "broadcaster", "newspaper", "government", "military", "intelligence", "person", "other"]
AssertionMode = Literal["asserted", "reported", "hedged"]
ConflictKind = Literal["contradiction", "discrepancy", "different-time"]


@dataclass(frozen=True, slots=True)
class Problem:
    """A user-facing warning about one input: where, and what went wrong."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Article:
    """One article. `text` is what claim offsets index into; `body` lists the spans of it that are prose."""

    id: str
    path: str
    text: str
    title: str
    outlet: str | None
    date: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    language: str  # ISO 639-1, "und" when unknown
    body: tuple[tuple[int, int], ...]  # (start, end) spans of `text` free of metadata and boilerplate
    line_offset: int = 0  # added to line numbers, for records that start deep inside a .jsonl file


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence of an article: `article.text[start:end] == text`."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class Source:
    """Someone who can be cited: an outlet, agency, government body or person."""

    id: str
    name: str
    kind: SourceKind
    aliases: tuple[str, ...] = ()
    country: str | None = None
    state_controlled: bool = False
    known: bool = True  # False when captured from a cue but missing from the gazetteer


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim relayed from a chain of sources, the nearest first and the origin last."""

    claim_id: str
    article_id: str
    chain: tuple[str, ...]
    cue: str
    speaker: str | None = None  # a quoted person's source id, when the claim quotes one


@dataclass(frozen=True, slots=True)
class Assertion:
    """How an article puts a claim: as its own fact, relayed from a source, or hedged."""

    claim_id: str
    mode: AssertionMode
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure in a claim, read as an interval; `low`/`high` of None mean unbounded."""

    claim_id: str
    text: str
    start: int  # offsets into the claim text
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str  # exact|approx|more-than|at-least|less-than|at-most|nearly|up-to|range|additional
    unit: str | None  # the counted noun or unit, normalised ("Nordkoreaner", "Tage", "EUR", "%")
    kind: str = "count"  # count|money|percent|duration|amount


@dataclass(frozen=True, slots=True)
class Cluster:
    """Claims that say the same thing, from one or more articles."""

    id: str
    claim_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    origins: tuple[str, ...] = ()  # source ids at the end of the claims' attribution chains


@dataclass(frozen=True, slots=True)
class QuantityRef:
    claim_id: str
    value: float
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two figures about the same thing that disagree, and why they may or may not really."""

    id: str
    kind: ConflictKind
    quantity_refs: tuple[QuantityRef, ...]
    explanation: str
    relative_difference: float


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found. Renderers only read it."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...] = ()
    sources: tuple[Source, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    assertions: tuple[Assertion, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    graph: dict[str, Any] = field(default_factory=dict)  # networkx node-link data
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Options:
    """What a run was asked for, built once from the command line and passed down."""

    model: str | None = None  # embedding model name or folder; None = the default
    threshold: float | None = None  # same-claim similarity; None = the model's calibrated value
    sources_file: str | None = None  # the user's gazetteer additions
    cache_dir: str | None = None  # embedding cache; None = $CROSSCHECK_CACHE or ~/.cache/crosscheck
    scheduler: str | None = None  # a Dask scheduler's address: the per-article map runs on its cluster
    workers: int | None = None  # a local Dask cluster of this many worker processes runs the per-article map
