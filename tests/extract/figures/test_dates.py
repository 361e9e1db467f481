"""Dates (issue 13, figures kind 5): the polling day, year ranges and years inside names."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one, tried_at_starts_is_finditer
from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.extract.figures import dates



def test_polling_day_in_a_later_text_is_the_election_day():
    t = figures_of("As the House will recall, on 9 August Belarus held a presidential election.",
                   published="2021-08-20")
    r = one(t, "9 August")
    assert r["iso_date"] == "2020-08-09" and "polling day" in r["note"]


def test_same_day_without_the_election_is_the_publication_year():
    r = one(figures_of("Protests on 9 August marked the anniversary.", published="2021-08-20"), "9 August")
    assert r["iso_date"] == "2021-08-09"


def test_future_context_decides_only_a_missing_year():
    # a future context ('will publish') moves a year-less date forward from the publication date, never a dated
    # one; an announcement verb before a date dates the results it announces
    text = "The commission will publish the results of the vote on {} and announced them on 10 August {}."
    dated = figures_of(text.format("3 February 2021", "2020"), published="2021-01-28")
    assert one(dated, "3 February 2021")["iso_date"] == "2021-02-03"
    bare = figures_of(text.format("3 February", "2020"), published="2021-01-28")
    assert one(bare, "3 February")["iso_date"] == "2021-02-03" and "future context" in one(bare, "3 February")["note"]
    past = figures_of("The commission published the results of the vote on 3 February.", published="2021-01-28")
    assert one(past, "3 February")["iso_date"] == "2020-02-03"
    announced = figures_of("The authorities declared election results on 10 August 2020 which saw Lukashenko gaining "
                           "80.1 percent.", published="2020-08-20")
    assert "results announced on 2020-08-10" in one(announced, "80.1 percent")["note"]


def test_year_range_is_two_years_not_a_count():
    t = figures_of("The crackdown of 2020-21 was brutal.")
    assert t[["text", "kind", "iso_date"]].values.tolist() == [["2020", "date", "2020"], ["21", "date", "2021"]]


def test_year_in_a_name_is_no_duration():
    t = figures_of("Belarus marked the 2022 Year of Historical Memory.")
    r = one(t, "2022")
    assert r["kind"] == "date" and r["iso_date"] == "2022" and (t["kind"] != "duration").all()


# --------------------------------------------------------------------------- the date scanner

# Pieces of dates and of their near misses: names glued to words, other cases, Unicode digits, the
# letters case-insensitive matching equates with ASCII ones (the long s of 'laſt', the dotted İ).
PIECES = ["9", "15", "2020", "1990", "0", "٣", "08", "2020-08-15", "15.08.2020", "–", "-", " to ", " ", ", ",
          ".", "\n", "of ", "August", "Aug.", "Aug", "May", "March", "Sept", "Monday", "Sunday", "Friday",
          "last ", "LAST ", "laſt ", "thİs ", "Next ", "coming ", "past", "summer ", "Summer ", "mid-",
          "early-", "fall", "s", "x", "Theresa ", "Good ", "Belarus", "Dec", "Octo", "Jan", "the ", "Sep", "Se", "Mon", "Market ", "A", "Ju"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_patterns_tried_at_the_scanned_starts_find_what_they_find_everywhere(pieces):
    # each pattern, tried only where the one scan of the text says a match may start, finds
    # exactly the matches of the pattern run over the whole text
    tried_at_starts_is_finditer(dates._STARTS, [*dates.DATE_PATTERNS, (dates.YEAR_RANGE, ["digit"])], "".join(pieces))


def test_patterns_tried_at_the_scanned_starts_on_every_pair_of_pieces():
    # the same on every two pieces, glued and apart (what random lists may miss)
    for a in PIECES:
        for b in PIECES:
            for text in (a + b, f"x {a} {b}."):
                tried_at_starts_is_finditer(dates._STARTS, [*dates.DATE_PATTERNS, (dates.YEAR_RANGE, ["digit"])], text)


def test_scanner_finds_dates_of_every_kind_of_start():
    text = "On 9–15 August, last Sunday, in summer 2020, PAST Monday, the 1990s and 2020-21, Sept 3."
    assert [text[f.start:f.end] for f in dates.find_dates(text, dates.Disjoint())] == [
        "2020", "21", "9", "15 August", "Sept 3", "summer 2020", "1990s", "last Sunday", "PAST Monday"]


@pytest.mark.parametrize("text, span, iso", [
    # 'Month, D' with a comma inside, after a preposition of time and before the clause's end (sets F and L)
    ("The presidential election is officially scheduled for August, 9. Early voting began on Tuesday.",
     "August, 9", "2020-08-09"),
    ("The lists were checked, the commission said on August, 2.", "August, 2", "2020-08-02"),
    ("Complaints may be filed until July, 30; the commission then rules.", "July, 30", "2020-07-30"),
])
def test_a_month_and_day_with_a_comma_inside_is_one_date(text, span, iso):
    assert one(figures_of(text, published="2020-08-05"), span)["iso_date"] == iso


def test_a_month_then_a_count_after_a_comma_stays_a_count():
    table = figures_of("In August, 9 people were detained.", published="2020-09-05")
    assert one(table, "9")["unit"] == "people"
