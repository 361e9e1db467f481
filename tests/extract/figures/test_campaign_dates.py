"""A year-less day between a text's publication date and its election's polling day is a day of the
campaign still to come, dated forward (gold guide §11; issue 13, session 10: development sets C and H had
such days read back into the year before). Invented sentences."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span, published, election, iso", [
    # a schedule in the present tense or with a modal, days before the vote
    ("Voters can cast their ballots early until Saturday, January 25.", "Saturday, January 25", "2025-01-21",
     "2025", "2025-01-25"),
    ("Early voting runs from Tuesday to 25 January.", "25 January", "2025-01-20", "2025", "2025-01-25"),
    # a past tense in a text whose dateline is a day behind the event
    ("The council approved the head of the mission at a meeting on 21 July.", "21 July", "2020-07-20", "2020",
     "2020-07-21"),
    ("Registration of observers closes on August 5, the commission said.", "August 5", "2020-07-02", "2020",
     "2020-08-05"),
    # the polling day itself
    ("Belarusians go to the polls on 9 August.", "9 August", "2020-08-01", "2020", "2020-08-09"),
])
def test_a_day_before_the_vote_in_a_text_written_before_it_is_of_this_campaign(text, span, published, election, iso):
    assert one(figures_of(text, published=published, election=election), text=span)["iso_date"] == iso


@pytest.mark.parametrize("text, span, published, election, iso", [
    # after the polling day the past reading stays (rule 1)
    ("Protests began on 10 August.", "10 August", "2020-09-01", "2020", "2020-08-10"),
    # a day past the polling day is no day of the campaign: read back as written in the past tense
    ("The talks were held on 30 December.", "30 December", "2025-01-10", "2025", "2024-12-30"),
    # a text of no studied election keeps rule 1
    ("The talks were held on 21 July.", "21 July", "2020-07-20", None, "2019-07-21"),
])
def test_other_days_keep_the_past_reading(text, span, published, election, iso):
    assert one(figures_of(text, published=published, election=election), text=span)["iso_date"] == iso
