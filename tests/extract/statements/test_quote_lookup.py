"""Ctx.quote_at (a bisection over the start-sorted quotes) answers what a walk over every quote of the
article answered: the first quote whose words start (and end) where asked, or None. Sentences invented."""

from __future__ import annotations

from belarus_analysis import nlp
from belarus_analysis.extract.statements.context import _context
from belarus_analysis.extract.view import ArticleView

# nested quotes (several start near each other), a quote inside a quote, a ''doubled'' mark, a post
TEXT = ("“We won,” she said. “‘Sham’ is their word,” he said of the ‘vote’.\n"
        "The ministry called it “a ‘fair’ count”. He wrote: ''Never again.''\n"
        "“Counted.” — Anna Berg (@aberg) August 10, 2020")


def test_quote_at_is_the_first_quote_a_walk_finds():
    ctx = _context(ArticleView(nlp.load_pipeline()(TEXT)))
    assert len(ctx.quotes) >= 6
    for start in range(len(TEXT) + 2):
        walk = next((q for q in ctx.quotes if q.start == start), None)
        assert ctx.quote_at(start) == walk, start
        for end in {q.end for q in ctx.quotes} | {start}:
            walk = next((q for q in ctx.quotes if q.start == start and q.end == end), None)
            assert ctx.quote_at(start, end) == walk, (start, end)
