"""The values that flow between stages. All frozen: a stage never edits its input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SourceKind = Literal["agency", "broadcaster", "newspaper", "government", "military", "intelligence", "person", "other"]
AssertionMode = Literal["asserted", "reported", "hedged"]
ConflictKind = Literal["contradiction", "discrepancy", "different-time"]
EstimateStatus = Literal["current", "cumulative", "planned", "additional", "part"]
Verdict = Literal["contradicts", "evolves", "time unknown", "differs in precision", "consistent"]


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

    @property
    def id(self) -> str:
        """Stable across runs: the claim id and where the figure starts in it."""
        return f"{self.claim_id}@{self.start}"


@dataclass(frozen=True, slots=True)
class Cluster:
    """Claims that say the same thing, from one or more articles."""

    id: str
    claim_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    origins: tuple[str, ...] = ()  # source ids at the end of the claims' attribution chains
    scores: tuple[float, ...] = ()  # per claim id, the judge score that admitted it; () for one claim alone


@dataclass(frozen=True, slots=True)
class Estimate:
    """One figure as given by one origin at one time; restatements of it are folded in."""

    quantity_ids: tuple[str, ...]  # the figure and every restatement of it, first seen first
    claim_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    text: str  # the first statement's words: "rund 11.000 Nordkoreanern"
    value: float
    low: float | None
    high: float | None
    qualifier: str
    status: EstimateStatus
    time: str | None  # "YYYY[-MM[-DD]]": a year the claim names, else its article's date
    time_from: Literal["claim", "article"] | None
    chain: tuple[str, ...]  # the first statement's attribution chain, nearest source first
    origin: str | None  # the source the figure rests on; None: the articles' own account

    @property
    def quantity_id(self) -> str:
        return self.quantity_ids[0]


@dataclass(frozen=True, slots=True)
class FigureQuestion:
    """Everything a corpus says about one figure: what is counted, about what, and whether it adds up."""

    id: str
    label: str  # "troops: Nordkorea, Russland"
    kind: str  # count|money|percent|duration|amount
    unit: str | None
    estimates: tuple[Estimate, ...]  # in time order, undated last
    verdict: Verdict
    reason: str  # one sentence a reader can check against the estimates


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
    figures: tuple[FigureQuestion, ...] = ()
    graph: dict[str, Any] = field(default_factory=dict)  # networkx node-link data
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Options:
    """What a run was asked for, built once from the command line and passed down."""

    model: str | None = None  # embedding model name or folder; None = the default
    threshold: float | None = None  # same-claim similarity; None = the model's calibrated value
    sources_file: str | None = None  # the user's gazetteer additions
    cache_dir: str | None = None  # embedding cache; None = $CROSSCHECK_CACHE or ~/.cache/crosscheck
    # The budget of one article: longer ones, or ones that take longer to split into sentences, are
    # skipped with a warning (a long news article is 50,000 characters and splits in half a second).
    max_article_chars: int = 1_000_000
    article_seconds: float | None = 60.0
    scheduler: str | None = None  # a Dask scheduler's address: the per-article map runs on its cluster
    workers: int | None = None  # a local Dask cluster of this many worker processes runs the per-article map


# --------------------------------------------------------------------------- the story store (store.py)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `add` did: article ids added, replaced (same path, new text) and already stored."""

    added: tuple[str, ...]
    replaced: tuple[str, ...]
    unchanged: tuple[str, ...]
    claims_embedded: int  # claims that had no vector in the store
    claims_total: int
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryChanges:
    """What changed in a stored story since a moment: articles and claims it did not have, sources
    first cited, figure questions whose estimates or verdict moved."""

    since: str  # UTC, ISO
    articles: tuple[str, ...]  # ids added or changed since
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    figures: tuple[tuple[str, Verdict | None, Verdict], ...]  # (label, verdict then or None when new, verdict now)


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """A stored claim that says what a looked-up claim says."""

    claim: Claim
    similarity: float  # cosine of what each says without who says it
    article: Article
    chains: tuple[tuple[str, ...], ...]  # its attribution chains, nearest source first
    matched: bool  # grouped with the query itself; False: a member of a matched cluster only


@dataclass(frozen=True, slots=True)
class ClusterMatch:
    """One stored cluster a looked-up claim belongs to, with where its claims come from."""

    cluster_id: str
    origins: tuple[str, ...]
    independent_origins: int  # graph.cluster_sourcing's count
    claims: tuple[ClaimMatch, ...]  # closest first


@dataclass(frozen=True, slots=True)
class FigureCheck:
    """A figure of a looked-up claim against the estimates of its figure question in the store."""

    text: str  # the query's figure, as written
    question: str  # the question's label
    verdict: Literal["agrees", "differs", "contradicts", "not compared"]
    reason: str
    estimates: tuple[Estimate, ...]  # the stored estimates it was compared with


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A claim looked up in a story store."""

    query: str
    language: str
    clusters: tuple[ClusterMatch, ...]  # best match first; empty: nothing close enough
    figures: tuple[FigureCheck, ...]
    sources: tuple[Source, ...]  # every source the matches' chains and origins name
    nearest: float  # the best cosine found, close enough or not
