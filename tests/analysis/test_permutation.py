"""The exact permutation test over articles: hand-enumerated p-values, the smallest
p-value a design allows, the sampled fallback, and the contrast of two seed groups."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from belarus_analysis import pipeline
from belarus_analysis.analysis import compare, summaries


def _by_hand(counts, words, in_a):
    """Two-sided p-value by enumerating every labelling with plain Python."""
    n, k = len(counts), sum(in_a)

    def rate(sel):
        return sum(c for c, s in zip(counts, sel) if s) / sum(w for w, s in zip(words, sel) if s)

    def diff(members):
        a = [i in members for i in range(n)]
        return rate(a) - rate([not x for x in a])

    observed = abs(diff({i for i, x in enumerate(in_a) if x}))
    stats = [abs(diff(set(m))) for m in itertools.combinations(range(n), k)]
    return sum(s >= observed - 1e-12 for s in stats) / len(stats), len(stats)


@pytest.mark.parametrize("counts,words,in_a", [
    ([5, 6, 1, 0, 2], [100, 200, 100, 150, 120], [True, True, False, False, False]),
    ([3, 0, 1], [500, 400, 300], [True, False, False]),
    ([1, 1, 1, 1, 9, 0], [100] * 6, [True, False, True, False, True, False]),
])
def test_p_value_matches_a_hand_enumeration(counts, words, in_a):
    t = compare.permutation_test(counts, words, in_a, per=1)
    p, n = _by_hand(counts, words, in_a)
    assert t["exact"] and t["n_permutations"] == n == math.comb(len(in_a), sum(in_a))
    assert t["p_value"] == pytest.approx(p)
    assert t["n_a"] == sum(in_a) and t["n_b"] == len(in_a) - sum(in_a)


def test_two_articles_against_one_can_never_reach_five_percent():
    # The most extreme data possible: markers only in group A.
    t = compare.permutation_test([10, 10, 0], [100, 100, 100], [True, True, False])
    assert t["n_permutations"] == 3 and t["min_p_value"] >= 1 / 3 and t["p_value"] >= t["min_p_value"]


def test_separated_groups_reach_the_smallest_p_value():
    t = compare.permutation_test([9, 8, 7, 6, 0, 0, 1, 0], [100] * 8, [True] * 4 + [False] * 4)
    assert t["n_permutations"] == 70 and t["p_value"] == pytest.approx(2 / 70) == t["min_p_value"]


def test_many_articles_fall_back_to_seeded_random_assignments():
    rng = np.random.default_rng(0)
    counts, words = rng.integers(0, 10, 40), np.full(40, 500)
    flags = [True] * 20 + [False] * 20
    a = compare.permutation_test(counts, words, flags, max_exact=500, seed=3)
    assert not a["exact"] and a["n_permutations"] == 500
    assert a == compare.permutation_test(counts, words, flags, max_exact=500, seed=3)
    assert 0 < a["p_value"] <= 1


def test_bad_input_is_a_clear_error():
    with pytest.raises(ValueError, match="differ in length"):
        compare.permutation_test([1, 2], [100], [True, False])
    with pytest.raises(ValueError, match="at least one article"):
        compare.permutation_test([1, 2], [100, 100], [True, True])


def test_contrast_of_two_seed_groups_states_n_and_its_limits(articles):
    markers = pipeline.build(articles, ["markers"])["markers"]
    c = summaries.legitimacy_contrast(markers, articles)
    sizes = articles["alignment"].value_counts()
    assert (c["n_a"] == sizes["state_aligned"]).all() and (c["n_b"] == sizes["western_government"]).all()
    assert (c["n_permutations"] == math.comb(sizes["state_aligned"] + sizes["western_government"],
                                              sizes["state_aligned"])).all()
    assert (c["p_value"] >= c["min_p_value"]).all() and (c["min_p_value"] > 0.05).all()
    rates = summaries.legitimacy_rates(markers, articles)
    row = c.iloc[0]
    own = rates[(rates["voice"] == row["voice"]) & (rates["direction"] == row["direction"])].set_index("alignment")
    assert row["rate_a"] == pytest.approx(own.loc["state_aligned", "rate"])
    assert row["difference"] == pytest.approx(own.loc["state_aligned", "rate"] - own.loc["western_government", "rate"])


def test_contrast_names_a_missing_group():
    arts = pd.DataFrame({"article_id": ["a"], "alignment": ["x"], "n_words": [10]})
    with pytest.raises(ValueError, match="alignment='y'"):
        compare.contrast(pd.DataFrame(columns=["article_id", "lexicon", "category"]), arts, "x", "y")
