"""Result figures (issue 13): forms found in real election coverage (development set H), each tested on
an invented sentence of the same form: a partial count named once for its paragraph, an announcement dated
by what followed it, 'the candidate of choice for', a list of shares, 'came to the polling stations' with
comma decimals, an against-all label that belongs to the next figure, the against-all share of 'those who
voted', a title as the subject, transliteration variants, a stray space inside a number (figures.md §14-15)."""

from __future__ import annotations

import pandas as pd
import pytest
from figure_helpers import figures_of, one

from belarus_analysis.errors import DataFileError
from belarus_analysis.extract.figures import digits_value, find_numbers
from belarus_analysis.extract.figures.lexicons import load_scopes
from belarus_analysis.extract.intervals import Disjoint


@pytest.mark.parametrize("text, span", [
    # the cue at the end of the sentence scopes the shares before it
    ("Lukashenko has 79.2 percent and Tsikhanouskaya 9.5 percent, the chair said after counting the closed "
     "polling stations.", "79.2 percent"),
    ("Lukashenko has 79.2 percent and Tsikhanouskaya 9.5 percent, the chair said after counting the closed "
     "polling stations.", "9.5 percent"),
    # ... and those of the rest of its paragraph
    ("The data of the closed polling stations covers only 20,000 voters. Lukashenko has 79.2 percent. "
     "Tsikhanouskaya is second with 9.5 percent of votes.", "9.5 percent"),
    # a count in progress
    ("After 40 percent of the ballots were counted, Lukashenko led with 79.2 percent.", "79.2 percent"),
    ("Partial results gave Lukashenko 79.2 percent of the vote.", "79.2 percent"),
    ("With 60% of precincts reporting, Lukashenko had 79.2 percent.", "79.2 percent"),
    ("After processing 50 percent of the protocols, the commission gave Lukashenko 79.2 percent.", "79.2 percent"),
])
def test_a_partial_count_is_not_compared_with_the_national_result(text, span):
    row = one(figures_of(text), span)
    assert row["kind"] == "vote_share" and pd.isna(row["reference_value"]), row
    assert "partial count" in row["note"] or "intermediate" in row["note"]


@pytest.mark.parametrize("text, span", [
    ("After 40 percent of the ballots were counted, Lukashenko led with 79.2 percent.", "40 percent"),
    ("With 60% of precincts reporting, Lukashenko had 79.2 percent.", "60%"),
    ("After processing 50 percent of the protocols, the commission gave Lukashenko 79.2 percent.", "50 percent"),
])
def test_the_progress_of_a_count_is_no_result(text, span):
    assert one(figures_of(text), span)["kind"] == "other"


@pytest.mark.parametrize("text", [
    # another paragraph
    "Lukashenko had 79.2 percent at the closed polling stations.\n\nFinal results gave Lukashenko 80.1 percent.",
    # a text stored as one paragraph: no further than two sentences after the cue's
    "Lukashenko had 79.2 percent at the closed polling stations. Protests began. Police came. The count went on. "
    "Final results gave Lukashenko 80.1 percent.",
])
def test_a_partial_count_reaches_no_further_than_its_paragraph_and_two_sentences(text):
    assert one(figures_of(text, published="2020-09-01"), "80.1 percent")["reference_value"] == 80.1


@pytest.mark.parametrize("text, stage", [
    # what followed the announcement on polling day dates it: that night's preliminary result
    ("Protests began late on August 9, after the commission announced that Lukashenko received 80 percent.",
     "preliminary"),
    # no day named: the latest result by the publication date
    ("Protests began after the commission announced that Lukashenko received 80 percent.", "final"),
])
def test_an_announcement_dated_by_what_followed_it(text, stage):
    row = one(figures_of(text, published="2020-08-25"), "80 percent")
    assert row["reference_stage"] == stage


@pytest.mark.parametrize("text", [
    "Tsikhanouskaya was the candidate of choice for 9.9% of voters.",
    "Tsikhanouskaya was the choice of 9.9% of voters.",
])
def test_the_candidate_of_choice_for_a_share_of_voters(text):
    row = one(figures_of(text), "9.9%")
    assert (row["kind"], row["subject"]) == ("vote_share", "tsikhanouskaya")


def test_a_list_of_shares_is_vote_shares_of_no_one_named():
    text = ("Four other candidates ran. Their shares of the vote, according to the official count, were 2.7%, 1.8%, "
            "1.6% and 1.2%.")
    fig = figures_of(text)
    shares = fig[fig["text"].str.endswith("%")]
    assert list(shares["kind"]) == ["vote_share"] * 4 and shares["subject"].isna().all()


def test_came_to_the_polling_stations_is_turnout_with_a_comma_decimal():
    row = one(figures_of("On the first day 6,45 % of the voters came to the polling stations.",
                         published="2025-01-21", election="2025"), "6,45 %")
    assert (row["value"], row["kind"]) == (6.45, "turnout")


def test_a_turnout_of_a_numbered_day_is_early_voting():
    # published after polling day: were it the national turnout, it would be compared with it
    row = one(figures_of("The commission published data on the second day: 12,4 % of the voters came to the polling "
                         "stations.", published="2025-02-10", election="2025"), "12,4 %")
    assert row["kind"] == "turnout" and pd.isna(row["reference_value"]) and "early_voting" in row["note"]


def test_a_day_counted_from_the_election_is_no_early_voting_day():
    row = one(figures_of("On the first day after the election, the commission said turnout was 84.2 percent.",
                         published="2020-08-12"), "84.2 percent")
    assert row["reference_stage"] == "preliminary"


def test_an_against_all_label_before_the_next_share_is_not_the_previous_ones():
    fig = figures_of("Petrov got 80.1%, Ivanov got 1.2%, ‘none of the above' 5.5%.")
    assert one(fig, "1.2%")["kind"] == "vote_share"
    assert one(fig, "5.5%")["kind"] == "against_all"


def test_an_against_all_cue_after_its_own_share_still_counts():
    fig = figures_of("Petrov got 80.1%, and 5.5% of the voters cast their ballots against all candidates.")
    assert one(fig, "5.5%")["kind"] == "against_all"


def test_the_against_all_share_of_those_who_voted():
    assert one(figures_of("6.1 % of those who voted were against all."), "6.1 %")["kind"] == "against_all"


def test_a_title_heading_the_subject_names_its_person():
    row = one(figures_of("The incumbent President of Belarus Alexander Lukashenko received 80.23 % of votes."),
              "80.23 %")
    assert row["subject"] == "lukashenko"


@pytest.mark.parametrize("text, span, subject", [
    ("Siarhey Cherachen got 1.13 % of votes.", "1.13 %", "cherechen"),
    ("Andrey Dmitriyeu got 1.04 % of votes.", "1.04 %", "dmitriyev"),
    ("Svetlana Tikhanouskaya, who became the main rival, took just 9.9%.", "9.9%", "tsikhanouskaya"),
    ("Sergei Sirankov gained 3.21% of the vote.", "3.21%", "syrankou"),
])
def test_transliteration_variants_of_candidates(text, span, subject):
    assert one(figures_of(text), span)["subject"] == subject


def test_a_stray_space_inside_a_percent_is_one_number():
    assert digits_value("1.6 8") == 1.68
    row = one(figures_of("Kanopatskaya won the support of 1.6 8% of voters."), "1.6 8%")
    assert (row["value"], row["kind"], row["subject"]) == (1.68, "vote_share", "kanopatskaya")
    assert "typesetting slip" in row["note"]


@pytest.mark.parametrize("text, values", [
    ("In 2020 8 people were detained.", [2020.0, 8.0]),  # no decimal: two numbers
    ("It rose 1.6 8 times.", [1.6, 8.0]),  # no percent glued to the digits
    ("About 20 500 people came.", [20.0, 500.0]),  # one group that is not a round thousand: two numbers
])
def test_numbers_separated_by_a_space_stay_apart(text, values):
    assert [f.value for f in find_numbers(text, Disjoint())] == values


@pytest.mark.parametrize("text, value", [("Over 6 000 people have been arrested.", 6000.0), ("100 000 voters", 100000.0)])
def test_round_thousands_grouped_by_a_plain_space(text, value):
    assert [f.value for f in find_numbers(text, Disjoint())] == [value]


def test_people_eligible_to_vote_are_the_electorate():
    row = one(figures_of("Turnout was 85.7 percent, with around 6.9 million people eligible to vote.", published="2025-01-27",
                         election="2025"), "6.9 million")
    assert (row["kind"], row["unit"]) == ("electorate", "people")


def test_a_scope_row_with_an_unknown_reach_is_refused_naming_file_and_row(tmp_path):
    path = tmp_path / "figure_scopes.csv"
    path.write_text("pattern,scope,note,source,reach\n\\bregion\\b,regional,,,\nclosed,intermediate,,,sentence\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match=r"figure_scopes\.csv: row 2: reach must be one of"):
        load_scopes(path)
    path.write_text("pattern,scope,note,source,reach\nclosed,intermediate,,,paragraph\n", encoding="utf-8")
    assert [s.reach for s in load_scopes(path)] == ["paragraph"]


@pytest.mark.parametrize("text", [
    "Closed polling stations were a concern for observers. Lukashenko won 80.1 percent, the final count showed.",
    "Observers were barred from closed polling stations in 2020. In the final results published later, "
    "Lukashenko won 80.1 percent.",
])
def test_a_partial_count_cue_with_no_figure_of_its_own_reaches_no_later_sentence(text):
    # a mention of closed polling stations that reports no count (a year is no count) names no partial
    # result whose figures follow: the next sentence's share is compared with the national result
    row = one(figures_of(text, published="2020-09-01"), "80.1 percent")
    assert row["reference_value"] == 80.1 and "partial count" not in str(row["note"]), row


def test_an_against_all_clause_before_another_share_does_not_label_it():
    # the before-cue labels only a figure it stands right before ('none of the above' 6.02%); a clause
    # that ends with it ('… voted against all candidates, and X received …') leaves the next share X's
    t = figures_of("4.6 percent voted against all candidates, and Lukashenko received 80.1 percent.",
                   published="2020-09-01")
    assert (one(t, "4.6 percent")["kind"], one(t, "80.1 percent")["kind"]) == ("against_all", "vote_share")
    assert one(t, "80.1 percent")["subject"] == "lukashenko"
