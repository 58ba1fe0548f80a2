"""The quantity parser against the Recognizers-Text number specs, as an outside yardstick.

    python benchmarks/eval_numbers.py /tmp/rt-specs [-v]   (-v lists the failing inputs)

The folder holds spec files in Recognizers-Text's format (`<Language>/<Model>.json`, a list of
{"Input", "Results": [{"Text", "TypeName", "Resolution": {"value"}}]}) for German, English and
French NumberModel, NumberRangeModel and PercentModel, from the repository
microsoft/Recognizers-Text (Specs/Number). Nothing of theirs is in this repository; without the
folder the script says so and stops. It needs no network.

How a case is judged:
- NumberModel: the values we read (both ends of a range) equal the expected values, as multisets.
- PercentModel: the values of our percentages equal the expected ones.
- NumberRangeModel: the (low, high) bounds of our bounded figures equal the expected intervals
  (open and closed ends are not told apart: "more than" and "at least" both have low = x).
- By design, and counted apart: expected results that are ordinals ("the tenth") or an article
  read as one ("ein", "a", "un"). A case whose expected results are all of that kind is not
  scored; otherwise those results are dropped and the rest compared.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

from crosscheck.languages import language_data
from crosscheck.quantities import parse_quantities

LANGUAGES = {"German": "de", "English": "en", "French": "fr"}
MODELS = ("NumberModel", "NumberRangeModel", "PercentModel")
_ORDINAL = re.compile(r"\b\w*(?:tenth|fifteenth|dixième|quinzième|zehnte|fünfzehnte)\b", re.I)


def _number(text: str, language: str) -> float:
    text = text.strip().rstrip("%")
    if language in ("de", "fr") and "," in text:
        text = text.replace(".", "").replace(",", ".")
    return float(text)


def _interval(text: str) -> tuple[float | None, float | None]:
    low, high = text.strip("[]()").split(",")
    return (float(low) if low else None, float(high) if high else None)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _same_multiset(found: list, wanted: list, equal) -> bool:
    if len(found) != len(wanted):
        return False
    rest = list(wanted)
    for item in found:
        match = next((w for w in rest if equal(item, w)), None)
        if match is None:
            return False
        rest.remove(match)
    return True


def _by_design(result: dict, language: str) -> str | None:
    text = result.get("Text", "").strip().lower()
    if result.get("TypeName", "").startswith("ordinal") or _ORDINAL.search(text):
        return "ordinal"
    if text in language_data(language, "numbers").get("article_numbers", ()):
        return "article"
    return None


def judge(case: dict, model: str, language: str) -> str:
    """'pass', 'fail' or 'by design' for one spec case."""
    results = case.get("Results", [])
    kept = [r for r in results if _by_design(r, language) is None]
    if results and not kept:
        return "by design"
    found = parse_quantities(case["Input"], language)
    if model == "NumberModel":
        values = []
        for q in found:
            ranged = q.low is not None and q.high is not None and q.low != q.high and q.qualifier in ("range", "additional")
            values += [q.low, q.high] if ranged else [q.value]
        wanted = [_number(r["Resolution"]["value"], language) for r in kept]
        ok = _same_multiset(values, wanted, _same)
    elif model == "PercentModel":
        values = [q.value for q in found if q.kind == "percent"]
        wanted = [_number(r["Resolution"]["value"], language) for r in kept]
        ok = _same_multiset(values, wanted, _same)
    else:
        bounds = [(q.low, q.high) for q in found if q.qualifier != "exact" or q.low != q.high]
        wanted = [_interval(r["Resolution"]["value"]) for r in kept]
        ok = _same_multiset(bounds, wanted, lambda a, b: _same(a[0], b[0]) and _same(a[1], b[1]))
    return "pass" if ok else "fail"


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1:
        print(__doc__)
        return 2
    folder = Path(args[0])
    if not folder.is_dir():
        print(f"no spec folder at {folder}: fetch Specs/Number/<Language>/<Model>.json from microsoft/Recognizers-Text there first; nothing to measure")
        return 0
    verbose = "-v" in sys.argv
    print(f"{'file':32} {'cases':>5} {'scored':>6} {'pass':>5} {'rate':>6}  by design")
    for name, language in LANGUAGES.items():
        for model in MODELS:
            path = folder / name / f"{model}.json"
            if not path.is_file():
                print(f"{name}/{model}.json: not in {folder}, skipped")
                continue
            cases = json.loads(path.read_text(encoding="utf-8"))
            verdicts = Counter()
            for case in cases:
                verdict = judge(case, model, language)
                verdicts[verdict] += 1
                if verbose and verdict == "fail":
                    print("   fail:", case["Input"][:80])
            scored = verdicts["pass"] + verdicts["fail"]
            rate = verdicts["pass"] / scored if scored else 0.0
            print(f"{name + '/' + model + '.json':32} {len(cases):5} {scored:6} {verdicts['pass']:5} {rate:6.1%}  {verdicts['by design']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
