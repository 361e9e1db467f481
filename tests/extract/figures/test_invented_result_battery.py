"""A battery of invented result sentences in the phrasings a wire, a state agency and a government release
use (issue 13, session 9): vote shares and turnouts by preliminary and final stage, exit polls, early voting,
thresholds, candidate lists, the incumbent's share, shares as words, ``per cent``/``pc``/``%``, rounding,
absolute votes, and a result named by its year in an article of another year; candidates spelt in the
transliterations of ``data/actors.csv``. Each row gives the expected kind, subject, compared stage and
deviation (``data/gold/figures.md`` §8, §10, §15). Invented examples, no development sentence."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from figure_helpers import figures_of, one

from belarus_analysis import config

ANY = object()  # a column the row does not check (no official reference of that measure)

# text, span, published, election, kind, subject, compared stage, deviation
BATTERY = [
    # 2020, after the final results (14 August)
    ("Lukashenko won 80.1 percent of the vote, the Central Election Commission said.", "80.1 percent",
     "2020-08-20", "2020", "vote_share", "lukashenko", "final", 0.0),
    ("Tsikhanouskaya got 10.12% and Kanopatskaya 1.68%.", "10.12%", "2020-08-20", "2020", "vote_share",
     "tsikhanouskaya", "final", 0.0),
    ("Tsikhanouskaya got 10.12% and Kanopatskaya 1.68%.", "1.68%", "2020-08-20", "2020", "vote_share",
     "kanopatskaya", "final", 0.0),
    ("The incumbent's share was 80.1 per cent.", "80.1 per cent", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    ("CEC chairwoman Lidia Yermoshina said turnout reached 84.28 percent.", "84.28 percent", "2020-08-20",
     "2020", "turnout", "", "final", 0.0),
    # 84.2 at its written precision is the preliminary 84.23, not the final 84.28 (figures.md §15 Stage)
    ("Turnout stood at 84.2 pc, officials said.", "84.2 pc", "2020-08-20", "2020", "turnout", "", "preliminary",
     -0.03),
    ("According to preliminary results, Lukashenko received 80.23% of the votes.", "80.23%", "2020-08-20", "2020",
     "vote_share", "lukashenko", "preliminary", 0.0),
    ("An exit poll by state media gave Lukashenko 79.7 percent.", "79.7 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", None, None),
    ("Early voting turnout reached 41.7 percent by Saturday.", "41.7 percent", "2020-08-20", "2020", "turnout",
     "", None, None),
    ("A candidate needs more than 50 percent of the vote to win in the first round.", "50 percent", "2020-08-20",
     "2020", "threshold", "", None, None),
    ("Eight in ten voters backed Lukashenko, according to official figures.", "Eight in ten", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", -0.1),
    ("Lukashenko won just over 80% of the vote.", "80%", "2020-08-20", "2020", "vote_share", "lukashenko", "final",
     -0.1),
    ("Lukashenko got eighty percent of the vote.", "eighty percent", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", -0.1),
    ("Tikhanovskaya, who received 10.12 percent, fled to Lithuania.", "10.12 percent", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Sviatlana Tsikhanouskaya came second with 10.1%.", "10.1%", "2020-08-20", "2020", "vote_share",
     "tsikhanouskaya", "final", -0.02),
    ("Siarhei Charachen won 1.14 per cent.", "1.14 per cent", "2020-08-20", "2020", "vote_share", "cherechen",
     "final", 0.0),
    ("Andrei Dzmitryeu finished with 1.2 percent.", "1.2 percent", "2020-08-20", "2020", "vote_share",
     "dmitriyev", "final", -0.01),
    ("Official results gave the incumbent 80.1% against 10.1% for Tsikhanouskaya.", "80.1%", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", 0.0),
    ("Official results gave the incumbent 80.1% against 10.1% for Tsikhanouskaya.", "10.1%", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", -0.02),
    ("The opposition said Tsikhanouskaya had won at least 60 percent, according to its own count.", "60 percent",
     "2020-08-20", "2020", "vote_share", "tsikhanouskaya", None, None),
    ("Turnout by 2 p.m. was 65 percent.", "65 percent", "2020-08-20", "2020", "turnout", "", None, None),
    ("The election must have a turnout of at least 50 percent to be valid.", "50 percent", "2020-08-20", "2020",
     "threshold", "", None, None),
    ("Tsikhanouskaya's share stood at 9.9 percent in preliminary results.", "9.9 percent", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "preliminary", 0.0),
    ("The CEC said 84.28% of the 6.8 million registered voters had voted.", "84.28%", "2020-08-20", "2020",
     "turnout", "", "final", 0.0),
    ("The CEC said 84.28% of the 6.8 million registered voters had voted.", "6.8 million", "2020-08-20", "2020",
     "electorate", "", ANY, ANY),
    ("Lukashenko was re-elected with 80.10% of the vote, against 10.12% for Tsikhanouskaya.", "10.12%",
     "2020-08-20", "2020", "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Of those who voted, 4.59 percent chose none of the candidates.", "4.59 percent", "2020-08-20", "2020",
     "against_all", "", "final", 0.0),
    ("Lukashenko polled 80.1 per cent, Tsikhanouskaya 10.12 per cent.", "10.12 per cent", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Lukashenko received 4,661,075 votes.", "4,661,075", "2020-08-20", "2020", "vote_share", "lukashenko",
     ANY, ANY),
    ("In 2015 Lukashenko won 83.5 percent.", "83.5 percent", "2020-08-20", "2020", "vote_share", "lukashenko",
     None, None),
    ("Independent observers put Tsikhanouskaya's real share at between 60 and 70 percent.", "70 percent",
     "2020-08-20", "2020", "vote_share", "tsikhanouskaya", None, None),
    # 2020, before the final results: the preliminary ones are the latest
    ("Results released on Monday showed Lukashenko winning 80.23 percent.", "80.23 percent", "2020-08-11", "2020",
     "vote_share", "lukashenko", "preliminary", 0.0),
    ("Voter turnout was 84.23%, according to preliminary data.", "84.23%", "2020-08-11", "2020", "turnout", "",
     "preliminary", 0.0),
    ("The president won a sixth term with around 80% support.", "80%", "2020-08-11", "2020", "vote_share",
     "lukashenko", "preliminary", -0.23),
    # 2025
    ("Lukashenko secured 86.82 percent, Syrankov 3.21 percent and Gaidukevich 2.02 percent.", "3.21 percent",
     "2025-01-28", "2025", "vote_share", "syrankou", "preliminary", 0.0),
    ("Lukashenko secured 86.82 percent, Syrankov 3.21 percent and Gaidukevich 2.02 percent.", "2.02 percent",
     "2025-01-28", "2025", "vote_share", "gaidukevich", "preliminary", 0.0),
    ("Turnout was 85.7%, CEC chairman Igor Karpenko said on Sunday night.", "85.7%", "2025-01-27", "2025",
     "turnout", "", "preliminary", 0.0),
    ("Haidukevich got 2 percent.", "2 percent", "2025-02-10", "2025", "vote_share", "gaidukevich", "final",
     -0.02),
    ("Hanna Kanapatskaya won 1.86%.", "1.86%", "2025-02-10", "2025", "vote_share", "kanopatskaya", "final", 0.0),
    ("Alyaksandr Khizhniak received 1.74 per cent.", "1.74 per cent", "2025-02-10", "2025", "vote_share",
     "khizhnyak", "final", 0.0),
    ("Lukashenka won 86.8% of the vote.", "86.8%", "2025-02-10", "2025", "vote_share", "lukashenko", "final",
     -0.02),
    ("About 3.6 percent of voters chose 'against all'.", "3.6 percent", "2025-02-10", "2025", "against_all", "",
     "final", 0.0),
    ("The commission put turnout at 85.69 percent.", "85.69 percent", "2025-02-10", "2025", "turnout", "",
     "final", 0.0),
    ("Lukashenko's rivals together won less than 10 percent.", "10 percent", "2025-02-10", "2025", "vote_share",
     "", None, None),
    ("Nearly 85 percent of eligible voters cast ballots.", "85 percent", "2025-02-10", "2025", "turnout", "",
     "final", -0.69),
    ("Lukashenko, who has ruled since 1994, was credited with 86.8 per cent.", "86.8 per cent", "2025-01-28",
     "2025", "vote_share", "lukashenko", "preliminary", -0.02),
    ("Lukashenko took 86.82% of the ballots cast.", "86.82%", "2025-01-28", "2025", "vote_share", "lukashenko",
     "preliminary", 0.0),
    ("Syrankou, the Communist candidate, finished second on 3.2 percent.", "3.2 percent", "2025-02-10", "2025",
     "vote_share", "syrankou", "final", -0.01),
    ("A total of 5,136,293 votes were cast for Lukashenko.", "5,136,293", "2025-01-28", "2025", "vote_share",
     "lukashenko", "preliminary", 0.0),
    ("Just 2.02% backed Gaidukevich.", "2.02%", "2025-02-10", "2025", "vote_share", "gaidukevich", "final", 0.0),
    ("Lukashenko received 86.8 percent, the BelTA news agency reported, citing an exit poll.", "86.8 percent",
     "2025-01-27", "2025", "vote_share", "lukashenko", None, None),
    # an exit poll's list: every member is the poll's, none compared
    ("An exit poll gave Lukashenko 79.7 percent and Tsikhanouskaya 6.8 percent.", "6.8 percent", "2020-08-20",
     "2020", "vote_share", "tsikhanouskaya", None, None),
    ("A state-run exit poll showed Lukashenko with 79.7 percent and Tsikhanouskaya with 6.8 percent.",
     "79.7 percent", "2020-08-20", "2020", "vote_share", "lukashenko", None, None),
    ("A state-run exit poll showed Lukashenko with 79.7 percent and Tsikhanouskaya with 6.8 percent.",
     "6.8 percent", "2020-08-20", "2020", "vote_share", "tsikhanouskaya", None, None),
    ("A state-run exit poll showed Lukashenko at 79.7 percent and Tsikhanouskaya at 6.8 percent.", "79.7 percent",
     "2020-08-20", "2020", "vote_share", "lukashenko", None, None),
    ("Her campaign claimed Tsikhanouskaya won 60 percent, while Lukashenko received 80.1 percent.",
     "80.1 percent", "2020-08-20", "2020", "vote_share", "lukashenko", "final", 0.0),
    ("Final results had Lukashenko with 80.1% and Tsikhanouskaya with 10.12%.", "10.12%", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Four in five voters backed the incumbent, official data showed.", "Four in five", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", -0.1),
    ("With 80.1 percent of the vote, Lukashenko extended his 26-year rule.", "80.1 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", 0.0),
    ("Lukashenko claimed victory with 80 pc of the vote.", "80 pc", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", -0.1),
    ("Some 41.7 percent of voters cast ballots early, the commission said.", "41.7 percent", "2020-08-20", "2020",
     "turnout", "", None, None),
    ("Lukashenko won 80.1%, Tsikhanouskaya 10.1%, Kanopatskaya 1.7%, Dmitriyev 1.2% and Cherechen 1.1%.", "1.1%",
     "2020-08-20", "2020", "vote_share", "cherechen", "final", -0.04),
    ("Opposition monitors said turnout in Minsk was under 60 percent.", "60 percent", "2020-08-20", "2020",
     "turnout", "", None, None),
    ("Nearly 4.7 million people voted for Lukashenko.", "4.7 million", "2020-08-20", "2020", "vote_share",
     "lukashenko", ANY, ANY),
    ("Lukashenko claimed 86.8 percent of the vote.", "86.8 percent", "2025-02-10", "2025", "vote_share",
     "lukashenko", "final", -0.02),
    ("Lukashenko took 86.8pc, Syrankov 3.2pc.", "3.2pc", "2025-02-10", "2025", "vote_share", "syrankou", "final",
     -0.01),
    ("Lukashenko got 86,82% of the votes.", "86,82%", "2025-02-10", "2025", "vote_share", "lukashenko", "final",
     0.0),
    ("Lukashenko (86.82%) was followed by Syrankov (3.21%).", "3.21%", "2025-02-10", "2025", "vote_share",
     "syrankou", "final", 0.0),
    ("Alexander Lukashenko — 80.10%, Sviatlana Tsikhanouskaya — 10.12%.", "10.12%", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("Nine out of ten voters backed Lukashenko.", "Nine out of ten", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 9.9),
    ("At least 50% of the electorate must vote for the election to be valid.", "50%", "2025-02-10", "2025",
     "threshold", "", None, None),
    ("Lukashenko, who came to power 31 years ago and won 86.8 percent, spoke.", "86.8 percent", "2025-02-10",
     "2025", "vote_share", "lukashenko", "final", -0.02),
    # a government release's count and share of the voters, with the voters they are of between
    ("According to the CEC, 5,136,293 people, or 86.82 percent of those who voted, cast their ballots for "
     "Lukashenko.", "86.82 percent", "2025-01-27", "2025", "vote_share", "lukashenko", "preliminary", 0.0),
    ("According to the CEC, 5,136,293 people, or 86.82 percent of those who voted, cast their ballots for "
     "Lukashenko.", "5,136,293", "2025-01-27", "2025", "vote_share", "lukashenko", "preliminary", 0.0),
    ("The number of voters who took part in the election was 5,916,195.", "5,916,195", "2025-01-27", "2025",
     "turnout", "", "preliminary", 0.0),
    ("A total of 3.60% of voters voted against all candidates.", "3.60%", "2025-01-27", "2025", "against_all", "",
     "preliminary", 0.0),
    ("As of 2 p.m. on Sunday, turnout stood at 70.5 percent, the CEC said.", "70.5 percent", "2025-01-27", "2025",
     "turnout", "", None, None),
    ("Karpenko announced that turnout had reached 85.7 percent by the time polls closed at 8 p.m.", "85.7 percent",
     "2025-01-27", "2025", "turnout", "", "preliminary", 0.0),
    # a state agency's wordings
    ("Lukashenka received 4,661,075 votes (80.10 per cent).", "80.10 per cent", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    ("The incumbent head of state was supported by 80.10 percent of voters.", "80.10 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", 0.0),
    ("Sviatlana Tsikhanouskaya gained the support of 10.12% of voters.", "10.12%", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", "final", 0.0),
    ("The voter turnout in early voting amounted to 49.54%.", "49.54%", "2020-08-20", "2020", "turnout", "", None,
     None),
    ("The share of those who voted early was 41.7%.", "41.7%", "2020-08-20", "2020", "turnout", "", None, None),
    ("In the Minsk region, turnout was 87.4 percent.", "87.4 percent", "2020-08-20", "2020", "turnout", "", None,
     None),
    ("Tsikhanouskaya's campaign estimated her real result at up to 60 percent.", "60 percent", "2020-08-20", "2020",
     "vote_share", "tsikhanouskaya", None, None),
    ("Almost two-thirds of voters backed Lukashenko, a survey found.", "two-thirds", "2020-08-20", "2020",
     "vote_share", "lukashenko", None, None),
    # the election named by its year in an article of another year
    ("Lukashenko won 80.1 percent in 2020 and 86.8 percent in 2025.", "80.1 percent", "2025-02-10", "2025",
     "vote_share", "lukashenko", "final", 0.0),
    ("In the 2020 election, Lukashenko officially won 80.1 percent.", "80.1 percent", "2025-02-10", "2025",
     "vote_share", "lukashenko", "final", 0.0),
    ("Five years ago Lukashenko claimed 80.1 percent.", "80.1 percent", "2025-02-10", "2025", "vote_share",
     "lukashenko", "final", 0.0),
    # a year counted back after a comma dates its own verb's figure; one of no studied vote is compared with none;
    # a year counted back in another clause dates nothing (review of session 9)
    ("Lukashenko won 86.8 percent. Five years ago, turnout was 84.3 percent.", "84.3 percent", "2025-02-10",
     "2025", "turnout", "", "final", 0.02),
    ("Lukashenko won 86.8 percent. Ten years ago he won 83.5 percent.", "83.5 percent", "2025-02-10", "2025",
     "vote_share", "lukashenko", None, None),
    ("Lukashenko came to power 31 years ago with 80 percent of the vote.", "80 percent", "2025-02-10", "2025",
     "vote_share", "lukashenko", None, None),
    ("Lukashenko, who came to power 31 years ago, won 86.8 percent.", "86.8 percent", "2025-02-10", "2025",
     "vote_share", "lukashenko", "final", -0.02),
    ("Lukashenko received more votes than in 2015, when he won 83.5 percent.", "83.5 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", None, None),
    ("Lukashenko won roughly four-fifths of the vote in 2020.", "four-fifths", "2025-02-10", "2025", "vote_share",
     "lukashenko", "final", -0.1),
    ("Turnout was 85.7 per cent, down from 84.3 per cent in 2020.", "84.3 per cent", "2025-02-10", "2025",
     "turnout", "", "final", 0.02),
]


def _check(row: pd.Series, kind, subject, stage, deviation) -> list[str]:
    wrong = []
    if row["kind"] != kind:
        wrong.append(f"kind {row['kind']!r}")
    if (row["subject"] if isinstance(row["subject"], str) else "") != subject:
        wrong.append(f"subject {row['subject']!r}")
    got_stage = row["reference_stage"] if isinstance(row["reference_stage"], str) else None
    if stage is not ANY and got_stage != stage:
        wrong.append(f"stage {got_stage!r}")
    got = row["deviation"]
    if deviation is not ANY and not (
            (deviation is None and pd.isna(got)) or (deviation is not None and not pd.isna(got)
                                                     and math.isclose(got, deviation, abs_tol=0.005))):
        wrong.append(f"deviation {got!r}")
    return wrong


@pytest.mark.parametrize("text, span, published, election, kind, subject, stage, deviation", BATTERY)
def test_an_invented_result_sentence_gets_its_kind_subject_stage_and_deviation(
        text, span, published, election, kind, subject, stage, deviation):
    row = one(figures_of(text, published=published, election=election), span)
    assert not _check(row, kind, subject, stage, deviation), (text, span, _check(row, kind, subject, stage, deviation))


def _candidate_spellings() -> list[tuple[str, str]]:
    """Every spelling ``data/actors.csv`` lists (from its sources) for a candidate of a studied election."""
    actors = pd.read_csv(config.ACTORS, dtype=str).fillna("")
    candidates = actors[(actors["group"] == "belarus_candidate") | actors["actor_id"].isin(["lukashenko",
                                                                                            "tsikhanouskaya"])]
    return [(a.actor_id, v) for a in candidates.itertuples() for v in a.variants.split("|") if v]


@pytest.mark.parametrize("actor_id, spelling", _candidate_spellings())
def test_every_listed_spelling_of_a_candidate_owns_the_share_it_won(actor_id, spelling):
    text = f"Officials said {spelling} won 3.3 percent of the vote."
    row = one(figures_of(text, published="2025-02-10", election="2025"), "3.3 percent")
    assert (row["kind"], row["subject"]) == ("vote_share", actor_id)
