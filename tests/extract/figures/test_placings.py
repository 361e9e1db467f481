"""A candidate's placing told by its verb ('came in second', 'finished in third') belongs to the candidate
(gold guide §10; development sets A and B had it without owner, issue 13 session 10). Invented sentences."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span, owner", [
    ("Tsikhanouskaya came in second with 10.1 percent.", "second", "tsikhanouskaya"),
    ("His main rival, Sviatlana Tsikhanouskaya, came in second, with 10.12% of the ballot.", "second",
     "tsikhanouskaya"),
    ("Communist candidate Syrankou has finished in second with 3.2 percent.", "second", "syrankou"),
    ("Gaidukevich ended up in third.", "third", "gaidukevich"),
])
def test_a_placing_belongs_to_the_candidate_who_came_there(text, span, owner):
    row = one(figures_of(text, published="2025-02-10", election="2025"), span)
    assert (row["kind"], row["subject"]) == ("ordinal", owner)
