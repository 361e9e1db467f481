"""Result figures in the forms coverage reports them (issue 13, session 7 round 2): a battery of invented
sentences by form (results lines, shares "for" a person, "it" continuing a list, the against-all option,
placings, passive backing, thresholds). Each test fails without its mechanism. Invented examples."""

from __future__ import annotations

import pandas as pd
import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span, subject", [
    # a results line with only a space between name and percent
    ("Final results: Lukashenko 80.1%, Tsikhanouskaya 10.12%, Dmitriyev 1.21%.", "10.12%", "tsikhanouskaya"),
    ("Final results: Lukashenko 80.1%, Tsikhanouskaya 10.12%, Dmitriyev 1.21%.", "1.21%", "dmitriyev"),
    # "had" and the British "on"
    ("Officials said Lukashenko had 80.1 percent and Kanopatskaya 1.68 percent.", "80.1 percent", "lukashenko"),
    ("Officials said Lukashenko had 80.1 percent and Kanopatskaya 1.68 percent.", "1.68 percent", "kanopatskaya"),
    ("Dmitriyev on 1.21 per cent and Cherechen on 1.14 per cent trailed far behind.", "1.14 per cent", "cherechen"),
])
def test_a_percent_on_a_results_line_is_the_named_candidates_share(text, span, subject):
    row = one(figures_of(text, published="2020-08-20"), span)
    assert (row["kind"], row["subject"], row["reference_stage"]) == ("vote_share", subject, "final")


@pytest.mark.parametrize("text", [
    "Lukashenko 2020: a year in which inflation ran at 5.5%.",  # the name is not joined to the percent
    "Inflation under Lukashenko, at 5.5%, worried economists.",
])
def test_a_percent_not_joined_to_the_name_is_no_share(text):
    assert one(figures_of(text), "5.5%")["kind"] != "vote_share"


def test_a_percent_for_a_person_is_their_share():
    row = one(figures_of("The reported 80.23% for Lukashenko convinced nobody."), "80.23%")
    assert (row["kind"], row["subject"], row["reference_stage"]) == ("vote_share", "lukashenko", "preliminary")


def test_a_list_member_for_a_person_keeps_the_lists_scope_and_source():
    text = "A poll of voters abroad showed 70.2% for Tsikhanouskaya and only 9% for Lukashenko."
    row = one(figures_of(text), "9%")
    assert (row["kind"], row["subject"]) == ("vote_share", "lukashenko")
    assert pd.isna(row["reference_stage"])  # abroad, an opinion poll: not compared


@pytest.mark.parametrize("text, span", [
    ("Turnout reached 84.2 percent. In the Brest region it was 91.3 percent, in Minsk 68.4 percent.", "91.3 percent"),
    ("Turnout reached 84.2 percent. In the Brest region it was 91.3 percent, in Minsk 68.4 percent.", "68.4 percent"),
    ("On Tuesday early-voting turnout was 5.1 percent; on Wednesday it climbed to 6.3 percent.", "6.3 percent"),
])
def test_it_continues_the_previous_sentences_turnout(text, span):
    row = one(figures_of(text), span)
    assert row["kind"] == "turnout" and pd.isna(row["reference_stage"])  # regional, early voting


@pytest.mark.parametrize("text", [
    # "it" without a result figure in the sentence right before
    "Turnout reached 84.2 percent. Prices rose sharply. Over the year it rose to 6.3 percent.",
    # the previous sentence's figure is not what "it" continues without an "it" clause
    "Turnout reached 84.2 percent. Inflation was 6.3 percent.",
])
def test_no_continuation_without_it_in_the_next_sentence(text):
    assert one(figures_of(text), "6.3 percent")["kind"] != "turnout"


@pytest.mark.parametrize("text, span", [
    ("The against-all option attracted 4.59 percent of the vote.", "4.59 percent"),
    ("Against all candidates, which drew 4.59% of the votes, came third.", "4.59%"),
    ("About 4.59 percent of the ballots were ticked against all.", "4.59 percent"),
])
def test_the_against_all_option_owns_its_share(text, span):
    row = one(figures_of(text, published="2020-08-20"), span)
    assert (row["kind"], row["reference_stage"]) == ("against_all", "final")


@pytest.mark.parametrize("text, span, subject", [
    ("Lukashenko got 80.1 percent. He was followed by Tsikhanouskaya with 10.12 percent.", "10.12 percent",
     "tsikhanouskaya"),
    ("Kanopatskaya finished third on 1.68 percent.", "1.68 percent", "kanopatskaya"),
])
def test_a_placing_with_or_on_a_share_is_that_candidates(text, span, subject):
    row = one(figures_of(text, published="2020-08-20"), span)
    assert (row["kind"], row["subject"]) == ("vote_share", subject)


def test_the_voters_a_candidate_was_backed_by_are_her_votes_and_share():
    table = figures_of("Tsikhanouskaya was backed by 588,622 voters, or 10.12 percent.", published="2020-08-20")
    votes, share = one(table, "588,622"), one(table, "10.12 percent")
    assert (votes["kind"], votes["unit"], votes["subject"]) == ("vote_share", "votes", "tsikhanouskaya")
    assert (share["kind"], share["subject"], share["reference_stage"]) == ("vote_share", "tsikhanouskaya", "final")


@pytest.mark.parametrize("text, span", [
    ("A candidate needs more than 50 percent of the votes cast to win outright.", "50 percent"),
    ("The winner required at least 50% of the vote.", "50%"),
])
def test_what_a_candidate_needs_is_a_threshold(text, span):
    assert one(figures_of(text), span)["kind"] == "threshold"


@pytest.mark.parametrize("text, span", [
    ("The count put her share at no more than 10.12 percent.", "10.12 percent"),
    ("Tsikhanouskaya was backed by just over 10 percent of voters.", "10 percent"),
])
def test_a_qualifier_between_cue_and_number_does_not_hide_the_cue(text, span):
    assert one(figures_of(text, published="2020-08-20"), span)["kind"] == "vote_share"


def test_domestic_monitors_count_is_an_independent_count_not_compared():
    row = one(figures_of("Opposition monitors put Tsikhanouskaya's real share at no less than 60 percent.",
                         published="2020-08-20"), "60 percent")
    assert (row["kind"], row["subject"], row["source_kind"]) == ("vote_share", "tsikhanouskaya", "independent_count")
    assert pd.isna(row["reference_stage"])


def test_a_candidate_given_a_share_owns_it():
    row = one(figures_of("Kanopatskaya, the only woman besides her, was given 1.68 percent."), "1.68 percent")
    assert (row["kind"], row["subject"]) == ("vote_share", "kanopatskaya")


def test_a_quoted_against_all_column_owns_its_share():
    row = one(figures_of("The \u201cagainst all\u201d box got 6.02% of the votes."), "6.02%")
    assert (row["kind"], row["reference_stage"]) == ("against_all", "preliminary")


def test_it_may_be_followed_by_a_longer_clause():
    row = one(figures_of("Turnout in Brest was 90.1%; it was lowest of all in the city of Minsk, at 66.1%."), "66.1%")
    assert row["kind"] == "turnout" and pd.isna(row["reference_stage"])


@pytest.mark.parametrize("text, intermediate", [
    ("At 4 p.m. turnout had reached 70.2 percent.", True),
    ("At 16:00, turnout stood at 70.2 percent.", True),
    ("Turnout was 70.2 percent when polls closed at 8 p.m.", False),  # the close: the final figure
])
def test_an_hour_while_the_polls_are_open_makes_a_turnout_intermediate(text, intermediate):
    row = one(figures_of(text, published="2020-08-12"), "70.2 percent")
    assert row["kind"] == "turnout" and pd.isna(row["reference_stage"]) == intermediate


@pytest.mark.parametrize("text, span", [
    # review, session 7: a name before a percent that names its own whole is no results line
    ("Fans were loud, with Lukashenko 86% of the time on screen.", "86%"),
    ("Lukashenko had 60% of the cabinet replaced.", "60%"),
    ("Tickets: Lukashenko on 5% discount for pensioners.", "5%"),
])
def test_a_percent_of_its_own_whole_after_a_name_is_no_share(text, span):
    assert one(figures_of(text), span)["kind"] != "vote_share"


@pytest.mark.parametrize("text", [
    # review, session 7: an "it" after a clause of its own sentence is that clause's topic, not the turnout
    "Turnout reached 84.2 percent. Unemployment stayed low, and it was 6.3 percent in June.",
    "Turnout reached 84.2 percent. Asked about inflation, the minister said it was 6.3 percent.",
])
def test_it_after_a_verb_of_its_own_sentence_does_not_continue_the_turnout(text):
    assert one(figures_of(text), "6.3 percent")["kind"] != "turnout"


@pytest.mark.parametrize("text, span", [
    # review, session 7: a percent modifying a noun or a comparative after it measures something else or a
    # difference; it is no next item of the share or turnout list before it
    ("The survey shows 60% for Lukashenko with a 3% margin of error.", "3%"),
    ("Lukashenko won 80 percent, with a 2 percent increase in spoiled ballots.", "2 percent"),
    ("Turnout was 80 percent, a 5 percent rise on the last vote.", "5 percent"),
    ("Turnout was 84 percent. It was 5 percent colder than last year.", "5 percent"),
])
def test_a_percent_of_another_measure_does_not_continue_a_list(text, span):
    assert one(figures_of(text), span)["kind"] == "other"


def test_a_signed_percent_after_a_name_is_a_change_not_a_share():
    # review, session 7: a hyphen right before the number is its minus sign, not a results line's dash
    table = figures_of("Lukashenko -5%, Tsikhanouskaya +3% compared with the last survey.")
    assert one(table, "5%")["kind"] != "vote_share"
    assert one(figures_of("The results: Lukashenko - 86.82%, Syrankov - 3.21%"), "86.82%")["kind"] == "vote_share"


@pytest.mark.parametrize("text, span", [
    # review, session 7: "P% for X" only when the percent is X's: not a percent of its own noun, nor one for
    # a noun the name owns or modifies
    ("The EU imposed a 20% tariff for Lukashenko's cronies.", "20%"),
    ("Prices rose 15% for Tsikhanouskaya's supporters in exile.", "15%"),
    ("Officials reserved 10% of seats for Lukashenko loyalists.", "10%"),
])
def test_a_percent_for_something_of_a_person_is_no_share(text, span):
    assert one(figures_of(text), span)["kind"] != "vote_share"
