"""Small-clause content ('describe X as Y', coding guide §8: from X to the end) when the parser
reads 'as' as an adverb of a participle with its own adverb ('as massively rigged'), an error kind
of the development sets. Sentences invented."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_describe_x_as_an_adverb_and_participle_is_one_small_clause():
    t = statements_of("Anna Berg described the election as massively rigged.", "2020-08-14")
    row = row_with(t, "the election")
    assert (row.text, row.kind, row.cue_lemma) == ("the election as massively rigged", "indirect", "describe")


def test_a_temporal_as_clause_with_its_own_subject_is_not_the_content():
    t = statements_of("Anna Berg described the scene as soon as she arrived.", "2020-08-14")
    assert "as soon as she arrived" not in " ".join(t.text)


def test_a_comparative_small_clause_runs_through_its_than_phrase():
    # the parser hangs 'than …' on the verb; it completes 'more …', so it is part of the content
    t = statements_of("Their meetings are described by one political scientist as more “staff briefings” than "
                      "exchanges between presidents of sovereign states.", "2025-01-27")
    row = row_with(t, "as more")
    assert row.text == "as more “staff briefings” than exchanges between presidents of sovereign states"



def test_a_speech_nouns_gerund_after_of_is_its_content_inside_the_clause_around_it():
    t = statements_of("One of the observers said he was shocked at the president's claim of receiving 80% of the vote.",
                      "2020-08-14")
    outer, inner = row_with(t, "he was shocked"), t[t.text == "receiving 80% of the vote"].iloc[0]
    assert (inner.cue_lemma, inner.speaker) == ("claim", "the president's")
    assert inner.parent_statement_id == outer.statement_id  # one speech act reported inside another


def test_a_speech_noun_with_a_plain_of_phrase_reports_nothing():
    assert statements_of("The minister's claim of victory was rejected.", "2020-08-14").empty


def test_a_predicate_noun_parsed_as_a_second_object_is_the_small_clause():
    # the parser reads 'a farce' as a second object or an adverbial noun of 'branded'/'labelled', not
    # as the predicate: the small clause is still the content; a time noun after the object is not
    for text, content in [("The ministry branded the vote a farce.", "the vote a farce"),
                          ("The ministry labelled the vote a farce and a sham.", "the vote a farce and a sham"),
                          ("The ministry branded the vote a farce on Monday.", "the vote a farce")]:
        row = row_with(statements_of(text), "the vote")
        assert (row.speaker, row.text, row.kind) == ("The ministry", content, "indirect"), text
    row = row_with(statements_of("The ministry called the vote a farce last week."), "the vote")
    assert row.text == "the vote a farce"
