"""Polar markers (issue 13): error kinds found in real election coverage (development set H), each tested
on an invented sentence of the same form: lexicon rows for denied mandates, results that are not the vote,
standards verdicts, prefixed negations, loyal opponents and the voters' choice; a minority share won; an
epithet inside a declared verdict; a state of affairs as evidence (markers.md §3.1, §4.1)."""

from __future__ import annotations

import pandas as pd
import pytest

from test_context import polar
from test_voice_kinds import voice


@pytest.mark.parametrize("text, expected", [
    # a mandate denied after the vote
    ("The minister said that because of the fraud Ivan Petrov has lost his mandate.", [("fraud", -1),
                                                                                       ("lost his mandate", -1)]),
    ("After the fraud the ruler has lost legitimacy.", [("fraud", -1), ("lost legitimacy", -1)]),
    # the announced result is not the vote
    ("The announced results do not reflect the will of the people.", [("do not reflect the will of the people", -1)]),
    ("The vote did not reflect the will of the people.", [("did not reflect the will of the people", -1)]),
    ("The official figures do not correspond to the real choices of the voters.",
     [("do not correspond to the real choices of the voters", -1)]),
    # standards verdicts: an intensified 'fell short', a singular 'standard', 'conducted according (to)'
    ("The January ballot fell well short of this common standard.", [("fell well short of this common standard", -1)]),
    ("The vote has not been conducted according to the standards of the OSCE.",
     [("not been conducted according to the standards", -1)]),
    ("The vote has not been conducted according the standards of the Council of Europe.",
     [("not been conducted according the standards", -1)]),
    # a prefixed negation of a verdict
    ("Observers called the ballot non-credible.", [("non-credible", -1)]),
    # the other candidates as the ruler's loyalists
    ("All four rivals on the ballot were staunchly loyal to the incumbent.", [("staunchly loyal", -1)]),
    # the state-media formula of the voters' choice, in the present tense
    ("Belarusians make their choice at the polling stations today.", [("make their choice", 1)]),
    ("The people have made their sovereign choice.", [("made their sovereign choice", 1)]),
])
def test_real_coverage_formulas(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "Petrov lost the election in 1994.",  # a defeat, no mandate denied
    "The rivals were loyal to the incumbent.",  # plain loyalty is descriptive (set C)
    "Voters must be able to make their choice freely.",  # a demand under a modal
])
def test_no_formula_without_its_verdict(text):
    assert polar(text) == []


@pytest.mark.parametrize("text, expected", [
    # a loser's share is reported, not a win of the election (an absolute majority decides it)
    ("Petrov took 80 percent of the vote, with his rival Anna Berg winning only 9 percent.", []),
    ("His closest rival is winning 6.5% of the votes.", []),
    # ... while a majority share won is a win
    ("Petrov is winning 80% of the votes.", [("winning", 1)]),
])
def test_a_minority_share_won_is_no_win(text, expected):
    assert polar(text) == expected


def test_an_epithet_inside_a_declared_verdict_is_the_outlets():
    text = "The state agency declared Ivan Petrov the winner of sham presidential elections on Sunday."
    assert voice(text, "sham")[0] == "outlet"


@pytest.mark.parametrize("text, term", [
    ("The commission called the ballot a sham vote.", "sham"),  # the verdict itself stays the speaker's
    ("The agency declared Ivan Petrov the winner of 'sham' elections.", "sham"),  # inside quotation marks
])
def test_a_verdict_or_a_quoted_epithet_stays_quoted(text, term):
    assert voice(text, term)[0] == "quoted"


def test_a_state_of_affairs_showing_a_verdict_is_evidence_not_a_speaker():
    text = "The situation in the country shows that the results do not reflect the will of the people."
    assert voice(text, "do not reflect the will of the people")[0] == "outlet"
    # a speaker who shows something still speaks
    text = "The minister showed that the results do not reflect the will of the people."
    assert voice(text, "do not reflect the will of the people")[0] == "quoted"


@pytest.mark.parametrize("text, expected", [
    # an ability a verb of enabling asserts was given is no forecast
    ("The commission ensured that voters could freely express their will.", [("freely express their will", 1)]),
    # ... while a bare or demanded ability stays unasserted
    ("Voters could freely express their will next time.", []),
    ("They demand that voters can freely express their will.", []),
])
def test_an_enabled_ability_is_asserted(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The imitation of the 2030 presidential campaign ended in January.", [("imitation", -1)]),
    ("The authorities staged an imitation of elections.", [("imitation of elections", -1)]),
    ("The imitation of birdsong was perfect.", []),
])
def test_an_imitation_of_a_named_election(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The voting in the republic was as transparent as possible.", [("as transparent as possible", 1)]),
    ("For the voters the election became a real holiday.", [("holiday", 1)]),
    ("The Victory Day celebration drew crowds.", []),  # no vote
    ("The office was as open as possible about its budget.", []),  # no vote judged
])
def test_state_media_superlatives_and_festivals(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The exit poll abroad fuelled suspicions of vote-rigging.", [("vote-rigging", -1)]),
    ("The vote was rigged.", [("rigged", -1)]),
])
def test_a_hyphenated_rigging_compound_is_one_span(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a decision to do something else is not the voters' choice
    ("Many Belarusians have made the decision to leave the country.", []),
    ("Belarusians made their choice on Sunday.", [("made their choice", 1)]),
    # an ironic festival is no praise of the vote; a festival of democracy is
    ("The so-called election was a festival of lies.", []),
    ("The vote turned into a celebration of fear.", []),
    ("The election became a real celebration of democracy.", [("celebration", 1)]),
    # loyal candidates are the ruler's: not a candidate's volunteers, nor loyalty to an idea
    ("The opposition candidate's volunteers were fiercely loyal to her.", []),
    ("The rival candidates are fiercely loyal to the idea of change.", []),
    ("The other candidates were fiercely loyal to Lukashenko.", [("fiercely loyal", -1)]),
    ("All four rivals were staunchly loyal to the president.", [("staunchly loyal", -1)]),
])
def test_look_alikes_of_the_state_media_and_loyalty_rows(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, term, expected", [
    # the parser reads the verdict 'Petrov the winner' as a verbless clause: the epithet is still the outlet's
    ("The commission declared Petrov the winner of sham elections.", "sham", ("outlet", None)),
    # a declaration reported by someone: the epithet is the reporter's word, not the declarer's
    ("Kallas said the regime declared itself the winner of a sham vote.", "sham", ("quoted", "kallas")),
])
def test_an_epithet_of_a_verdict_is_the_word_of_who_reports_the_verdict(text, term, expected):
    got = voice(text, term)
    assert (got[0], None if pd.isna(got[1]) else got[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # 'free and open' before another noun judges no vote
    ("A free and open internet is under threat in Belarus.", []),
    ("He called for a free and open society.", []),
    ("The elections were free and open, the mission said.", [("free and open", 1)]),
    ("Observers praised the free and open elections in Belarus.", [("free and open elections", 1)]),
])
def test_free_and_open_judges_the_vote_only(text, expected):
    assert polar(text) == expected
