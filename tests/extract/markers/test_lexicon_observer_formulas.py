"""Polar markers (issue 13): legitimation formulas of observer missions and congratulating
governments, delegitimation formulas of OSCE/EU declarations and the electoral-integrity literature, and a
forecast ('poised to secure'). Every example is invented; each row has a negative neighbour."""

from __future__ import annotations

import pytest

from test_context import polar


@pytest.mark.parametrize("text, expected", [
    # conformity with national law and international commitments, in its wordings
    ("The vote was held in line with the country's laws and its international obligations, the mission said.",
     [("in line with the country's laws and its international obligations", 1)]),
    ("The ballot had been conducted in compliance with national and international laws.",
     [("in compliance with national and international laws", 1)]),
    ("The election complied with the requirements of the electoral legislation, the observers said.",
     [("complied with the requirements of the electoral legislation", 1)]),
    ("The vote was held on the basis of the Constitution and the Electoral Code of the Republic of Belarus.",
     [("on the basis of the Constitution and the Electoral Code of the Republic of Belarus", 1)]),
    # the observers' clean verdict, with the undermining it denies inside one span
    ("The mission found no violations of national law that would undermine the legitimacy of the vote.",
     [("no violations of national law that would undermine the legitimacy of the vote", 1)]),
    # turnout as endorsement, without 'high'
    ("The turnout on the second day shows the trust of voters in the authorities.",
     [("shows the trust of voters", 1)]),
    ("Moscow congratulated Minsk on a successful presidential election.", [("successful", 1)]),
    ("Beijing sent a message congratulating Petrov on his re-election.", [("congratulating", 1), ("re-election", 1)]),
    ("Petrov managed to secure another term.", [("secure another term", 1)]),
    ("The mission recognised the vote as transparent, reliable and democratic.",
     [("recognised", 1), ("transparent, reliable and democratic", 1)]),
])
def test_legitimation_formulas(text, expected):
    got = polar(text)
    assert [(t, p) for t, p in got if p == 1] == expected, got


@pytest.mark.parametrize("text", [
    "Protesters were detained in accordance with the law, the police said.",  # not said of a vote
    "The ministry urged Minsk to ensure the holding of elections in line with international standards.",  # a demand
    "Petrov has sought re-election four times.",  # no congratulation: the event noun
    "Petrov is poised to secure a seventh term.",  # a forecast
    "The opposition ran a successful fundraising drive.",  # a success of something else
])
def test_no_legitimation_without_the_judged_vote(text):
    assert [p for _, p in polar(text) if p == 1] == []


@pytest.mark.parametrize("text, expected", [
    ("The repression deprived voters of any alternative choice.", "deprived voters of any alternative choice"),
    ("Thousands who fled were deprived of a vote.", "deprived of a vote"),
    ("An election without genuine choice is no election.", "without genuine choice"),
    ("They cited the absence of genuine political competition.", "absence of genuine political competition"),
    ("The people of Belarus had no choice at all.", "people of Belarus had no choice"),
    ("The outcome had been predetermined from the start.", "predetermined"),
    ("The vote was held in violation of basic democratic procedures.",
     "in violation of basic democratic procedures"),
    ("The minister called the vote an affront to democracy.", "an affront to democracy"),
    ("Lawyers asked that the results be declared invalid.", "declared invalid"),
    ("Petrov stayed in power, ignoring the will of the people.", "ignoring the will of the people"),
    ("Petrov staged a ceremony to inaugurate himself.", "inaugurate himself"),
    ("Petrov has not been a legitimate president since 1996.", "has not been a legitimate president"),
    ("Petrov's campaign does not agree with the preliminary results.", "does not agree with the preliminary results"),
    ("Petrov continues to lack any democratic legitimacy.", "lack any democratic legitimacy"),
])
def test_delegitimation_formulas(text, expected):
    got = polar(text)
    assert (expected, -1) in got, got


@pytest.mark.parametrize("text", [
    "He had no choice but to leave the country.",  # a person's dilemma, not the voters'
    "The court denied that the vote had been rigged by robbing nobody.",  # no 'deprive … of'
    "The strike was in violation of international law.",  # no democratic or electoral rule named
    "Petrov was robbed of his wallet.",  # robbed of no vote or choice
])
def test_no_delegitimation_without_the_denied_choice(text):
    assert [t for t, p in polar(text) if p == -1 and t not in ("rigged",)] == []


@pytest.mark.parametrize("text, expected", [
    ("Xi also congratulated Petrov on Monday, state media said.", ("congratulated", 1)),
    ("Let me congratulate you on behalf of our mission on the successful election.", ("congratulate", 1)),
    ("The mission recognizes the recent election as transparent, credible, and democratic.",
     ("transparent, credible, and democratic", 1)),
    ("Moscow reiterates its respect for the sovereign will of the country's people.",
     ("sovereign will of the country's people", 1)),
    ("The election was legitimate as it was in accordance with all these norms and commitments.",
     ("in accordance with all these norms and commitments", 1)),
    ("The practices we are observing do not fit within the democratic standards.",
     ("do not fit within the democratic standards", -1)),
    ("No conditions for free and fair elections were met.", ("No conditions for free and fair elections were met", -1)),
])
def test_formula_variants(text, expected):
    got = polar(text)
    assert expected in got, got


def test_congratulations_on_anything_else_still_recognise_nothing():
    assert polar("Petrov congratulated the team on its football title on Monday.") == []


def test_welcoming_the_elections_plural_is_recognition():
    got = polar("Moscow welcomes the successful conduct of the presidential elections.")
    assert ("welcomes", 1) in got and ("successful conduct", 1) in got, got


@pytest.mark.parametrize("text, expected", [
    ("The voting was organized at a high level.", ("at a high level", 1)),
    ("An honest and transparent election took place.", ("honest and transparent election", 1)),
    ("The nation gave Petrov a strong mandate.", ("strong mandate", 1)),
    ("The vote confirmed the people's trust in the head of state.",
     ("confirmed the people's trust in the head of state", 1)),
])
def test_state_media_praise_variants(text, expected):
    got = polar(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Many Belarusians have lost trust in the president.",  # no verb of showing
    "The talks were held at a high level in Minsk.",  # a diplomatic level, no vote
])
def test_praise_variants_need_their_vote(text):
    assert [p for _, p in polar(text) if p == 1] == []


def test_a_win_whose_object_is_a_landslide_victory_is_coded_on_the_victory_only():
    assert polar("Petrov won a landslide victory over his competitors.") == [("landslide victory", 1)]
    assert polar("Petrov won a landslide.") == [("won", 1), ("landslide", 1)]  # no victory phrase: the win is coded
