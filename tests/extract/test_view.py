"""The shared article view (belarus_analysis.extract.view): token attribute strings from arrays."""

from __future__ import annotations

import pytest
import spacy

from belarus_analysis.extract import view
from belarus_analysis.extract.view import ArticleView


def _expected(doc):
    return ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc], [t.pos_ for t in doc], [t.dep_ for t in doc])


def _got(doc):
    v = ArticleView(doc)
    return v.lower, v.lemma_lower, v.pos, v.dep


def test_strings_equal_the_tokens_across_articles_and_vocabs(nlp, monkeypatch):
    # The memo of value -> string is shared by all articles (and vocabs): words an earlier article
    # brought must not stand for other words of a later one, nor of another pipeline's vocab.
    monkeypatch.setattr(view, "_STRINGS", {})
    first = nlp("The Commission said the vote was rigged.")
    second = nlp("Zyxwvut, a never-seen word, was said by Qwrtz twice.")
    assert _got(first) == _expected(first)
    assert _got(second) == _expected(second)
    blank = spacy.blank("en")
    other = blank("Ümlaut words and zyxwvut again")
    assert ArticleView(other).lower == [t.lower_ for t in other]


def test_strings_memo_is_emptied_when_full(nlp, monkeypatch):
    monkeypatch.setattr(view, "_STRINGS", {})
    monkeypatch.setattr(view, "_LOWERED", {})
    monkeypatch.setattr(view, "STRINGS_MEMO_SIZE", 5)
    for text in ["One two three four five six seven.", "Eight nine ten eleven twelve thirteen.", "One again."]:
        doc = nlp(text)
        assert _got(doc) == _expected(doc)
        assert len(view._STRINGS) <= 5 + len(doc) * 4  # emptied before it grows past the bound by an article
        assert 0 < len(view._LOWERED) <= 5 + len(doc)  # the lower-cased lemmas likewise


def test_tree_and_token_arrays_equal_the_tokens(nlp):
    # Two sentences (two roots: a root is no child of itself), entities, punctuation, a run of
    # spaces and a paragraph break: every array the extractors walk instead of Token objects.
    doc = nlp("Foreign Minister Anna Berg (OSCE) said:  “We won.”\n\nThe CEC, in Minsk, did not agree.")
    v = ArticleView(doc)
    assert v.children == [[c.i for c in t.children] for t in doc]
    assert sum(map(len, v.children)) == len(doc) - len(list(doc.sents))
    assert v.orth == [t.text for t in doc]
    assert v.tag == [t.tag_ for t in doc]
    assert v.ent_type == [t.ent_type_ for t in doc] and "PERSON" in v.ent_type
    assert v.is_punct == [t.is_punct for t in doc] and any(v.is_punct)
    assert v.is_space == [t.is_space for t in doc] and any(v.is_space)
    assert [v.end(t.i) for t in doc] == [t.idx + len(t.text) for t in doc]
    assert [v.subtree_size(t.i) for t in doc] == [len(list(t.subtree)) for t in doc]
    assert [v.sentence_token_span(t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert [v.sentences[v.sentence_of_token(t.i)] for t in doc] == [(t.sent.start_char, t.sent.end_char) for t in doc]
    assert ArticleView(None, "text").children == []


def test_sentences_of_tokens_need_sentence_boundaries():
    doc = spacy.blank("en")("No parser, no sentences.")
    with pytest.raises(ValueError, match="sentence boundaries"):
        ArticleView(doc).sentence_of_token(0)


def _bounds(span):
    return None if span is None else (span.start, span.end)


def test_span_is_char_span_expand_for_every_range():
    # every range of a text with a double space, a line break and a trailing space: empty ranges, ranges
    # starting or ending in whitespace or inside a word, and ranges past the end (None)
    doc = spacy.blank("en")("The  vote, rigged.\nNo. ")
    view = ArticleView(doc)
    for a in range(len(doc.text) + 2):
        for b in range(a, len(doc.text) + 2):
            assert _bounds(view.span(a, b)) == _bounds(doc.char_span(a, b, alignment_mode="expand")), (a, b)


def test_span_is_made_once_per_range():
    view = ArticleView(spacy.blank("en")("The vote was rigged."))
    assert view.span(4, 8) is view.span(4, 8)
    assert view.span(4, 8).text == "vote" and view.span(5, 10).text == "vote was"


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
