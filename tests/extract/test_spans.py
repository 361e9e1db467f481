"""extract/spans.py helpers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from belarus_analysis.extract.spans import end_before_space


@given(st.text(alphabet=st.sampled_from("ab.\u201d \t\n\r\u00a0\u2003\u3000\x1c"), max_size=40), st.data())
def test_end_before_space_is_the_length_of_the_right_stripped_prefix(text, data):
    end = data.draw(st.integers(0, len(text)))
    # every whitespace str.rstrip() strips (no-break, em and ideographic spaces, separators) and only those
    assert end_before_space(text, end) == len(text[:end].rstrip())
