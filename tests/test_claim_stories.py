"""A quality floor for grouping claims, on the labelled set.

tests/claim_stories.py: 32 invented stories in German, English, French and Russian; pairs a reader
calls the same claim and hard pairs a reader calls different (swapped roles, another participant,
same topic with another statement, same numbers about other things, denials, another time). The judge
(crosscheck/judge.py) is fitted on the development stories only; the floors below are on the test
stories, as benchmarks/eval_judge.py measures them, and on the eight blind German/English stories.
They are what the default model reaches today; a change that lowers one says so in its commit.
"""

from __future__ import annotations

import pytest

from claim_stories import BLIND_STORIES, DIFFERENT, SAME, STORIES, TEST_STORIES, resolve, story_claims, validate
from crosscheck.attribution import extract_attributions
from crosscheck.cluster import cluster_claims, cluster_of
from crosscheck.direction import opposite, read_direction
from crosscheck.embed import load_embedder
from crosscheck.sources import load_gazetteer

# (same-claim pairs grouped at least, hard different pairs merged at most); the hand-set score the
# judge replaced: test part 94 of 183 and 12 of 210, blind stories 73 of 132 and 14 of 123
FLOORS = {"test": (121, 3), "blind": (69, 8)}


@pytest.fixture(scope="module")
def cluster_by_claim() -> dict[str, str]:
    """Claim ref -> cluster id, each story grouped as the pipeline groups it."""
    embedder, gazetteer = load_embedder(cache=False), load_gazetteer()
    found = {}
    for story in STORIES:
        articles, claims = story_claims(story)
        claimed = extract_attributions(claims, articles, gazetteer).claimed
        texts = [claimed.get(c.id, c.text) for c in claims]
        clusters = cluster_claims(claims, embedder.encode(texts), embedder.threshold, texts=texts,
                                  languages={a.id: a.language for a in articles})
        found.update(cluster_of(clusters))
    return found


def test_the_labels_hold_together():
    assert validate() == []


PARTS = {"test": TEST_STORIES, "blind": BLIND_STORIES}


@pytest.mark.parametrize("part", PARTS)
def test_same_claims_are_grouped(cluster_by_claim, part):
    pairs = [(a, b) for a, b, _ in SAME if a.split("/")[0] in PARTS[part]]
    found = sum(cluster_by_claim[one] == cluster_by_claim[other] for one, other in pairs)
    assert found >= FLOORS[part][0], f"{found} of {len(pairs)} same-claim pairs grouped"


@pytest.mark.parametrize("part", PARTS)
def test_different_claims_are_kept_apart(cluster_by_claim, part):
    pairs = [(a, b) for a, b, _ in DIFFERENT if a.split("/")[0] in PARTS[part]]
    merged = sum(cluster_by_claim[one] == cluster_by_claim[other] for one, other in pairs)
    assert merged <= FLOORS[part][1], f"{merged} of {len(pairs)} different-claim pairs merged"


def test_the_direction_reader_never_splits_a_same_claim_pair():
    def direction(ref: str):
        story, article = ref.split(":")[0].split("/")
        return read_direction(resolve(ref), STORIES[story][article][0])

    assert not [why for one, other, why in SAME if opposite(direction(one), direction(other))]
    swapped = [why for one, other, why in DIFFERENT if opposite(direction(one), direction(other))]
    assert len(swapped) >= 2  # most swaps in the set are word order ("X beat Y"), which it does not read
