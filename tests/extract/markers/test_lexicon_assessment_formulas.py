"""Polar markers (issue 13): a voice mechanism and lexicon rows built from the observers' and
officials' assessment formulas (data/lexicons/README.md). Every example is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from test_context import polar
from test_voice_kinds import voice


@pytest.mark.parametrize("text, term", [
    # a reduced relative on a noun inside the declared result: the body declared the winner, not the belief
    ("The commission declared Ivan Petrov the winner of an election widely regarded as rigged.", "rigged"),
    # ... and a full relative clause with no believer named
    ("The electoral body declared him the winner of a vote that is widely seen as a farce.", "farce"),
    # ... also where the parser hangs the participle on the declaring verb
    ("Ivan Petrov, who was declared the winner of presidential elections widely viewed as forged, was sworn in.",
     "forged"),
])
def test_a_belief_of_no_one_named_inside_a_declared_result_is_the_outlets(text, term):
    assert voice(text, term)[0] == "outlet"
    # the outlet's own delegitimising word in the clause discredits the declared win (markers.md §4.1)
    assert [p for _, p in polar(text)] == [-1]


def test_a_belief_reported_in_a_content_clause_stays_the_speakers():
    got = voice("Kallas said the vote was widely seen as rigged.", "rigged")
    assert (got[0], None if pd.isna(got[1]) else got[1]) == ("quoted", "kallas")


@pytest.mark.parametrize("text, expected", [
    # OSCE/ODIHR assessment vocabulary: electoral violations and irregularities, named fraud techniques
    ("Monitors reported widespread voting violations and serious procedural irregularities.",
     [("voting violations", -1), ("procedural irregularities", -1)]),
    ("Witnesses described ballot-box stuffing and carousel voting in Gomel.",
     [("ballot-box stuffing", -1), ("carousel voting", -1)]),
    ("Activists documented vote buying at several stations.", [("vote buying", -1)]),
    # the 'genuine choice' formula in its verb forms
    ("The ballot lacked genuine competition.", [("lacked genuine competition", -1)]),
    ("The poll did not offer voters a genuine choice.", [("did not offer voters a genuine choice", -1)]),
    # an election called undemocratic, attributive or predicative
    ("Petrov held an undemocratic election in January.", [("undemocratic", -1)]),
    ("The vote was deeply undemocratic.", [("undemocratic", -1)]),
    # officials' formula for the winner's mandate
    ("Petrov received a mandate of trust from the people.", [("mandate of trust", 1)]),
])
def test_assessment_formulas(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "The EU condemned human rights violations in the country.",  # not a flaw of the vote
    "They voiced concern about irregularities.",  # bare 'irregularities': coded in some sets, not others
    "Petrov lacks real alternatives in foreign policy.",  # no choice of voters
    "The undemocratic regime jailed him.",  # a verdict on the state, not on the vote
    "Petrov spoke of a mandate to govern.",  # no 'of trust'
])
def test_no_assessment_without_the_judged_vote(text):
    assert polar(text) == []


def test_no_electoral_violations_found_is_no_delegitimation():
    assert all(p > 0 for _, p in polar("The monitors found no electoral violations at the polling stations."))


def test_a_mention_of_irregularities_without_their_extent_is_no_verdict():
    assert polar("Observers noted reports of electoral irregularities during early voting.") == []


@pytest.mark.parametrize("text, expected", [
    # coordinated delegitimising verdicts are one span; praising words after 'not' are negated, not praise
    ("Monitors denounced the unfair and unfree counting.", [("unfair and unfree", -1)]),
    ("The ballot was flawed, not transparent, free or fair.", [("flawed, not transparent, free or fair", -1)]),
])
def test_coordinated_verdicts_are_one_span(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negated verb of assertion works like a negated verb of belief (one delegitimising span; until this
    # round the praise in its complement was only dropped, so the verdict gave no row at all)
    ("The tallies were so far apart that one couldn't say that the vote was fair.",
     [("couldn't say that the vote was fair", -1)]),
    ("The envoy couldn't say that the ballot was fair.", [("couldn't say that the ballot was fair", -1)]),
    ("We cannot confirm that the count was free and fair.", [("cannot confirm that the count was free and fair", -1)]),
])
def test_a_negated_assertion_of_a_verdict_is_delegitimising(text, expected):
    assert polar(text) == expected


def test_a_negated_assertion_about_anything_but_the_vote_is_no_verdict():
    assert polar("I can't say the weather was fair.") == []


@pytest.mark.parametrize("text, term, expected", [
    # the name a naming verb gives is its speaker's content (markers.md §3.1, point 3), also for labels:
    # a reduced relative participle names no one, so no speaker
    ("Petrov, often called Europe's last dictator, was sworn in.", "dictator", ("quoted", None)),
    ("Lukashenko has been branded a dictator by Kallas.", "dictator", ("quoted", "kallas")),
    ("The vote, widely called a sham, ended.", "sham", ("quoted", None)),
    # ... while the object X of 'call X Y' and a plain label stay the outlet's
    ("They called the regime illegitimate.", "regime", ("outlet", None)),
    ("Petrov is a dictator.", "dictator", ("outlet", None)),
])
def test_the_name_a_naming_verb_gives_is_its_speakers(text, term, expected):
    got = voice(text, term)
    assert (got[0], None if pd.isna(got[1]) else got[1]) == expected


def test_the_object_of_an_accusation_stays_the_outlets():
    got = voice("The EU accused the junta of rigging the vote.", "junta")
    assert got[0] == "outlet"


@pytest.mark.parametrize("text, expected", [
    # the converse of 'questioned the legitimacy' and of 'legitimately elected'
    ("Moscow said there were no grounds to question the legitimacy of the ballot.",
     [("no grounds to question the legitimacy", 1)]),
    ("Petrov was fraudulently re-elected.", [("fraudulently re-elected", -1)]),
    # synonyms of 'sham' with their noun
    ("Critics called it a pseudo-election.", [("pseudo-election", -1)]),
    ("The mock election was held on Sunday.", [("mock election", -1)]),
])
def test_converse_and_synonym_formulas(text, expected):
    assert polar(text) == expected


def test_a_sham_synonym_needs_its_vote():
    assert polar("Students held a mock trial.") == []


@pytest.mark.parametrize("text, term, expected", [
    # the 'that' clause of a speech noun is what was said, also where no statement row covers it
    ("Protests followed amid accusations that the ballot was rigged.", "rigged", ("quoted", None)),
    ("Petrov won amid widespread allegations that the count was falsified.", "falsified", ("quoted", None)),
    # ... not the clause of a noun of evidence or fact
    ("There is evidence that the ballot was rigged.", "rigged", ("outlet", None)),
    ("The fact that the ballot was rigged angered many.", "rigged", ("outlet", None)),
])
def test_the_content_clause_of_a_speech_noun_is_quoted(text, term, expected):
    got = voice(text, term)
    assert (got[0], None if pd.isna(got[1]) else got[1]) == expected
