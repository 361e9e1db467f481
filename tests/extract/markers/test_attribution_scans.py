"""The attribution patterns of markers' voice, tried once per line, find what they find over the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.extract.markers import speech

# Pieces of attributions and their near misses: dashes of three kinds, commas, quotation marks, spaces
# that are not line breaks (tab, no-break, line separator, carriage return), verbs and names.
PIECES = [" - ", " – ", "—", "-", ", ", ",", '"', "”", "’", " ", "\t", "\xa0", "\u2028", "\r", "\n", "\n\n", "says",
          " says EU", "Berg", "the Foreign Ministry noted", ".", "!", "?", "EU: ", "Lukashenko:", ":", "1", "é", "x"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


def spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@settings(max_examples=800, deadline=None)
@given(TEXTS)
def test_line_closing_attributions_are_those_of_a_scan_of_the_text(text):
    # a match runs from the last dash (its spaces) or the last comma of a line to the line's end: tried
    # there only, the patterns find exactly their matches in the whole text, groups included
    assert spans(speech._line_closing(speech.DASH_ATTRIBUTION, text, "-–—", spaced=True)) == spans(
        speech.DASH_ATTRIBUTION.finditer(text))
    assert spans(speech._line_closing(speech.INVERTED_ATTRIBUTION, text, ",")) == spans(
        speech.INVERTED_ATTRIBUTION.finditer(text))


@settings(max_examples=800, deadline=None)
@given(TEXTS)
def test_line_opening_attributions_are_those_of_a_scan_of_the_text(text):
    assert spans(speech._line_openings(speech.COLON_ATTRIBUTION, text)) == spans(speech.COLON_ATTRIBUTION.finditer(text))


def test_line_scans_on_lines_with_several_marks():
    text = "A - B - Berg\nx, y, says EU\nEU: vote: unfair\n - Berg"
    assert [m.group("tail") for m in speech._line_closing(speech.DASH_ATTRIBUTION, text, "-–—", spaced=True)] == [
        "Berg", "Berg"]
    assert [m.group("tail") for m in speech._line_closing(speech.INVERTED_ATTRIBUTION, text, ",")] == ["EU"]
    assert [m.group("speaker") for m in speech._line_openings(speech.COLON_ATTRIBUTION, text)] == ["EU"]
