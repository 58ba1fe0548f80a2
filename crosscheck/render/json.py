"""Report -> the JSON document of the contract in the README (version 1)."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from ..records import Report

VERSION = 1


# Integers beyond this lose precision in JavaScript and in many JSON readers: written as floats.
MAX_EXACT_INTEGER = 2**53


def _number(value: float | None) -> float | int | None:
    """A figure for the JSON: an integer when it is one; an infinite one (a 300-digit figure) capped at
    the largest float, its record flagged `out_of_range`; NaN as null."""
    if value is None or math.isnan(value):
        return None
    if math.isinf(value):
        return math.copysign(sys.float_info.max, value)
    return int(value) if float(value).is_integer() and abs(value) <= MAX_EXACT_INTEGER else float(value)


def _finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


def _strict(value: Any) -> Any:
    """Any non-finite float left in the document (a graph weight, say) becomes null: strict JSON only."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _strict(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_strict(item) for item in value]
    return value


def report_to_dict(report: Report) -> dict[str, Any]:
    cluster_of = {claim_id: c.id for c in report.clusters for claim_id in c.claim_ids}
    mode_of = {a.claim_id: a.mode for a in report.assertions}
    return {
        "version": VERSION,
        "articles": [
            {"id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "date": a.date, "language": a.language}
            for a in report.articles
        ],
        "claims": [
            {"id": c.id, "article_id": c.article_id, "text": c.text, "start": c.start, "end": c.end,
             "line": c.line, "cluster_id": cluster_of.get(c.id), "assertion": mode_of.get(c.id, "asserted")}
            for c in report.claims
        ],
        "clusters": [
            {"id": c.id, "claim_ids": list(c.claim_ids), "article_ids": list(c.article_ids), "origins": list(c.origins),
             "judge_scores": list(c.scores)}
            for c in report.clusters
        ],
        "sources": [
            {"id": s.id, "name": s.name, "kind": s.kind, "aliases": list(s.aliases), "country": s.country,
             "state_controlled": s.state_controlled, "known": s.known}
            for s in report.sources
        ],
        "attributions": [
            {"claim_id": a.claim_id, "article_id": a.article_id, "chain": list(a.chain), "cue": a.cue,
             "speaker": a.speaker}
            for a in report.attributions
        ],
        "quantities": [
            {"id": q.id, "claim_id": q.claim_id, "text": q.text, "value": _number(q.value), "low": _number(q.low),
             "high": _number(q.high), "qualifier": q.qualifier, "unit": q.unit, "kind": q.kind,
             **({} if _finite(q.value, q.low, q.high) else {"out_of_range": True})}
            for q in report.quantities
        ],
        "conflicts": [
            {"id": c.id, "kind": c.kind,
             "quantity_refs": [{"claim_id": r.claim_id, "value": _number(r.value), "text": r.text} for r in c.quantity_refs],
             "explanation": c.explanation,
             "relative_difference": round(c.relative_difference, 4) if _finite(c.relative_difference) else None}
            for c in report.conflicts
        ],
        "figures": [
            {"id": f.id, "label": f.label, "kind": f.kind, "unit": f.unit, "verdict": f.verdict, "reason": f.reason,
             "estimates": [
                 {"quantity_id": e.quantity_id, "quantity_ids": list(e.quantity_ids), "text": e.text,
                  "value": _number(e.value), "low": _number(e.low), "high": _number(e.high), "qualifier": e.qualifier,
                  "status": e.status, "time": e.time, "time_from": e.time_from, "chain": list(e.chain),
                  "origin": e.origin, "article_ids": list(e.article_ids), "claim_ids": list(e.claim_ids)}
                 for e in f.estimates]}
            for f in report.figures
        ],
        "graph": report.graph,
        "problems": [str(p) for p in report.problems],
    }


def render_json(report: Report) -> str:
    """Strict JSON (RFC 8259): no NaN or Infinity, which strict parsers reject."""
    return json.dumps(_strict(report_to_dict(report)), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
