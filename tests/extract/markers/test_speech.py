"""Voice of markers (issue 13, marker kinds 4 and 6): 'according to' and scare quotes in state media."""

from __future__ import annotations

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import pipeline


def markers(text: str) -> pd.DataFrame:
    return pipeline.build(ba.from_texts({"t": text}), ["markers"])["markers"]


def voices(text: str) -> dict[str, str]:
    m = markers(text)
    return dict(zip(m["text"], m["voice"]))


def test_according_to_attributes_the_result_not_the_epithets():
    """Kind 4: 'dictator' and 'rigged' are the outlet's words although the sentence ends with 'according to'."""
    got = voices("Veteran dictator Ivan Petrov won a rigged vote with 91 percent, according to a state exit poll.")
    assert got["dictator"] == "outlet" and got["rigged"] == "outlet"
    assert "won" not in got  # and a win in a rigged vote legitimises nothing (kind 1)


def test_according_to_keeps_quoted_epithets_quoted():
    """Kind 4: inside quotation marks the epithet is the source's."""
    m = markers('The "dictator" won a “rigged” vote, according to Tsikhanouskaya.')
    rigged = m[m["text"].str.contains("rigged")]
    assert (rigged["voice"] == "quoted").all() and (rigged["speaker_actor_id"] == "tsikhanouskaya").all()


def test_according_to_a_speaker_still_quotes_the_claim():
    """Kind 4: the reported proposition itself stays quoted (markers.md §3.1, point 4)."""
    m = markers("The election was rigged, according to Tsikhanouskaya.")
    assert m.loc[m["text"] == "rigged", ["voice", "speaker_actor_id"]].values.tolist() == [
        ["quoted", "tsikhanouskaya"]]


def test_statement_attributed_at_the_end_of_the_sentence_is_quoted():
    """Kind 4, converse: words inside a statement whose attribution comes last are quoted."""
    got = voices("The election was a farce and the winner a usurper, opposition leader Tsikhanouskaya said.")
    assert got["farce"] == "quoted" and got["usurper"] == "quoted"


def test_scare_quotes_in_state_media():
    """Kind 6: so-called "opposition" and "peaceful" protesters are the outlet's scare quotes."""
    m = markers('The so-called "opposition" and "peaceful" protesters gathered in Minsk.')
    sq = m[m["lexicon"] == "scare_quote"]
    assert sq[["text", "voice"]].values.tolist() == [['"opposition"', "outlet"], ['"peaceful"', "outlet"]]


def test_scare_quote_inside_speech_needs_distancing():
    """Kind 6: a nested quote counts only next to a distancing phrase, and is then the speaker's."""
    text = 'Lukashenko said: "Some chose \'exile,\' as you say, and some chose \'freedom\' and prison."'
    sq = markers(text).query("lexicon == 'scare_quote'")
    assert sq["text"].tolist() == ["'exile,'"] and sq["voice"].tolist() == ["quoted"]


@pytest.mark.parametrize("text, span, speaker", [
    ("The Central Election Commission of Belarus has recognized the presidential elections as valid.", "valid",
     "belarus_cec"),
    ("The Central Election Commission named Lukashenko the winner.", "winner", "belarus_cec"),
])
def test_a_verdict_declared_by_a_body_is_its_voice(text, span, speaker):
    """markers.md §3.1.3: in 'X declared/recognised/named Y (as) Z' the Z is X's, also without a statement row."""
    m = ba.pipeline.build(ba.from_texts({"a": text}), ["markers"])["markers"]
    row = m[m["text"] == span].iloc[0]
    assert (row["voice"], row["speaker_actor_id"]) == ("quoted", speaker)


def test_the_outlets_own_verdict_stays_the_outlets():
    m = ba.pipeline.build(ba.from_texts({"a": "The vote was rigged and we consider it illegitimate."}),
                          ["markers"])["markers"]
    assert set(m.loc[m["lexicon"] == "legitimacy", "voice"]) == {"outlet"}


def test_a_passive_declaration_is_its_agents_voice():
    m = ba.pipeline.build(ba.from_texts({"a": "Lukashenko was declared the winner by the CEC."}), ["markers"])["markers"]
    row = m[m["text"] == "winner"].iloc[0]
    assert (row["voice"], row["speaker_actor_id"]) == ("quoted", "belarus_cec")


def test_noun_chunks_by_sentence_are_the_documents(nlp, articles):
    from belarus_analysis.extract.markers.speech import _ChunkStarts

    for text in articles["text"]:
        doc = nlp(text)
        whole = {c.start: (c.start, c.end) for c in doc.noun_chunks}
        by_sentence = _ChunkStarts(doc)
        # asked in reverse, so that sentences are read out of order; past the end there is none
        got = {i: (c.start, c.end) for i in reversed(range(len(doc) + 2)) if (c := by_sentence.get(i)) is not None}
        assert got == whole and len(whole) > 20
