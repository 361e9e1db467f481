"""Numerals (issue 13, figures kind 6 and issue 18's separators): scale words and typographic spaces."""

from __future__ import annotations

from figure_helpers import figures_of, one, tried_at_starts_is_finditer

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.extract.figures import digits_value, numbers, words_value


def test_point_words_are_one_number():
    assert words_value(["one", "point", "two", "million"]) == 1_200_000
    assert words_value(["three", "point", "one", "four"]) == pytest.approx(3.14)
    assert words_value(["point", "two"]) is None and words_value(["one", "point", "million"]) is None


@pytest.mark.parametrize("space", ["\u202f", "\u2009", "\u00a0"])
def test_percent_after_a_narrow_space_keeps_its_unit(space):
    text = f"Turnout reached 86,8{space}% by evening."
    r = one(figures_of(text), f"86,8{space}%")
    assert r["value"] == pytest.approx(86.8) and r["unit"] == "percent" and r["kind"] == "turnout"


@pytest.mark.parametrize("space", ["\u2009", "\u202f", " "])
def test_thin_space_groups_are_one_number(space):
    number = space.join(["5", "818", "955"])
    assert digits_value(number) == 5_818_955
    r = one(figures_of(f"In all, {number} people voted."), number)
    assert r["value"] == 5_818_955 and r["kind"] == "turnout"


# Pieces of numerals and of their near misses: number words glued to others or hyphenated, other
# cases, Unicode digits and vulgar fractions, the letters case-insensitive matching equates with
# ASCII ones (the long s of 'firſt', the Kelvin sign), clock times and ranks.
PIECES = ["7", "1,200", "2.5", "05", "٣", "¼", "3¾", "12:30", "9 a.m.", "a ", "an ", "A ", "one", "One ",
          "third", "thirds", "half ", "of ", "twenty", "-", "first", "firſt", "twice", "three-fold", "fold",
          "No.", "no.", "Nr. ", "Number ", "a", "an", "no", "nr", "about ", "tens ", "thousands", "dozen", "million", "hundred", "and ",
          "point ", " ", "\n", ".", ",", "x", "in ", "out of ", "5", "K", "st", "th", "@", "/"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_patterns_tried_at_the_scanned_starts_find_what_they_find_everywhere(pieces):
    # each pattern, tried only where the one scan of the text says a match may start, finds
    # exactly the matches of the pattern run over the whole text
    tried_at_starts_is_finditer(numbers._STARTS, numbers._KINDS.items(), "".join(pieces))


def test_patterns_tried_at_the_scanned_starts_on_every_pair_of_pieces():
    # the same on every two pieces, glued and apart (what random lists may miss)
    for a in PIECES:
        for b in PIECES:
            for text in (a + b, f"x {a} {b}."):
                tried_at_starts_is_finditer(numbers._STARTS, numbers._KINDS.items(), text)


def test_a_rank_before_in_is_no_ratio():
    # 'the top two in five regions' is a rank and a count (review of session 9); 'two in five voters' is a ratio
    ranked = figures_of("The challenger finished in the top two in five regions.")
    assert "two in five" not in set(ranked["text"]) and 40.0 not in set(ranked["value"])
    assert one(figures_of("Two in five voters backed the challenger."), "Two in five")["value"] == 40.0
