"""Statements: error kinds found on the public development split (PolNeAR dev), each fixed
as a kind and tested with an invented example (names invented, never a real person).

Each test builds its example with ``ba.from_texts`` and checks the rows of that article;
it fails if the rule for its kind breaks.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import assert_offsets

import belarus_analysis as ba
from belarus_analysis import pipeline, schema

EXAMPLES = {
    # One speech act interrupted by its attribution: the later piece is a child of the first.
    "lower_case_piece": "“Every time you say that,” Berg said, “you hand them a weapon.”",
    "question_piece": "“How many times must we see this?” Kim said. “In Vell, a man was beaten.”",
    "piece_after_adjuncts": ('"I think the count will be fair," Kim said during a rally in Tarn, N.C., '
                             '"but a lot of people are going to be watching."'),
    "piece_after_but": '"You know, I like Lin," he said, but "when it comes to energy, Lin has a history."',
    "no_piece_inside_sentence": "“We lost,” he said, and the plan was “a disgrace.”",
    "other_quote_between": "“Must we see this?” Kim said. “In Vell, a man was beaten.” “We lost,” Doe said, and left.",
    # An attribution inside the reported clause does not cut it short.
    "parenthetical_mid": "The museum, Berg said, celebrated several of its founders.",
    "parenthetical_adverbial": "Though the count was slow, she said, the result would stand.",
    "parenthetical_continues": "The plan hurt the party, Kim said, because voters distrust it.",
    "parenthetical_fronted": "Though the last count was quite smooth, he said, a new count would be much harder.",
    "parenthetical_on_subject": "The difference now, he told me on Friday, is that he runs a news program.",
    "parenthetical_coordination": "The vote was fair, Kim said, and the crowd left the hall.",
    # Cues the lexicon lacked (attribution_verbs.csv, with sources).
    "lex_continue": "She continued, “For us, all we ask is a hearing.” Kim continued to work.",
    "lex_small_clauses": "Berg cited the audit as the reason for the delay. Doe likened the count to a farce.",
    "lex_speak_of": "Lin spoke of a stolen election.",
    "lex_cite": "The court blocked it, citing a threat to safety. Berg cited officials.",
    # A that-clause the parser hung on the addressee, and a question as a clause.
    "told_addressee_clause": "In Vell, he told a meeting of island leaders that few people knew the stakes.",
    "question_whether": "An ad questioned whether Berg was ready. Kim questioned the suspects.",
    # A very short title-case paragraph with a period is a heading, not a floating quote.
    "heading_with_period": "Berg said:\n\nWe will never accept it.\n\nAll Bets Are Off.\n\nKim left.",
    # 'according to' phrases the parser misreads.
    "according_as_root": "According to conservative radio host Tim Berg, the move reeks of “fear” and desperation.",
    "according_to_verb_phrase": "As a boss, Kim demeaned the staff with sexist language, according to show insiders.",
    # A bare clause the parser took for an adverbial; 'it' as a source of a participle.
    "said_after_bare_clause": "Kim said after the convention he would not accept the endorsement.",
    "it_as_source": "The paper endorsed Lin. Meanwhile, it attacked Kim, saying he “has offended voters.”",
    # A request's to-infinitive is its content, never a speech act of its own.
    "request_infinitive": "Berg asked the crowd to welcome the governor.",
    "call_for_infinitive": "Lin called for the contestants to wear shorter dresses.",
    # A participle of the same speaker between the pieces does not split the quotation.
    "participle_between_pieces": ("“You cannot talk about change,” Vell said, emphasizing why history matters. "
                                  "“We must know what we are changing.”"),
    # A word of the attributed quotation is never the cue's subject.
    "subject_inside_quote": "“It is in panic mode. Full panic mode,” said Lena Vim, a state party president.",
    # A participle on an occasion of speaking has the speaker who spoke there.
    "event_participle": '"We will get there," she said at a news conference announcing that the suit was filed.',
    # A partial quote after the end of its cue's reported clause is a piece of that speech act.
    "partial_after_clause": "Kim says she hopes to win the race, but she knows that “Lebo will always be the king.”",
}


@pytest.fixture(scope="module")
def table():
    arts = ba.from_texts(EXAMPLES, [{"article_id": k, "published": "2026-01-20"} for k in EXAMPLES])
    out = pipeline.build(arts, ["statements"])["statements"]
    schema.check(out, "statements")
    assert_offsets(out, dict(zip(arts["article_id"], arts["text"])))
    return out


def rows(table, name):
    t = table[table.article_id == name]
    parent = dict(zip(t.statement_id, t.text))
    return [(r.kind, r.text, None if pd.isna(r.speaker) else r.speaker,
             None if pd.isna(r.parent_statement_id) else parent[r.parent_statement_id]) for r in t.itertuples()]


def test_lower_case_piece_after_the_attribution_continues_the_quotation(table):
    assert rows(table, "lower_case_piece") == [
        ("direct", "Every time you say that,", "Berg", None),
        ("direct", "you hand them a weapon.", "Berg", "Every time you say that,")]


def test_a_piece_after_a_question_and_its_attribution_is_the_same_speech_act(table):
    assert rows(table, "question_piece") == [
        ("direct", "How many times must we see this?", "Kim", None),
        ("direct", "In Vell, a man was beaten.", "Kim", "How many times must we see this?")]


def test_an_attribution_after_another_quotation_is_not_this_quotations(table):
    # 'Doe said' attributes the quote right before it, not the one before that.
    assert rows(table, "other_quote_between") == [
        ("direct", "Must we see this?", "Kim", None),
        ("direct", "In Vell, a man was beaten.", "Kim", "Must we see this?"),
        ("direct", "We lost,", "Doe", None)]


@pytest.mark.parametrize(("name", "content", "speaker"), [
    ("parenthetical_mid", "The museum, Berg said, celebrated several of its founders", "Berg"),
    ("parenthetical_adverbial", "Though the count was slow, she said, the result would stand", "she"),
    ("parenthetical_continues", "The plan hurt the party, Kim said, because voters distrust it", "Kim"),
    ("parenthetical_fronted", "Though the last count was quite smooth, he said, a new count would be much harder",
     "he"),
    ("parenthetical_on_subject", "The difference now, he told me on Friday, is that he runs a news program", "he"),
])
def test_a_parenthetical_attribution_keeps_the_whole_clause(table, name, content, speaker):
    assert rows(table, name) == [("indirect", content, speaker, None)]


def test_a_coordinated_clause_after_the_attribution_is_not_the_content(table):
    assert rows(table, "parenthetical_coordination") == [("indirect", "The vote was fair", "Kim", None)]


def test_continue_attributes_a_quotation_and_reports_nothing_by_itself(table):
    assert rows(table, "lex_continue") == [("direct", "For us, all we ask is a hearing.", "She", None)]


def test_new_cues_with_small_clauses_and_speech_objects(table):
    assert rows(table, "lex_small_clauses") == [
        ("indirect", "the audit as the reason for the delay", "Berg", None),
        ("indirect", "the count to a farce", "Doe", None)]
    assert rows(table, "lex_speak_of") == [("indirect", "a stolen election", "Lin", None)]
    # what is cited is content; a person or institution cited is not
    assert rows(table, "lex_cite") == [("indirect", "a threat to safety", "The court", None)]


def test_a_that_clause_hung_on_the_addressee_is_the_content(table):
    assert rows(table, "told_addressee_clause") == [("indirect", "few people knew the stakes", "he", None)]


def test_questioning_whether_is_a_statement_questioning_people_is_not(table):
    assert rows(table, "question_whether") == [("indirect", "Berg was ready", "An ad", None)]


def test_a_partial_quote_after_its_cues_clause_is_a_piece_of_that_speech_act(table):
    assert rows(table, "partial_after_clause") == [
        ("indirect", "she hopes to win the race", "Kim", None),
        ("partial", "Lebo will always be the king.", "Kim", "she hopes to win the race")]


@pytest.mark.parametrize(("name", "first", "second", "speaker"), [
    ("piece_after_adjuncts", "I think the count will be fair,", "but a lot of people are going to be watching.", "Kim"),
    ("piece_after_but", "You know, I like Lin,", "when it comes to energy, Lin has a history.", "he"),
])
def test_a_piece_after_the_cues_adjuncts_is_the_same_speech_act(table, name, first, second, speaker):
    assert rows(table, name) == [("direct", first, speaker, None), ("direct", second, speaker, first)]


def test_a_partial_quote_inside_the_reporters_sentence_is_no_piece(table):
    assert ("partial", "a disgrace.", "he", None) in rows(table, "no_piece_inside_sentence")


def test_a_short_title_case_paragraph_with_a_period_is_a_heading(table):
    assert [r[1] for r in rows(table, "heading_with_period")] == ["We will never accept it."]


def test_according_to_misparsed_as_the_sentences_verb(table):
    assert rows(table, "according_as_root")[0] == (
        "indirect", "the move reeks of “fear” and desperation", "conservative radio host Tim Berg", None)


def test_according_to_a_noun_phrase_misparsed_as_a_verb_phrase(table):
    assert rows(table, "according_to_verb_phrase") == [
        ("indirect", "As a boss, Kim demeaned the staff with sexist language", "show insiders", None)]


def test_a_bare_clause_after_a_time_adjunct_is_the_content(table):
    assert rows(table, "said_after_bare_clause") == [
        ("indirect", "after the convention he would not accept the endorsement", "Kim", None)]


def test_a_participle_takes_an_it_subject_that_is_a_referent(table):
    assert ("indirect", "he “has offended voters.”", "it", None) in rows(table, "it_as_source")


def test_a_requests_infinitive_is_its_content_not_another_speech_act(table):
    assert rows(table, "request_infinitive") == [("indirect", "the crowd to welcome the governor", "Berg", None)]
    assert rows(table, "call_for_infinitive") == [
        ("indirect", "the contestants to wear shorter dresses", "Lin", None)]


def test_a_participle_on_an_occasion_of_speaking_has_its_speaker(table):
    assert ("indirect", "the suit was filed", "she", None) in rows(table, "event_participle")


def test_a_participle_between_the_pieces_keeps_one_speech_act(table):
    assert rows(table, "participle_between_pieces") == [
        ("direct", "You cannot talk about change,", "Vell", None),
        ("indirect", "why history matters", "Vell", None),
        ("direct", "We must know what we are changing.", "Vell", "You cannot talk about change,")]


def test_a_word_of_the_quotation_is_not_its_speaker(table):
    assert rows(table, "subject_inside_quote") == [("direct", "It is in panic mode. Full panic mode,", "Lena Vim", None)]
