"""Speaker form (issue 12, set L): the apostrophe of an s-final possessive ('Belarus’ Central Election
Commission') read by the parser as a closing quotation mark, the possessed noun as an apposition of the
name: the speaker is the possessed body, not the country. Every sentence is invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, speaker", [
    ("Belarus’ Central Election Commission (CEC) said that turnout was high.", "Belarus’ Central Election Commission"),
    ("Belarus’ Foreign Ministry (MFA) said that the vote was fair.", "Belarus’ Foreign Ministry"),
    ("On Friday, Belarus’ Interior Ministry (MVD) said that the protests were riots.",
     "Belarus’ Interior Ministry (MVD)"),
    ("Cyprus’ foreign ministry (MFA) said on Monday that the vote was a sham.", "Cyprus’ foreign ministry (MFA)"),
])
def test_the_possessed_body_speaks(text, speaker):
    assert list(statements_of(text).speaker) == [speaker]


def test_a_name_with_an_apposition_after_a_comma_still_speaks_alone():
    t = statements_of("Belarus, a country of nine million, said that the vote was fair.")
    assert list(t.speaker) == ["Belarus"]
