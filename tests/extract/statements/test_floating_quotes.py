"""A floating quote (no cue) takes the person the sentence before it is about (coding guide §2),
also when a heading with no full stop before that sentence is parsed into it (issue 12, fourth
round; an error kind of the development sets). Invented text."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_a_floating_quote_after_a_heading_merged_into_the_sentence_before_it():
    t = statements_of("Western observers say the vote was neither free nor fair.\n\nWhat the opposition said\n\n"
                      "Kasperovich, who is regarded by many in the West as the real winner of the election, thanked "
                      "demonstrators for turning out in opposition to the regime.\n\n"
                      "\"To all who stood together yesterday against the fake elections, I cannot thank you enough.\"",
                      "2025-01-27")
    row = row_with(t, "I cannot thank you enough")
    assert (row.kind, row.speaker, row.speaker_resolution) == ("direct", "Kasperovich", "previous")
