"""Voice of polar markers (issue 13): a fronted naming participle, a perfect participle
clause, figures as the source of a claim, a relative clause in a declared verdict, a judging pronoun, an
inverted headline attribution (markers.md §3.1, points 3-4). Every example is invented."""

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


@pytest.mark.parametrize("text, term, expected", [
    # the declarers declared the winner, not what anyone made of the vote: the relative clause on the vote is
    # the outlet's description, its reporting verb too ...
    ("Officials declared him the winner of a vote that Western governments rejected as a sham.", "rejected",
     "outlet"),
    ("The commission declared Ivan Petrov the winner of an election that was rigged.", "rigged", "outlet"),
    # ... while the verdict of the inner statement stays its speaker's
    ("Officials declared him the winner of a vote that Western governments rejected as a sham.", "sham",
     "quoted"),
    # a content clause is the speaker's, relative clause and all
    ("Kallas said Ivan Petrov won a vote that the West refused to recognise.", "refused to recognise", "quoted"),
])
def test_a_relative_clause_on_a_noun_of_a_declared_verdict_is_the_outlets(text, term, expected):
    assert voice(text, term)[0] == expected


def test_a_relative_clause_with_a_verdict_of_its_own_keeps_it_quoted():
    text = ("In August, Ivan Petrov was declared the winner of the presidential election to the chagrin of the "
            "opposition that since has been naming Anna Sidorova as the actual winner.")
    assert voice(text, "actual winner")[0] == "quoted"


def test_a_pronoun_judging_in_a_relative_clause_is_the_subject_above():
    # 'it' is the EU: a named believer, so the verdict is the EU's (markers.md §3.1, point 3)
    got = voice("The EU does not recognise the results, which it considers falsified.", "falsified")
    assert got == ("quoted", "eu")


def test_a_pronoun_judging_with_no_antecedent_is_still_someone_elses_verdict():
    assert voice("On Monday they declared the vote illegitimate.", "illegitimate")[0] == "quoted"


def test_an_inverted_attribution_closing_a_headline_says_the_headline():
    # a headline the parser may not read as a sentence
    assert voice("Belarus election 'rigged', says EU\n\nThe body text follows here.", "rigged") == ("quoted", "eu")


@pytest.mark.parametrize("text, term", [
    ("Petrov won the vote, in Minsk\n\nThe body text follows here.", "won"),  # no reporting verb
    # a belief is not speech: set A codes 'X believe the figures have been manipulated' as the outlet's
    ("Tsikhanouskaya believes the election was stolen.", "stolen"),
])
def test_no_attribution_without_a_reporting_verb(text, term):
    assert voice(text, term)[0] == "outlet"


@pytest.mark.parametrize("text", [
    # the parser misreads these sentence-initial participles; the words decide
    "Dubbed Europe’s last dictator, and its longest serving leader, Ivan Petrov was re-elected.",
    "Dubbed “Europe’s last dictator”, Ivan Petrov has ruled since 1994.",
    "Often called Europe's last dictator, Lukashenko has ruled since 1994.",
])
def test_a_label_in_an_opening_naming_clause_is_quoted_whatever_the_parse(text):
    assert voice(text, "dictator")[0] == "quoted"


@pytest.mark.parametrize("text, term", [
    ("Called to the podium, the dictator spoke.", "dictator"),  # after the clause's comma
    ("Named after his father, Petrov won a rigged vote.", "rigged"),
])
def test_the_main_clause_after_an_opening_participle_is_the_outlets(text, term):
    assert voice(text, term)[0] == "outlet"


def test_a_quotation_naming_no_one_takes_the_innermost_named_speaker():
    # markers.md §3.1, nesting: the innermost speaker who is named
    assert voice('Kallas: "The election was a farce."\n\nThe body text follows here.', "farce") == ("quoted", "kallas")
