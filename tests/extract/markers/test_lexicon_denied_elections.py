"""Polar vocabulary found in development set L (issue 13, session 12), as rows of ``legitimacy.csv`` with their
sources: the vote denied the name of an election ('cannot be called an election', 'we cannot call the process
… an election'), denied its nature ('has nothing in common with an election'), 'opaque' said of the vote,
'pro forma candidates' (as 'token' or 'hand-picked' ones), 'no confidence in the figures' announced, the
"undoubted" backing of the people, and the superlative 'never seen such a peaceful election', which no
negation undoes. Every sentence is invented; each case lists every polar row as (span, lexicon, polarity,
voice), and the negative cases the words the rows must leave alone."""

from __future__ import annotations

import pytest
from test_invented_marker_battery import _polar_rows

L = "legitimacy"

BATTERY = [
    # --- the vote denied the name of an election
    ("The vote due next month cannot be called an election, the Estonian minister says.",
     [("cannot be called an election", L, -1, "quoted")]),
    ("What took place in Minsk can hardly be called a real election.",
     [("can hardly be called a real election", L, -1, "outlet")]),
    ("\"We cannot call the ritual that will take place in Belarus an election,\" Berg said.",
     [("cannot call the ritual that will take place in Belarus an election", L, -1, "quoted")]),
    ("It is hard to call this spectacle an election, the senator said.",
     [("hard to call this spectacle an election", L, -1, "quoted")]),
    # --- the vote denied the nature of an election
    ("\"What happens on Sunday has nothing in common with an election,\" Ivanova said.",
     [("nothing in common with an election", L, -1, "quoted")]),
    ("The minister said the vote had nothing to do with free and fair elections.",
     [("nothing to do with free and fair elections", L, -1, "quoted")]),
    ("Petrov's re-appointment has nothing whatsoever to do with a genuine election.",
     [("nothing whatsoever to do with a genuine election", L, -1, "outlet")]),
    # --- 'opaque' said of the vote
    ("The government has cracked down on the media since its opaque presidential election last August.",
     [("opaque", L, -1, "outlet")]),
    ("Observers criticised the non-transparent count in several districts.", [("non-transparent", L, -1, "outlet")]),
    ("Critics said the opaque and hurried vote left no room for observers.", [("opaque", L, -1, "quoted")]),
    ("An opaque, hurried election took place on Sunday.", [("opaque", L, -1, "outlet")]),
    # the converse of a praising row: 'non-transparent' is no 'transparent vote'
    ("Petrov won a non-transparent vote.", [("non-transparent", L, -1, "outlet")]),
    # --- pro forma candidates
    ("The commission registered Petrov and four other pro forma ‘candidates’.", [("pro forma", L, -1, "outlet")]),
    ("Petrov faced three pro-forma candidates.", [("pro-forma", L, -1, "outlet")]),
    ("Petrov ran against two pro forma opposition candidates.", [("pro forma", L, -1, "outlet")]),
    # --- no confidence in the announced figures: a challenge to the result
    ("Ivanova said she had no confidence in the figures announced by the commission.",
     [("no confidence in the figures", L, -1, "quoted")]),
    ("Many voters have little trust in the official results.", [("little trust in the official results", L, -1, "outlet")]),
    ("The opposition lost faith in the preliminary count.", [("lost faith in the preliminary count", L, -1, "outlet")]),
    # --- undisputed backing, also with a quoted adjective
    ("The Kremlin said the vote showed Petrov had the \"undoubted\" backing of the people.",
     [("undoubted\" backing", L, 1, "quoted")]),
    ("State television spoke of the undisputed backing of the nation.", [("undisputed backing", L, 1, "outlet")]),
    ("Sokolov said the president enjoys indisputable public backing.",
     [("indisputable public backing", L, 1, "quoted")]),
    # --- a superlative with 'such' is no negation of the praise
    ("The minister said that \"the country has never experienced such a peaceful election as this one.\"",
     [("peaceful election", L, 1, "quoted")]),
    ("The observer said he had never seen such a transparent vote.", [("transparent vote", L, 1, "quoted")]),
    ("Petrov insisted that Belarus had never had such an honest election.", [("honest election", L, 1, "quoted")]),
]


@pytest.mark.parametrize("text, expected", BATTERY)
def test_denied_elections_opaque_votes_and_superlatives(text, expected):
    assert _polar_rows(text) == expected


@pytest.mark.parametrize("text", [
    "The president cannot call an election before 2026.",  # scheduling one
    "The opposition cannot call for an election now.",
    "Parliament could not call a snap election.",
    "The talks had nothing to do with the election.",  # relevance, not a verdict
    "The opaque glass of the ballot boxes was criticised.",  # not said of the vote
    "They did not see a peaceful election.",  # a real negation still undoes the praise
    "The vote was not such a peaceful election after all.",
    "Investors have little confidence in the economy.",
    "Analysts lost trust in the unemployment figures.",
])
def test_rows_leave_other_uses_alone(text):
    assert _polar_rows(text) == []
