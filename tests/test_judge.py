"""The same-claim judge: what it reads of a claim, what each signal does to its score, and that its
coefficients come from the data file and need nothing but numpy."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from crosscheck.embed import find_model, load_embedder
from crosscheck.judge import FEATURES, judge_pair, load_judge, read_signals


def test_the_data_file_holds_every_feature_and_the_default_model_uses_its_threshold():
    judge = load_judge()
    assert len(judge.weights) == len(judge.mean) == len(judge.scale) == len(FEATURES)
    assert (judge.scale > 0).all() and 0 < judge.threshold < 1 and 0 < judge.floor < 1
    assert find_model("use-m3").threshold == judge.threshold


@pytest.mark.parametrize(("text", "language", "figures"), [
    ("Er soll 1,2 Millionen Euro angenommen haben.", "de", (1_200_000,)),
    ("He received 1.2 million euros.", "en", (1_200_000,)),
    ("Il aurait reçu 1,2 million d'euros.", "fr", (1_200_000,)),
    ("Он получил 1,2 млн евро.", "ru", (1_200_000,)),
    ("Environ 10 000 hectares sont partis en fumée.", "fr", (10_000,)),
    ("около 10 тысяч гектаров", "ru", (10_000,)),
    ("rund 11.000 Soldaten, nicht 11,5 Prozent", "de", (11_000, 11.5)),
])
def test_figures_are_read_with_their_scale_words(text, language, figures):
    assert read_signals(text, language).figures == pytest.approx(figures)


@pytest.mark.parametrize(("text", "language", "negated"), [
    ("Hilfe hat Ankara bislang nicht angefordert.", "de", True),
    ("Ankara hat Hilfe angefordert.", "de", False),
    ("The thieves have not been caught.", "en", True),
    ("The agency didn't recommend it.", "en", True),
    ("L'Élysée n'a pas souhaité commenter.", "fr", True),
    ("Aucun tsunami n'a été signalé.", "fr", True),
    ("Удалений в матче не было.", "ru", True),
    ("Счёт открыл Джамал Мусиала.", "ru", False),
])
def test_a_denial_is_read_in_every_language(text, language, negated):
    assert read_signals(text, language).negated is negated


def test_names_meet_across_alphabets():
    latin = read_signals("The earthquake struck the province of Malatya.", "en").names
    cyrillic = read_signals("Землетрясение произошло в провинции Малатья.", "ru").names
    assert latin & cyrillic


def _row(**values: float) -> np.ndarray:
    """The features of a typical same-topic pair in one language, with some set."""
    row = load_judge().mean.copy()
    for name, value in values.items():
        row[FEATURES.index(name)] = value
    return row[None, :]


@pytest.mark.parametrize(("feature", "value"), [
    ("negation_mismatch", 1.0), ("figures_conflict", 1.0), ("opposite_direction", 1.0), ("same_article", 1.0),
])
def test_each_sign_of_another_claim_lowers_the_score(feature, value):
    judge = load_judge()
    assert judge.score(_row(**{feature: value}))[0] < judge.score(_row(**{feature: 0.0}))[0]


@pytest.mark.parametrize("feature", ["contrast", "lexical", "figures_agree"])
def test_each_sign_of_the_same_claim_raises_the_score(feature):
    judge = load_judge()
    assert judge.score(_row(**{feature: 0.6}))[0] > judge.score(_row(**{feature: 0.0}))[0]


def test_a_translation_outscores_a_claim_on_the_same_topic():
    embedder = load_embedder(cache=False)
    claim = "Bei dem Erdbeben in der Provinz Malatya sind mindestens 214 Menschen ums Leben gekommen."
    translation = "At least 214 people were killed in the earthquake in Malatya province."
    topic = "Bei dem Beben im Februar 2023 waren in der Provinz Malatya rund 1.500 Menschen ums Leben gekommen."
    vectors = embedder.encode([claim, translation, topic])
    same = judge_pair(claim, translation, float(vectors[0] @ vectors[1]), ("de", "en"))
    other = judge_pair(claim, topic, float(vectors[0] @ vectors[2]), ("de", "de"))
    assert same > load_judge().threshold > other


def test_judging_needs_no_scikit_learn_nor_torch():
    code = ("import sys, numpy as np; from crosscheck.cluster import cluster_claims; "
            "from crosscheck.records import Claim; "
            "claims = [Claim(f'a{i}:0', f'a{i}', t, 0, len(t), 1) for i, t in enumerate(['Eins zwei.', 'Eins zwei drei.'])]; "
            "v = np.eye(2, 8, dtype=np.float32); v[1, 1] = 1; v /= np.linalg.norm(v, axis=1, keepdims=True); "
            "cluster_claims(claims, v); "
            "assert not {'sklearn', 'torch'} & set(sys.modules), sorted({'sklearn', 'torch'} & set(sys.modules))")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_json_report_carries_the_scores_per_member():
    from crosscheck.records import Cluster, Report
    from crosscheck.render.json import report_to_dict

    report = Report((), (), clusters=(Cluster("c-1", ("a:1", "b:1"), ("a", "b"), (), (0.91, 0.88)), Cluster("c-2", ("a:2",), ("a",))))
    clusters = report_to_dict(report)["clusters"]
    assert [c["judge_scores"] for c in clusters] == [[0.91, 0.88], []]
