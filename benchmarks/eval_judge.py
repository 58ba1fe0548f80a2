"""The same-claim judge against the hand-set score it replaced, on the test part of the labelled set.

    PYTHONPATH=. python benchmarks/eval_judge.py            (make eval)

For each language pair of tests/claim_stories.py's test stories (never read by fit_judge.py):
- ROC AUC over the labelled pairs (SAME against the hard DIFFERENT pairs), every pair scored,
  not only the candidates FAISS finds;
- SAME recall at <= 5 % false accepts: the share of SAME pairs above the lowest score that lets
  through at most 5 % of the hard DIFFERENT pairs;
- through the real clustering (each story grouped on its own, as the tests do): SAME pairs grouped
  and hard DIFFERENT pairs merged, plus, over all languages, every other pair of different claims.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from judge_stories import LEGACY, label, labelled, language_pair, load_story  # noqa: E402
from crosscheck.judge import load_judge  # noqa: E402

FALSE_ACCEPTS = 0.05


def auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """Probability that a random SAME pair outscores a random DIFFERENT one (ties count half)."""
    if not len(positive) or not len(negative):
        return float("nan")
    greater = (positive[:, None] > negative[None, :]).mean()
    ties = (positive[:, None] == negative[None, :]).mean()
    return float(greater + ties / 2)


def recall_at(positive: np.ndarray, negative: np.ndarray, rate: float = FALSE_ACCEPTS) -> float:
    """Share of SAME pairs scoring above the lowest threshold that accepts at most `rate` of DIFFERENT."""
    if not len(positive) or not len(negative):
        return float("nan")
    allowed = int(np.floor(rate * len(negative)))
    ranked = np.sort(negative)[::-1]
    threshold = ranked[allowed] if allowed < len(ranked) else -np.inf
    return float((positive > threshold).mean())


def evaluate(stories: tuple[str, ...]) -> dict:
    judges = {"hand-set": LEGACY, "judge": load_judge()}
    scores = {name: defaultdict(lambda: ([], [])) for name in judges}
    grouped = {name: defaultdict(lambda: np.zeros(4, int)) for name in judges}
    others = {name: np.zeros(2, int) for name in judges}
    for story_name in stories:
        story = load_story(story_name)
        index = {ref: i for i, ref in enumerate(story.refs)}
        pairs = [(a, b, 1) for a, b, _ in labelled.SAME if a.split("/")[0] == story_name]
        pairs += [(a, b, 0) for a, b, _ in labelled.DIFFERENT if a.split("/")[0] == story_name]
        first = np.array([index[a] for a, _, _ in pairs])
        second = np.array([index[b] for _, b, _ in pairs])
        features = story.features(first, second)
        for name, judge in judges.items():
            cluster = story.cluster(judge)
            for (a, b, same), score in zip(pairs, judge.score(features)):
                for key in (language_pair(a, b), "all"):
                    scores[name][key][1 - same].append(score)
                    grouped[name][key] += (same and cluster[a] == cluster[b], same, not same and cluster[a] == cluster[b], not same)
            refs = story.refs
            for i, a in enumerate(refs):
                for b in refs[i + 1:]:
                    if label(a, b) == 0:
                        others[name] += (cluster[a] == cluster[b], 1)
    return {"scores": scores, "grouped": grouped, "others": others}


def main() -> None:
    result = evaluate(labelled.TEST_STORIES)
    print(f"test stories ({len(labelled.TEST_STORIES)}): {', '.join(labelled.TEST_STORIES)}")
    print(f"{'pair':6} {'score':9} {'AUC':>6} {'R@5%FA':>7} {'same grouped':>13} {'hard diff merged':>17}")
    keys = sorted(result["scores"]["judge"], key=lambda k: (k == "all", k))
    for key in keys:
        for name in ("hand-set", "judge"):
            positive, negative = (np.array(v) for v in result["scores"][name][key])
            g = result["grouped"][name][key]
            print(f"{key:6} {name:9} {auc(positive, negative):6.3f} {recall_at(positive, negative):7.3f} "
                  f"{g[0]:>6}/{g[1]:<6} {g[2]:>8}/{g[3]:<8}")
    for name in ("hand-set", "judge"):
        merged, total = result["others"][name]
        print(f"{name}: every pair of different claims in the test stories merged {merged}/{total}")


if __name__ == "__main__":
    main()
