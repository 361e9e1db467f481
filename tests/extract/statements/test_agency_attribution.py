"""'CLAUSE, the Agency reports.' (issue 12, fourth round: agency copy in the development sets):
the tagger may read the final 'reports' as a plural noun and the parser hang it on the clause's
verb as its complement; it is still the sentence's attribution. Invented sentences."""

from __future__ import annotations

from conftest import statements_of


def test_a_final_agency_reports_attributes_the_clause_before_it_and_is_no_ones_content():
    t = statements_of("The minister answered this question in New York, BELTA reports.", "2024-09-30")
    assert list(zip(t.text, t.speaker, t.cue_lemma)) == [
        ("The minister answered this question in New York", "BELTA", "report")]
    assert t.actor_group.iloc[0] == "media"
