"""Links, e-mail addresses, handles and hashtags hold no figure: found word by word, as a scan of the text finds them."""

from __future__ import annotations

from figure_helpers import figures_of

from hypothesis import given, settings
from hypothesis import strategies as st

import belarus_analysis.extract.figures as figures

PIECES = ["http://", "https://", "://", "www.", "www", ".", "@", "#", "a", "B", "2020", "_", "-", "/", " ", "\n", "\t",
          "\xa0", "\u2028", ",", "é", "x.y", "mail@"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_excluded_words_are_those_of_a_scan_of_the_text(text):
    assert [m.span() for m in figures._excluded(text)] == [m.span() for m in figures.EXCLUDED.finditer(text)]


def test_numbers_inside_links_and_tags_are_no_figures():
    got = figures_of("See https://x.org/2020/86-percent, #vote2020, press@cec.by and 86 percent voted.")
    assert got["text"].tolist() == ["86 percent"]
