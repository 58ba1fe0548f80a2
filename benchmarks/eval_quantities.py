"""Precision and recall of the quantity parser per language, over the tables in
tests/quantity_tables.py (sentences written for this project, negatives included).

    python benchmarks/eval_quantities.py

A found quantity counts as right when value, bounds, qualifier, unit and kind all equal one
expected for its sentence; precision = right / found, recall = right / expected. The floors
the test suite keeps are in tests/test_quantity_tables.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from quantity_tables import HARD, TABLES  # noqa: E402

from crosscheck.quantities import parse_quantities  # noqa: E402


def reading(row: tuple) -> tuple:
    return tuple(round(float(v), 6) if isinstance(v, (int, float)) else v for v in row)


def score(language: str) -> tuple[int, int, int, int]:
    """(right, found, expected, sentences) for one language's table."""
    right = found = expected = 0
    for text, gold in TABLES[language]:
        got = [reading((q.value, q.low, q.high, q.qualifier, q.unit, q.kind)) for q in parse_quantities(text, language)]
        wanted = [reading(row) for row in gold]
        found += len(got)
        expected += len(wanted)
        for item in got:
            if item in wanted:
                wanted.remove(item)
                right += 1
    return right, found, expected, len(TABLES[language])


def main() -> None:
    print(f"{'language':8} {'sentences':>9} {'expected':>8} {'found':>6} {'right':>6} {'precision':>9} {'recall':>7}  known hard")
    for language in TABLES:
        right, found, expected, sentences = score(language)
        precision = right / found if found else 1.0
        recall = right / expected if expected else 1.0
        hard = sum(1 for lang, _ in HARD if lang == language)
        print(f"{language:8} {sentences:9} {expected:8} {found:6} {right:6} {precision:9.3f} {recall:7.3f}  {hard}")


if __name__ == "__main__":
    main()
