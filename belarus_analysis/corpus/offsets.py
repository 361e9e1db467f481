"""From offsets into the clean text to offsets into the raw text the user supplied.

Cleaning (:mod:`.cleaning`) records, per article, blocks ``[clean_start, clean_end,
raw_start, raw_end]`` (the articles table's ``raw_map`` column, JSON). A block of equal
lengths maps character by character; a block of unequal lengths is one replacement
(an HTML entity such as ``&amp;`` decoded to ``&``, a CRLF turned into LF), and every
character in it maps to the whole raw stretch.

Hence ``raw[raw_start:raw_end] == text[char_start:char_end]`` for every span that cleaning
left as it was: its characters consecutive in the raw text and none of them replaced. A
span across a point where cleaning removed something (a promo glued between two
sentences) covers the removed raw text too; a span containing a replaced character maps
to the raw text it came from (``&amp;`` for ``&``), so its raw slice is longer than its
text and differs from it exactly there. ``raw_start`` is always where the span's first
character came from and ``raw_end`` where its last one ended.

>>> raw_spans([[0, 13, 16, 29]], [0, 3], [2, 13])
(array([16, 19]), array([18, 29]))
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
import pandas as pd


def raw_spans(raw_map: Sequence[Sequence[int]], starts: Sequence[int], ends: Sequence[int]
              ) -> tuple[np.ndarray, np.ndarray]:
    """Raw offsets of clean spans ``[starts[i], ends[i])`` under one article's ``raw_map``.

    Parameters
    ----------
    raw_map : list of ``[clean_start, clean_end, raw_start, raw_end]``
        The article's blocks, in order, covering its clean text (``Cleaned.raw_map``).
    starts, ends : sequences of int
        Character offsets into the clean text (``char_start``, ``char_end``).

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        ``raw_start`` and ``raw_end`` (int64, characters of the raw text). An empty span
        maps to an empty raw span.

    Examples
    --------
    An HTML entity: clean ``"a & b"`` came from raw ``"a &amp; b"``.

    >>> m = [[0, 2, 0, 2], [2, 3, 2, 7], [3, 5, 7, 9]]
    >>> [a.tolist() for a in raw_spans(m, [0, 2, 4], [1, 3, 5])]
    [[0, 2, 8], [1, 7, 9]]
    """
    starts, ends = np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
    if not len(starts):
        return starts, ends
    blocks = np.asarray(raw_map, dtype=np.int64).reshape(-1, 4)
    c0, c1, r0, r1 = blocks.T
    linear = (c1 - c0) == (r1 - r0)

    def locate(pos: np.ndarray, side_end: bool) -> np.ndarray:
        b = np.clip(np.searchsorted(c0, pos, side="right") - 1, 0, len(c0) - 1)
        if side_end:  # the end of the span's last character
            return np.where(linear[b], r0[b] + (pos - c0[b]) + 1, r1[b])
        return np.where(linear[b], r0[b] + (pos - c0[b]), r0[b])

    raw_start = locate(starts, False)
    raw_end = np.where(ends > starts, locate(np.maximum(ends - 1, 0), True), raw_start)
    return raw_start, raw_end


def add_raw_offsets(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``table`` (rows with ``article_id``, ``char_start``, ``char_end``) with ``raw_start``
    and ``raw_end`` (Int64) filled from each article's ``raw_map``.

    Articles without a ``raw_map`` (a table built before it existed) get missing values.
    """
    table = table.copy()
    out_start = np.full(len(table), -1, dtype=np.int64)
    out_end = out_start.copy()
    maps = dict(zip(articles["article_id"], articles["raw_map"])) if "raw_map" in articles else {}
    have = np.zeros(len(table), dtype=bool)
    # the two columns once, indexed per article (taking whole rows per article costs most of the build's
    # table-making time)
    starts, ends = (table[c].to_numpy(dtype=np.int64) for c in ("char_start", "char_end"))
    for aid, idx in table.groupby("article_id", sort=False).indices.items():
        raw_map = maps.get(aid)
        if raw_map is None or pd.isna(raw_map):
            continue
        s, e = raw_spans(json.loads(raw_map), starts[idx], ends[idx])
        out_start[idx], out_end[idx], have[idx] = s, e, True
    table["raw_start"] = pd.Series(out_start, index=table.index, dtype="Int64").where(have)
    table["raw_end"] = pd.Series(out_end, index=table.index, dtype="Int64").where(have)
    return table
