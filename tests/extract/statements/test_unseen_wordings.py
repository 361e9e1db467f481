"""Error kinds of wordings the development sets rarely show (issue 12, tenth round: PolNeAR dev split
misses, invented examples only). Every person and sentence is invented; country words come from
``data/speaker_groups.csv``."""

from __future__ import annotations

import pandas as pd
import pytest

from belarus_analysis.extract.actors import actor_index
from conftest import row_with, statements_of


# --- 1. a past cue after a reported clause in a tense it cannot share (a modal, the present) ------------

@pytest.mark.parametrize("text, first, second, speaker", [
    ("Senator Vell said he would run again next year and called the vote a farce.",
     "he would run again next year", "the vote a farce", "Senator Vell"),
    ("The ministry said it will not recognise the result and urged Minsk to free the prisoners.",
     "it will not recognise the result", "Minsk to free the prisoners", "The ministry"),
    ("Kalve said she is ready to mediate and demanded that the count be repeated.",
     "she is ready to mediate", "the count be repeated", "Kalve"),
    ("The two ministers said on Monday that they would meet in Riga, and urged Minsk to free the prisoners.",
     "they would meet in Riga", "Minsk to free the prisoners", "The two ministers"),
    ("He told reporters he does not fear arrest and warned that the count would be slow.",
     "he does not fear arrest", "the count would be slow", "He"),
    ("Lind said the polls would close early and also demanded a recount.", "the polls would close early",
     "a recount", "Lind"),
])
def test_a_cue_after_the_speakers_own_clause_is_a_second_speech_act(text, first, second, speaker):
    t = statements_of(text)
    said, other = row_with(t, first), row_with(t, second)
    assert second not in said.text  # the first content ends before the second cue
    assert other.speaker == speaker and pd.isna(other.parent_statement_id)
    assert pd.isna(said.parent_statement_id)


@pytest.mark.parametrize("text, inner, speaker", [
    # a past verb may share the reported clause's tense: the cue is that clause's subject's, reported inside it
    ("Berg said Kim had promised to stay and said she would fight the charges.", "she would fight the charges", "Kim"),
    ("Berg said he had spoken to Kim and expressed support for the voters.", "support for the voters", "he"),
    ("Berg says Kim has met the monitors and demanded a recount.", "a recount", "Kim"),
    ("Berg said the monitors were tired and demanded a recount.", "a recount", "the monitors"),
])
def test_a_cue_after_someone_elses_clause_stays_inside_it(text, inner, speaker):
    t = statements_of(text)
    row = t[t.text == inner].iloc[0]
    assert row.speaker == speaker and not pd.isna(row.parent_statement_id)


@pytest.mark.parametrize("text, content", [
    # an adverb of the reported clause stays in it; the next cue's own adverb goes with that cue
    ("The ministers said they would meet again and urged Minsk to free the prisoners.", "they would meet again"),
    ("Berg said the count was rigged and then called for a new vote.", "the count was rigged"),
    ("Lind said the polls would close early and also demanded a recount.", "the polls would close early"),
])
def test_a_content_cut_at_the_next_cue_keeps_its_own_adverbs(text, content):
    assert statements_of(text).text.iloc[0] == content


# --- 2. country words and capitals of states that comment on the elections (speaker_groups.csv) --------

@pytest.mark.parametrize("description, group", [
    ("the Turkish Foreign Ministry spokesman", "western_government"),  # a NATO member, as Albania
    ("Ankara", "western_government"),
    ("Riga", "western_government"),
    ("the Vietnamese ambassador", "other_government"),
    ("Saudi Arabia's foreign ministry", "other_government"),
    ("the South African embassy", "other_government"),
    ("Kiev", "other_government"),
    ("the Bosnian foreign minister", "other_government"),
])
def test_a_country_word_or_capital_gives_its_states_group(description, group):
    assert actor_index().lookup(description).group == group


def test_a_country_word_alone_and_a_body_named_after_a_capital_keep_their_own_reading():
    idx = actor_index()
    assert idx.lookup("a Mexican tourist") is None or idx.lookup("a Mexican tourist").group is None
    assert idx.lookup("the Norwegian Helsinki Committee").group == "ngo"


@pytest.mark.parametrize("text, group", [
    ("A spokesman for the Egyptian Foreign Ministry said the vote had been calm.", "other_government"),
    ("Hanoi said the election reflected the will of the people.", "other_government"),
    ("The vote was orderly, the Brazilian ambassador told reporters.", "other_government"),
])
def test_speakers_described_by_a_new_country_word_get_its_group(text, group):
    t = statements_of(text)
    assert t.actor_group.iloc[0] == group and t.speaker_resolution.iloc[0] == "group-only"


# --- 3. naming quotes: a title with the sentence's period inside the marks, a nickname after an initial ---

@pytest.mark.parametrize("text, title", [
    ('"We will never accept this result," Berg said on CNN\'s "State of the Union."', "State of the Union"),
    ("The party revived the promises of its 1994 “Contract with Voters.” Its rivals laughed.", "Contract with Voters"),
    ("Kalve gave the interview to “Face the Nation,” the network said.", "Face the Nation"),
    ('Rep. Jane K. "Jo" Vell opened her garden to voters on Sunday.', "Jo"),
    ("Officials defended the U.S. “America First” policy in Minsk.", "America First"),
])
def test_a_title_or_nickname_in_marks_is_no_statement(text, title):
    t = statements_of(text)
    assert not t.text.str.strip(" .,").eq(title).any(), t[["kind", "text"]]


@pytest.mark.parametrize("text, quote, kind", [
    ('The sanctions were imposed by the U.S. "This is a disgrace," Berg said.', "This is a disgrace,", "direct"),
    ("Berg called the vote “Rigged.”", "Rigged.", "partial"),  # one word: a label, not a title
])
def test_quotes_that_are_words_stay_statements(text, quote, kind):
    t = statements_of(text)
    assert (t.text == quote).any() and t[t.text == quote].kind.iloc[0] == kind


# --- 4. a that-clause after 'at the time' (parsed as the time's relative clause) -------------------------

@pytest.mark.parametrize("text, content", [
    ("Berg said at the time that the count was rigged.", "the count was rigged"),
    ("The ministry wrote at the time that the observers had left the country.", "the observers had left the country"),
    ("Kalve told reporters at the time that the opposition would boycott the vote.",
     "the opposition would boycott the vote"),
])
def test_a_that_clause_after_at_the_time_is_the_content(text, content):
    assert statements_of(text).text.tolist() == [content]


def test_the_time_that_something_happened_is_no_content():
    assert statements_of("Berg spoke at the time that the polls closed.").empty


# --- 5. ', according to X' after a clause ending in an infinitive the parser calls a relative clause -----

@pytest.mark.parametrize("text, content", [
    ("The party took measures to block the observers, according to Kalve.",
     "The party took measures to block the observers"),
    ("Before the vote, the commission, which sits in Minsk, took steps to improve its standing abroad, "
     "according to the observers.",
     "Before the vote, the commission, which sits in Minsk, took steps to improve its standing abroad"),
    ("The ministry made plans to close the border, according to the agency.", "The ministry made plans to close the border"),
])
def test_according_to_after_an_infinitive_reports_the_whole_clause(text, content):
    assert statements_of(text).text.tolist() == [content]


def test_according_to_after_a_relative_clause_still_reports_only_that_clause():
    t = statements_of("Protests began after the vote, which Kim won, according to official results.")
    assert t.text.tolist() == ["Kim won"]
