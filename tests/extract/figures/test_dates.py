"""Dates (issue 13, figures kind 5): the polling day, year ranges and years inside names."""

from __future__ import annotations

from figure_helpers import figures_of, one



def test_polling_day_in_a_later_text_is_the_election_day():
    t = figures_of("As the House will recall, on 9 August Belarus held a presidential election.",
                   published="2021-08-20")
    r = one(t, "9 August")
    assert r["iso_date"] == "2020-08-09" and "polling day" in r["note"]


def test_same_day_without_the_election_is_the_publication_year():
    r = one(figures_of("Protests on 9 August marked the anniversary.", published="2021-08-20"), "9 August")
    assert r["iso_date"] == "2021-08-09"


def test_year_range_is_two_years_not_a_count():
    t = figures_of("The crackdown of 2020-21 was brutal.")
    assert t[["text", "kind", "iso_date"]].values.tolist() == [["2020", "date", "2020"], ["21", "date", "2021"]]


def test_year_in_a_name_is_no_duration():
    t = figures_of("Belarus marked the 2022 Year of Historical Memory.")
    r = one(t, "2022")
    assert r["kind"] == "date" and r["iso_date"] == "2022" and (t["kind"] != "duration").all()
