"""Characterize verbs (Levin 1993 §29.2) as reporting cues: 'portray/depict X as Y' reports how the
speaker presents X (attribution_verbs.csv). Sentences invented."""

from __future__ import annotations

import pytest
from conftest import row_with, statements_of


@pytest.mark.parametrize("verb, lemma", [("portrayed", "portray"), ("depicted", "depict"), ("painted", "paint")])
def test_portray_x_as_y_is_a_statement_with_the_small_clause(verb, lemma):
    t = statements_of(f"State television {verb} the protesters as paid agents of the West.")
    row = row_with(t, "paid agents")
    assert (row.kind, row.text, row.cue_lemma) == ("indirect", "the protesters as paid agents of the West", lemma)


@pytest.mark.parametrize("sentence", ["The mural depicted a village in winter.",
                                      "She painted a picture of her village."])
def test_a_depiction_without_a_small_clause_is_no_statement(sentence):
    assert statements_of(sentence).empty


def test_recognize_x_as_y_is_a_statement_but_recognizing_results_is_not():
    t = statements_of("The observer mission recognized the elections as transparent and democratic. "
                      "Russia recognized the results.")
    assert row_with(t, "as transparent").text == "the elections as transparent and democratic"
    assert not t.text.str.contains("the results").any()


def test_a_pronoun_object_of_a_small_clause_is_content():
    # 'denounced it' alone reports no proposition; 'denounced it as a sham' does
    t = statements_of("Kallas denounced it as a sham. The minister condemned it.")
    assert row_with(t, "sham").text == "it as a sham"
    assert len(t) == 1


@pytest.mark.parametrize("sentence, content", [
    ("Berg dismissed as fraudulent a presidential election that saw Doe declared the winner.",
     "as fraudulent a presidential election that saw Doe declared the winner"),
    ("Berg described as sheep those protesting over the results.", "as sheep those protesting over the results"),
])
def test_a_heavy_object_shifted_after_its_as_predicate_is_content(sentence, content):
    assert row_with(statements_of(sentence), "as ").text == content


def test_an_as_phrase_of_an_intransitive_use_is_no_small_clause():
    assert statements_of("Berg described as usual.").empty
