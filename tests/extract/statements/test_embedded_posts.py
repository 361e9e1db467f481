"""Embedded posts (quoted._tweets): the signed paragraph and the post's earlier paragraphs, which the
stored page separates by a wider gap than the article's own paragraphs. Texts invented."""

from __future__ import annotations

from conftest import statements_of

POST = ("Ministers met on Monday.\n\n"
        "Today's vote was neither free nor fair.\n\n\n\n"
        "The people deserve a real say.\n\n\n\n"
        "I am hosting the opposition leader today. pic.twitter.com/abc — Anna Berg (@annaberg) January 26, 2025\n\n"
        "The ministers agreed.")


def test_every_paragraph_of_the_post_is_a_direct_row_of_its_author():
    t = statements_of(POST, published="2025-01-27")
    rows = t[t.speaker == "Anna Berg"]
    assert list(rows.text) == ["Today's vote was neither free nor fair.", "The people deserve a real say.",
                               "I am hosting the opposition leader today. pic.twitter.com/abc"]
    assert (rows.kind == "direct").all()


def test_paragraphs_at_the_usual_gap_are_the_article_not_the_post():
    t = statements_of(POST.replace("\n\n\n\n", "\n\n"), published="2025-01-27")
    assert list(t[t.speaker == "Anna Berg"].text) == ["I am hosting the opposition leader today. pic.twitter.com/abc"]


def test_an_article_whose_paragraphs_all_have_wide_gaps_keeps_them():
    t = statements_of(POST.replace("\n\n\n\n", "\n\n").replace("\n\n", "\n\n\n\n"), published="2025-01-27")
    assert len(t[t.speaker == "Anna Berg"]) == 1
