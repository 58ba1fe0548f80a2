"""Attribution precision and recall per language, over the hand-written hard cases.

usage: python benchmarks/eval_attribution.py [--misses]

The cases are tests/attribution_cases.py: for each language, sentences with the chains that must
be found (none for places, nationalities, pronouns, hedges and quotations). A found item is a
(chain, speaker) pair; precision is the share of found pairs that are expected, recall the share
of expected pairs that are found. Sentences that must find nothing count through precision only.
--misses prints every sentence whose result differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from attribution_cases import CASES, parse  # noqa: E402

from crosscheck.attribution import attribute_sentence, load_cues  # noqa: E402
from crosscheck.sources import load_gazetteer  # noqa: E402


class Score(NamedTuple):
    sentences: int
    expected: int
    found: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def found_in(sentence: str, language: str, gazetteer) -> set[tuple[tuple[str, ...], str | None]]:
    result = attribute_sentence(sentence, [load_cues()[language]], gazetteer)
    return {(chain, speaker) for chain, _, speaker, _ in result.found}


def score(language: str, gazetteer, misses: list[str] | None = None) -> Score:
    expected_n = found_n = correct = 0
    for sentence, expected in CASES[language]:
        want, got = parse(expected), found_in(sentence, language, gazetteer)
        expected_n, found_n, correct = expected_n + len(want), found_n + len(got), correct + len(want & got)
        if misses is not None and want != got:
            misses.append(f"{language}: {sentence}\n    expected {sorted(want)}\n    found    {sorted(got)}")
    return Score(len(CASES[language]), expected_n, found_n, correct)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the sentences whose result differs")
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    misses: list[str] = []
    print(f"{'language':<9}{'sentences':>10}{'expected':>10}{'found':>7}{'correct':>9}{'precision':>11}{'recall':>8}")
    for language in CASES:
        if language not in load_cues():
            continue
        s = score(language, gazetteer, misses if args.misses else None)
        print(f"{language:<9}{s.sentences:>10}{s.expected:>10}{s.found:>7}{s.correct:>9}{s.precision:>11.2f}{s.recall:>8.2f}")
    for miss in misses:
        print(miss)


if __name__ == "__main__":
    main()
