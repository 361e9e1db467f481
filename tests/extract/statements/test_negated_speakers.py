"""Negated speech (coding guide data/gold/statements.md, 'Negated, future, hypothetical or planned
speech': not a statement) where the negation is the speaker itself: a negative quantifier subject
('Nobody said …', 'No one called …'). The extractor drops 'did not say' and 'never described' but
attributes the content to 'Nobody', including through this session's small-clause rule ('describe X
as Y'). Sentences invented."""

from __future__ import annotations

import pytest
from conftest import statements_of


@pytest.mark.xfail(strict=True, reason="negative-quantifier subjects (nobody, no one) are not read as negation: "
                                       "'Nobody said/described/called …' gives a statement with speaker 'Nobody'")
@pytest.mark.parametrize("text", ["Nobody said the election was fair.",
                                  "Nobody described the election as fair.",
                                  "No one called the vote fair."])
def test_a_negative_quantifier_speaker_says_nothing(text):
    assert statements_of(text, "2020-08-14").empty


@pytest.mark.parametrize("text", ["The CEC never described the vote as fair.",
                                  "The OSCE did not say the vote was rigged."])
def test_a_negated_cue_says_nothing(text):
    # the negation the extractor already handles, next to the kind above that it misses
    assert statements_of(text, "2020-08-14").empty
