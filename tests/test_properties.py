"""Property-based tests: every extractor on arbitrary text and on edited seed text.

For any input: no exception, every row's text equals the article text at its
offsets (the build enforces it; here we also check it independently), row ids
unique, and the same input gives the same output.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pandas.testing import assert_frame_equal

import belarus_analysis as ba
from belarus_analysis.corpus.cleaning import clean
from belarus_analysis.corpus import CorpusError

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Characters news scrapes are full of: quotes of every style, digits, separators, dashes.
NEWSY = st.sampled_from(list("“”\"'‘’«»„—–-:;,.?!%()[]0123456789 \n\t") + ["percent", "said", "Lukashenko", " 1,000 "])
TEXT = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), min_size=1, max_size=80).map("".join),
)


def _check(text: str) -> None:
    try:
        arts = ba.from_texts({"x": text})
    except CorpusError as e:
        assert "empty article" in str(e) and not clean(text).text.strip()
        return
    body = arts.loc[0, "text"]
    spans = [t for t, e in ba.extract.REGISTRY.items() if e.spans]
    first = ba.build(arts, spans)
    again = ba.build(arts, spans)
    for name in spans:
        df = first[name]
        for row in df.itertuples():
            assert body[row.char_start:row.char_end] == row.text
            assert 0 <= row.char_start <= row.char_end <= len(body)
        assert df.iloc[:, 0].is_unique
        assert_frame_equal(df, again[name])


@SETTINGS
@given(TEXT)
def test_any_text(text):
    _check(text)


# Sentences of news reporting built from parts that refer to each other: documents issued by bodies
# or by other documents, pronouns, quotations, results. Random texts rarely form such chains; a
# document whose issuer was a document of its kind once recursed without end.
SUBJECTS = ["The report", "The statement", "Another report", "It", "He", "They", "The ministry",
            "The Lithuanian Foreign Ministry", "The commission", "An exit poll", "Lukashenko", "The document"]
VERBS = ["said", "cited", "issued", "published", "quoted", "reported", "echoed", "noted that", "called",
         "told reporters that", "was quoted by", "according to"]
OBJECTS = ["another report", "the statement", "a statement", "the report of the commission", "the vote was fair",
           "“the vote was rigged”", "it", "Lukashenko won 80.1% of the vote", "turnout was 84 percent",
           "the ministry", "a sham", "him"]
SENTENCE = st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(OBJECTS)).map(
    lambda p: " ".join(p) + ".")


@SETTINGS
@given(st.lists(SENTENCE, min_size=1, max_size=8).map(" ".join))
@example("The report cited another report. The report said the vote was fair.")
def test_chains_of_reporting_sentences(text):
    _check(text)


@pytest.fixture(scope="module")
def seed_texts():
    return ba.load_corpus()["text"].tolist()


EDITS = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 12), st.one_of(NEWSY, st.text(max_size=5))), max_size=6)


@SETTINGS
@given(st.integers(0, 4), EDITS)
def test_seed_text_with_random_edits(seed_texts, which, edits):
    text = seed_texts[which]
    for pos, cut, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + cut:]
    _check(text)


@SETTINGS
@given(TEXT)
def test_cleaning_never_adds_text_outside_its_rules(text):
    c = clean(text)
    if not c.steps:
        assert c.text == text
    assert len(c.text) <= len(text) + text.count("<") * 2  # only block tags may become line breaks
