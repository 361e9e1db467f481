"""Voice of polar markers, seventh round (issue 13): a fronted naming participle, a perfect participle
clause and figures as the source of a claim (markers.md §3.1, points 3-4). Every example is invented."""

from __future__ import annotations

import pytest

from test_voice_kinds import voice


@pytest.mark.parametrize("text, term", [
    # a participle opening the sentence names its noun: the label is someone's verdict, no namer named
    ("Dubbed the last dictator of Europe, Ivan Petrov won again.", "dictator"),
    ("Labelled a farce, the vote went ahead on Sunday.", "farce"),
    ("Called a sham, the ballot ended early.", "sham"),
])
def test_a_fronted_naming_participle_puts_its_label_in_quoted_voice(text, term):
    assert voice(text, term)[0] == "quoted"


def test_a_perfect_participle_clause_names_with_the_main_subject():
    # 'Having called X Y, Z …': Z did the naming (the clause has an auxiliary, so it is no passive)
    assert voice("Having called the vote a farce, Kallas left the room.", "farce") == ("quoted", "kallas")


@pytest.mark.parametrize("text, term", [
    ("Ivan Petrov is winning the election with 80 percent of the vote, as follows from an exit poll.", "winning"),
    ("Ivan Petrov won the election, as the preliminary results show.", "won"),
])
def test_figures_as_the_source_of_a_claim_are_evidence_not_a_speaker(text, term):
    # like 'according to an exit poll' (§3.1, point 3): the claim stays the outlet's
    assert voice(text, term)[0] == "outlet"


def test_a_report_as_the_source_stays_a_speaker():
    # a report is written by someone: only bodies of figures are evidence
    assert voice("The vote was rigged, as follows from the report of the observers.", "rigged")[0] == "quoted"
