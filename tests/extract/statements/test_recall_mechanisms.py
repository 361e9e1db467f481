"""Recall mechanisms that recur across the development sets (issue 12, sixth round): each a
general rule of the parse shapes, never one sentence. Sentences invented."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_a_small_clause_predicate_parsed_as_an_apposition_completes_the_object():
    # 'declaring X a farce': the parser hangs 'a farce' on the object as an apposition (no comma)
    t = statements_of('The ministers issued a joint statement declaring the March "vote" in Moldavia a farce.',
                      "2024-03-20")
    row = row_with(t, "a farce")
    assert (row.kind, row.text, row.speaker, row.cue_lemma) == (
        "indirect", 'the March "vote" in Moldavia a farce', "The ministers", "declare")


def test_an_apposition_after_a_comma_is_no_small_clause():
    # 'declared a curfew, a measure …': an apposition, not what the curfew was declared to be; a
    # curfew is no speech object, so nothing is reported
    assert statements_of("The governor declared a curfew, a measure unseen for decades.", "2024-03-20").empty


def test_according_to_ends_at_the_comma_before_the_reported_clauses_subject():
    # the parser hangs 'Oleg Vasilevich, leader of …' on the source as an apposition and leaves
    # 'received' with no subject: the name is the reported clause's subject, not part of the source
    t = statements_of("According to the election commission, Oleg Vasilevich, leader of the Liberal Party, "
                      "received 2.5% of the votes.", "2024-03-20")
    row = row_with(t, "received")
    assert (row.kind, row.speaker, row.text) == (
        "indirect", "the election commission", "Oleg Vasilevich, leader of the Liberal Party, received 2.5% of the votes")

