"""Result figures on unseen coverage (issue 13): an appositive share between a number of people
and their voting verb, and the verb 'take' of a vote share. Invented examples."""

from __future__ import annotations

from figure_helpers import figures_of, one


def test_a_number_of_people_with_an_appositive_share_who_cast_ballots_is_a_turnout():
    t = figures_of("The commission said 5,640,000 people, or 82.9 percent of voters, cast ballots.")
    row = one(t, "5,640,000")
    assert (row["kind"], row["unit"], row["value"]) == ("turnout", "people", 5640000)
    assert one(t, "82.9 percent")["kind"] == "turnout"


def test_a_march_with_an_appositive_is_still_a_count():
    row = one(figures_of("Some 120,000 people, or more than ever before, marched in Minsk."), "120,000")
    assert row["kind"] == "count"


def test_taking_a_share_is_a_vote_share_of_its_subject():
    t = figures_of("Turnout was 83 percent, the commission said, with Lukashenko taking 79 percent.")
    row = one(t, "79 percent")
    assert (row["kind"], row["subject"]) == ("vote_share", "lukashenko")
    assert one(t, "83 percent")["kind"] == "turnout"


def test_taking_part_is_still_turnout():
    assert one(figures_of("Roughly 83 percent of voters were taking part."), "83 percent")["kind"] == "turnout"
