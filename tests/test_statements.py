"""Statements (issue 3): quotes, reported speech, speakers and cues.

Scores are computed against the hand-coded gold (data/gold/statements.csv) with the
gold guide's matching rule; every other test builds small texts with ``ba.from_texts``
and checks one feature, so that it fails when that feature breaks.
"""

from __future__ import annotations


import pandas as pd
import pytest
from conftest import assert_offsets
from hypothesis import given, settings
from hypothesis import strategies as st

import belarus_analysis as ba
from belarus_analysis import config, evaluate, pipeline, schema
from belarus_analysis.extract.quotes import MARKS, find_quotes
from belarus_analysis.extract.statements import VERBS_FILE
from belarus_analysis.resources import read_frame

TAGGED = r"\[np-content\]|\[document-source\]"


@pytest.fixture(scope="module")
def seed_table(articles):
    return pipeline.build(articles, ["statements"])["statements"]


@pytest.fixture(scope="module")
def scores(seed_table, articles):
    return evaluate.evaluate("statements", seed_table, articles).set_index("kind")


def _core_scores(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """The gold guide's core subset (§11): gold rows tagged [np-content] or
    [document-source] leave the evaluation, and so do predictions matched to them or
    overlapping only them."""
    tagged = gold["note"].str.contains(TAGGED, regex=True)
    pairs = evaluate.match(pred, gold)
    on_tagged = {p for p, g in pairs if tagged[g]}
    touching = set()
    for p in pred.index.difference([p for p, _ in pairs]):
        row = pred.loc[p]
        same = gold[gold.article_id == row.article_id]
        hit = same[(same.char_start < row.char_end) & (same.char_end > row.char_start)]
        if len(hit) and tagged[hit.index].all():
            touching.add(p)
    keep = pred.drop(index=list(on_tagged | touching))
    return evaluate.span_scores(keep, gold[~tagged])


# --------------------------------------------------------------------------- scores on the seed gold

def test_table_has_declared_columns_and_exact_offsets(seed_table, texts):
    schema.check(seed_table, "statements")
    assert_offsets(seed_table, texts)
    assert set(seed_table["kind"]) == {"direct", "partial", "indirect"}
    assert set(seed_table["cue_class"].dropna()) <= {"neutral", "loaded"}


def test_direct_quotes_f1(scores):
    assert scores.loc["direct", "f1"] >= 0.95


def test_all_statements_f1(scores):
    assert scores.loc["all", "f1"] >= 0.85


def test_speaker_and_cue_accuracy(scores):
    assert scores.loc["all", "speaker_accuracy"] >= 0.90
    assert scores.loc["all", "cue_accuracy"] >= 0.90


def test_core_subset_without_uncertain_classes(seed_table, articles):
    gold = evaluate.load_gold("statements", articles)
    pred = seed_table[seed_table["article_id"].isin(gold["article_id"])].reset_index(drop=True)
    assert _core_scores(pred, gold)["f1"] >= 0.85


# --------------------------------------------------------------------------- quotation marks (pure)

@pytest.mark.parametrize("text, inner", [
    ('He said "we won" today.', ["we won"]),  # straight
    ("He said “we won” today.", ["we won"]),  # curly
    ("‘We won,’ he said.", ["We won,"]),  # single marks as main quotes (UK style)
    ("“Canada will not remain silent,\" Joly said.", ["Canada will not remain silent,"]),  # “ … "
    ("calling the election a ”sham”.", ["sham"]),  # opened with a right mark
    ("“Some chose ‘exile,’ as you say,” he said.", ["Some chose ‘exile,’ as you say,", "exile,"]),  # nested
    ("Russia’s “No. 1 ally.”“The win is clear,” Putin said.", ["No. 1 ally.", "The win is clear,"]),  # glued
])
def test_find_quotes_pairs_every_style(text, inner):
    scan = find_quotes(text)
    assert [text[q.start:q.end] for q in scan.quotes] == inner
    assert scan.unpaired == []


def test_apostrophes_are_not_quotes():
    text = "Belarus’ leader, Lukashenko’s allies and Kallas' aides don’t like the '90s or rock 'n' roll."
    assert find_quotes(text) == ([], [])


def test_unbalanced_marks_pair_what_they_can_and_report_the_rest():
    # a closer with nothing open, and an opener never closed (the inner "nobody" pairs on its own)
    text = 'Yes” he said "the West is to blame. And "nobody" will change it.'
    scan = find_quotes(text)
    assert [text[q.start:q.end] for q in scan.quotes] == ["nobody"]
    assert scan.unpaired == [text.index("”"), text.index('"')]


def test_a_quote_inside_a_quote_with_the_same_marks_nests():
    # openers stack: the inner pair closes first, the outer closer still finds its opener
    text = '“I would rather live in what he calls “hell” than in a cage,” Berg said. Then "a "b" c" ended.'
    scan = find_quotes(text)
    assert [text[q.start:q.end] for q in scan.quotes] == [
        "I would rather live in what he calls “hell” than in a cage,", "hell", 'a "b" c', "b"]
    assert scan.unpaired == []


def test_a_quote_reopened_in_the_next_paragraph_runs_to_its_paragraph_end():
    text = '"We demand new elections. The people have spoken.\n"We will not be silenced."'
    scan = find_quotes(text)
    assert [(text[q.start:q.end], q.close) for q in scan.quotes] == [
        ("We demand new elections. The people have spoken.", ""), ("We will not be silenced.", '"')]


NEWSY = st.sampled_from(list("\"'“”‘’«»„ \n.,aZ") + ["word", "don’t", "—"])


@settings(max_examples=300, deadline=None)
@given(st.lists(NEWSY, max_size=60).map("".join))
def test_find_quotes_never_fails_and_accounts_for_marks(text):
    scan = find_quotes(text)
    paired = {q.start - 1 for q in scan.quotes} | {q.end for q in scan.quotes if q.close}
    for q in scan.quotes:
        # a quote opens after its mark, or (running in from the paragraph before) at its paragraph's start
        assert (text[q.start - 1] in MARKS or text[:q.start].rstrip(" \t").endswith("\n")) and q.start <= q.end
        assert "\n" not in text[q.start:q.end]
        assert not q.close or text[q.end] == q.close
    assert all(text[i] in MARKS for i in scan.unpaired)
    assert not paired & set(scan.unpaired)


# --------------------------------------------------------------------------- extraction on small texts

CASES = {
    "straight": 'Lukashenko said: "We will not give the country away." Officials agreed.',
    "curly": "“The election was neither free nor fair,” Borrell said on Friday.",
    "single": "‘We will not give up,’ Tsikhanouskaya told the BBC.",
    "nested": "“Some chose prison, some chose ‘exile,’ as you say,” Lukashenko said.",
    "mismatched": "“Canada will not remain silent,\" Joly said in a statement.",
    "reversed": "The countries issued a joint statement calling the election a ”sham”.",
    "apostrophes": "Belarus’ leader and Lukashenko’s allies don’t accept the EU's view, Kallas said.",
    "multi_sentence": ('"Recognize these elections or not. It\'s a matter of taste. I don\'t care," '
                       "Lukashenko told reporters."),
    "interrupted": "“Some chose prison,” Lukashenko said on Monday. “We didn’t kick anyone out.”",
    "next_paragraph": ("“Canada stands with Belarus,” Joly said.\n\"We will support their efforts.”\n"
                       "Protests went on."),
    "orphan": "Protests went on in Warsaw.\n“It is a bitter day for all those who long for freedom.”",
    "colon_block": ("Foreign Secretary Dominic Raab said:\nWe pushed for this investigation.\n"
                    "New elections must now be organised.\nThe UK imposed sanctions in September."),
    "bullets": ("The OSCE report concluded that:\n- The elections were falsified.\n"
                "- Journalists are under attack.\nThe UK welcomed it."),
    "tweet": ("Belarus: EU doesn’t accept election results. "
              "— Josep Borrell Fontelles (@JosepBorrellF) August 14, 2020"),
    "partial": 'Australia and Canada issued a joint statement condemning the "sham" presidential election.',
    "said_that": "Lukashenko maintains the vote count was fair.",
    "according_to": "According to official results, Lukashenko won 80 percent.",
    "according_to_end": ("Protests began after the vote, which Lukashenko won in a landslide, "
                         "according to official results."),
    "told_reporters": "The vote was fair, Lukashenko told reporters on Monday.",
    "call_for": "Babis has called for a new election in Belarus.",
    "accuse": "Lukashenko accused outsiders of organizing the unrest.",
    "insist": "Tsikhanouskaya insisted the election had been rigged.",
    "wrote_on_x": "Tsikhanouskaya wrote on X on Sunday that rallies were taking place across Europe.",
    "passive": "It was announced on Tuesday that the vote would be repeated.",
    "describe": "Freedom House described Belarus as an authoritarian state.",
    "noun_cue": "Western capitals backed Tsikhanouskaya’s claim that the poll had been rigged.",
    "shared": "Lukashenko dismissed all criticism of the election, as did Moscow.",
    "relay": "TASS quoted Lukashenko as saying that Belarus would never become a colony.",
    "document": ("The Belarusian Foreign Ministry said in a statement that the sanctions were illegal. "
                 "The statement also accused the EU of hypocrisy."),
    "pronoun_he": "Lukashenko spoke to officials on Monday. He said the West was to blame.",
    "pronoun_she": "Kallas announced new support on Monday. She stressed that the EU stands with Belarusians.",
    "pronoun_they": ("The Belarusian Foreign Ministry rejected the criticism. "
                     "They insisted the vote was fair."),
    "coalition": "Canada, the European Union and Britain said the election was not free.",
    "unresolved": "A local resident said the police had beaten protesters.",
    "not_speech": ("The police have not reported any incidents. The commission plans to announce the results. "
                   "Lukashenko dismissed the government. Belarus denied entry to observers."),
    "quote_edges": ("Tsikhanouskaya said Lukashenko had engineered his reelection as part of a "
                    "“ritual for dictators.” Von der Leyen called for “additional sanctions” in Belarus."),
    "naming": "Putin said the two would keep working together in the “Union State” treaty.",
    "unbalanced": 'He said "the West is to blame. And "nobody" will change it.',
    "odd": '""" “ ” ‘ ’ \' "a" \u200f مرحبا 🇧🇾 <b>&amp;</b> “” »«',
    "long": "The minister said that " + ", ".join(["the economy is growing"] * 900) + ".",
}


@pytest.fixture(scope="module")
def cases():
    arts = ba.from_texts(CASES)
    table = pipeline.build(arts, ["statements"])["statements"]
    return arts, table


def rows(cases, name: str) -> list[dict]:
    table = cases[1]
    return table[table["article_id"] == name].to_dict("records")


def one(cases, name: str, kind: str) -> dict:
    found = [r for r in rows(cases, name) if r["kind"] == kind]
    assert len(found) == 1, found
    return found[0]


def test_every_row_keeps_exact_offsets(cases):
    arts, table = cases
    schema.check(table, "statements")
    assert_offsets(table, dict(zip(arts["article_id"], arts["text"])))
    sp = table.dropna(subset=["speaker_start"])
    for r in sp.itertuples():
        text = arts.set_index("article_id").loc[r.article_id, "text"]
        assert text[r.speaker_start:r.speaker_end] == r.speaker


@pytest.mark.parametrize("name, text, marks, actor", [
    ("straight", "We will not give the country away.", '""', "lukashenko"),
    ("curly", "The election was neither free nor fair,", "“”", "borrell"),
    ("single", "We will not give up,", "‘’", "tsikhanouskaya"),
    ("nested", "Some chose prison, some chose ‘exile,’ as you say,", "“”", "lukashenko"),
    ("mismatched", "Canada will not remain silent,", "“\"", "joly"),
    ("multi_sentence", "Recognize these elections or not. It's a matter of taste. I don't care,", '""', "lukashenko"),
])
def test_direct_quotes_of_every_style(cases, name, text, marks, actor):
    r = one(cases, name, "direct")
    assert (r["text"], r["quote_marks"], r["actor_id"]) == (text, marks, actor)
    assert not [x for x in rows(cases, name) if x["kind"] == "partial"]  # nested quote stays inside


def test_reversed_opening_mark_is_a_partial_quote(cases):
    r = one(cases, "reversed", "partial")
    assert (r["text"], r["quote_marks"]) == ("sham", "””")
    assert (r["actor_id"], r["cue_lemma"]) == ("western_governments", "call")
    assert one(cases, "reversed", "indirect")["text"] == "the election a ”sham”"


def test_apostrophes_make_no_quotes(cases):
    kinds = [r["kind"] for r in rows(cases, "apostrophes")]
    assert kinds == ["indirect"]


def test_interrupted_quote_is_two_rows_with_the_same_speaker_and_cue(cases):
    first, second = rows(cases, "interrupted")
    assert second["text"] == "We didn’t kick anyone out."
    assert (second["speaker"], second["cue"], second["speaker_resolution"]) == ("Lukashenko", "said", "previous")
    assert first["cue_start"] == second["cue_start"]


def test_quote_continued_in_the_next_paragraph(cases):
    first, second = rows(cases, "next_paragraph")
    assert second["text"] == "We will support their efforts."
    assert (second["actor_id"], second["speaker_resolution"]) == ("joly", "previous")
    # A new paragraph is a new row and a new speech act (only pieces within a paragraph are nested).
    assert first["speaker"] == "Joly" and pd.isna(second["parent_statement_id"])
    assert pd.isna(second["cue"])  # a continuation paragraph has no cue of its own


def test_quote_after_narration_is_an_orphan(cases):
    r = one(cases, "orphan", "direct")
    assert r["text"] == "It is a bitter day for all those who long for freedom."
    assert pd.isna(r["speaker"]) and pd.isna(r["actor_id"]) and r["speaker_resolution"] == "none"


def test_colon_block_without_marks(cases):
    found = rows(cases, "colon_block")
    assert [r["text"] for r in found] == ["We pushed for this investigation.", "New elections must now be organised."]
    assert {(r["kind"], r["actor_id"], r["cue_lemma"]) for r in found} == {("direct", "raab", "say")}


def test_colon_that_bullets_are_indirect_rows(cases):
    found = rows(cases, "bullets")
    assert [(r["kind"], r["text"]) for r in found] == [
        ("indirect", "The elections were falsified"), ("indirect", "Journalists are under attack")]
    assert {r["actor_id"] for r in found} == {"osce"}


def test_embedded_tweet(cases):
    r = one(cases, "tweet", "direct")
    assert (r["text"], r["speaker"], r["actor_id"]) == (
        "Belarus: EU doesn’t accept election results.", "Josep Borrell Fontelles", "borrell")
    assert pd.isna(r["cue"])


def test_partial_quote_inside_indirect_content(cases):
    partial, indirect = one(cases, "partial", "partial"), one(cases, "partial", "indirect")
    assert (partial["text"], indirect["text"]) == ("sham", 'the "sham" presidential election')
    assert partial["cue_lemma"] == indirect["cue_lemma"] == "condemn"


@pytest.mark.parametrize("name, text, speaker, cue, lemma", [
    ("said_that", "the vote count was fair", "Lukashenko", "maintains", "maintain"),
    ("according_to", "Lukashenko won 80 percent", "official results", "According to", "according to"),
    ("according_to_end", "Lukashenko won in a landslide", "official results", "according to", "according to"),
    ("told_reporters", "The vote was fair", "Lukashenko", "told", "tell"),
    ("call_for", "a new election in Belarus", "Babis", "called for", "call for"),
    ("accuse", "outsiders of organizing the unrest", "Lukashenko", "accused", "accuse"),
    ("insist", "the election had been rigged", "Tsikhanouskaya", "insisted", "insist"),
    ("wrote_on_x", "rallies were taking place across Europe", "Tsikhanouskaya", "wrote", "write"),
    ("describe", "Belarus as an authoritarian state", "Freedom House", "described", "describe"),
])
def test_indirect_speech_patterns(cases, name, text, speaker, cue, lemma):
    r = one(cases, name, "indirect")
    assert (r["text"], r["speaker"], r["cue"], r["cue_lemma"]) == (text, speaker, cue, lemma)
    assert r["actor_id"] is not pd.NA and r["cue_class"] in ("neutral", "loaded")


def test_reported_content_never_cuts_a_quote_in_two(cases):
    texts = [r["text"] for r in rows(cases, "quote_edges") if r["kind"] == "indirect"]
    assert texts == ["Lukashenko had engineered his reelection as part of a “ritual for dictators.”",
                     "“additional sanctions” in Belarus"]


def test_names_in_quotation_marks_are_not_quotes(cases):
    assert [r["kind"] for r in rows(cases, "naming")] == ["indirect"]


def test_agentless_passive_keeps_an_empty_speaker(cases):
    r = one(cases, "passive", "indirect")
    assert r["text"] == "the vote would be repeated"
    assert pd.isna(r["speaker"]) and r["cue_lemma"] == "announce"


def test_nominal_claim_and_its_endorsement(cases):
    found = {r["cue_lemma"]: r for r in rows(cases, "noun_cue")}
    assert found["claim"]["text"] == "the poll had been rigged"
    assert found["claim"]["actor_id"] == "tsikhanouskaya"
    assert found["back"]["text"] == "Tsikhanouskaya’s claim that the poll had been rigged"


def test_elliptical_second_speaker(cases):
    found = rows(cases, "shared")
    assert [(r["text"], r["actor_id"]) for r in found] == [
        ("all criticism of the election", "lukashenko"), ("all criticism of the election", "russia_government")]


def test_a_relaying_medium_is_not_the_speaker(cases):
    r = one(cases, "relay", "indirect")
    assert r["text"] == "Belarus would never become a colony"
    assert (r["speaker"], r["actor_id"]) == ("Lukashenko", "lukashenko")


def test_a_document_speaks_for_its_issuer(cases):
    first, second = rows(cases, "document")
    assert (first["speaker"], first["actor_id"]) == ("The Belarusian Foreign Ministry", "belarus_mfa")
    assert (second["speaker"], second["actor_id"], second["speaker_resolution"]) == (
        "The statement", "belarus_mfa", "description")
    assert second["text"] == "the EU of hypocrisy"


@pytest.mark.parametrize("name, pronoun, actor", [
    ("pronoun_he", "He", "lukashenko"),
    ("pronoun_she", "She", "kallas"),
    ("pronoun_they", "They", "belarus_mfa"),
])
def test_pronoun_speakers_resolve_to_the_antecedent(cases, name, pronoun, actor):
    r = next(x for x in rows(cases, name) if x["speaker"] == pronoun)
    assert (r["actor_id"], r["speaker_resolution"]) == (actor, "pronoun")


def test_coordinated_speakers_become_the_collective_actor(cases):
    r = one(cases, "coalition", "indirect")
    assert (r["speaker"], r["actor_id"]) == ("Canada, the European Union and Britain", "western_governments")


def test_unresolved_speaker_is_kept_with_empty_actor(cases):
    r = one(cases, "unresolved", "indirect")
    assert (r["speaker"], r["text"]) == ("A local resident", "the police had beaten protesters")
    assert pd.isna(r["actor_id"]) and r["speaker_resolution"] == "none"


def test_negated_planned_and_non_speech_uses_are_not_statements(cases):
    assert rows(cases, "not_speech") == []


def test_unbalanced_and_odd_text_never_fail(cases):
    found = rows(cases, "unbalanced")
    # "nobody" has no speaker in its sentence: a scare quote (markers), not a statement (issue 12, kind 2)
    assert [(r["kind"], r["text"]) for r in found] == [("indirect", "the West is to blame")]
    assert all(r["text"].strip() for r in rows(cases, "odd"))
    long = one(cases, "long", "indirect")
    assert long["text"].startswith("the economy is growing") and long["text"].endswith("growing")


def test_lexicon_format_is_stable():
    verbs = read_frame(config.LEXICONS / VERBS_FILE)
    assert list(verbs.columns) == ["lemma", "class", "frame", "object_preps", "note", "source"]
    assert set(verbs["class"]) == {"neutral", "loaded"}
    assert {f.partition("+")[0] for f in verbs["frame"]} == {"clause", "np", "both"}
    assert {f.partition("+")[2] for f in verbs["frame"]} <= {"", "speech-object", "document-subject", "performative", "quote",
                                                                 "as-source", "no-office", "as-clause", "agent-subject",
                                                                 "small-clause"}
    assert all(p and set(p.split("|")) <= {"as", "of", "for", "on", "upon", "by", "about", "to",
                                                  "against"} for p in verbs["object_preps"])
    assert not verbs["lemma"].duplicated().any()
