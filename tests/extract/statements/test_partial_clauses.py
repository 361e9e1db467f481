"""quoted._smallest_around: a partial quote's clause is found by a walk back that stops at the longest
clause's length, and the answer is the brute-force one (the shortest clause holding the quote, the
earliest cue on a tie)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from belarus_analysis.extract.statements.context import Found
from belarus_analysis.extract.statements.quoted import _smallest_around

_span = st.tuples(st.integers(0, 200), st.integers(1, 120)).map(lambda se: (se[0], se[0] + se[1]))


@given(st.lists(_span, max_size=30), _span)
def test_smallest_clause_around_a_quote_is_the_brute_force_one(spans, quote):
    indirect = [Found("indirect", s, e) for s, e in spans]
    clauses = sorted(enumerate(indirect), key=lambda ig: ig[1].start)
    starts = [g.start for _, g in clauses]
    f = Found("partial", *quote)
    longest = max((g.end - g.start for g in indirect), default=0)
    holding = [(g.end - g.start, i) for i, g in enumerate(indirect) if g.start < f.start and f.end <= g.end]
    expected = indirect[min(holding)[1]] if holding else None
    assert _smallest_around(clauses, starts, f, longest) is expected


def test_a_long_clause_far_back_still_holds_a_quote_past_many_short_ones():
    # the walk passes 50 short clauses that do not hold the quote before it reaches the long one
    indirect = [Found("indirect", 0, 10_000), *(Found("indirect", 100 + 20 * k, 110 + 20 * k) for k in range(50))]
    clauses = sorted(enumerate(indirect), key=lambda ig: ig[1].start)
    quote = Found("partial", 5_000, 5_010)
    assert _smallest_around(clauses, [g.start for _, g in clauses], quote, 10_000) is indirect[0]
