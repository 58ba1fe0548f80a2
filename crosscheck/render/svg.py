"""The sourcing graph as a hand-written SVG: articles left, relaying sources in the middle, origins right."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

FONT_PX = 12
CHAR_PX = 7.0  # average advance of a 12px sans-serif character, to size boxes without measuring text
BOX_HEIGHT = 22
ROW_PITCH = 30
BEND_PITCH = 8  # room an edge needs where it passes a column
COLUMN_GAP = (80, 150)  # narrowest and widest gap between columns, for the edges to fan out in
FIT_WIDTH = 1360  # gaps shrink towards their narrowest to keep the picture within a page this wide
MARGIN = 16
HEADER = 76  # legend and column titles
MAX_LABEL_CHARS = 30
MIN_BOX_WIDTH = 90
DENSE_EDGES = 40  # above this many edges, fainter lines keep the crossings readable

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_STYLE = """
.cc-graph { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 12px; }
.cc-graph .bg { fill: #ffffff; }
.cc-graph text { fill: #1f2328; }
.cc-graph .muted { fill: #57606a; }
.cc-graph .colhead { font-weight: 600; fill: #57606a; }
.cc-graph .article { fill: #ddf4ff; stroke: #0969da; stroke-width: 1.2; }
.cc-graph .relay { fill: #fff8c5; stroke: #9a6700; stroke-width: 1.2; }
.cc-graph .origin { fill: #ffebe9; stroke: #cf222e; stroke-width: 2.4; }
.cc-graph .speaker { stroke-dasharray: 4 2; }
.cc-graph .edge { fill: none; stroke-opacity: 0.75; }
.cc-graph.dense .edge { stroke-opacity: 0.5; }
.cc-graph .reports { stroke: #0969da; }
.cc-graph .cites { stroke: #9a6700; }
.cc-graph .quotes { stroke: #8250df; stroke-dasharray: 5 3; }
.cc-graph marker .reports, .cc-graph marker .cites, .cc-graph marker .quotes { stroke: none; }
.cc-graph .head-reports { fill: #0969da; }
.cc-graph .head-cites { fill: #9a6700; }
.cc-graph .head-quotes { fill: #8250df; }
@media (prefers-color-scheme: dark) {
  .cc-graph .bg { fill: #0d1117; }
  .cc-graph text { fill: #e6edf3; }
  .cc-graph .muted, .cc-graph .colhead { fill: #9198a1; }
  .cc-graph .article { fill: #0c2d6b; stroke: #4493f8; }
  .cc-graph .relay { fill: #3b2e00; stroke: #d29922; }
  .cc-graph .origin { fill: #5d0f12; stroke: #f85149; }
  .cc-graph .reports { stroke: #4493f8; }
  .cc-graph .cites { stroke: #d29922; }
  .cc-graph .quotes { stroke: #ab7df8; }
  .cc-graph .head-reports { fill: #4493f8; }
  .cc-graph .head-cites { fill: #d29922; }
  .cc-graph .head-quotes { fill: #ab7df8; }
}
"""


def escape(text: object) -> str:
    """Text safe for SVG/HTML element content and quoted attributes, also as standalone XML."""
    return html.escape(_XML_INVALID.sub("", str(text)), quote=True)


def shorten(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def graph_svg(graph_data: dict[str, Any]) -> str:
    """Draw node-link data of the sourcing graph (schema in the brief) as one standalone SVG element."""
    if not graph_data.get("nodes"):
        return _empty_svg()
    graph = nx.node_link_graph(graph_data, edges="edges")
    if not graph.is_directed():
        graph = graph.to_directed()
    layout = _layout(graph)
    width = max(layout.x[-1] + layout.widths[-1] + MARGIN, 640)
    height = max(layout.y.values()) + ROW_PITCH / 2 + MARGIN
    heaviest = max((w or 1 for *_, w in graph.edges(data="weight", default=1)), default=1)
    css = "cc-graph dense" if graph.number_of_edges() > DENSE_EDGES else "cc-graph"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css}" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-labelledby="cc-graph-title">',
        '<title id="cc-graph-title">Sourcing graph: who cites whom</title>',
        f"<style>{_STYLE}</style>",
        _markers(),
        f'<rect class="bg" width="{width:.0f}" height="{height:.0f}"/>',
        _legend(),
        _column_titles(graph, layout),
        *(_edge(graph, source, target, layout, heaviest) for source, target in graph.edges),
        *(_node(graph, node, *_box(layout, node)) for node in graph),
        "</svg>",
    ]
    return "\n".join(part for part in parts if part)


def _empty_svg() -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="cc-graph" width="320" height="40" viewBox="0 0 320 40">'
        f'<style>{_STYLE}</style><text x="8" y="24" class="muted">No attributions, so no sourcing graph.</text></svg>'
    )


def _role(graph: nx.DiGraph, node: str) -> str:
    attributes = graph.nodes[node]
    if attributes.get("type") == "article":
        return "article"
    return "origin" if attributes.get("origin") else "relay"


def _layers(graph: nx.DiGraph) -> dict[str, int]:
    """Articles in column 0, every other node right of all its predecessors, pure origins in the last column.

    Cycles (A cites B cites A) are collapsed first so that the layering is defined.
    """
    condensed = nx.condensation(graph)
    depth: dict[int, int] = {}
    for component in nx.topological_sort(condensed):
        members = condensed.nodes[component]["members"]
        predecessors = list(condensed.predecessors(component))
        if predecessors:
            depth[component] = max(depth[p] for p in predecessors) + 1
        else:
            is_article = any(graph.nodes[m].get("type") == "article" for m in members)
            depth[component] = 0 if is_article else 1
    layer = {node: depth[component] for node, component in condensed.graph["mapping"].items()}
    last = max(layer.values())
    for node in graph:
        if _role(graph, node) == "origin" and graph.out_degree(node) == 0:
            layer[node] = last
    return layer


@dataclass(frozen=True, slots=True)
class _Bend:
    """Where an edge that skips columns passes through one, so boxes there make room for it."""

    source: str
    target: str
    layer: int


Slot = str | _Bend  # a node id, or a bend where an edge crosses a column


@dataclass(frozen=True, slots=True)
class _Layout:
    columns: list[list[Slot]]
    x: list[float]  # left edge of each column
    widths: list[float]
    y: dict[Slot, float]  # vertical centre of each slot
    routes: dict[tuple[str, str], list[_Bend]]
    column_of: dict[Slot, int]


def _box(layout: _Layout, slot: Slot) -> tuple[float, float, float]:
    """Left edge, vertical centre and width of a slot's column position."""
    column = layout.column_of[slot]
    return layout.x[column], layout.y[slot], layout.widths[column]


def _layout(graph: nx.DiGraph) -> _Layout:
    layer = _layers(graph)
    slots = nx.DiGraph()
    slots.add_nodes_from(graph)
    routes: dict[tuple[str, str], list[_Bend]] = {}
    for source, target in graph.edges:
        bends = [_Bend(source, target, k) for k in range(layer[source] + 1, layer[target])]
        routes[(source, target)] = bends
        for bend in bends:
            layer[bend] = bend.layer
        nx.add_path(slots, [source, *bends, target])
    columns = _order_columns(slots, layer)
    widths = [
        max((_box_width(_label(graph, s)) for s in column if not isinstance(s, _Bend)), default=MIN_BOX_WIDTH)
        for column in columns
    ]
    narrowest, widest = COLUMN_GAP
    spare = (FIT_WIDTH - 2 * MARGIN - sum(widths)) / max(len(columns) - 1, 1)
    gap = min(widest, max(narrowest, spare))
    x = [MARGIN + sum(widths[:i]) + i * gap for i in range(len(columns))]
    column_of = {slot: i for i, column in enumerate(columns) for slot in column}
    return _Layout(columns, x, widths, _rows(slots, columns), routes, column_of)


def _order_columns(slots: nx.DiGraph, layer: dict[Slot, int]) -> list[list[Slot]]:
    """Order each column by the mean row of its neighbours (barycentre sweeps) to cut edge crossings."""
    columns: list[list[Slot]] = [[] for _ in range(max(layer.values()) + 1)]
    for slot in slots:  # insertion order: articles as the graph builder listed them
        columns[layer[slot]].append(slot)

    def sweep(order: range, neighbours: Callable[[Slot], Iterable[Slot]]) -> None:
        for index in order:
            row = {slot: i for column in columns for i, slot in enumerate(column)}
            own = set(columns[index])

            def barycentre(slot: Slot) -> float:
                placed = [row[n] for n in neighbours(slot) if n not in own]
                return sum(placed) / len(placed) if placed else row[slot]

            columns[index].sort(key=barycentre)

    for _ in range(4):
        sweep(range(1, len(columns)), slots.predecessors)
        sweep(range(len(columns) - 2, -1, -1), slots.successors)
    return [column for column in columns if column]


def _size(slot: Slot) -> float:
    return BEND_PITCH if isinstance(slot, _Bend) else ROW_PITCH


def _rows(slots: nx.DiGraph, columns: list[list[Slot]]) -> dict[Slot, float]:
    """Vertical centres: columns start centred, then each slot is pulled towards its neighbours' mean."""
    extent = [sum(_size(s) for s in column) for column in columns]
    height = max(extent)
    y: dict[Slot, float] = {}
    for column, used in zip(columns, extent):
        top = HEADER + (height - used) / 2
        for slot in column:
            y[slot] = top + _size(slot) / 2
            top += _size(slot)
    for _ in range(3):
        for column in columns:
            wanted = []
            for slot in column:
                neighbours = [y[n] for n in (*slots.predecessors(slot), *slots.successors(slot))]
                wanted.append(sum(neighbours) / len(neighbours) if neighbours else y[slot])
            _spread(column, wanted, HEADER, HEADER + height, y)
    return y


def _spread(column: list[Slot], wanted: list[float], top: float, bottom: float, y: dict[Slot, float]) -> None:
    """Put slots as near their wanted centres as their order and sizes allow, within [top, bottom]."""
    placed = list(wanted)
    low = top
    for i, slot in enumerate(column):  # push down past the slot above
        placed[i] = max(placed[i], low + _size(slot) / 2)
        low = placed[i] + _size(slot) / 2
    high = bottom
    for i in range(len(column) - 1, -1, -1):  # then pull up past the slot below and the bottom
        placed[i] = min(placed[i], high - _size(column[i]) / 2)
        high = placed[i] - _size(column[i]) / 2
    for slot, centre in zip(column, placed):
        y[slot] = centre


def _box_width(label: str) -> float:
    return max(MIN_BOX_WIDTH, len(shorten(label)) * CHAR_PX + 36)


def _label(graph: nx.DiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or node.partition(":")[2] or node)


def _markers() -> str:
    heads = "".join(
        f'<marker id="cc-head-{relation}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" '
        f'markerUnits="userSpaceOnUse" orient="auto"><path class="head-{relation}" d="M0,0 L10,5 L0,10 z"/></marker>'
        for relation in ("reports", "cites", "quotes")
    )
    return f"<defs>{heads}</defs>"


def _shape(role: str, x: float, y: float, width: float, css: str) -> str:
    top, bottom = y - BOX_HEIGHT / 2, y + BOX_HEIGHT / 2
    if role == "origin":  # pointed ends: readable without colour
        tip = BOX_HEIGHT / 2
        points = f"{x},{y} {x + tip},{top} {x + width - tip},{top} {x + width},{y} {x + width - tip},{bottom} {x + tip},{bottom}"
        return f'<polygon class="{css}" points="{points}"/>'
    radius = 2 if role == "article" else BOX_HEIGHT / 2
    return f'<rect class="{css}" x="{x}" y="{top}" width="{width}" height="{BOX_HEIGHT}" rx="{radius}"/>'


def _legend() -> str:
    items = [
        ("article", "article", "Article"),
        ("relay", "relay", "Source relaying others"),
        ("origin", "origin", "Origin (a chain ends here)"),
        ("relay", "relay speaker", "Person quoted (dashed)"),
    ]
    parts, x = [], MARGIN
    for role, css, text in items:
        parts.append(_shape(role, x, 18, 34, css))
        parts.append(f'<text x="{x + 40}" y="22">{escape(text)}</text>')
        x += 48 + len(text) * CHAR_PX
    x = MARGIN
    for relation, text in (("reports", "names as source"), ("cites", "cites"), ("quotes", "quotes")):
        parts.append(
            f'<path class="edge {relation}" stroke-width="2" d="M{x},44 L{x + 34},44" marker-end="url(#cc-head-{relation})"/>'
        )
        parts.append(f'<text x="{x + 40}" y="48">{escape(text)}</text>')
        x += 48 + len(text) * CHAR_PX
    parts.append(f'<text x="{x + 8}" y="48" class="muted">line width: number of claims</text>')
    return "\n".join(parts)


def _column_titles(graph: nx.DiGraph, layout: _Layout) -> str:
    titles = []
    last = len(layout.columns) - 1
    for index, column in enumerate(layout.columns):
        roles = {_role(graph, slot) for slot in column if not isinstance(slot, _Bend)}
        if roles == {"article"}:
            title = "Articles"
        elif index == last:
            title = "Origins" if roles == {"origin"} else "Sources and origins"
        else:
            title = "Sources"
        titles.append(f'<text class="colhead" x="{layout.x[index]}" y="{HEADER - 8}">{title}</text>')
    return "\n".join(titles)


def _edge_width(weight: float, heaviest: float) -> float:
    return 1.2 + 4.8 * math.sqrt((weight - 1) / (heaviest - 1)) if heaviest > 1 else 1.5


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    bend = (x2 - x1) / 2
    return f"C{x1 + bend:.1f},{y1:.1f} {x2 - bend:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"


def _edge(graph: nx.DiGraph, source: str, target: str, layout: _Layout, heaviest: float) -> str:
    attributes = graph.edges[source, target]
    relation = attributes.get("relation", "reports")
    relation = relation if relation in ("reports", "cites", "quotes") else "reports"
    weight = attributes.get("weight", 1) or 1
    x1, y1, width1 = _box(layout, source)
    x2, y2, width2 = _box(layout, target)
    x, y = x1 + width1, y1
    path = f"M{x:.1f},{y:.1f}"
    if x2 > x:
        for bend in layout.routes[(source, target)]:  # through the gap each skipped column leaves
            bx, by, bwidth = _box(layout, bend)
            path += f" {_curve(x, y, bx, by)} L{bx + bwidth:.1f},{by:.1f}"
            x, y = bx + bwidth, by
        path += f" {_curve(x, y, x2, y2)}"
    else:  # same column (a cycle): loop out to the right and come back in on the right edge
        reach = max(x, x2 + width2) + 40 + abs(y2 - y1) / 4
        path += f" C{reach:.1f},{y1:.1f} {reach:.1f},{y2:.1f} {x2 + width2:.1f},{y2:.1f}"
    tooltip = f"{_label(graph, source)} → {_label(graph, target)}: {relation}, {weight} claim{'s' if weight != 1 else ''}"
    return (
        f'<path class="edge {relation}" stroke-width="{_edge_width(weight, heaviest):.1f}" d="{path}" '
        f'marker-end="url(#cc-head-{relation})"><title>{escape(tooltip)}</title></path>'
    )


def _node(graph: nx.DiGraph, node: str, x: float, y: float, width: float) -> str:
    attributes = graph.nodes[node]
    role = _role(graph, node)
    css = role + (" speaker" if attributes.get("type") == "speaker" else "")
    label = _label(graph, node)
    claims = attributes.get("claims")
    kind = attributes.get("kind") or attributes.get("type") or ""
    tooltip = f"{label} ({kind}{', origin' if role == 'origin' else ''}){f', {claims} claims' if claims else ''}"
    inset = BOX_HEIGHT / 2 if role == "origin" else 8
    count = (
        f'<text class="muted" x="{x + width - inset:.1f}" y="{y + 4:.1f}" text-anchor="end">{int(claims)}</text>'
        if claims
        else ""
    )
    return (
        f"<g><title>{escape(tooltip)}</title>{_shape(role, x, y, width, css)}"
        f'<text x="{x + inset:.1f}" y="{y + 4:.1f}">{escape(shorten(label))}</text>{count}</g>'
    )
