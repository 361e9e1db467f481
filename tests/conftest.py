"""Shared fixtures: the seed corpus, the real pipeline, and built tables."""

from __future__ import annotations

import pytest

import belarus_analysis as ba
from belarus_analysis import pipeline


@pytest.fixture(scope="session")
def articles():
    return ba.load_corpus()


@pytest.fixture(scope="session")
def nlp():
    return ba.nlp.load_pipeline()


@pytest.fixture(scope="session")
def texts(articles):
    return dict(zip(articles["article_id"], articles["text"]))


def build_tables(articles, tables):
    """Build ``tables`` for ``articles`` with the real model (one parse per article)."""
    return pipeline.build(articles, tables)


def assert_offsets(df, texts):
    """The invariant every extracted row must satisfy: text == article text at its offsets."""
    assert len(df), "no rows to check"
    for row in df.itertuples():
        assert texts[row.article_id][row.char_start:row.char_end] == row.text, row


def statements_of(text, published="2020-08-14", **meta):
    """The statements table of one invented article ``a`` (metadata: ``published`` and ``meta``)."""
    arts = ba.from_texts({"a": text}, [{"article_id": "a", "published": published, **meta}])
    return pipeline.build(arts, ["statements"])["statements"]


def row_with(table, fragment, *, unique=True):
    """The row whose text contains ``fragment`` (exactly one unless ``unique`` is False: then the first)."""
    rows = table[table.text.str.contains(fragment, regex=False)]
    assert len(rows) == 1 if unique else len(rows) >= 1, table[["speaker", "text"]]
    return rows.iloc[0]


def resolved_with(monkeypatch, text, published="2020-08-14"):
    """:func:`statements_of` ``text``, with the statements' resolver kept: ``(table, resolver, args,
    kwargs)``, the last two what it was made with (a test can make a fresh one)."""
    from belarus_analysis.extract.statements import assemble, resolve

    made = []

    class Recording(resolve.Resolver):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append((self, args, kwargs))

    monkeypatch.setattr(assemble, "Resolver", Recording)
    table = statements_of(text, published)
    return (table, *made[0])
