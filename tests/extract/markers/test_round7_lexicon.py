"""Polar markers, seventh round (issue 13): rows built from the OSCE/ODIHR assessment criteria (genuine,
competitive, pluralistic, inclusive, transparent), the level playing field and the validity threshold
(data/lexicons/README.md). Every example is invented."""

from __future__ import annotations

import pytest

from test_context import polar


@pytest.mark.parametrize("text, expected", [
    # praise with the assessment criteria, as paired praising predicates
    ("Observers said the elections were inclusive and transparent.", [("inclusive and transparent", 1)]),
    ("The electoral process was open and fully accessible, he said.", [("open and fully accessible", 1)]),
    # a criterion denied, alone or two at once
    ("The statement said the election was not genuine.", [("was not genuine", -1)]),
    ("The vote was neither genuine nor competitive.", [("neither genuine nor competitive", -1)]),
    # unequal conditions of the contest
    ("The vote took place without a level playing field.", [("without a level playing field", -1)]),
    ("The campaign was held on an uneven playing field.", [("uneven playing field", -1)]),
    # a belief in the infinitive form of the verdict
    ("Opposition leaders consider the vote to be forged.", [("forged", -1)]),
    # turnout above the legal threshold makes the election valid
    ("More than half of the voters took part, making the election valid.", [("valid", 1)]),
])
def test_assessment_criteria(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "A turnout above half would make the election valid.",  # a condition, not a verdict
    "The documents were considered to be forged.",  # no election
    "The new rules make the passport valid for ten years.",  # no election
    "The playing field of the stadium was level.",  # no formula
])
def test_no_verdict_without_the_judged_vote(text):
    assert polar(text) == []
