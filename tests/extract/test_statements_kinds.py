"""Statements: the error kinds of issue 12, each with its invented example.

Each test fails if the rule for its kind breaks: the example is built with ``ba.from_texts``
and the whole statements table of that article is checked (kind, span, speaker, actor).
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import assert_offsets

import belarus_analysis as ba
from belarus_analysis import pipeline, schema

EXAMPLES = {
    "k1_partial_inside": 'He said the plan was "a disgrace" and would fail.',
    "k2_title": 'The film "Winter Fields" opens Friday.',
    "k2_scare": 'Critics call it "ghosting," a practice that spreads.',
    "k2_floating": 'Berg spoke in Minsk. "We will never accept this result."',
    "k3_person": "The senator criticised the prime minister.",
    "k3_responsibility": "The group claimed responsibility for the attack.",
    "k3_encouraged": "The board encouraged schools to offer milk.",
    "k3_importance": "Officials emphasised the importance of due process.",
    "k3_cookbook": "She wrote a cookbook.",
    "k3_profit": "The company reported a profit of $3 billion.",
    "k3_request": "The minister called on the authorities to release all detainees.",
    "k4_question": "“Will we accept it?” Berg asked.",
    "k4_exclamation": "“We will not accept it!” Berg said.",
    "k5_guillemets": "«We will not accept it,» Berg said.",
    "k5_single_guillemets": "‹We will not accept it,› Berg said.",
    "k5_low": "„We will not accept it,“ Berg said.",
    "k6_apostrophe": "‘The voters’ choice was ignored,’ Berg said.",
    "k7_adverb": "Later Berg said sadly, “The result is a disgrace.”",
    "k7_addressee": "Lukashenko told reporters, “The result is final.”",
    "k8_sentence_initial": "The monitors left. “Sham” elections were condemned.",
    "k9_trailing": ('The vote cannot be free or fair because of a "repressive climate", '
                    "U.S. Secretary of State Jane Doe said on January 17 in a statement."),
    "k10_told_in": "Kosov told reporters in Minsk that the vote was fair.",
    "k10_went_on": "Yermolova went on to say the count was honest.",
    "k10_claim_to": "Lukashenko's claim to have won 80 percent was rejected.",
    "k10_dash": "“The count was honest.” — Foreign Minister Anna Berg",
    "k10_according": "Voters re-elected him, according to the commission.",
    "k11_press_release": "We call on the authorities to release all detainees.",
    "k11_newspaper": "We call on the authorities to release all detainees.",
    "k12_loaded": "Berg scoffed that the count was honest. Doe grumbled that it was late. Kim gushed that it was a triumph.",
}
META = [{"article_id": k, "outlet": "GOV.UK (Foreign Office press release)" if k == "k11_press_release"
         else "Demo Daily", "published": "2026-01-20"} for k in EXAMPLES]


@pytest.fixture(scope="module")
def table():
    arts = ba.from_texts(EXAMPLES, META)
    out = pipeline.build(arts, ["statements"])["statements"]
    schema.check(out, "statements")
    assert_offsets(out, dict(zip(arts["article_id"], arts["text"])))
    return out


def rows(table, name):
    return [(r.kind, r.text, None if pd.isna(r.speaker) else r.speaker)
            for r in table[table.article_id == name].itertuples()]


def test_k1_partial_inside_a_report_is_a_child_row(table):
    t = table[table.article_id == "k1_partial_inside"].set_index("text")
    parent = t.loc['the plan was "a disgrace" and would fail']
    child = t.loc["a disgrace"]
    assert pd.isna(parent["parent_statement_id"]) and child["parent_statement_id"] == parent["statement_id"]
    assert (t["parent_statement_id"].isna()).sum() == 1  # one speech act


def test_k2_titles_and_scare_quotes_are_not_statements(table):
    assert rows(table, "k2_title") == [] and rows(table, "k2_scare") == []


def test_k2_floating_full_sentence_quote_takes_the_neighbouring_speaker(table):
    assert rows(table, "k2_floating") == [("direct", "We will never accept this result.", "Berg")]
    assert table[table.article_id == "k2_floating"]["speaker_resolution"].tolist() == ["previous"]


@pytest.mark.parametrize("name", ["k3_person", "k3_responsibility", "k3_encouraged", "k3_importance",
                                  "k3_cookbook", "k3_profit"])
def test_k3_objects_that_are_not_propositions(table, name):
    assert rows(table, name) == []


def test_k3_requests_are_statements(table):
    # Decided in data/gold/statements.md §1: 'called on X to …' / 'urged X to …' are requests, coded.
    assert rows(table, "k3_request") == [("indirect", "the authorities to release all detainees", "The minister")]


@pytest.mark.parametrize("name, inner", [("k4_question", "Will we accept it?"),
                                         ("k4_exclamation", "We will not accept it!")])
def test_k4_verb_final_attribution_after_question_or_exclamation(table, name, inner):
    assert rows(table, name) == [("direct", inner, "Berg")]


@pytest.mark.parametrize("name", ["k5_guillemets", "k5_single_guillemets", "k5_low"])
def test_k5_guillemets_and_low_quotes(table, name):
    assert rows(table, name) == [("direct", "We will not accept it,", "Berg")]


def test_k6_apostrophe_inside_single_quotes(table):
    assert rows(table, "k6_apostrophe") == [("direct", "The voters’ choice was ignored,", "Berg")]


@pytest.mark.parametrize("name, inner, speaker", [("k7_adverb", "The result is a disgrace.", "Berg"),
                                                  ("k7_addressee", "The result is final.", "Lukashenko")])
def test_k7_words_between_the_verb_and_the_quote(table, name, inner, speaker):
    assert rows(table, name) == [("direct", inner, speaker)]


def test_k8_sentence_initial_scare_quote_is_not_direct(table):
    assert rows(table, "k8_sentence_initial") == []


def test_k9_trailing_attribution_with_date_and_venue(table):
    t = table[table.article_id == "k9_trailing"]
    top = t[t.parent_statement_id.isna()]
    assert len(top) == 1 and top.iloc[0]["speaker"] == "U.S. Secretary of State Jane Doe"
    # Jane Doe is nobody in actors.csv: the role gives the group, never the office holder.
    assert pd.isna(top.iloc[0]["actor_id"]) and top.iloc[0]["actor_group"] == "western_government"
    assert top.iloc[0]["speaker_resolution"] == "group-only"


@pytest.mark.parametrize("name, expected", [
    ("k10_told_in", [("indirect", "the vote was fair", "Kosov")]),
    ("k10_went_on", [("indirect", "the count was honest", "Yermolova")]),
    ("k10_claim_to", [("indirect", "to have won 80 percent", "Lukashenko's")]),
    ("k10_dash", [("direct", "The count was honest.", "Foreign Minister Anna Berg")]),
    ("k10_according", [("indirect", "Voters re-elected him", "the commission")]),
])
def test_k10_leads_and_other_forms(table, name, expected):
    assert rows(table, name) == expected


def test_k11_the_outlets_own_first_person(table):
    t = table[table.article_id == "k11_press_release"]
    assert t[["speaker", "actor_id", "speaker_resolution"]].values.tolist() == [["We", "uk_government", "outlet"]]
    assert rows(table, "k11_newspaper") == []  # a newspaper's own 'we' is the outlet's voice


def test_k12_loaded_verbs_from_the_lexicon(table):
    t = table[table.article_id == "k12_loaded"]
    assert t[["cue_lemma", "cue_class"]].values.tolist() == [
        ["scoff", "loaded"], ["grumble", "loaded"], ["gush", "loaded"]]


def test_speaker_resolution_values_are_the_documented_ones(table):
    documented = {"name", "description", "role+date", "pronoun", "group-only", "previous", "outlet", "none"}
    assert set(table["speaker_resolution"]) <= documented


def test_an_interrupted_quotation_is_one_speech_act():
    text = "“Some chose prison,” Lukashenko said on Monday. “We didn’t kick anyone out.”"
    t = pipeline.build(ba.from_texts({"a": text}), ["statements"])["statements"]
    first, second = t.itertuples()
    assert (first.text, second.text) == ("Some chose prison,", "We didn’t kick anyone out.")
    assert pd.isna(first.parent_statement_id) and second.parent_statement_id == first.statement_id
    assert second.speaker == "Lukashenko" and second.speaker_resolution == "previous"
