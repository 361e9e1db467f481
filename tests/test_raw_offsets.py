"""raw_start/raw_end: every extracted row located in the raw text the user supplied, also
when cleaning removed a byline and a promo or decoded an HTML entity."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import belarus_analysis as ba
from belarus_analysis import config
from belarus_analysis.corpus.cleaning import Cleaned, clean
from belarus_analysis.corpus.offsets import raw_spans

RAW = ("By Jane Doe\n"
       "Turnout reached 84 percent, officials said. SEE ALSO: Minsk Votes Again?"
       "The spokesman insisted the vote was legitimate.\n"
       "“We saw fraud &amp; fear at the polls,” the monitor said. Critics called the election a sham.\n")


@pytest.fixture(scope="module")
def built():
    arts = ba.from_texts({"a": RAW})
    return arts, ba.build(arts)


def test_cleaning_removed_byline_and_promo(built):
    arts, _ = built
    text = arts.loc[0, "text"]
    assert "Jane Doe" not in text and "SEE ALSO" not in text and "&amp;" not in text
    assert "byline" in arts.loc[0, "cleaning"] and "promo" in arts.loc[0, "cleaning"]


def test_every_row_maps_back_to_the_raw_text(built):
    _, tables = built
    seen = 0
    for name in ("statements", "figures", "markers"):
        df = tables[name]
        assert df["raw_start"].notna().all() and df["raw_end"].notna().all()
        for row in df.itertuples():
            raw = RAW[row.raw_start:row.raw_end]
            if "&" in row.text:
                # A decoded entity maps to the raw text it came from: longer, and equal once decoded.
                assert raw != row.text and html.unescape(raw) == row.text
            else:
                assert raw == row.text, (name, row.text, raw)
            seen += 1
    assert seen >= 6
    statements = tables["statements"]
    assert set(statements["text"]) >= {"We saw fraud & fear at the polls,", "the vote was legitimate"}
    # Rows after the removed byline and promo moved in the clean text but not in the raw one.
    row = statements[statements["text"] == "the vote was legitimate"].iloc[0]
    assert row.raw_start - row.char_start == len("By Jane Doe\n") + len("SEE ALSO: Minsk Votes Again?")


def test_crlf_and_bom_files_map_to_their_decoded_text(tmp_path):
    raw = "The minister said the vote was fair.\r\n“It was a sham,” the opposition said.\r\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + raw.encode())
    (tmp_path / "articles.csv").write_text("article_id,source_file\na,a.txt\n")
    arts = ba.load_corpus(tmp_path)
    markers = ba.markers(arts)
    assert len(markers)
    for row in markers.itertuples():
        assert raw[row.raw_start:row.raw_end] == row.text  # the BOM is not part of the decoded text


def test_seed_rows_map_back_to_their_raw_files():
    arts = ba.load_corpus()
    tables = ba.load_tables()
    raws = {r.article_id: (config.SEEDS / r.source_file).read_text(encoding="utf-8-sig") for r in arts.itertuples()}
    for name in ("statements", "figures", "markers"):
        df = tables[name]
        assert all(raws[r.article_id][r.raw_start:r.raw_end] == r.text for r in df.itertuples()), name


def test_untouched_text_maps_to_itself():
    c = clean("Nothing to clean here.")
    assert c.raw_map == [[0, 22, 0, 22]]
    assert [a.tolist() for a in raw_spans(c.raw_map, [8, 0], [13, 0])] == [[8, 0], [13, 0]]


# Segments of a raw text: kept as they are, deleted, or replaced by other characters.
SEGMENT = st.one_of(
    st.tuples(st.just("keep"), st.text("abc \n", min_size=1, max_size=6)),
    st.tuples(st.just("del"), st.text("xyz", min_size=1, max_size=4)),
    st.tuples(st.just("rep"), st.text("&;mp", min_size=1, max_size=5), st.text("&", min_size=1, max_size=2)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(SEGMENT, min_size=1, max_size=12))
def test_offset_map_property(segments):
    raw, edits, expected, spans = "", [], "", []
    for seg in segments:
        kind, part = seg[0], seg[1]
        new = part if kind == "keep" else "" if kind == "del" else seg[2]
        if kind != "keep":
            edits.append((len(raw), len(raw) + len(part), new))
        if new:
            spans.append((len(expected), len(expected) + len(new), len(raw), len(raw) + len(part), kind))
        raw, expected = raw + part, expected + new
    out = Cleaned(raw)
    out.replace(edits)
    assert out.text == expected
    for c0, c1, r0, r1, kind in spans:
        start, end = raw_spans(out.raw_map, [c0], [c1])
        assert (start[0], end[0]) == (r0, r1)
        if kind == "keep":
            assert raw[start[0]:end[0]] == out.text[c0:c1]
            mid = (c0 + c1) // 2  # any sub-span of kept text maps character by character
            s, e = raw_spans(out.raw_map, [mid], [c1])
            assert raw[s[0]:e[0]] == out.text[mid:c1]
