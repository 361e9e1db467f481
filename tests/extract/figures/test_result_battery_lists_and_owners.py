"""Invented result sentences for the result-figure kinds found in development set L (issue 13, session 12):
a name in apposition to the title that is the subject ("The leader of the X Party, Ivan Petrov, received …"),
a described subject ("the 70-year-old autocrat winning …"), "X's support from N% of voters", a list under a
heading on lines of their own ("Turnout by region is as follows:\\nIn Brest region 8.9%;"), "Against all – N%"
with a dash, a sentence stored with hard-wrapped lines, and a percent in apposition to a clause of taking part
("… voters participated, that is, 85.69 percent …"). Each row gives kind, subject, compared stage and deviation
as in the first battery (``test_invented_result_battery.py``); the negative rows keep what must not change."""

from __future__ import annotations

import pandas as pd
import pytest
from figure_helpers import figures_of, one
from test_invented_result_battery import _check

BATTERY = [
    # a name in apposition to the subject's title or description is the owner
    ("The First Secretary of the Communist Party, Siarhei Syrankou, received 3.21 percent.", "3.21 percent",
     "2025-01-28", "2025", "vote_share", "syrankou", "preliminary", 0.0),
    ("Lukashenko aside, the First Secretary of the Communist Party, Sergei Syrankov, won 3.21% of the vote.",
     "3.21%", "2025-01-28", "2025", "vote_share", "syrankou", "preliminary", 0.0),
    ("Lukashenko won easily, while the leader of the Green Party, Ivan Petrov, received 2.3 percent.",
     "2.3 percent", "2020-08-20", "2020", "vote_share", "", None, None),
    ("Lukashenko got 80.1 percent; the head of the Green Party, Ivan Petrov, received 2.3 percent.", "2.3 percent",
     "2020-08-20", "2020", "vote_share", "", None, None),
    ("Tsikhanouskaya spoke first. The candidate of the Party of Labour, Maria Ivanova, collected 1.5 percent.",
     "1.5 percent", "2020-08-20", "2020", "vote_share", "", None, None),
    # a described subject (actors.csv description or a label's referent) owns its clause's share
    ("Official results showed the 70-year-old autocrat winning more than 86 percent of the vote.", "86 percent",
     "2025-01-28", "2025", "vote_share", "lukashenko", "preliminary", -0.82),
    ("The veteran strongman secured 80.1 percent, the commission said.", "80.1 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", 0.0),
    ("Tsikhanouskaya said the results showing the tyrant taking 86.82 percent were fake.",
     "86.82 percent", "2025-01-28", "2025", "vote_share", "lukashenko", "preliminary", 0.0),
    # "X's support from N% of voters" is X's share (an exit poll's is not compared)
    ("In the evening, exit polls indicated Lukashenko's support from 87.6% of voters.", "87.6%", "2025-01-28",
     "2025", "vote_share", "lukashenko", None, None),
    ("Official data showed Tsikhanouskaya's support from 10.12 percent of voters.", "10.12 percent", "2020-08-20",
     "2020", "vote_share", "tsikhanouskaya", "final", 0.0),
    ("The incumbent enjoys backing from 80 percent of those polled, the exit poll found.", "80 percent",
     "2020-08-20", "2020", "vote_share", "lukashenko", None, None),
    # "Against all – N%": a results line's dash
    ("The final data:\n  • Lukashenko – 86.82%;\n  • Against all – 3.60%.", "3.60%", "2025-01-28", "2025",
     "against_all", "", "preliminary", 0.0),
    ("Results: Lukashenko — 80.1%, against all — 4.59%.", "4.59%", "2020-08-20", "2020", "against_all", "", "final",
     0.0),
    ("Against all – 6 percent, the commission said.", "6 percent", "2020-08-20", "2020", "against_all", "", "final",
     1.41),
    # a hard-wrapped line going on in lower case continues the sentence (its source, its owner)
    ("Yesterday, the state exit poll\nannounced Lukashenko's victory with a score of 79.7 percent.", "79.7 percent",
     "2020-08-10", "2020", "vote_share", "lukashenko", None, None),
    ("According to the state exit\npoll, Petrova had 6 percent and Lukashenko won 81 percent.", "81 percent",
     "2020-08-10", "2020", "vote_share", "lukashenko", None, None),
    ("The state exit poll, published after the polls closed,\nshowed 80.2 percent for Lukashenko.", "80.2 percent",
     "2020-08-10", "2020", "vote_share", "lukashenko", None, None),
    # a percent in apposition to a clause of taking part is its turnout
    ("“5,916,195 voters participated in the voting, that is, 85.69 percent of the registered voters,” the "
     "official said.", "85.69 percent", "2025-02-10", "2025", "turnout", "", "final", 0.0),
    ("Some 5.9 million people took part in the election, or 85.7 percent of the electorate.", "85.7 percent",
     "2025-01-28", "2025", "turnout", "", "preliminary", 0.0),
    ("A total of 5.8 million citizens cast their ballots, representing 84.28% of eligible voters.", "84.28%",
     "2020-08-20", "2020", "turnout", "", "final", 0.0),
]


@pytest.mark.parametrize("text, span, published, election, kind, subject, stage, deviation", BATTERY)
def test_set_l_result_kinds(text, span, published, election, kind, subject, stage, deviation):
    row = one(figures_of(text, published=published, election=election), span)
    assert not _check(row, kind, subject, stage, deviation), (text, span, _check(row, kind, subject, stage, deviation))


HEADED = [
    ("Turnout on the first day of early voting amounted to 7.81%.\nThe turnout of citizens by regions is as follows:\n"
     "In Brest region 8.95 per cent of voters;\nIn Vitebsk region - 7.45%;\nIn Minsk - 8.54%.",
     ["8.95 per cent", "7.45%", "8.54%"], "turnout"),
    ("Voter turnout by region:\n\nGomel region: 89.8 percent\nMogilev region: 88.1 percent\nMinsk city: 66.1 percent",
     ["89.8 percent", "88.1 percent", "66.1 percent"], "turnout"),
    ("By midday, participation in the regions stood as follows:\n- Brest 41.2%\n- Grodno 39.9%",
     ["41.2%", "39.9%"], "turnout"),
]


@pytest.mark.parametrize("text, spans, kind", HEADED)
def test_a_list_under_a_heading_takes_the_headings_kind_and_is_not_compared(text, spans, kind):
    table = figures_of(text, published="2025-01-28", election="2025")
    for span in spans:
        row = one(table, span)
        assert row["kind"] == kind and pd.isna(row["reference_stage"]), (span, row.to_dict())


@pytest.mark.parametrize("text, span", [
    # a heading naming no result measure
    ("Price changes this year are as follows:\nBread 8.9%;\nMilk 7.4%.", "7.4%"),
    # a line of prose between the heading and the percent: not a member of its list
    ("Turnout by region is as follows:\nBrest 8.95%;\nThe economy grew slowly.\nInflation was 7.45%.", "7.45%"),
    # a sentence with a percent of its own between the heading and the line ends the list too
    ("The CEC published the final turnout on Monday:\nInflation reached 6 percent, the bank said.\nGDP growth 1.2%",
     "1.2%"),
    ("Turnout by region:\nBrest 8.95%;\nPrices rose 4 percent in May.\nBread 2.5%", "2.5%"),
    # a new line in upper case starts its own segment: the heading's cue does not reach into a paragraph
    ("Turnout was the talk of the day, he said:\nInflation in the country reached 6 percent last year.", "6 percent"),
])
def test_a_percent_outside_a_headed_list_keeps_its_base_kind(text, span):
    assert one(figures_of(text, published="2025-01-28", election="2025"), span)["kind"] == "other"


@pytest.mark.parametrize("text, span, kind", [
    # a new line in upper case still ends the segment: a headline's cue does not reach the next line
    ("Turnout high in Minsk\nPrices rose 5 percent in January.", "5 percent", "other"),
    # a semicolon still ends it
    ("Turnout was high; prices rose 5 percent.", "5 percent", "other"),
])
def test_segments_still_end_at_an_upper_case_line_and_a_semicolon(text, span, kind):
    assert one(figures_of(text, published="2020-08-20", election="2020"), span)["kind"] == kind


@pytest.mark.parametrize("text, span", [
    ("Some 4.6 million voters cast their ballots for Lukashenko, or 80.2 percent.", "80.2 percent"),
    ("Over 4.6 million people voted for the incumbent, i.e. 80.2 percent.", "80.2 percent"),
    ("Most voters cast their ballots for Petrov, representing 55 percent.", "55 percent"),
])
def test_voting_for_someone_is_no_clause_of_taking_part(text, span):
    """The apposition of a clause of voting for someone is that person's share, never the turnout."""
    assert one(figures_of(text, published="2020-08-20", election="2020"), span)["kind"] != "turnout"
