"""Literal prefilters of regex rows (belarus_analysis.extract.prefilter): never skip a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import belarus_analysis as ba
from belarus_analysis.analysis import evaluate
from belarus_analysis.extract.markers.lexicons import load_lexicons
from belarus_analysis.extract.prefilter import Prefilter, required_literals

LEX = load_lexicons()
PATTERNS = [rx for _, rx in LEX.regexes]


def _sound(patterns, text):
    can = set(Prefilter(patterns).candidates(text))
    return [p.pattern for k, p in enumerate(patterns) if k not in can and p.search(text)]


def test_no_lexicon_row_is_skipped_on_real_articles():
    texts = list(ba.load_corpus()["text"]) + list(evaluate.heldout_articles("dev_set_a")["text"])
    found = 0
    for text in texts:
        assert _sound(PATTERNS, text) == []
        found += sum(bool(p.search(text)) for p in PATTERNS)
    assert found > 50  # the rows do match these texts: the check above is not vacuous


def test_most_rows_are_skipped_on_a_text_without_their_words():
    assert len(Prefilter(PATTERNS).candidates("The weather in the capital was mild on Tuesday.")) < len(PATTERNS) / 4


@pytest.mark.parametrize("pattern, text", [
    (r"\bkiev\b", "In \u212aiev today"),              # Kelvin sign: case-insensitively a 'k'
    (r"\bsham\b", "A \u017fham vote"),                 # long s: case-insensitively an 's'
    (r"\bvictim\b", "the V\u0130CTIM"),                 # dotted capital I
    (r"free and fair", "FREE AND FAIR"),
    (r"(?:re-?)?elected\b", "Re-Elected"),
])
def test_case_insensitive_equivalents_are_not_skipped(pattern, text):
    rx = re.compile(pattern, re.IGNORECASE)
    assert rx.search(text) and Prefilter([rx]).candidates(text) == [0]


def test_literals_of_branches_repeats_and_groups():
    assert required_literals(r"(?:sham|fake)s?") == frozenset({"sham", "fake"})
    assert required_literals(r"(?:sham|fake) vote") == frozenset({" vote"})  # the longer of two required parts
    assert required_literals(r"(?:very )?rigged") == frozenset({"rigged"})
    assert required_literals(r"(?:sham|\w+) vote") == frozenset({" vote"})  # a branch with no literal gives none
    assert required_literals(r"(?-i:Sham) vote") == frozenset({" vote"})  # its own case handling: not used
    assert required_literals(r"Sham", 0) == frozenset({"Sham"})  # case-sensitive: as written
    assert required_literals(r"(a)\1") == frozenset({"a"})
    assert required_literals(r"\d+(?:\.\d+)?%?") is None


WORDS = sorted({w for p in PATTERNS for lits in [required_literals(p.pattern)] if lits for w in lits})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["the", "vote", "not", ",", "\u212a", "\u017f", "\u0130", "was", "election"]),
                max_size=12), st.sampled_from([str, str.upper, str.title]))
def test_no_row_is_skipped_on_texts_made_of_their_own_words(words, case):
    assert _sound(PATTERNS, case(" ".join(words))) == []
