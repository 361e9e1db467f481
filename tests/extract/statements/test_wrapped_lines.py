"""Paragraph layout (issue 12, set L): a stored page that hard-wraps its lines breaks a sentence
between the speaker and the cue, or inside 'according to X'. The line break is no paragraph: the
cue's content runs on past it. Every name and sentence is invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, content, lemma", [
    ("The polls closed at eight. The election board also\nclaimed that nine in ten voters backed the mayor.",
     "nine in ten voters backed the mayor", "claim"),
    ("Turnout was low. According to the\nOslo monitoring group, at least 40 people were detained.",
     "at least 40 people were detained", "according to"),
    ("The count ended late. Kalve told\nreporters that the result was final.", "the result was final", "tell"),
    ("Polls closed. Vell, the opposition leader, insisted on Monday\nthat the vote had been rigged.",
     "the vote had been rigged", "insist"),
    ("Vell, the opposition leader, insisted\nthat the vote had been rigged.", "the vote had been rigged", "insist"),
])
def test_a_hard_wrapped_sentence_keeps_its_content(text, content, lemma):
    t = statements_of(text)
    assert list(t[t.text == content].cue_lemma) == [lemma]


def test_a_line_that_starts_a_sentence_is_still_a_paragraph():
    # a headline over its story: the next line starts a sentence, so the headline's words stay out of it
    t = statements_of("Mayor claims a win\nThe board said that the mayor had won.")
    assert list(t.text) == ["the mayor had won"]
