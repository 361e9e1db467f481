"""Cleaning rules (``corpus/cleaning.py``): what each removes, and raw offsets kept exact."""

from __future__ import annotations

import pytest

import belarus_analysis as ba
from belarus_analysis.corpus.cleaning import clean
from belarus_analysis.corpus.offsets import raw_spans


@pytest.mark.parametrize("raw, text", [
    ("won 80\u200b.1 percent", "won 80.1 percent"),
    ("won 80\u00ad.1 percent", "won 80.1 percent"),
    ("Lu&shy;ka&shy;shenko&#8203;'s win", "Lukashenko's win"),
    ("Lu\u200c\u200dka\u2060shenko\ufeff won", "Lukashenko won"),
])
def test_invisible_characters_are_dropped_and_raw_offsets_stay_exact(raw, text):
    c = clean(raw)
    assert c.text == text
    assert any(s.startswith("invisible: removed") for s in c.steps), c.steps
    # every visible word maps back to the same word in the raw text, around the dropped characters
    for word in ("80", "1 percent", "shenko", "won"):
        if word in text and word in raw:
            i = text.index(word)
            (r0,), (r1,) = raw_spans(c.raw_map, [i], [i + len(word)])
            assert raw[r0:r1] == word


def test_visible_characters_next_to_invisible_ones_are_kept():
    # a no-break space and ordinary hyphens are visible: the rule leaves them alone
    for raw in ("80\u00a0percent", "Lukashenko-era", "pro-Kremlin"):
        assert clean(raw).text == raw and not clean(raw).steps


@pytest.mark.parametrize("text", [
    "Lukashenko won 80\u200b.1 percent of the vote.",          # zero-width space inside the number
    "Lukashenko won 80\u00ad.1 percent of the vote.",          # soft hyphen inside the number
    "<p>Lu&shy;ka&shy;shenko won 80.1 percent of the vote.</p>",  # &shy; in scraped HTML: decoded, then dropped
])
def test_invisible_characters_do_not_break_numbers_or_names(text):
    # '80\u200b.1' was a count of 80 'percent' items and 'Lu\u00adka\u00adshenko' no actor; expected:
    # one 80.1 vote share of Lukashenko, with every table's offsets exact.
    arts = ba.from_texts({"a": text}, [{"article_id": "a", "election": 2020, "published": "2020-08-12"}])
    tables = ba.build(arts)
    body = arts.loc[0, "text"]
    for name, df in tables.items():
        if "char_start" in df.columns:
            for row in df.itertuples():
                assert body[row.char_start:row.char_end] == row.text, (name, row)
    figs = tables["figures"]
    assert not ((figs["kind"] == "count") & (figs["counted"] == "percent")).any(), figs[["text", "kind", "counted"]]
    share = figs[figs["kind"] == "vote_share"]
    assert share["subject"].tolist() == ["lukashenko"] and share["value"].tolist() == [80.1]
