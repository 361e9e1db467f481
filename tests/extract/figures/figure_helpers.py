"""Helpers shared by the figure tests of issue 13 (a plain module: a second conftest.py would shadow
the suite's own ``conftest`` imports)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pandas as pd

import belarus_analysis as ba
from belarus_analysis import pipeline
from belarus_analysis.extract.figures import core


def figures_of(text: str, published: str | None = "2020-08-12", election: str | None = "2020") -> pd.DataFrame:
    """The figures table of one in-memory article of the 2020 election."""
    meta = {"article_id": "t", "published": published or "", "election": election or ""}
    return pipeline.build(ba.from_texts({"t": text}, [meta]), ["figures"])["figures"]


def one(table: pd.DataFrame, text: str) -> pd.Series:
    """The single row of ``table`` whose span is ``text``."""
    hits = table[table["text"] == text]
    assert len(hits) == 1, table[["text", "value", "kind"]]
    return hits.iloc[0]


def tried_at_starts_is_finditer(scan: re.Pattern, patterns: Iterable[tuple[re.Pattern, Sequence[str]]],
                                text: str) -> None:
    """Assert that each of ``patterns`` (with the kinds of start of ``scan`` its matches begin with),
    tried only at those starts of ``text`` (``core.matches_at``), finds exactly the matches (spans
    and groups) of the pattern run over the whole text."""
    starts = core.starts(scan, text)
    for pat, kinds in patterns:
        tried = core.matches_at(pat, text, starts.at(kinds))
        assert [(m.span(), m.groups()) for m in tried] == [(m.span(), m.groups()) for m in pat.finditer(text)], \
            (pat.pattern, text)
