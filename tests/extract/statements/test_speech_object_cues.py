"""Cues whose noun-phrase content counts only when the noun is speech (attribution_verbs.csv
'+speech-object'): 'challenged the results' disputes a claim, 'declared the results' announces
them; 'challenged the incumbent', 'declared a state of emergency' report no proposition.
Sentences invented."""

from __future__ import annotations

import pytest
from conftest import row_with, statements_of


@pytest.mark.parametrize("sentence, content, lemma", [
    ("The opposition challenged the election results.", "the election results", "challenge"),
    ("Protesters challenged Berg's claim to have won 80% of the vote.",
     "Berg's claim to have won 80% of the vote", "challenge"),
    ("The commission declared the official results of the vote on Monday.",
     "the official results of the vote", "declare"),
    ("Witnesses reported extensive fraud and falsification of results.",
     "extensive fraud and falsification of results", "report"),
    ("Independent observers reported 2500 violations.", "2500 violations", "report"),
])
def test_a_speech_noun_object_is_content(sentence, content, lemma):
    row = row_with(statements_of(sentence), content)
    assert (row.text, row.cue_lemma, row.kind) == (content, lemma, "indirect")


@pytest.mark.parametrize("sentence", [
    "The candidate challenged the incumbent to a televised debate.",
    "The president declared a state of emergency.",
    "The governor declared victory in the early hours.",
    "The company reported a profit of 3 billion dollars.",
    "Police reported an incident near the station.",
])
def test_an_object_that_is_not_speech_is_no_statement(sentence):
    assert statements_of(sentence).empty


def test_declare_keeps_its_small_clause():
    row = row_with(statements_of("The CEC declared Lukashenko the winner."), "the winner")
    assert row.text == "Lukashenko the winner"
