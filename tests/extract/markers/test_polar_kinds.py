"""Polar markers (issue 13): error kinds that recurred on the development sets A, B and C.
Every example is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from test_context import polar
from test_voice_kinds import voice


@pytest.mark.parametrize("text, expected", [
    # a fixed predicate keeps its words: one span, not a bare verb plus a bare noun
    ("Petrov won by a landslide, garnering 80 percent of the vote.", [("won by a landslide", 1)]),
    ("Petrov stole the election to stay in power.", [("stole the election", -1)]),
    ("The opposition marched against the regime's fake elections.", [("fake elections", -1)]),
    # the adjective says the declared result is not the true one
    ("Many still see Tikhanovskaya as the actual winner.", [("actual winner", 1)]),
    # 'forged' only of an election, its results or ballots
    ("Petrov was inaugurated after elections widely viewed as forged.", [("forged", -1)]),
    ("Observers found forged ballots in Minsk.", [("forged", -1)]),
])
def test_fixed_predicates_keep_their_words(text, expected):
    assert polar(text) == expected


def test_forged_ties_are_no_verdict():
    assert polar("Petrov forged closer ties with Moscow after the vote.") == []


@pytest.mark.parametrize("text, term, expected", [
    # a passive verb of belief with no believer named reports common ground in the outlet's voice
    ("Petrov was inaugurated after elections widely viewed as forged.", "forged", ("outlet", None)),
    ("Tikhanovskaya is regarded by many in the West as the real winner of the election.", "real winner",
     ("outlet", None)),
    # ... and a named believer is a speaker
    ("The vote was seen by Kallas as rigged.", "rigged", ("quoted", "kallas")),
    # the antecedent of a relative pronoun is the subject of its clause
    ("The opposition, which has named Tikhanovskaya the actual winner, protested.", "actual winner",
     ("quoted", "belarus_opposition")),
])
def test_who_holds_a_verdict(text, term, expected):
    got = voice(text, term)
    assert (got[0], None if pd.isna(got[1]) else got[1]) == expected


@pytest.mark.parametrize("text", [
    # an infinitive on a noun or of purpose: a right, an aim or a demand, not a fact
    "The blame lies with the regime and its unwillingness to meet its international commitments.",
    "The law guarantees the right of a citizen to elect and be elected.",
    "We call for the results of Sunday's election to reflect the will of the people.",
    # a verb coordinated with a modal one shares the modal
    "I think that the voters will actively participate in the voting process and express their will.",
])
def test_praise_that_is_not_asserted_legitimises_nothing(text):
    assert polar(text) == []


@pytest.mark.parametrize("text, expected", [
    ("You can say that the election was fair.", [("fair", 1)]),
    ("The voters participated in the voting process and expressed their will.", [("expressed their will", 1)]),
    ("Petrov went on to win the election with 80 percent.", [("win", 1)]),
])
def test_asserted_praise_still_counts(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rejecting the winner or the election as what it claims to be is non-recognition; the praise inside is
    # embedded under it and not coded
    ("The EU, Canada and the UK have rejected Petrov as the country's duly elected president.", [("rejected", -1)]),
    # ... also where the parser hangs the participle on the predicate as a clause of its own
    ("Amid intimidation of observers, the EU, Canada and the UK have rejected Petrov as Belarus’ duly elected "
     "president.", [("rejected", -1)]),
    ("It was a presidential election that Western governments rejected as a sham.",
     [("rejected", -1), ("sham", -1)]),
    # ... not any rejection
    ("The court rejected the complaint as unfounded.", []),
])
def test_rejecting_as_is_non_recognition(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, span, expected", [
    # a declaring verb right before its verdict is one fixed predicate; the verdict stays an unnamed body's
    ("More than 50% of voters have cast their ballots, meaning the election has been declared valid.",
     "declared valid", ("quoted", None)),
    ("Presidential elections in Belarus recognized valid\n\nThe chairwoman of the commission reported this.",
     "recognized valid", ("quoted", None)),
    # with the object between them the verdict alone, the subject's
    ("The CEC declared the election valid.", "valid", ("quoted", "belarus_cec")),
])
def test_declared_valid(text, span, expected):
    got = voice(text, span)
    assert (got[0], None if pd.isna(got[1]) else got[1]) == expected


def test_a_quotation_that_never_closes_is_quoted_speech():
    """An excerpt cut off inside a statement: everything after the opening mark is the (unnamed) speakers'."""
    text = ('Brussels, 10 May - "The commission announced that Petrov has been re-elected.\n'
            "Many signs point to massive electoral fraud, so we cannot accept this election.")
    assert voice(text, "electoral fraud")[0] == "quoted"


def test_a_stray_mark_that_opens_nothing_changes_no_voice():
    text = 'Petrov bought a 12" screen for the count. The vote was rigged.'
    assert voice(text, "rigged")[0] == "outlet"


@pytest.mark.parametrize("text, term", [
    # an inverted cue after a quotation ('“…” says X') says that quotation only: the clause before it and
    # the one the parser hangs after its subject are the outlet's
    ("The opposition, working only from exile, denounced the rigged vote – “a farce” says Anna Berg, a lawyer "
     "forced abroad after she, by most counts, won the election in 2020.", "rigged"),
    ("The opposition, working only from exile, denounced the rigged vote – “a farce” says Anna Berg, a lawyer "
     "forced abroad after she, by most counts, won the election in 2020.", "won"),
])
def test_an_inverted_cue_says_only_its_quotation(text, term):
    assert voice(text, term)[0] == "outlet"


@pytest.mark.parametrize("text, term, expected", [
    # the 'of' content of a distancing speech noun is what the claim says
    ("Petrov has claimed a sixth term despite wide claims of fraud.", "fraud", ("quoted", None)),
    ("Tsikhanouskaya's allegations of fraud were ignored.", "fraud", ("quoted", "tsikhanouskaya")),
    # ... the outlet's own 'amid fraud' is not
    ("Petrov won the vote amid fraud.", "fraud", ("outlet", None)),
])
def test_the_content_of_a_claim_noun_is_quoted(text, term, expected):
    got = voice(text, term)
    assert (got[0], None if pd.isna(got[1]) else got[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # how the vote is run, with adverbs between the copula and the participle and a list of manners
    ("The campaign is currently being conducted fairly, openly, and in accordance with the established "
     "electoral standards.", [("fairly, openly", 1), ("in accordance with the established electoral standards", 1)]),
    ("The vote was held calmly.", [("calmly", 1)]),
])
def test_how_the_vote_is_run(text, expected):
    assert polar(text) == expected
