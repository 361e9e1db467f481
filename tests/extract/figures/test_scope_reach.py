"""The paragraph-reaching scope cues are searched only near their words, finding what a scan of the
whole text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.extract.figures.classify import _paragraph_cues
from belarus_analysis.extract.figures.lexicons import indexed, load_scopes

# words of the shipped paragraph-reaching rows, near-misses and separators
PIECES = ["after ", "with ", "once ", "when ", "About ", "nearly ", "95", "9.5", "%", " percent", " per cent",
          " of ", "the ", "all ", "ballots", "votes", "polling stations", "closed ", "Closed ", "CLOSED ",
          "polling ", "station", "stations", "counted", "processed", "reported", ". ", "\n\n", ", ", "x", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16))
def test_the_paragraph_cues_match_where_a_scan_of_the_text_does(pieces):
    text = "".join(pieces)
    cues, filtered = indexed(load_scopes(), _paragraph_cues)
    assert cues and all(c.reach == "paragraph" for c in cues)
    scanned = [(k, m.span()) for k, cue in enumerate(cues) for m in cue.pattern.finditer(text)]
    assert [(k, m.span()) for k, m in filtered.matches(text)] == scanned
