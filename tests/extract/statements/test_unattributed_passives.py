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


@pytest.mark.parametrize("sentence, content, speaker", [
    # a reduced relative participle with its by-agent
    ("Berg won in an election widely denounced as neither free nor fair by the international community.",
     "as neither free nor fair", "the international community"),
    # a passive sharing the relative subject of a coordinated verb, its agent hung on the 'as' complement
    ("Crowds marched after the vote which saw Berg claim victory but has been condemned as rigged by critics.",
     "as rigged", "critics"),
])
def test_passives_without_a_subject_of_their_own_keep_the_small_clause(sentence, content, speaker):
    row = row_with(statements_of(sentence), content)
    assert (row.text, row.speaker) == (content, speaker)


def test_a_predicate_noun_parsed_as_a_clause_subject_is_the_content():
    t = statements_of("Berg, who was declared the winner of elections widely viewed as forged, left.")
    assert row_with(t, "the winner").text == "the winner of elections widely viewed as forged"


@pytest.mark.parametrize("sentence", [
    "The channel aired a film called Svaboda Slova, which featured interviews.",             # a title
    "Berg spoke after he was asked whether he expected the vote to be recognised.",          # a question
    "Of 3,697 individuals recognized as political prisoners, 1,200 remain behind bars.",     # a designation
])
def test_naming_questions_and_designations_are_no_unattributed_statements(sentence):
    t = statements_of(sentence)
    assert t[t.speaker.isna()].empty
