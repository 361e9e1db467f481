"""What the figures of an article share: sentence segments cut at line breaks and semicolons."""

from __future__ import annotations

import sys

import belarus_analysis.extract.figures  # noqa: F401 - the package re-exports classify() over its module's name
from belarus_analysis.extract.view import ArticleView

classify = sys.modules["belarus_analysis.extract.figures.classify"]


def test_segments_are_sentences_cut_after_each_line_break_and_semicolon(nlp):
    text = "Turnout was 84 percent; in Minsk 66 percent.\nResults: Petrov 80%.\n\nIvanov; Berg; Sidorov won 2%."
    view = ArticleView(nlp(text))
    ctx = classify.Context.build(view, {})
    pieces = [text[a:b] for a, b in ctx.segments]
    # every sentence is covered, in order, by its segments, and a segment ends at a break or a sentence end
    assert "".join(pieces) == "".join(text[a:b] for a, b in view.sentences)
    assert all(p[-1] in "\n;" or b in {e for _, e in view.sentences} for p, (_, b) in zip(pieces, ctx.segments))
    assert not any(c in p[:-1] for p in pieces for c in "\n;")
    assert pieces[:2] == ["Turnout was 84 percent;", " in Minsk 66 percent.\n"]
    assert ctx.segment(text.index("Berg")) == (text.index(" Berg"), text.index(" Sidorov"))
