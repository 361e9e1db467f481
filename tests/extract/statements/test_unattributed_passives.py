"""Personal passives of naming and evaluating cues (speakers._unattributed, content.as_clause_agent):
'X was declared the winner' reports what nobody named said (a row with no speaker); the by-phrase
the parser hangs inside the 'as' complement is the speaker. Sentences invented."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import row_with, statements_of


@pytest.mark.parametrize("sentence, content, lemma", [
    ("Berg was declared the winner with 80% of the vote.", "the winner with 80% of the vote", "declare"),
    ("The election was decried as neither free nor fair.", "as neither free nor fair", "decry"),
    ("The vote was called a farce.", "a farce", "call"),
    ("Berg, who was declared the winner of the vote, left the country.", "the winner of the vote", "declare"),
])
def test_a_past_personal_passive_with_a_small_clause_is_an_unattributed_statement(sentence, content, lemma):
    row = row_with(statements_of(sentence), content)
    assert (row.text, row.cue_lemma, row.kind) == (content, lemma, "indirect")
    assert pd.isna(row.speaker) and pd.isna(row.actor_id)


@pytest.mark.parametrize("sentence", [
    "Under the law, a candidate who receives half of the vote is declared the winner.",  # a generic rule
    "The opposition demanded that the results be declared invalid.",                      # a demand's content
    "The results were announced on Monday.",                                              # no small clause
    "He was asked to resign.",                                                            # a request's addressee
])
def test_no_unattributed_row_without_a_reported_past_small_clause(sentence):
    t = statements_of(sentence)
    assert t[t.speaker.isna()].empty


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The vote was condemned as rigged by critics at home and abroad.", "as rigged", "critics"),
    ("The law was described as harsh by the ombudsman.", "as harsh", "the ombudsman"),
])
def test_a_by_phrase_inside_the_as_complement_is_the_speaker(sentence, content, speaker):
    row = row_with(statements_of(sentence), content)
    assert (row.text, row.speaker) == (content, speaker)
