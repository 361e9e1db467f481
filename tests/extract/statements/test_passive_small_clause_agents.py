"""Content form (issue 12, set L): a passive small-clause cue whose 'as' predicate the parser hung on the
by-agent's noun ('The election was described by observers as neither free nor fair'). The predicate is
the content (the subject precedes the cue, statements.md §3), the agent the speaker. Sentences invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, speaker, content, lemma", [
    ("The election was described by observers as neither free nor fair.", "observers",
     "as neither free nor fair", "describe"),
    ("The election was denounced by observers as neither free nor fair.", "observers",
     "as neither free nor fair", "denounce"),
    ("The count was branded by the opposition as a farce.", "the opposition", "as a farce", "brand"),
    ("The result was described by the mayor as final.", "the mayor", "as final", "describe"),
])
def test_an_as_predicate_hung_on_the_agent_is_the_content(text, speaker, content, lemma):
    t = statements_of(text)
    assert list(zip(t.speaker, t.text, t.cue_lemma)) == [(speaker, content, lemma)]


@pytest.mark.parametrize("text", [
    "The vote was held by the board as planned.",
    "The ballots were counted by volunteers as quickly as possible.",
])
def test_an_as_phrase_of_a_verb_that_reports_nothing_stays_out(text):
    assert statements_of(text).empty
