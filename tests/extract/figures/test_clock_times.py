"""Clock times carry the hour of the day (24-hour clock, minutes as a fraction) in unit ``hours``, kind
``other`` (gold guide §8; issue 13, session 10: development sets A, C, D, E and H code them so, the rows
had no value). Invented sentences."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span, hour", [
    ("Polling stations closed at 8:00 p.m. local time.", "8:00 p.m.", 20.0),
    ("By 2 p.m. on Sunday, turnout had passed 60 percent.", "2 p.m.", 14.0),
    ("Precincts open from 08:00 to 20:00.", "20:00", 20.0),
    ("Precincts open from 08:00 to 20:00.", "08:00", 8.0),
    ("The first protocols arrived between 2:30 and 3:00 a.m.", "2:30", 2.5),
    ("The commission met at 11 a.m. and again at 12 p.m.", "12 p.m.", 12.0),
    ("The count ended at 12:15 a.m.", "12:15 a.m.", 0.25),
    ("Karpenko spoke to reporters at 9:45 PM on Sunday.", "9:45 PM", 21.75),
])
def test_a_clock_time_is_the_hour_of_the_day(text, span, hour):
    row = one(figures_of(text), span)
    assert (row["value"], row["unit"], row["kind"]) == (pytest.approx(hour), "hours", "other")


@pytest.mark.parametrize("text, span, hour", [
    # the European notation with a full stop, as the two ends of a range of opening hours (sets F and L)
    ("On 4-8 August the polling stations are open from 10.00 to 14.00 and from 16.00 to 19.00.", "16.00", 16.0),
    ("On 4-8 August the polling stations are open from 10.00 to 14.00 and from 16.00 to 19.00.", "19.00", 19.0),
    ("During early voting the commissions work from 12.00 to 19.00 without a break.", "12.00", 12.0),
    ("Polls are open 8.00–20.00, the commission said.", "8.00", 8.0),
    ("The count runs from 20.30 until 23.45 in most districts.", "23.45", 23.75),
])
def test_a_range_of_dotted_clock_times_is_two_hours_of_the_day(text, span, hour):
    row = one(figures_of(text), span)
    assert (row["value"], row["unit"], row["kind"]) == (pytest.approx(hour), "hours", "other")


@pytest.mark.parametrize("text, span", [
    ("Inflation rose from 10.50 to 14.20 percent.", "10.50"),  # no quarter hour, a unit after
    ("Rates rose from 1.00 to 2.00 percent.", "1.00"),
    ("Tickets cost 10.00-12.00 EUR.", "10.00"),
    ("The rouble moved from 2.50 to 3.20 against the dollar.", "2.50"),
    ("The score was 10.00 on the first day.", "10.00"),  # a lone decimal is no clock time
])
def test_decimals_are_no_dotted_clock_times(text, span):
    assert one(figures_of(text), span)["unit"] != "hours"
