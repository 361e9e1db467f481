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
