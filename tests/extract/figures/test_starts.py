"""One scan finds where numerals and dates may start, exactly as the numerals' and the dates' own scans do."""

from __future__ import annotations

import test_dates
import test_numbers
from hypothesis import given, settings
from hypothesis import strategies as st

import belarus_analysis.extract.figures as figures
from belarus_analysis.extract.figures import dates, numbers
from belarus_analysis.extract.figures.core import starts

PIECES = sorted({*test_numbers.PIECES, *test_dates.PIECES, "Nov.", "An ", "a-", "Marchand", "oneMay", "twelfth"})


def one_scan_is_two(text: str) -> None:
    assert figures._starts(text) == (starts(numbers._STARTS, text), starts(dates._STARTS, text))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_one_scan_finds_the_starts_of_both_scans(pieces):
    one_scan_is_two("".join(pieces))


def test_no_text_starts_with_a_number_word_and_a_date_word():
    # what lets one scan serve both: at a word start the numerals' branch and the dates' branches never
    # both match, whatever follows (a number word and a date word, one a prefix of the other, would)
    for a in PIECES:
        for b in PIECES:
            one_scan_is_two(a + b)
            one_scan_is_two(f"x {a} {b}.")
    words = [w.lower() for w in numbers._OPENING_WORDS]
    names = [*dates._FULL_MONTHS, *dates._ABBREVIATED, *dates.WEEKDAYS, *dates._REL.strip("(?i:)").split("|"),
             *dates._SEASONS.split("|"), *dates._PARTS.split("|")]
    assert not [(w, n) for w in words for n in names if n.lower().startswith(w) or w.startswith(n.lower())]
