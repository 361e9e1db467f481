"""Counts of persons get the unit ``people`` (gold guide §7) in the forms development sets A-E and H coded so
and the rows missed (issue 13, session 10): a partitive with a possessive ('15 of our citizens', 'hundreds of
their supporters'), persons staying in detention ('65 remain imprisoned', 'remain behind bars'), the population
of a country ('a nation of 9.5 million', 'the 3.5 million diaspora'), members and guests, and deaths or arrests
counted as the persons they befall. Invented sentences, with controls that stay ``items``."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span", [
    ("So far, 42 of our nationals have voted at the embassy.", "42"),
    ("Police detained dozens of their fellow citizens.", "dozens"),
    ("Hundreds of his supporters gathered outside.", "Hundreds"),
    ("About 300 remain imprisoned, the group said.", "300"),
    ("More than 900 remain behind bars.", "900"),
    ("Another 12 are still unaccounted for.", "12"),
    ("The Baltic nation of 1.9 million borders Belarus.", "1.9 million"),
    ("Petrov rules a country of 9.2 million.", "9.2 million"),
    ("The 2 million diaspora could not vote.", "2 million"),
    ("The council now has 450 members.", "450"),
    ("The ceremony was attended by some 500 guests.", "500"),
    ("The crackdown caused at least four deaths.", "four"),
    ("The crackdown brought thousands of arrests.", "thousands"),
])
def test_a_count_of_persons_is_in_people(text, span):
    assert one(figures_of(text), span)["unit"] == "people"


@pytest.mark.parametrize("text, span", [
    ("Ten of our embassies opened polling stations.", "Ten"),
    ("Sanctions hit 27 member states.", "27"),
    ("About 40 remain closed.", "40"),
])
def test_a_count_of_things_stays_in_items(text, span):
    assert one(figures_of(text), span)["unit"] == "items"
