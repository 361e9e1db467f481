"""Polar-marker kinds development set F showed (issue 13, session 11): the content of 'praise X for Y' and of
'refer to X as Y' in the speaker's voice, and the legitimising formulas 'free expression of will' (no
owner named) and 'by the will of the people'. Each case lists every polar row as (span, lexicon, polarity,
voice). Every sentence is invented; names are made up or listed actors."""

from __future__ import annotations

import pytest
from test_invented_marker_battery import _polar_rows

L, R = "legitimacy", "recognition"

BATTERY = [
    # 'praise / hail X for Y': Y is what the speaker says about X (markers.md §3.1, point 3)
    ("Ivanova praised Lithuania and Poland for refusing to recognize the election results.",
     [("refusing to recognize", R, -1, "quoted")]),
    ("The opposition leader thanked and praised the EU for swiftly refusing to recognise the vote.",
     [("refusing to recognise", R, -1, "quoted")]),
    ("Petrov praised the commission for holding transparent elections.", [("transparent elections", L, 1, "quoted")]),
    ("Observers hailed the commission for holding a transparent election.",
     [("hailed", R, 1, "outlet"), ("transparent election", L, 1, "quoted")]),
    # a gerund after another preposition of a declaring verb's clause stays where it was
    ("After refusing to recognize the results, the EU praised the opposition.", [("refusing to recognize", R, -1, "outlet")]),
    # 'refer to X as Y' names X as Y, like 'describe X as Y'
    ("Critics refer to the vote as rigged.", [("rigged", L, -1, "quoted")]),
    ("Western governments referred to the election as a sham.", [("sham", L, -1, "quoted")]),
    ("Ivanova has repeatedly referred to the ballot as a farce, her aides said.", [("farce", L, -1, "quoted")]),
    # the legitimising formulas of state media
    ("All conditions for the free expression of will were ensured, Sokolov said.",
     [("free expression of will", L, 1, "quoted")]),
    ("The vote guaranteed the free expression of the will, the chairman said.",
     [("free expression of the will", L, 1, "quoted")]),
    ("The chairman announced that by the will of the Belarusian people Petrov had been elected.",
     [("by the will of the Belarusian people", L, 1, "quoted"), ("elected", L, 1, "quoted")]),
    ("Petrov rules not by the will of the people but by force, Ivanova said.", []),
    ("By the will of the people, Petrov takes office again, the commission said.",
     [("By the will of the people", L, 1, "quoted")]),
    # 'by the will of the people' as a plain clause of its own, not a mandate, is not coded
    ("The monument was built by the people of Grodno.", []),
]


@pytest.mark.parametrize("text, expected", BATTERY)
def test_set_f_marker_kinds(text, expected):
    assert _polar_rows(text) == expected


VOCABULARY = [
    # the incumbent called a criminal: a label denying legitimacy (the noun ends its phrase)
    ("\"Petrov is a criminal holding the whole country hostage,\" Ivanova said.",
     [("criminal", "actor_label", -1, "quoted")]),
    ("Ivanova called him \"a criminal who stole the election\".",
     [("criminal", "actor_label", -1, "quoted"), ("stole the election", L, -1, "quoted")]),
    ("\"He is a criminal, not a president,\" the opposition leader said.", [("criminal", "actor_label", -1, "quoted")]),
    ("Prosecutors opened a criminal case against the blogger.", []),
    ("The activist said she was treated like a criminal.", []),
    # the incumbent refused by name
    ("\"Belarusians will never accept Lukashenko,\" Ivanova said.", [("never accept", R, -1, "quoted")]),
    ("The opposition will not accept Lukashenka again.", [("will not accept", R, -1, "outlet")]),
    # the country's adjective inside 'legitimate president'; 'convincing results' in the plural
    ("Sokolov stressed that Petrov is the legitimate Belarusian president.",
     [("legitimate Belarusian president", L, 1, "quoted")]),
    ("\"The election's convincing results show broad support,\" Sokolov said.",
     [("convincing results", L, 1, "quoted"), ("broad support", L, 1, "quoted")]),
]


@pytest.mark.parametrize("text, expected", VOCABULARY)
def test_set_f_vocabulary(text, expected):
    assert _polar_rows(text) == expected


MORE_VOCABULARY = [
    # 'non-elections': no real election (a word for the vote, not a year without one)
    ("Critics refer to the process as \"non-elections,\" highlighting the lack of competition.",
     [("non-elections", L, -1, "quoted")]),
    ("Ivanova said Sunday's non-election changed nothing.", [("non-election", L, -1, "quoted")]),
    ("It was a non-election year for Petrov.", []),
    # inflated turnout: manipulated figures
    ("Observers recorded many cases of overstating early voters’ turnout.",
     [("overstating early voters’ turnout", L, -1, "outlet")]),
    ("Ivanova said the authorities had inflated the turnout figures.",
     [("inflated the turnout figures", L, -1, "quoted")]),
    ("Monitors accused officials of padding turnout in Minsk.", [("padding turnout", L, -1, "quoted")]),
    ("The campaign sought to boost turnout among young voters.", []),
    ("Officials discussed inflation and turnout.", []),
    # 'the authoritarian incumbent': one label span
    ("Protests were fuelled by the authoritarian incumbent’s brushoff of the virus.",
     [("authoritarian incumbent", "actor_label", -1, "outlet")]),
    ("The autocratic incumbent Petrov won again.", [("autocratic incumbent", "actor_label", -1, "outlet")]),
]


@pytest.mark.parametrize("text, expected", MORE_VOCABULARY)
def test_set_f_more_vocabulary(text, expected):
    assert _polar_rows(text) == expected


OBSERVER_VERDICTS = [
    # a negated finding of anything that could call the result into question: the clean verdict
    ("“The mission has not registered any facts that could call the legitimacy of the presidential election "
     "into question,” Sokolov said.",
     [("has not registered any facts that could call the legitimacy of the presidential election into question",
       L, 1, "quoted")]),
    ("Sokolov said the monitors had not found any evidence which could cast doubt on the results.",
     [("had not found any evidence which could cast doubt on the results", L, 1, "quoted")]),
    # violations that did not affect the result: the result stands
    ("Sokolov said the violations did not have an impact on the voting results.",
     [("did not have an impact on the voting results", L, 1, "quoted")]),
    ("The isolated violations did not affect the outcome of the election, the chairman said.",
     [("did not affect the outcome of the election", L, 1, "quoted")]),
    ("The sanctions did not have an impact on the results of the company.", []),
    ("The rain did not change the outcome of the match.", []),
]


@pytest.mark.parametrize("text, expected", OBSERVER_VERDICTS)
def test_set_f_observer_verdicts(text, expected):
    assert _polar_rows(text) == expected
