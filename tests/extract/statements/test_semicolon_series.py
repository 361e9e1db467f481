"""Content form (issue 12, set L): a that-clause listing results item by item, the items separated
by semicolons and the list closed by '; and'. The parser hangs the cue on a later item and the content
stopped at the first semicolon. Every name and figure is invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, content", [
    ("The official added that the mayor received 5,000 votes; the challenger received 3,000 votes; and "
     "the third candidate received 900 votes.",
     "the mayor received 5,000 votes; the challenger received 3,000 votes; and the third candidate received "
     "900 votes"),
    ("The spokesman noted that the ruling party won 40 seats; the liberals took 12 seats; and the greens won "
     "3 seats.", "the ruling party won 40 seats; the liberals took 12 seats; and the greens won 3 seats"),
    ("Kalve, the board's chairwoman, announced that 800 stations opened late; 12 stayed closed; or the "
     "observers were kept out.", "800 stations opened late; 12 stayed closed; or the observers were kept out"),
    ("The commission reported that Vell won 70 percent; Kalve, 20 percent; and Marek, 6 percent.",
     "Vell won 70 percent; Kalve, 20 percent; and Marek, 6 percent"),
    ("According to the board, officials said that turnout reached 61 percent in the north; it stood at 55 "
     "percent in the capital; or less in the villages.",
     "turnout reached 61 percent in the north; it stood at 55 percent in the capital; or less in the villages"),
])
def test_a_semicolon_series_closed_by_a_conjunction_is_one_content(text, content):
    assert content in list(statements_of(text).text)


@pytest.mark.parametrize("text, content", [
    # no closing conjunction: the clause after the semicolon may be the outlet's own
    ("Berg said that the turnout was 60 percent; the count would finish on Monday.", "the turnout was 60 percent"),
    # a reporting verb after the semicolon attributes its own content
    ("Berg said that the turnout was 60 percent; and Kalve said that it was lower.", "the turnout was 60 percent"),
])
def test_a_semicolon_still_ends_the_content_otherwise(text, content):
    assert content in list(statements_of(text).text)
