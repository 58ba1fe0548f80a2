"""One figure question as an inline SVG timeline: time across, value up, one colour per origin.

A point is an estimate's value; a bar its interval ("rund 11.000": 10,450–11,550); an arrow an
open end ("mehr als 10.000"). Hollow marks are plans, additions and parts, which are not
compared with counts. Estimates without a date stand in a strip of their own at the right. The
picture scales with its container (viewBox), so it reads on a phone as on a desktop; it needs no
script. Every string from an article is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from crosscheck.figures import COMPARED, date_span, phrase, short_number
from crosscheck.records import Estimate, FigureQuestion
from crosscheck.render.svg import escape

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 14, 34
TICK_SPACING = 230  # viewBox units between date labels: a date at the phone's larger type is about 200 wide
UNDATED_STRIP = 92  # width of the strip for estimates without a date
# Okabe–Ito: told apart by readers with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")


def origin_colours(question: FigureQuestion, origin_of: Callable[[Estimate], str]) -> dict[str, str]:
    """One colour per origin, in the order the origins first appear; the ninth and later share grey."""
    origins = list(dict.fromkeys(origin_of(e) for e in question.estimates))
    return {origin: PALETTE[i] if i < len(PALETTE) else "#8c959f" for i, origin in enumerate(origins)}


def timeline_svg(question: FigureQuestion, origin_of: Callable[[Estimate], str], describe: Callable[[Estimate], str]) -> str:
    """The question's estimates as an SVG; `origin_of` keys the colour, `describe` is each mark's tooltip."""
    colours = origin_colours(question, origin_of)
    dated = [e for e in question.estimates if date_span(e.time)]
    undated = [e for e in question.estimates if not date_span(e.time)]
    # With nothing dated, the undated estimates get the whole width; otherwise a strip at the right.
    strip_width = (WIDTH - RIGHT - LEFT if not dated else UNDATED_STRIP) if undated else 0
    plot_right = WIDTH - RIGHT - strip_width
    ticks = _nice_ticks(*_value_range(question.estimates))
    low, high = ticks[0], ticks[-1]
    y = _scale(low, high, HEIGHT - BOTTOM, TOP)
    x = _time_scale(dated, LEFT + 12, plot_right - 12)
    parts = [_axes(ticks, y)]
    if dated:
        parts += _time_ticks(dated, x)
    if undated:
        strip = plot_right + (8 if dated else 0)
        width = WIDTH - RIGHT - strip
        parts.append(f'<rect x="{strip}" y="{TOP}" width="{width}" height="{HEIGHT - TOP - BOTTOM}" class="strip"/>')
        parts.append(f'<text x="{strip + width / 2}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" class="tick">'
                     f'{"undated" if dated else "no estimate is dated"}</text>')
        step = width / (len(undated) + 1)
        parts += [_mark(e, strip + step * (i + 1), y, low, high, colours[origin_of(e)], describe(e))
                  for i, e in enumerate(undated)]
    spread = _spread_same_time(dated, x)
    parts += [_mark(e, spread[id(e)], y, low, high, colours[origin_of(e)], describe(e)) for e in dated]
    return (f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" class="timeline" '
            f'aria-label="{escape(question.label)}: {len(question.estimates)} estimates over time">'
            + "".join(parts) + "</svg>")


def _value_range(estimates: Sequence[Estimate]) -> tuple[float, float]:
    values = [v for e in estimates for v in (e.value, e.low, e.high) if v is not None]
    low, high = min(values), max(values)
    pad = (high - low) * 0.12 or abs(high) * 0.1 or 1.0
    return (low - pad if low - pad >= 0 or low < 0 else 0.0), high + pad  # counts do not go below zero


def _nice_ticks(low: float, high: float) -> list[float]:
    """Round tick values covering low..high: steps of 1, 2, 2.5 or 5 times a power of ten."""
    rough = (high - low) / 4 or 1.0
    power = 10 ** math.floor(math.log10(rough))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= rough)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _scale(low: float, high: float, to_low: float, to_high: float) -> Callable[[float], float]:
    span = high - low or 1.0
    return lambda v: round(to_low + (v - low) / span * (to_high - to_low), 1)


def _ordinal(e: Estimate) -> int:
    first, last = date_span(e.time)
    return (first.toordinal() + last.toordinal()) // 2


def _time_scale(dated: Sequence[Estimate], left: float, right: float) -> Callable[[Estimate], float]:
    if not dated:
        return lambda e: left
    days = [_ordinal(e) for e in dated]
    first, last = min(days), max(days)
    if first == last:
        return lambda e: (left + right) / 2
    return lambda e: round(left + (_ordinal(e) - first) / (last - first) * (right - left), 1)


def _spread_same_time(dated: Sequence[Estimate], x: Callable[[Estimate], float]) -> dict[int, float]:
    """Marks at one date stand side by side, 9 units apart, instead of on top of each other."""
    at: dict[float, list[Estimate]] = {}
    for e in dated:
        at.setdefault(x(e), []).append(e)
    return {id(e): position + (i - (len(same) - 1) / 2) * 9 for position, same in at.items() for i, e in enumerate(same)}


def _axes(ticks: list[float], y: Callable[[float], float]) -> str:
    lines = [f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value)}" y2="{y(value)}" class="grid"/>'
             f'<text x="{LEFT - 6}" y="{y(value) + 4}" text-anchor="end" class="tick">{short_number(value, smallest=1e3)}</text>'
             for value in ticks]
    return "".join(lines) + f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" class="axis"/>'


def _time_ticks(dated: Sequence[Estimate], x: Callable[[Estimate], float]) -> list[str]:
    """The first and last dates, and a middle one when it stands clear of both (labels are large on a phone)."""
    ordered = sorted(dated, key=_ordinal)
    first, middle, last = ordered[0], ordered[len(ordered) // 2], ordered[-1]
    ticks = [(first, "start" if x(last) - x(first) >= TICK_SPACING else "middle")]
    if x(last) - x(first) >= TICK_SPACING:
        ticks.append((last, "end"))
        if min(x(middle) - x(first), x(last) - x(middle)) >= TICK_SPACING:
            ticks.append((middle, "middle"))
    return [f'<text x="{x(e)}" y="{HEIGHT - BOTTOM + 16}" text-anchor="{anchor}" class="tick">{escape(e.time)}</text>'
            for e, anchor in ticks]


def _mark(e: Estimate, cx: float, y: Callable[[float], float], low: float, high: float, colour: str, title: str) -> str:
    """A point with its interval: a bar between bounds, an arrow towards an open end."""
    compared = e.status in COMPARED
    fill = colour if compared else "none"
    dash = "" if compared else ' stroke-dasharray="3 2"'
    top = y(e.high) if e.high is not None else y(high)
    bottom = y(e.low) if e.low is not None else y(low)
    shapes = []
    if top != bottom:
        shapes.append(f'<line x1="{cx}" x2="{cx}" y1="{top}" y2="{bottom}" stroke="{colour}" stroke-width="3"{dash}/>')
    if e.high is None:
        shapes.append(f'<path d="M{cx - 5},{top + 7} L{cx},{top} L{cx + 5},{top + 7}" fill="none" stroke="{colour}" stroke-width="2"/>')
    if e.low is None:
        shapes.append(f'<path d="M{cx - 5},{bottom - 7} L{cx},{bottom} L{cx + 5},{bottom - 7}" fill="none" stroke="{colour}" stroke-width="2"/>')
    shapes.append(f'<circle cx="{cx}" cy="{y(e.value)}" r="5" fill="{fill}" stroke="{colour}" stroke-width="2"/>')
    return f"<g><title>{escape(title)}</title>{''.join(shapes)}</g>"


def estimate_tooltip(e: Estimate, origin: str) -> str:
    """'about 11,000 · 2024-11 · current · KCNA · 3 articles'."""
    articles = f"{len(e.article_ids)} article{'s' if len(e.article_ids) != 1 else ''}"
    return " · ".join([phrase(e), e.time or "undated", e.status, origin, articles, f"“{e.text}”"])
