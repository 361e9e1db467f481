"""Cue form (issue 12, set L; the kind of sets B and D, statements.md §1.7): a news medium relaying another
speaker's statement through a passive as-clause ('…, as reported by AGENCY') is no speaker of its own, as
'according to AGENCY' is not; the relayed statement ends before the phrase. A medium that is the only source
stays one. Every sentence, name and agency is invented (Reuters and the BBC are media of actors.csv)."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, speaker, content", [
    ("Turnout was 70 percent. This was announced by the board's chairman Piotr Kalve, as reported by the "
     "state news agency Nordpress.", "the board's chairman Piotr Kalve", "Turnout was 70 percent"),
    ("Kalve said that turnout was 70 percent, as reported by Reuters.", "Kalve", "turnout was 70 percent"),
    ("The commission announced that the mayor had won, as reported by the BBC.", "The commission",
     "the mayor had won"),
    ("Vell, the opposition leader, claimed that the count was rigged, as reported by the news agency Baltpress.",
     "Vell", "the count was rigged"),
])
def test_a_medium_relaying_a_speaker_is_no_row(text, speaker, content):
    t = statements_of(text)
    assert list(zip(t.speaker, t.text)) == [(speaker, content)]


def test_a_medium_as_the_only_source_stays_one():
    t = statements_of("Turnout was 70 percent, as reported by Reuters.")
    assert list(zip(t.speaker, t.text)) == [("Reuters", "Turnout was 70 percent")]
