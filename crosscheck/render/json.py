"""Report -> the JSON document of the contract in the README (version 1)."""

from __future__ import annotations

import json
from typing import Any

from ..records import Report

VERSION = 1


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


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
            {"claim_id": q.claim_id, "text": q.text, "value": _number(q.value), "low": _number(q.low),
             "high": _number(q.high), "qualifier": q.qualifier, "unit": q.unit, "kind": q.kind}
            for q in report.quantities
        ],
        "conflicts": [
            {"id": c.id, "kind": c.kind,
             "quantity_refs": [{"claim_id": r.claim_id, "value": _number(r.value), "text": r.text} for r in c.quantity_refs],
             "explanation": c.explanation, "relative_difference": round(c.relative_difference, 4)}
            for c in report.conflicts
        ],
        "graph": report.graph,
        "problems": [str(p) for p in report.problems],
    }


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
