"""Synonyms of 'farce' and 'charade' said of an election ('the vote was a mockery', 'denounced the election
as a masquerade', 'turned the ballot into a circus') are delegitimising legitimacy rows (markers.md §4.1; the
kind 'a sham noun predicated of the vote' is coded in development sets A, D, E: farce, charade, political
show, ritual). Issue 13, session 10. Invented sentences, with controls from other domains."""

from __future__ import annotations

import pytest
from test_invented_marker_battery import _polar_rows

L = "legitimacy"


@pytest.mark.parametrize("text, expected", [
    ("The presidential election was a mockery.", [("mockery", L, -1, "outlet")]),
    ("Sunday's vote was nothing but a masquerade, the opposition said.", [("masquerade", L, -1, "quoted")]),
    ("Ivanova denounced the election as a cynical parody.", [("parody", L, -1, "quoted")]),
    ("The authorities turned the ballot into a circus.", [("circus", L, -1, "outlet")]),
    ("The inauguration became a pantomime.", [("pantomime", L, -1, "outlet")]),
])
def test_a_sham_synonym_said_of_the_vote_is_delegitimising(text, expected):
    assert _polar_rows(text) == expected


@pytest.mark.parametrize("text", [
    "The play was a parody of Hamlet.",
    "A circus came to Minsk on Sunday.",
    "The trial was a mockery of justice.",
    "Children enjoyed the Christmas pantomime.",
])
def test_the_same_words_elsewhere_are_no_verdict(text):
    assert _polar_rows(text) == []
