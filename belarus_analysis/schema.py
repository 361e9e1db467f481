"""Column names and dtypes of every tidy table, declared once.

Each table is an ordered mapping ``column -> pandas dtype``. Extractors yield
plain dicts; :func:`to_frame` turns them into a typed DataFrame at the edge,
with nullable dtypes so that missing values stay missing.

>>> to_frame([{"article_id": "a1", "readability_id": "a1"}], "readability").dtypes["n_words"]
Int64Dtype()
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

import pandas as pd

from .errors import SchemaError

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
        "reference_stage": S, "counted": S, "note": S,
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


def to_frame(records: Iterable[Mapping], table: str, *, extra: bool = False) -> pd.DataFrame:
    """Build a typed DataFrame for ``table`` from plain records.

    Parameters
    ----------
    records : iterable of mappings
        One dict per row.
    table : str
        A table declared in :data:`TABLES`.
    extra : bool, default False
        Keep keys that are not declared columns, after the declared ones, as nullable
        strings where they hold text (the articles table keeps a user's metadata columns).
        Otherwise an undeclared key is an error: a misspelled column (``speakr``) must
        not leave ``speaker`` silently empty.

    Returns
    -------
    pandas.DataFrame
        Declared columns first, with their dtypes; absent ones all-missing.

    Raises
    ------
    SchemaError
        A record has a key that is not a declared column of ``table`` (``extra=False``).

    Examples
    --------
    >>> to_frame([{"article_id": "a", "speakr": "X"}], "statements")
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.SchemaError: statements: undeclared column(s) ['speakr'] (did you mean 'speaker'?); ...
    """
    spec = TABLES[table]
    df = pd.DataFrame.from_records(list(records))
    undeclared = [c for c in df.columns if c not in spec]
    if undeclared and not extra:
        hints = [m for c in undeclared for m in difflib.get_close_matches(c, spec, n=1)]
        hint = f" (did you mean {', '.join(map(repr, hints))}?)" if hints else ""
        raise SchemaError(f"{table}: undeclared column(s) {undeclared}{hint}; declare them in schema.TABLES")
    for col in spec:
        if col not in df.columns:
            df[col] = pd.NA
    df = df[list(spec) + undeclared].astype(spec)
    # Extra text columns (user metadata) become nullable strings too.
    text_cols = [c for c in undeclared if df[c].dtype == object
                 and df[c].map(lambda v: isinstance(v, str) or v is None or v is pd.NA or v != v).all()]
    return df.astype({c: "string" for c in text_cols})


def check(df: pd.DataFrame, table: str) -> None:
    """Raise ``AssertionError`` unless ``df`` has the declared columns and dtypes."""
    spec = TABLES[table]
    missing = [c for c in spec if c not in df.columns]
    assert not missing, f"{table}: missing columns {missing}"
    wrong = {c: str(df[c].dtype) for c, d in spec.items() if str(df[c].dtype) != str(pd.Series(dtype=d).dtype)}
    assert not wrong, f"{table}: wrong dtypes {wrong}"
