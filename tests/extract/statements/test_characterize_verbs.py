"""Characterize verbs (Levin 1993 §29.2) as reporting cues: 'portray/depict X as Y' reports how the
speaker presents X (attribution_verbs.csv). Sentences invented."""

from __future__ import annotations

import pytest
from conftest import row_with, statements_of


@pytest.mark.parametrize("verb, lemma", [("portrayed", "portray"), ("depicted", "depict")])
def test_portray_x_as_y_is_a_statement_with_the_small_clause(verb, lemma):
    t = statements_of(f"State television {verb} the protesters as paid agents of the West.")
    row = row_with(t, "paid agents")
    assert (row.kind, row.text, row.cue_lemma) == ("indirect", "the protesters as paid agents of the West", lemma)


def test_a_depiction_without_a_small_clause_is_no_statement():
    assert statements_of("The mural depicted a village in winter.").empty
