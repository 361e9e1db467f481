"""'X said, citing Y, that CLAUSE': the participle naming the source sits between the cue and its
that-clause; the content is the that-clause (coding guide §1: what is cited is said by Y, a row of
its own, never the start of X's content). Sentences invented."""

from __future__ import annotations

import pytest
from conftest import statements_of


@pytest.mark.parametrize("cue", ["said", "reported", "reports", "said on Monday"])
def test_a_parenthetical_citing_is_not_the_start_of_the_content(cue):
    t = statements_of(f"Belta {cue}, citing the CEC, that turnout was 84 percent.", "2020-08-10")
    top = t[t.speaker == "Belta"]
    assert top.text.tolist() == ["turnout was 84 percent"]


def test_a_comma_set_phrase_before_that_is_not_the_start_of_the_content():
    t = statements_of("The ministry said, in a statement on Monday, that the vote was fair.", "2020-08-10")
    assert t.text.tolist() == ["the vote was fair"]
