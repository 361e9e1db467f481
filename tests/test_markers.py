"""Framing markers: gold scores on the seeds, the coding rules on adversarial text,
lexicons as data (a row added at run time is matched), offsets and robustness."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
import spacy
from conftest import assert_offsets

import belarus_analysis as ba
from belarus_analysis.extract import markers as markers_extractor
from belarus_analysis.extract.markers import lexicons as markers_lexicons
from belarus_analysis.extract.view import ArticleView
from belarus_analysis import config, evaluate, pipeline, schema
from belarus_analysis.errors import DataFileError

# One short article per rule of data/gold/markers.md that the extractor must respect.
TEXTS = {
    "labels": "The regime jailed critics. The UK extended its sanctions regime, "
              "and protesters called for regime change.",
    "negation": "Lukashenko did not win the election. Lukashenko won the election with 80 percent.",
    "embedded": "The EU refused to acknowledge him as the country's legitimate leader.",
    "titles": "European Commission President Ursula von der Leyen spoke. "
              "Belarusian President Alexander Lukashenko replied.",
    "names": "Alyaksandr Lukashenko met Alexander Smith and Svetlana Tikhanovskaya's aides.",
    "scare": "The so-called “referendum” was held. Lukashenko said: “We won.” The “Union State” treaty remains.",
    "nested": "“Some chose prison, some chose ‘exile,’ as you say,” Lukashenko said.",
    "voice": "Tsikhanouskaya said the election was rigged. The EU accused the regime of rigging the vote. "
             "Borrell condemned the sham vote.",
    "results": "According to official results, Lukashenko won 87 percent of the vote.",
    "press": "The UK said the violence against protesters must end.",
    "press_unknown": "The UK said the violence against protesters must end.",
}


@pytest.fixture(scope="module")
def seed_markers(articles):
    return pipeline.build(articles, ["markers"])["markers"]


@pytest.fixture(scope="module")
def adversarial():
    arts = ba.from_texts(TEXTS, [{"article_id": "press", "outlet": "GOV.UK"}])
    return arts, pipeline.build(arts, ["markers"])["markers"]


def rows(markers: pd.DataFrame, article_id: str) -> list[tuple]:
    m = markers[markers["article_id"] == article_id]
    return list(zip(m["text"], m["lexicon"], m["category"], m["voice"], m["speaker_actor_id"].fillna("")))


# --------------------------------------------------------------------------- seeds and gold

def test_schema_and_offsets(seed_markers, texts):
    schema.check(seed_markers, "markers")
    assert_offsets(seed_markers, texts)
    assert seed_markers["marker_id"].is_unique
    quoted = seed_markers["voice"] == "quoted"
    assert set(seed_markers["voice"]) == {"outlet", "quoted"}
    assert seed_markers.loc[~quoted, "speaker_actor_id"].isna().all()


def test_gold_scores(seed_markers, articles):
    scores = evaluate.evaluate("markers", seed_markers, articles).set_index("lexicon")
    overall = scores.loc["all"]
    assert overall["f1"] >= 0.90, scores
    assert overall["voice_accuracy"] >= 0.90, scores
    assert overall["category_accuracy"] >= 0.90, scores
    # every lexicon of the guide is found: a broken lexicon file shows up here
    assert (scores.drop("all")["recall"] > 0.5).all(), scores


def test_polarity_follows_category(seed_markers):
    expected = {"delegitimising": -1, "non_recognition": -1, "pejorative_label": -1,
                "legitimising": 1, "recognition": 1}
    got = seed_markers.set_index("category")["polarity"]
    assert all(got[c].eq(p).all() for c, p in expected.items() if c in got.index)
    assert (seed_markers.loc[~seed_markers["category"].isin(expected), "polarity"] == 0).all()


# --------------------------------------------------------------------------- coding rules

def test_offsets_on_adversarial_text(adversarial):
    arts, markers = adversarial
    assert_offsets(markers, dict(zip(arts["article_id"], arts["text"])))


def test_regime_is_a_label_only_when_it_names_a_government(adversarial):
    _, m = adversarial
    labels = m[(m["article_id"] == "labels") & (m["lexicon"] == "actor_label")]
    assert labels["text"].tolist() == ["regime"]
    assert labels["target_actor_id"].tolist() == ["belarus_government"]


def test_negated_win_is_not_coded(adversarial):
    _, m = adversarial
    wins = m[(m["article_id"] == "negation") & (m["lexicon"] == "legitimacy")]
    assert wins["text"].tolist() == ["won"]
    assert TEXTS["negation"].index("won") == wins["char_start"].iloc[0]


def test_legitimacy_inside_a_refusal_is_not_coded(adversarial):
    _, m = adversarial
    assert rows(m, "embedded") == [("refused to acknowledge", "recognition", "non_recognition", "outlet", "")]


def test_titles_of_other_office_holders_are_not_coded(adversarial):
    _, m = adversarial
    titles = m[(m["article_id"] == "titles") & (m["lexicon"] == "actor_label")]
    assert len(titles) == 1
    assert titles["char_start"].iloc[0] == TEXTS["titles"].index("President Alexander")
    assert titles["target_actor_id"].iloc[0] == "lukashenko"


def test_name_forms_need_the_actors_surname(adversarial):
    _, m = adversarial
    names = m[m["article_id"] == "names"]
    assert list(zip(names["text"], names["category"])) == [
        ("Alyaksandr", "belarusian"), ("Lukashenko", "russian"), ("Svetlana", "russian"), ("Tikhanovskaya", "russian")]
    assert names["target_actor_id"].tolist() == ["lukashenko", "lukashenko", "tsikhanouskaya", "tsikhanouskaya"]


def test_scare_quotes_exclude_speech_and_names(adversarial):
    _, m = adversarial
    scare = m[(m["article_id"] == "scare") & (m["lexicon"] == "scare_quote")]
    assert scare["text"].tolist() == ["“referendum”"]  # not “We won.” (speech), not “Union State” (a name)
    assert scare["voice"].tolist() == ["outlet"]


def test_nested_scare_quote_with_distancing_is_the_speakers(adversarial):
    _, m = adversarial
    assert ("‘exile,’", "scare_quote", "scare_quote", "quoted", "lukashenko") in rows(m, "nested")
    assert ("as you say", "hedge", "distancing", "quoted", "lukashenko") in rows(m, "nested")


def test_voice_follows_the_statements(adversarial):
    _, m = adversarial
    got = rows(m, "voice")
    assert ("rigged", "legitimacy", "delegitimising", "quoted", "tsikhanouskaya") in got  # content clause
    assert ("regime", "actor_label", "pejorative_label", "outlet", "") in got  # X of "accuse X of Y"
    assert ("rigging", "legitimacy", "delegitimising", "quoted", "eu") in got  # Y of "accuse X of Y"
    assert ("sham", "legitimacy", "delegitimising", "outlet", "") in got  # NP object of "condemned"
    assert ("accused", "attribution_verb", "loaded", "outlet", "") in got


def test_according_to_results_is_a_hedge_not_a_speaker(adversarial):
    _, m = adversarial
    got = rows(m, "results")
    assert ("According to official results", "hedge", "hedge", "outlet", "") in got
    assert ("won", "legitimacy", "legitimising", "outlet", "") in got


def test_an_outlet_that_is_an_actor_speaks_in_its_own_voice(adversarial):
    _, m = adversarial
    assert rows(m, "press") == [("violence", "frame", "repression", "outlet", "")]
    # the same sentence from an unknown outlet reports the UK's speech
    assert rows(m, "press_unknown") == [("violence", "frame", "repression", "quoted", "uk_government")]


def test_outlet_actor_needs_an_exact_name():
    assert markers_extractor.outlet_actor({"outlet": "GOV.UK (Foreign Office press release)"}) == "uk_government"
    assert markers_extractor.outlet_actor({"outlet": "The Moscow Times"}) is None  # contains a name, is not one
    assert markers_extractor.outlet_actor({"outlet": "RT", "outlet_actor_id": "russia_government"}) == "russia_government"
    assert markers_extractor.outlet_actor({"outlet": pd.NA}) is None


# --------------------------------------------------------------------------- lexicons as data

def _lexicon_copy(tmp_path):
    # A user's copy of the whole folder: with config.LEXICONS pointing at it, every extractor reads it.
    return Path(shutil.copytree(config.LEXICONS, tmp_path / "lexicons"))


def test_a_row_added_at_run_time_is_matched(tmp_path, nlp, monkeypatch):
    folder = _lexicon_copy(tmp_path)
    with open(folder / "legitimacy.csv", "a", encoding="utf-8") as f:
        f.write("phantom tallying,phrase,delegitimising,-1,added by a test,test,the incumbent\n")
    doc = nlp("Observers reported phantom tallying in Minsk.")
    found = [r["text"] for r in markers_extractor.markers_of(ArticleView(doc), {}, [], markers_extractor.load_lexicons(folder))]
    assert "phantom tallying" in found
    assert "phantom tallying" not in [r["text"] for r in markers_extractor.markers_of(ArticleView(doc), {}, [], markers_extractor.load_lexicons())]
    # the registered extractor reads config.LEXICONS, so a folder can be swapped in for a whole build
    monkeypatch.setattr(config, "LEXICONS", folder)
    built = pipeline.build(ba.from_texts({"a": doc.text}), ["markers"])["markers"]
    assert built.loc[built["text"] == "phantom tallying", "category"].tolist() == ["delegitimising"]


def test_matchers_are_compiled_once_per_vocabulary(tmp_path, nlp, monkeypatch):
    calls = []
    real = markers_lexicons._compile
    monkeypatch.setattr(markers_lexicons, "_compile", lambda lex, vocab: calls.append(vocab) or real(lex, vocab))
    lex = markers_extractor.load_lexicons(_lexicon_copy(tmp_path))
    assert markers_extractor.load_lexicons(lex.folder) is lex
    for text in ("The vote was rigged.", "The regime won."):
        list(markers_extractor.markers_of(ArticleView(nlp(text)), {}, [], lex))
    assert len(calls) == 1


def test_malformed_lexicon_names_the_file(tmp_path):
    folder = _lexicon_copy(tmp_path)
    with open(folder / "frames.csv", "a", encoding="utf-8") as f:
        f.write("gulag,fuzzy,repression,0,,\n")
    # The physical line an editor shows (comment lines counted), not the data-row number.
    line = len((folder / "frames.csv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataFileError, match=rf"frames\.csv:{line}: match must be"):
        markers_extractor.load_lexicons(folder)
    (folder / "hedges.csv").unlink()
    with pytest.raises(DataFileError, match=r"hedges\.csv: data file not found"):
        markers_extractor.load_lexicons(folder)


# --------------------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", ["“", "‘’ '' \"\"", "regime " * 3, "Lukashenko’s ‘", "\n\n“a b c d e”\n",
                                  "🇪🇺 #Belarus: EU doesn’t accept", "Alexander"])
def test_odd_text_never_raises(text, nlp):
    doc = nlp(text)
    for r in markers_extractor.markers_of(ArticleView(doc), {"outlet": None}, [], markers_extractor.load_lexicons()):
        assert doc.text[r["char_start"]:r["char_end"]] == r["text"]


def test_unparsed_doc_gives_outlet_markers_without_error():
    doc = spacy.blank("en")("The election was rigged, Lukashenko said.")
    got = [(r["text"], r["voice"]) for r in markers_extractor.markers_of(ArticleView(doc), {}, [], markers_extractor.load_lexicons())]
    assert ("rigged", "outlet") in got and ("Lukashenko", "outlet") in got


def test_override_applies_a_users_lexicons_to_every_extractor_and_the_cache(tmp_path, articles):
    from belarus_analysis import cache
    folder = _lexicon_copy(tmp_path)
    before = cache.data_fingerprint()
    with open(folder / "attribution_verbs.csv", "a", encoding="utf-8") as f:
        f.write("opine,loaded,clause,added by a test,test\n")
    text = "The minister opined that the count was honest."
    with config.override(LEXICONS=folder):
        assert cache.data_fingerprint() != before
        built = pipeline.build(ba.from_texts({"a": text}), ["markers"])
    assert built["statements"].loc[0, "cue_lemma"] == "opine"  # statements read the copy
    assert "opined" in built["markers"]["text"].tolist()        # and so do the markers
    assert config.LEXICONS.name == "lexicons" and cache.data_fingerprint() == before
