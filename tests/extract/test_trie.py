"""Trie-shaped alternations (belarus_analysis.extract.trie): the matches of the longest-first list."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.extract.figures.numbers import CARDINAL_WORDS, ORDINALS
from belarus_analysis.extract.trie import alternation


def _longest_first(words):
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _matches(pattern, text, flags):
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


WORDS = st.lists(st.text(alphabet="abAB.", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abAB. ", max_size=30), st.sampled_from([0, re.IGNORECASE]))
def test_same_matches_as_the_longest_first_list(words, text, flags):
    # words that are prefixes of each other, differ by case only, or end in a regex metacharacter;
    # the group and the context after it (which makes the engine backtrack into the alternation)
    for template in ("({})", "({})(?=b)", "({})a?b", r"(?<!\w)({})(?!\w)"):
        assert _matches(template.format(alternation(words)), text, flags) == \
            _matches(template.format(_longest_first(words)), text, flags)


def test_number_words_match_as_before_and_branch_once_per_letter():
    text = "twenty-first of ninety nine thousand, the eighteenth, sixteen or sixty, ten tenth"
    for words in (CARDINAL_WORDS, list(ORDINALS)):
        pattern = rf"(?<![\w])({alternation(words)})(?![\w])"
        assert _matches(pattern, text, re.I) == _matches(rf"(?<![\w])({_longest_first(words)})(?![\w])", text, re.I)
    assert alternation(["ten", "tenth", "twelve"]) == "t(?:en(?:th|)|welve)"


def test_case_variants_fall_back_to_the_plain_list():
    # under IGNORECASE 'Apr' and 'april' both match 'April': branches on 'A'/'a' would not exclude each other
    assert alternation(["Apr", "april"]) == "april|Apr"
    assert re.match(alternation(["Apr", "april"]), "April", re.I).group() == "April"


@pytest.mark.parametrize("words, text", [(["s", "ſa"], "ſa"), (["i", "ıb"], "ıb"), (["i", "İb"], "İb")])
def test_letters_re_folds_beyond_lower_case_fall_back_to_the_plain_list(words, text):
    assert _matches(f"({alternation(words)})", text, re.I) == _matches(f"({_longest_first(words)})", text, re.I)
