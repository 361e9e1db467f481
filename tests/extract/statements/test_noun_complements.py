"""Noun-phrase content keeps the object noun's complement that the parser hangs on the verb
(content._noun_complement): 'expressed concern Monday about X', 'expressed solidarity with X'.
Sentences invented."""

from __future__ import annotations

import pytest
from conftest import row_with, statements_of


@pytest.mark.parametrize("sentence, content", [
    ("The government expressed serious concern Monday about the election.", "serious concern Monday about the election"),
    # 'with' and 'at' after a bare attitude noun
    ("The ministry expressed solidarity with Belarusians who continue to fight for reforms.",
     "solidarity with Belarusians who continue to fight for reforms"),
])
def test_the_complement_of_the_object_noun_is_content(sentence, content):
    assert row_with(statements_of(sentence), content.split()[1]).text == content


@pytest.mark.parametrize("sentence", [
    "The minister condemned the vote at the embassy.",                  # a place adjunct of the event
    "The minister condemned the vote with colleagues on Monday.",       # company, not the vote's complement
    "The minister condemned the vote about an hour later.",            # 'about' + a time
])
def test_adjuncts_of_the_reporting_event_stay_out(sentence):
    assert row_with(statements_of(sentence), "the vote").text == "the vote"
