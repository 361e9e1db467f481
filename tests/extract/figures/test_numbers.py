"""Numerals (issue 13, figures kind 6 and issue 18's separators): scale words and typographic spaces."""

from __future__ import annotations

from figure_helpers import figures_of, one

import pytest

from belarus_analysis.extract.figures import digits_value, words_value


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
