"""Result figures (issue 13): a percent listed against a candidate's name (the tabular form of a
commission's announcement), the stage an exact earlier figure is compared with, a group's share, marks
and barriers as thresholds. Invented examples."""

from __future__ import annotations

import pandas as pd
import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span, subject", [
    ("The results: Lukashenko – 80.23%, Tsikhanouskaya – 9.9%.", "80.23%", "lukashenko"),
    ("The results: Lukashenko – 80.23%, Tsikhanouskaya – 9.9%.", "9.9%", "tsikhanouskaya"),
    ("Preliminary results: Lukashenko: 80.23%.", "80.23%", "lukashenko"),
    ("The two front-runners, Lukashenko (80.1%) and Tsikhanouskaya (10.1%), were far apart.", "10.1%",
     "tsikhanouskaya"),
])
def test_a_percent_listed_against_a_candidate_is_their_vote_share(text, span, subject):
    row = one(figures_of(text), span)
    assert (row["kind"], row["subject"]) == ("vote_share", subject)


@pytest.mark.parametrize("text, span", [
    ("Turnout by region: Minsk – 66.1%, Gomel – 89.8%.", "66.1%"),  # a place, not a person
    ("Lukashenko – a president since 1994 – saw inflation of 5.1% last year.", "5.1%"),  # not next to the name
])
def test_no_vote_share_without_a_name_right_before(text, span):
    assert one(figures_of(text), span)["kind"] != "vote_share"


@pytest.mark.parametrize("text, span, stage", [
    # after the final result (80.10, 10.12), the exact preliminary figures quote the preliminary announcement
    ("Lukashenko officially won 80.23 percent of the vote.", "80.23 percent", "preliminary"),
    ("Tsikhanouskaya got 9.9 percent, the commission said.", "9.9 percent", "preliminary"),
    # the final figure, and a rounded one that fits both, are compared with the latest announcement
    ("Lukashenko won 80.1 percent of the vote.", "80.1 percent", "final"),
    ("Lukashenko won 80 percent of the vote.", "80 percent", "final"),
])
def test_an_exact_figure_of_an_earlier_announcement_is_compared_with_it(text, span, stage):
    row = one(figures_of(text, published="2020-08-20"), span)
    assert row["reference_stage"] == stage
    assert row["deviation"] == pytest.approx(0, abs=0.5)


@pytest.mark.parametrize("text, span", [
    # the shares of a group of several candidates belong to none of them (figures.md §10), not to the person
    # named nearer in an apposition
    ("The four other candidates, all seen as loyal to Lukashenko, won between 1.7 and 3.2 percent.", "3.2 percent"),
    ("The other candidates, loyal to Lukashenko, got less than 3.3 percent each.", "3.3 percent"),
])
def test_a_groups_share_has_no_subject(text, span):
    row = one(figures_of(text, published="2025-01-28", election="2025"), span)
    assert row["kind"] == "vote_share" and pd.isna(row["subject"])


def test_a_named_candidate_still_owns_the_share_the_results_put_him_at():
    row = one(figures_of("The results put Lukashenko at 86.82 percent.", published="2025-01-28", election="2025"),
              "86.82 percent")
    assert row["subject"] == "lukashenko"


@pytest.mark.parametrize("text, span", [
    ("Only Syrankou passed the 3% mark.", "3%"),
    ("No other candidate cleared the 5 percent barrier.", "5 percent"),
])
def test_a_bound_named_as_a_mark_or_barrier_is_a_threshold(text, span):
    assert one(figures_of(text, published="2025-01-28", election="2025"), span)["kind"] == "threshold"


def test_a_share_before_a_mark_of_something_else_stays_a_share():
    row = one(figures_of("Syrankou got 3.21%, a mark of his weakness.", published="2025-01-28", election="2025"),
              "3.21%")
    assert row["kind"] == "vote_share"
