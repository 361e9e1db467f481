"""Result figures, seventh round (issue 13): a percent listed against a candidate's name, the tabular form of a
commission's announcement. Invented examples."""

from __future__ import annotations

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
