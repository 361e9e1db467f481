"""Regex rows of data/lexicons added this session whose notes restrict them to an election ('forged'
only of an election, its results or ballots; 'rejected X as …' only when the 'as' phrase judges an
election or an office), against sentences where the restriction's words occur but judge nothing.
Sentences invented."""

from __future__ import annotations

import pytest

from test_context import polar


def test_forged_ties_after_a_vote_is_no_forgery():
    assert polar("The vote went ahead as Lukashenko forged closer ties with Moscow.") == []


def test_rejecting_an_appeal_as_late_is_no_non_recognition():
    assert polar("The court rejected the appeal as filed after the election.") == []


@pytest.mark.parametrize("text, expected", [
    ("The ballots were forged, observers said.", [("forged", -1)]),
    ("The EU rejected Lukashenko as president.", [("rejected", -1)]),
    ("The elections were widely forged, observers said.", [("forged", -1)]),
    ("Kyiv rejected the vote as a sham held under repression.", [("rejected", -1), ("sham", -1)]),
])
def test_the_rows_still_mark_what_they_are_for(text, expected):
    assert polar(text) == expected
