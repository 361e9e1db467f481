"""Reported content that the parser splits at a coordination (content._coordinated_clause and the
'according to' list rule): 'X noted that A, but B' and 'According to X, A, B, and C' report all of
it. Sentences invented."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_a_second_clause_after_that_clause_is_content():
    t = statements_of("Berg noted that there is still time to decide, but there will be no benefit from this.")
    assert row_with(t, "still time").text == "there is still time to decide, but there will be no benefit from this"


def test_narration_after_a_report_without_that_is_not_content():
    t = statements_of("Berg said the vote was rigged, and police detained him.")
    assert row_with(t, "rigged").text == "the vote was rigged"


def test_a_list_of_results_after_according_to_is_one_content():
    t = statements_of("According to her information, Anna Doe gained 1.04% of the vote, Ivan Roe gained 1.68%, "
                      "and Petr Poe gained 1.12%.")
    assert row_with(t, "Anna Doe").text == ("Anna Doe gained 1.04% of the vote, Ivan Roe gained 1.68%, "
                                            "and Petr Poe gained 1.12%")


def test_according_to_keeps_a_later_reporting_verb_out():
    t = statements_of("According to the commission, turnout was 85%, the agency reported.")
    assert (t[t.cue_lemma == "according to"].text == "turnout was 85%").all()


def test_a_list_of_requested_actions_is_one_content():
    t = statements_of("The EU urged Minsk to release prisoners, end the violence and start a dialogue.")
    assert row_with(t, "release").text == "Minsk to release prisoners, end the violence and start a dialogue"


def test_a_second_reporting_verb_is_its_own_statement():
    t = statements_of("The EU urged Minsk to release prisoners and said it would act.")
    assert row_with(t, "release").text == "Minsk to release prisoners"
    assert row_with(t, "would act").cue_lemma == "say"
