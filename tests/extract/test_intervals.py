"""Interval look-ups (issue 13: sorted sweeps instead of all-pairs loops), checked against brute force."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from belarus_analysis.extract.intervals import Disjoint, Intervals

spans = st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(spans, max_size=25), spans)
def test_queries_equal_brute_force(items, query):
    s, e = query
    iv = Intervals([(a, b, n) for n, (a, b) in enumerate(items)])
    overlapping = [(a, b, n) for n, (a, b) in enumerate(items) if a < e and s < b]
    containing = [(a, b, n) for n, (a, b) in enumerate(items) if a <= s and e <= b]
    assert iv.overlaps(s, e) == bool(overlapping)
    assert sorted(iv.overlapping(s, e)) == sorted(overlapping)
    assert iv.contains(s, e) == bool(containing)
    inner = iv.innermost(s, e)
    assert (inner is None) == (not containing)
    if inner is not None:
        assert inner[1] - inner[0] == min(b - a for a, b, _ in containing)


@given(st.lists(spans, max_size=25))
def test_disjoint_keeps_only_free_intervals(items):
    d, kept = Disjoint(), []
    for s, e in items:
        free = all(e <= a or b <= s for a, b in kept)
        assert d.free(s, e) == free
        if free:
            d.add(s, e)
            kept.append((s, e))
