"""extract/quotes.py: the character scans under the quote pairing (marks and paragraphs found without a
regex over every character) give exactly what the character-by-character definitions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.extract.quotes import MARKS, _marks_at, paragraphs

# every mark, line breaks of both kinds, blanks of several widths, letters and an apostrophe's neighbours
TEXTS = st.lists(st.sampled_from([*MARKS, "\n", "\r\n", " ", "\t", "\u00a0", "a", "Z", "9", "0s", "—", "."]),
                 max_size=80).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_marks_at_is_every_mark_in_order(text):
    assert _marks_at(text) == [i for i, c in enumerate(text) if c in MARKS]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_paragraphs_are_the_non_blank_lines(text):
    assert paragraphs(text) == [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
