"""Column names and dtypes of every tidy table, declared once.

Each table is an ordered mapping ``column -> pandas dtype``. Extractors yield
plain dicts; :func:`to_frame` turns them into a typed DataFrame at the edge,
with nullable dtypes so that missing values stay missing.

>>> to_frame([{"article_id": "a1", "readability_id": "a1"}], "readability").dtypes["n_words"]
Int64Dtype()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

S, I, F, B = "string", "Int64", "Float64", "boolean"  # noqa: E741  (dtype shorthands)

# Columns every extracted row carries (offsets refer to ``articles.text``).
SPAN = {"article_id": S, "sentence_id": I, "char_start": I, "char_end": I}

TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": S, "outlet": S, "outlet_type": S, "alignment": S,
        "election": I, "published": "datetime64[ns]", "title": S,
        "source_file": S, "sha256": S, "text": S, "n_words": I, "n_sentences": I,
        "cleaning": S,
    },
    "statements": {
        "statement_id": S, **SPAN, "kind": S, "text": S,
        "speaker": S, "speaker_start": I, "speaker_end": I,
        "actor_id": S, "actor_group": S,
        "cue": S, "cue_lemma": S, "cue_class": S,
        # cue_start/end: the cue's offsets; quote_marks: the pair as written ('“"'), empty
        # for content without marks; speaker_resolution: name | description | pronoun |
        # previous (continues the statement before) | none (no actor found).
        "cue_start": I, "cue_end": I, "quote_marks": S, "speaker_resolution": S,
    },
    "figures": {
        "figure_id": S, **SPAN, "text": S, "value": F, "unit": S,
        "qualifier": S, "qualifier_class": S, "kind": S, "subject": S,
        "iso_date": S, "reference_value": F, "deviation": F,
        # source_kind: exit_poll | opinion_poll | independent_count | official | <NA> (no source named in
        # the sentence); only official or unnamed figures get a reference_value (figures.md §15).
        "reference_stage": S, "source_kind": S, "counted": S, "note": S,
    },
    "markers": {
        "marker_id": S, **SPAN, "text": S, "lexicon": S, "category": S,
        "polarity": I, "voice": S, "speaker_actor_id": S, "target_actor_id": S,
        "pattern": S,
    },
    "readability": {
        "readability_id": S, "article_id": S,
        "flesch_reading_ease": F, "flesch_kincaid_grade": F, "gunning_fog": F,
        "smog_index": F, "coleman_liau_index": F, "automated_readability_index": F,
        "dale_chall_readability_score": F, "n_words": I, "n_sentences": I,
        "n_syllables": I, "words_per_sentence": F, "syllables_per_word": F,
    },
}


def columns(table: str) -> list[str]:
    """The declared columns of ``table``, in order."""
    return list(TABLES[table])


def to_frame(records: Iterable[Mapping], table: str, extra: bool = True) -> pd.DataFrame:
    """Build a typed DataFrame for ``table`` from plain records.

    Declared columns come first with their dtypes (absent ones are all-missing);
    with ``extra=True`` any further keys in the records are kept after them.
    """
    spec = TABLES[table]
    df = pd.DataFrame.from_records(list(records))
    for col in spec:
        if col not in df.columns:
            df[col] = pd.NA
    order = list(spec) + ([c for c in df.columns if c not in spec] if extra else [])
    df = df[order].astype(spec)
    # Extra text columns (user metadata) become nullable strings too.
    text_cols = [c for c in df.columns[len(spec):] if df[c].dtype == object
                 and df[c].map(lambda v: isinstance(v, str) or v is None or v is pd.NA or v != v).all()]
    return df.astype({c: "string" for c in text_cols})


def check(df: pd.DataFrame, table: str) -> None:
    """Raise ``AssertionError`` unless ``df`` has the declared columns and dtypes."""
    spec = TABLES[table]
    missing = [c for c in spec if c not in df.columns]
    assert not missing, f"{table}: missing columns {missing}"
    wrong = {c: str(df[c].dtype) for c, d in spec.items() if str(df[c].dtype) != str(pd.Series(dtype=d).dtype)}
    assert not wrong, f"{table}: wrong dtypes {wrong}"
