"""Literal prefilters of regex rows (belarus_analysis.extract.prefilter): never skip a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import belarus_analysis as ba
from belarus_analysis.analysis import evaluate
from belarus_analysis.extract import prefilter
from belarus_analysis.extract.markers.lexicons import load_lexicons
from belarus_analysis.extract.prefilter import HEAD_MAX, Prefilter, _LiteralScan, reach, required_literals, starts_of

LEX = load_lexicons()
PATTERNS = [rx for _, rx in LEX.regexes]


def _sound(patterns, text):
    # the lexicons' rows through the lexicons' own prefilter, built once as in a build (building one costs
    # seconds: tens of thousands of literals); other pattern lists through a new one
    can = set((LEX.prefilter if patterns is PATTERNS else Prefilter(patterns)).candidates(text))
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
    (r"\bkremlin\b", "the \u212aREMLIN"),               # Kelvin sign: case-insensitively a 'k'
    (r"\bvictim\b", "the v\u0131ctim"),                 # dotless i
    (r"free and fair", "FREE AND FAIR"),
    (r"(?:re-?)?elected\b", "Re-Elected"),
])
def test_case_insensitive_equivalents_are_not_skipped(pattern, text):
    rx = re.compile(pattern, re.IGNORECASE)
    assert rx.search(text) and Prefilter([rx]).candidates(text) == [0]


def test_literals_of_branches_repeats_and_groups():
    assert required_literals(r"(?:sham|fake)s?") == frozenset({"sham", "fake"})
    # an alternation and the literal after it are one string, rarer than either ('sham vote', not ' vote')
    assert required_literals(r"(?:sham|fake) vote") == frozenset({"sham vote", "fake vote"})
    assert required_literals(r"\bin (?:compliance|line) with\b") == frozenset({"in compliance with", "in line with"})
    assert required_literals(r"(?:sham|fake)\w* vote") == frozenset({" vote"})  # the longer of two required parts
    assert required_literals(r"(?:very )?rigged") == frozenset({"rigged"})
    assert required_literals(r"(?:sham|\w+) vote") == frozenset({" vote"})  # a branch with no literal gives none
    assert required_literals(r"(?-i:Sham) vote") == frozenset({" vote"})  # its own case handling: not used
    assert required_literals(r"Sham", 0) == frozenset({"Sham"})  # case-sensitive: as written
    assert required_literals(r"(a)\1") == frozenset({"a"})
    assert required_literals(r"\d+(?:\.\d+)?%?") is None
    # Python's parser factors a common start out of an alternation ('w(?:on|in)'): rejoined, not just 'in'/'on'
    assert required_literals(r"\b(?:won|wins|win|winning)\b") == frozenset({"won", "wins", "win", "winning"})
    assert required_literals(r"(?:have|has|had)(?:n't)?") == frozenset({"have", "has", "had"})
    assert required_literals(r"a(?:bc|\w)") == frozenset({"a"})  # a branch starting with no literal: no join
    assert required_literals(r"ab(?-i:Cd|Ce)") == frozenset({"ab"})  # nor one with its own case handling


WORDS = sorted({w for p in PATTERNS for lits in [required_literals(p.pattern)] if lits for w in lits})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["the", "vote", "not", ",", "\u212a", "\u017f", "\u0130", "was", "election"]),
                max_size=12), st.sampled_from([str, str.upper, str.title]))
def test_no_row_is_skipped_on_texts_made_of_their_own_words(words, case):
    assert _sound(PATTERNS, case(" ".join(words))) == []


# --------------------------------------------------------------------------- windowed matches

def _spans(pairs):
    return [(k, m.span(), m.groups()) for k, m in pairs]


def _plain(patterns, text):
    return [(k, m.span(), m.groups()) for k, p in enumerate(patterns) for m in p.finditer(text)]


def test_windowed_matches_are_finditers_on_real_articles():
    texts = list(ba.load_corpus()["text"]) + list(evaluate.heldout_articles("dev_set_a")["text"])
    pf = Prefilter(PATTERNS)
    assert sum(lead is not None for lead in pf.lead) > len(PATTERNS) / 2  # most rows are windowed
    found = 0
    for text in texts:
        got = _spans(pf.matches(text))
        assert got == _plain(PATTERNS, text)
        found += len(got)
    assert found > 50


# Patterns whose matches overlap, sit next to each other, look behind the window's start, look
# ahead past its end, end at '$', read without bound (\w+) or repeat a literal.
ADVERSARIAL = [re.compile(p, f) for p, f in [
    (r"\bab\b", re.I), (r"(?<=x)ab(?=y)", 0), (r"ab(?! ?ab)", re.I), (r"(?:ab|ba){1,3}", re.I),
    (r"a?b a?b$", re.I), (r"\w+ ab\b", re.I), (r"ab[^.]{0,5}?ba", re.I), (r"(?<!b )ab\w*", 0),
    (r"(?:x|y)?ab(?=(?: \S+){0,2} ba)", re.I), (r"ab(?P<span> ab)?", re.I), (r"^ab", re.M), (r"ab\Z", 0),
    (r"\bb(?:a\w+|ab)", re.I), (r"(?:\s+ab){2}", re.I),
    # the rarest literal lies an unbounded way into the match: windows come from the literal before it
    (r"x\s+(?:aab|abab)", re.I), (r"\b(?:ab|ba)\s*\w*abab", re.I),
]]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ab", "AB", "ba", "x", "y", " ", ".", "\n", "abab", "b a", "aab"]), max_size=20))
def test_windowed_matches_are_finditers_on_adversarial_patterns(parts):
    text = "".join(parts)
    assert _spans(Prefilter(ADVERSARIAL).matches(text)) == _plain(ADVERSARIAL, text)


def test_windowed_match_sees_text_before_and_after_its_window():
    # the look-behind needs the character before the window; the look-ahead the words after it
    rx = [re.compile(r"(?<!not )\bfair\b(?! and free)", re.I), re.compile(r"\bfree\b(?=(?: \S+){0,3} vote)", re.I)]
    text = "not fair; FAIR and free; fair. free and fair vote; free x y z w vote"
    assert _spans(Prefilter(rx).matches(text)) == _plain(rx, text)
    assert [m.start() for _, m in Prefilter(rx).matches(text)] == [25, 40, 31]  # pattern by pattern


def test_reach_and_lead_bound_what_a_match_reads():
    assert reach(r"\bab(?! c)") == (2, 4)  # the look-ahead reads two past the match
    assert reach(r"ab\w+") is None
    assert reach(r"(?:ab){2,3}c") == (7, 7)
    pf = Prefilter([re.compile(r"\w+ ab", re.I), re.compile(r"x{0,4}ab\w+", re.I)])
    assert pf.lead == [None, 6]  # an unbounded run before the literal: no window


# Pieces of generated patterns: literals that case-fold to another length or onto ASCII ('İ', 'ß', 'ſ', the
# Kelvin sign), anchors that read past the match ($, \b, look-arounds), groups that switch case handling,
# alternations sharing a prefix, lazy and bounded repeats, back-references.
PIECES = ["ab", "a", "ba", "K", "k", "s", "ſ", "i", "İ", "ı", "ss", "ß", "ﬁ", r"\b", r"\B", "$", "^", r"\Z",
          "(?<=a)", "(?<!b)", "(?=a)", "(?!b)", r"\w", r"\W", ".", " ", "[ab]", "x?", "(?:ab|a)", "(?:b|ba|)",
          "a{1,3}", "b*?", "(?i:ab)", "(?-i:AB)", r"\s", r"(a)\1", "(?:free|fair)", "vote", r"\w+"]
FILLER = st.sampled_from(["z", " ", "\n", ".", "zz z"]).flatmap(lambda s: st.integers(0, 120).map(lambda n: s * n))
BITS = st.sampled_from(["a", "b", "A", "B", " ", "\n", "\r", "K", "k", "ſ", "S", "İ", "ı", "I", "ß", "ﬁ", "vote",
                        "FAIR", "free", "ab"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5),
       st.sampled_from([0, re.I, re.I | re.M, re.M, re.S]),
       st.lists(st.tuples(FILLER, st.lists(BITS, max_size=8).map("".join)), max_size=6))
def test_windowed_matches_are_finditers_on_generated_patterns_in_long_texts(pieces, flags, parts):
    # long filler between the bits, so that the windows (not the whole-text fallback) are searched
    try:
        rx = re.compile("".join(pieces), flags)
    except re.error:
        return
    text = "".join(f + b for f, b in parts)
    expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
    assert [(m.span(), m.groups()) for _, m in Prefilter([rx]).matches(text)] == expected
    # a pattern with starts also tried only inside windows, however few its starts (the threshold set to 0)
    threshold, prefilter.WINDOWED_STARTS = prefilter.WINDOWED_STARTS, 0
    try:
        assert [(m.span(), m.groups()) for _, m in Prefilter([rx]).matches(text)] == expected
    finally:
        prefilter.WINDOWED_STARTS = threshold


def test_windows_come_from_a_bounded_literal_when_the_rarest_is_unbounded():
    rx = re.compile(r"\b(?:lacks?|absence of)\s+(?:legitimacy|credibility)\b", re.I)
    pf = Prefilter([rx])
    assert pf.literals == [frozenset({"legitimacy", "credibility"})]  # still decides whether it runs
    assert pf.windowing[0][0] == frozenset({"lack", "absence of"}) and pf.lead == [10]
    text = "No legitimacy. " * 30 + "It lacks   credibility; absence of legitimacy. " + "Lack of it. " * 30
    assert _spans(pf.matches(text)) == _plain([rx], text) and len(_plain([rx], text)) == 2


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text("ab .", min_size=1, max_size=4), min_size=1, max_size=8), st.text("ab .", max_size=40))
def test_one_pass_finds_every_literal_where_it_occurs(literals, hay):
    # literals that are prefixes of others, overlap or repeat: each found at every position it starts at
    expected = {lit: at for lit in literals if (at := [p for p in range(len(hay)) if hay.startswith(lit, p)])}
    assert _LiteralScan(literals).occurrences(hay) == expected


# --------------------------------------------------------------------------- match starts

def test_starts_run_through_optional_parts_groups_and_alternations():
    assert starts_of(r"\b(?:re-?)?elections?\b") == frozenset({"re-election", "reelection", "election"})
    assert starts_of(r"(?<!not )\b(?:the )?(?:people|voters) (?:have|has)") == frozenset(
        {"the people h", "the voters h", "people have", "people has", "voters have", "voters has"})  # HEAD_MAX
    assert starts_of(r"(?:ab)+c") == frozenset({"ab"})  # a repeat: its first round
    assert starts_of(r"Sham|fake", 0) == frozenset({"Sham", "fake"})  # case-sensitive: as written
    assert starts_of(r"\w+ed") is None and starts_of(r"(?:ab)?\w") is None  # may start anywhere
    assert starts_of(r"(?:ab|)c") is None  # an empty branch: then 'c', which starts no branch of its own
    assert starts_of(r"a\b") is None  # one letter: occurs inside most words, no use as a start
    assert max(map(len, starts_of(r"(?:certainly not|never) (?:free|fair|legitimate)"))) == HEAD_MAX


class _Spy:
    """A compiled pattern that records where it is tried (``tried``: the positions of ``match``)."""

    def __init__(self, rx):
        self.rx, self.pattern, self.flags, self.tried = rx, rx.pattern, rx.flags, []

    def match(self, text, pos):
        self.tried.append(pos)
        return self.rx.match(text, pos)


def _spied(rx) -> tuple[Prefilter, _Spy]:
    """A prefilter of ``rx`` whose match attempts are recorded."""
    pf, spy = Prefilter([rx]), _Spy(rx)
    pf.patterns = [spy]
    return pf, spy


def test_lexicon_rows_are_tried_only_where_a_match_can_start():
    pf = Prefilter(PATTERNS)
    assert sum(h is not None for h in pf.heads) > len(PATTERNS) * 0.9
    text = "The election was rigged. " * 40

    rx = re.compile(r"\b(?:re-?)?elections?\b[^.]{0,40}?\brigged\b", re.I)
    spied, spy = _spied(rx)
    assert [m.span() for _, m in spied.matches(text)] == [m.span() for m in rx.finditer(text)]
    assert spy.tried == [m.start() for m in re.finditer("election", text)]  # one attempt per 'election'


def test_starts_far_from_a_needed_literal_are_not_tried():
    # 'election' starts a match in many places, but only one is near the 'falsified' every match holds
    text = "The election was held. " * 40 + "The election was falsified. " + "Elections. " * 5

    rx = re.compile(r"\b(?:re-?)?elections?\b[^.]{0,40}?\bfalsified\b", re.I)
    spied, spy = _spied(rx)
    assert spied.windowing[0][0] == frozenset({"falsified"})
    assert [m.span() for _, m in spied.matches(text)] == [m.span() for m in rx.finditer(text)] != []
    # only starts from which 'falsified' ends within the most a match reaches (lead): 2 of 46
    near = text.index("falsified") + len("falsified") - spied.lead[0]
    assert spy.tried == [m.start() for m in re.finditer("election", text, re.I) if near <= m.start() < text.index("falsified")]
    assert len(spy.tried) == 2


PF = Prefilter(PATTERNS)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["the", "\u212a", "\u017f", "\u0130", "vote"]), max_size=10),
       st.sampled_from([str, str.upper, str.title]))
def test_substring_check_agrees_with_the_scan(words, case):
    from belarus_analysis.extract.trie import fold_case

    text = case(" ".join(words))
    assert [k for k in range(len(PATTERNS)) if PF.may_match(k, text, fold_case(text))] == PF.candidates(text)
