"""Negated speech (coding guide data/gold/statements.md, 'Negated, future, hypothetical or planned
speech': not a statement) where the negation is the speaker itself: a negative quantifier subject
('Nobody said …', 'No one called …'), read like 'did not say' and 'never described'. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import statements_of


@pytest.mark.parametrize("text", ["Nobody said the election was fair.",
                                  "Nobody described the election as fair.",
                                  "No one called the vote fair."])
def test_a_negative_quantifier_speaker_says_nothing(text):
    assert statements_of(text, "2020-08-14").empty


def test_a_few_speakers_still_speak():
    assert len(statements_of("A few observers said the election was fair.", "2020-08-14")) == 1


@pytest.mark.parametrize("text", ["The CEC never described the vote as fair.",
                                  "The OSCE did not say the vote was rigged."])
def test_a_negated_cue_says_nothing(text):
    # the negation the extractor already handles, next to the kind above that it misses
    assert statements_of(text, "2020-08-14").empty
