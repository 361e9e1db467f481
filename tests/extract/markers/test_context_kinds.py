"""Polar markers on unseen coverage (issue 13, second round): negated or limited verdicts, challenges to
the result, legitimising words in a delegitimising frame, homographs and recognition acts. Every
example is invented; each row is one error KIND seen on real coverage."""

from __future__ import annotations

import pytest

from test_context import polar


@pytest.mark.parametrize("text, expected", [
    # a negated or limited verdict is one delegitimising span; the praising words inside it are not coded
    ("The vote was far from free and fair.", [("far from free and fair", -1)]),
    ("The election was neither free nor fair.", [("neither free nor fair", -1)]),
    ("The vote cannot be called democratic.", [("cannot be called democratic", -1)]),
    ("The ministry said the elections can hardly be called fair, transparent and democratic.",
     [("can hardly be called fair, transparent and democratic", -1)]),
    ("It is difficult to call such elections fair and democratic.",
     [("difficult to call such elections fair and democratic", -1)]),
    ("Foreign observers have not judged an election to be free and fair there since 1995.",
     [("have not judged an election to be free and fair", -1)]),
    ("The election does not meet the standards of the OSCE.", [("does not meet the standards", -1)]),
    ("The president doesn't have any legitimacy.", [("doesn't have any legitimacy", -1)]),
    ("Few observers considered the election fair.", []),
    ("The EU has never recognised Petrov as the legitimate president.", [("has never recognised", -1)]),
])
def test_negated_and_limited_verdicts(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a challenge to the result by critics delegitimises, as 'questioned the legitimacy'
    ("European governments questioned the results of Sunday's election.", [("questioned the results", -1)]),
    ("The opposition seeks to challenge the outcome of the vote.", [("challenge the outcome", -1)]),
    ("She left the country after disputing an election she called rigged.",
     [("disputing an election", -1), ("rigged", -1)]),
    ("The activists challenged the election commission in court.", []),
    # the vote or its result judged flawed; a show, not a contest
    ("The poll in which Petrov was declared the landslide winner was tainted.", [("tainted", -1)]),
    ("She rejected official but dubious results that gave Petrov a landslide victory.",
     [("rejected", -1), ("dubious", -1)]),
    ("The elections were turned into a one-man political show.", [("one-man political show", -1)]),
    ("The commission rejected all the complaints against the results.", []),
])
def test_challenges_and_flawed_results(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # legitimising words in a delegitimising frame
    ("The self-proclaimed winner addressed supporters.", []),
    ("Petrov is the so-called elected president.", []),
    ("Petrov claimed victory despite evidence of fraud, while the challenger asserted she won 60% of the vote.",
     [("fraud", -1), ("won", 1)]),
    ("Petrov declared himself the winner of the election.", []),
    ("The disputed election triggered protests.", []),
    # the outlet's own verdict on the vote won, in a relative clause, discredits the win ...
    ("Petrov won a seventh term in a vote that was neither free nor fair.", [("neither free nor fair", -1)]),
    ("He was elected for a sixth term in a vote widely seen as rigged.", [("rigged", -1)]),
    # ... a verdict the outlet only reports does not (seed 001: 'an election that critics … claim was unfair')
    ("Petrov won a seventh term after winning an election that critics claim was unfair.",
     [("won", 1), ("winning", 1), ("unfair", -1)]),
    # homographs and non-election uses
    ("The opposition raised a legitimate concern about the count.", []),
    ("Police recognised the man as a protester.", []),
    ("She won a gold medal in Tokyo.", []),
    ("Belarus promotes fair trade with China.", []),
    ("Tickets are free of charge.", []),
    ("Travellers need valid passports.", []),
    ("Petrov was elected chairman of the Supreme State Council.", []),
    ("Petrov was first elected in 1994.", []),
    # a win in an election the project does not study (data/reference/elections.csv) is a career fact;
    # a win of a studied (disputed) election stays, whatever the article's year
    ("In 2015, Petrov was re-elected with 83 percent.", []),
    ("Petrov was declared the winner of the 2010 election.", []),
    ("After Petrov won reelection in 2020, the EU imposed sanctions.", [("won", 1)]),
    # a contrastive 'not Y' after the term negates Y, not the term
    ("The challenger said she considered herself the winner, not Petrov.", [("winner", 1)]),
])
def test_frames_and_homographs(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # state-media and friendly-observer legitimation vocabulary (rows with sources in the lexicon)
    ("The electoral process in the country is proceeding openly.", [("openly", 1)]),
    ("The elections in Belarus were transparent and absolutely legitimate.",
     [("transparent and absolutely legitimate", 1)]),
    ("Observers noted the absence of violations.", [("absence of violations", 1)]),
    ("The elections were held in full accordance with national legislation.",
     [("in full accordance with national legislation", 1)]),
    ("People freely and openly expressed their choice.", [("freely and openly expressed their choice", 1)]),
    ("The vote was conducted without any violations that could have influenced the outcome.",
     [("without any violations that could have influenced the outcome", 1)]),
    # acts of accepting the result are recognition
    ("The Kremlin welcomed Petrov's victory.", [("welcomed", 1), ("victory", 1)]),
    ("Petrov's victory was quickly endorsed by two neighbours.", [("victory", 1), ("endorsed", 1)]),
    ("The minister welcomed the release of the prisoners.", []),
])
def test_legitimation_and_recognition_acts(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verdict in the small clause of a modal or conditional verb is a legal rule, not a fact
    ("The leader will be considered elected if more than half of the voters support him.", []),
    # a win in a 'when' clause dated to an election the project does not study
    ("On March 3, 2019, when deputies were elected, turnout was low.", []),
    # a win that is the aim of an action is not asserted
    ("The three loyal candidates campaigned for Petrov's victory.", []),
    # an act of recognition under a modal is a promise, not an act
    ("We will welcome a new presidential election held under international observation.", []),
    # ... but a modal of invitation performs it
    ("You can congratulate Petrov on his re-election, the official said.", [("congratulate", 1), ("re-election", 1)]),
    # a recognition negated by 'neither … nor' is non-recognition; the praise in its object is not coded
    ("The ministry recognizes neither the outcome of the vote nor Petrov as a legitimate leader.",
     [("recognizes neither", -1)]),
    # a negated verb of belief denying legitimacy is non-recognition (session 9): the negated verb is the span,
    # also over 'legitimately elected'
    ("The government cannot consider Petrov the legitimately elected president.", [("cannot consider", -1)]),
    ("We could not consider Petrov the legitimate leader.", [("could not consider", -1)]),
    # a negated observance of coordinated standards is one span to the last noun
    ("The country did not comply with its international commitments and generally accepted standards of democracy.",
     [("did not comply with its international commitments and generally accepted standards", -1)]),
    # the plain cases stay
    ("Petrov won the election.", [("won", 1)]),
    ("He campaigned hard and won the election.", [("won", 1)]),
])
def test_unasserted_wins_and_negated_recognition(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, expected", [
    # officials' legitimation vocabulary (round 3), each row sourced in data/lexicons/legitimacy.csv
    ("Officials said voters came to the polling stations of their own free will.", [("of their own free will", 1)]),
    ("She left the country of her own free will.", []),  # not said of voting
    ("Moscow welcomes the successful conduct of the presidential elections.", [("welcomes", 1), ("successful conduct", 1)]),  # welcoming the elections is recognition too (round 5)
    ("The ministry respects the sovereign will of the citizens.", [("sovereign will of the citizens", 1)]),
    ("The chairman said voting was going without a hitch.", [("without a hitch", 1)]),
    ("The ruler won with a convincing result.", [("won", 1), ("convincing result", 1)]),
    ("Petrov secured his seventh term.", [("secured his seventh term", 1)]),  # the span takes the term won (round 5)
    ("Petrov secured 80 percent of the vote.", []),  # a vote share, not a win word
    # the outlet's delegitimisation: a self-awarded result, a contest with props, denied or doubted verdicts
    ("The ruler awarded himself a seventh term.", [("awarded himself", -1)]),
    ("The self-inauguration took place in secret.", [("self-inauguration", -1)]),
    ("He was secretly inaugurated.", []),
    ("The two token challengers praised the ruler.", [("token", -1)]),
    ("There were no free democratic elections in the country.", [("no free democratic elections", -1)]),
    ("The opposition demands new free and fair elections.", []),
    ("The ministry did not believe the elections were free or fair.",
     [("did not believe the elections were free or fair", -1)]),
    ("The results did not convey legitimacy.", [("did not convey legitimacy", -1)]),
    ("His legitimacy as a leader was under question.", [("legitimacy as a leader was under question", -1)]),
    ("The protests followed the flawed 2020 presidential election.", [("flawed", -1)]),
    ("Critics believe the figures have been manipulated.", [("manipulated", -1)]),
    ("Public figures were attacked.", []),
    ("The commission reported a record-high turnout.", [("record-high turnout", 1)]),
    ("Turnout was high in the capital.", []),
])
def test_legitimation_and_delegitimation_vocabulary_round3(text, expected):
    assert polar(text) == expected
