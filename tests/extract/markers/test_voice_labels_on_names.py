"""Voice of polar markers on unseen coverage (issue 13): a label the name modifies ('the NAME
regime', 'NAME's regime') in reported speech is the outlet's, as a label on a name is (markers.md §3.1.4);
inside a quotation it stays the speaker's. Invented examples."""

from __future__ import annotations

import pytest

from test_voice_kinds import voice


@pytest.mark.parametrize("text", [
    # reported speech, outside quotation marks: the label on the name is the outlet's way of referring
    "Elections under the repressive conditions of the Lukashenko regime \"cannot be legitimate,\" the ministry said.",
    "Joly announced sanctions over abuses committed by the Lukashenko regime in Belarus.",
    "The ministry said crimes of Alexander Lukashenko's regime would not go unpunished.",
])
def test_a_label_the_name_modifies_stays_the_outlets_in_reported_speech(text):
    assert voice(text, "regime")[0] == "outlet"


@pytest.mark.parametrize("text", [
    # a direct quotation (marked, or a block quote after 'X said:') keeps every word the speaker's
    "Kallas said: \"The Lukashenko regime has stolen the vote.\"",
    "Kallas said:\nWe will hold the Lukashenko regime to account for the stolen vote.",
])
def test_a_label_on_a_name_inside_a_quotation_stays_quoted(text):
    assert voice(text, "regime")[0] == "quoted"


@pytest.mark.parametrize("text, term, speaker", [
    ("EU: Belarus election was neither free nor fair\n\nMore text follows here.", "neither free nor fair", "eu"),
    ("Lukashenko: the elections were transparent\n\nMore text follows here.", "transparent", "lukashenko"),
])
def test_a_speaker_before_a_colon_opening_a_line_says_the_line(text, term, speaker):
    assert voice(text, term) == ("quoted", speaker)


@pytest.mark.parametrize("text", [
    "Belarus: the election was rigged\n\nMore text follows here.",  # a topic, not a speaker
    "Details: the election was rigged, observers found.\n",  # no actor before the colon
])
def test_a_topic_or_label_before_a_colon_is_no_speaker(text):
    assert voice(text, "rigged")[0] == "outlet"
