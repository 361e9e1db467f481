"""ArticleView.covering, token_text, lemma: the tokens under a character range (made once), the text of a token
range, the lemmas as spaCy gives them."""

from __future__ import annotations

import spacy

from belarus_analysis.extract.view import ArticleView


def _bounds(span):
    return None if span is None else (span.start, span.end)


def test_covering_is_char_span_expand_for_every_range():
    # every range of a text with a double space, a line break and a trailing space: empty ranges, ranges
    # starting or ending in whitespace or inside a word, and ranges past the end (None)
    doc = spacy.blank("en")("The  vote, rigged.\nNo. ")
    view = ArticleView(doc)
    for a in range(len(doc.text) + 2):
        for b in range(a, len(doc.text) + 2):
            assert _bounds(view.covering(a, b)) == _bounds(doc.char_span(a, b, alignment_mode="expand")), (a, b)


def test_covering_is_made_once_per_range():
    view = ArticleView(spacy.blank("en")("The vote was rigged."))
    assert view.covering(4, 8) is view.covering(4, 8)
    assert view.covering(4, 8).text == "vote" and view.covering(5, 10).text == "vote was"


def test_token_text_is_the_span_text_for_every_range():
    # spaces, a line break and a trailing space: tokens of whitespace and whitespace after the last token
    doc = spacy.blank("en")("The  vote, rigged.\n\nNo. 5 ")
    view = ArticleView(doc)
    for a in range(len(doc) + 1):
        for b in range(a, len(doc) + 1):
            assert view.token_text(a, b) == doc[a:b].text, (a, b)


def test_lemma_is_the_tokens_lemma(nlp):
    # as spaCy gives it: a proper noun keeps its case (lemma_lower lowers it)
    doc = nlp("Lukashenko was declared the winner; the EU has not recognised him.")
    assert ArticleView(doc).lemma == [t.lemma_ for t in doc]
