"""More invented result sentences (issue 13, session 10), beside ``test_invented_result_battery.py``: a share
that 'went to' a candidate, 'turnout stood at' with its stage, results lines with 'followed by', 'X took A to
Y's B', per-region figures (not compared), exit polls (not compared), a headline's present tense. Forms still
missed are ``xfail(strict=True)`` with the reason (no development set shows them yet: kept as targets). Each
row gives kind, subject, compared stage and deviation as in the first battery."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one
from test_invented_result_battery import _check


def _left(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


BATTERY = [
    ("Some 80.1 percent of the vote went to Lukashenko.", "80.1 percent", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    ("Just 10.12 percent of the ballots went to Tsikhanouskaya.", "10.12 percent", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Turnout stood at 84.28 percent, according to final results.", "84.28 percent", "2020-08-20", "2020",
     "turnout", "", "final", 0.0),
    ("Final results put turnout at 84.28 percent.", "84.28 percent", "2020-08-20", "2020", "turnout", "", "final",
     0.0),
    ("Official turnout was 84.3%.", "84.3%", "2020-08-20", "2020", "turnout", "", "final", 0.02),
    ("Lukashenko, with 80.1%, was followed by Tsikhanouskaya with 10.12%.", "10.12%", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Lukashenko's share of the vote was 80.1 percent.", "80.1 percent", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    ("Lukashenko garnered 80.1 percent of the votes cast.", "80.1 percent", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    ("Lukashenko beat Tsikhanouskaya, who won 10.1 percent.", "10.1 percent", "2020-08-20", "2020", "vote_share",
     "tsikhanouskaya", "final", -0.02),
    ("Lukashenko took 80.1 percent to Tsikhanouskaya's 10.1 percent.", "80.1 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", 0.0),
    ("Lukashenko took 80.1 percent to Tsikhanouskaya's 10.1 percent.", "10.1 percent", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", -0.02),
    ("The final tally gave Lukashenko 80.1% of the vote.", "80.1%", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    ("Lukashenko wins 80% of vote, official results show", "80%", "2020-08-20", "2020", "vote_share", "lukashenko",
     "final", -0.1),
    # per-region figures and exit polls are not compared with the national official result
    ("In the Gomel region, turnout stood at 90.1 percent.", "90.1 percent", "2020-08-20", "2020", "turnout", "",
     None, None),
    ("In Minsk, Lukashenko received 65 percent, the regional commission said.", "65 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", None, None),
    ("The exit poll gave Lukashenko 87.6 percent.", "87.6 percent", "2025-02-10", "2025", "vote_share",
     "lukashenko", None, None),
    ("Preliminary results show turnout of 85.7 percent.", "85.7 percent", "2025-01-27", "2025", "turnout", "",
     "preliminary", 0.0),
    ("According to the preliminary count, Lukashenko won 86.82 percent.", "86.82 percent", "2025-01-27", "2025",
     "vote_share", "lukashenko", "preliminary", 0.0),
    pytest.param("Lukashenko defeated Tsikhanouskaya, taking 80.1 percent to her 10.1 percent.", "80.1 percent",
                 "2020-08-20", "2020", "vote_share", "lukashenko", "final", 0.0,
                 marks=_left("a participle's share goes to the object named nearer, not the main clause's subject")),
    pytest.param("Lukashenko's main challenger received 10.12 percent of the vote.", "10.12 percent", "2020-08-20",
                 "2020", "vote_share", "", "final", 0.0,
                 marks=_left("the possessor of a relational noun ('X's challenger') is taken as the owner")),
    pytest.param("Belarus leader wins 80 percent in disputed vote", "80 percent", "2020-08-20", "2020", "vote_share",
                 "lukashenko", "final", -0.1,
                 marks=_left("'Belarus leader' without the article is no description actors.csv resolves")),
    pytest.param("Votes for Tsikhanouskaya accounted for 10.12 percent.", "10.12 percent", "2020-08-20", "2020",
                 "vote_share", "tsikhanouskaya", "final", 0.0,
                 marks=_left("'votes for X accounted for N percent' has no cue row")),
]


@pytest.mark.parametrize("text, span, published, election, kind, subject, stage, deviation", BATTERY)
def test_more_invented_result_sentences(text, span, published, election, kind, subject, stage, deviation):
    row = one(figures_of(text, published=published, election=election), span)
    assert not _check(row, kind, subject, stage, deviation), (text, span, _check(row, kind, subject, stage, deviation))
