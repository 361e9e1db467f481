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

# Columns every extracted row carries: char_start/char_end index ``articles.text``;
# raw_start/raw_end the raw text the user supplied (see corpus/offsets.py), added by the pipeline.
SPAN = {"article_id": S, "sentence_id": I, "char_start": I, "char_end": I, "raw_start": I, "raw_end": I}

TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": S, "outlet": S, "outlet_type": S, "alignment": S,
        "election": I, "published": "datetime64[ns]", "title": S,
        "source_file": S, "sha256": S, "text": S, "n_words": I, "n_sentences": I,
        "cleaning": S,
        # raw_map: JSON blocks [clean_start, clean_end, raw_start, raw_end] from text to raw text.
        "raw_map": S,
    },
    "statements": {
        "statement_id": S, **SPAN, "kind": S, "text": S,
        "speaker": S, "speaker_start": I, "speaker_end": I,
        "actor_id": S, "actor_group": S,
        "cue": S, "cue_lemma": S, "cue_class": S,
        # cue_start/end: the cue's offsets; quote_marks: the pair as written ('“"'), empty
        # for content without marks; speaker_resolution (data/gold/statements.md §1.1): name |
        # description | role+date (a dated role resolved on `published`) | pronoun | previous
        # (continues the statement before, or a floating quote's speaker from context) |
        # outlet (the publisher's own 'we'/'I' in a present performative; a publisher in no row of
        # actors.csv named as a state's office gives its group only) | group-only (actor_group from the
        # description, no actor) | none.
        "cue_start": I, "cue_end": I, "quote_marks": S, "speaker_resolution": S,
        # parent_statement_id: the statement whose span contains this row (a partial quote
        # inside a reported clause); NA for top-level rows. Speech acts = top-level rows.
        "parent_statement_id": S,
    },
    "figures": {
        "figure_id": S, **SPAN, "text": S, "value": F, "unit": S,
        "qualifier": S, "qualifier_class": S, "kind": S, "subject": S,
        "iso_date": S, "reference_value": F, "deviation": F,
        # source_kind: exit_poll | opinion_poll | independent_count | campaign | official | <NA> (no source named in
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


# What each column means and its unit: the source of docs/tables.md and of the Returns
# sections of the public functions (see :func:`returns`). Every declared column has an entry
# (tested); columns of a span table not listed here are described in SPAN_DOCS.
SPAN_DOCS = {
    "article_id": "the article (key into the articles table)",
    "sentence_id": "index of the sentence containing char_start (0-based, spaCy sentences)",
    "char_start": "offset in articles.text where the evidence starts (characters, 0-based)",
    "char_end": "offset in articles.text where it ends (exclusive); text == articles.text[char_start:char_end]",
    "raw_start": "the same start in the raw text before cleaning (the file as decoded, or the string given)",
    "raw_end": "the same end in the raw text (exclusive)",
}
DOCS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "unique id of the article", "outlet": "publication as it names itself",
        "outlet_type": "kind of outlet, including who funds or runs it",
        "alignment": "research coding of the outlet (data/README.md)", "election": "election year the article is about",
        "published": "publication date", "title": "headline, if known",
        "source_file": "raw file, relative to the corpus folder", "sha256": "sha256 of the raw file's bytes",
        "text": "the cleaned text every offset refers to", "n_words": "words (whitespace tokens) of text",
        "n_sentences": "sentences of text (textstat)", "cleaning": "the cleaning steps applied, in order",
        "raw_map": "JSON blocks [clean_start, clean_end, raw_start, raw_end] mapping text back to the raw text",
    },
    "statements": {
        "statement_id": "row id (article_id:S###)", "kind": "direct | partial | indirect",
        "text": "the quoted or reported content", "speaker": "the source as written (empty when none)",
        "speaker_start": "offset of the speaker in articles.text", "speaker_end": "end of the speaker (exclusive)",
        "actor_id": "the speaker resolved to data/actors.csv", "actor_group": "the actor's group (data/actors.csv)",
        "cue": "the reporting verb or phrase as written", "cue_lemma": "its lemma",
        "cue_class": "neutral | loaded (data/lexicons/attribution_verbs.csv)",
        "cue_start": "offset of the cue", "cue_end": "end of the cue (exclusive)",
        "quote_marks": "the quotation marks as written, empty for content without marks",
        "speaker_resolution": "how the actor was found: name | description | role+date | pronoun | previous | outlet "
                              "| group-only | none",
        "parent_statement_id": "the statement containing this row (a partial quote inside reported speech, a later "
                               "piece of an interrupted quotation); empty for a speech act (top-level row)",
    },
    "figures": {
        "figure_id": "row id (article_id:F###)", "text": "the number as written",
        "value": "the normalised value (float; unit in `unit`)", "unit": "percent, people, years, date, …",
        "qualifier": "almost, roughly, more than, … as written", "qualifier_class": "approximate | lower | upper | exact …",
        "kind": "vote_share, turnout, electorate, count, date, duration, …",
        "subject": "actor_id the figure belongs to", "iso_date": "ISO 8601 date of a date figure",
        "reference_value": "the official result of the same measure (percent or people)",
        "deviation": "value − reference_value (percentage points or people)",
        "reference_stage": "preliminary | final: which official result was compared",
        "counted": "what is counted (a count's noun)", "note": "how the figure was read",
        "source_kind": "exit_poll | opinion_poll | independent_count | campaign | official, or empty when no source is named; "
                       "only official or unsourced results are compared with the reference",
    },
    "markers": {
        "marker_id": "row id (article_id:M###)", "text": "the marker as written",
        "lexicon": "legitimacy, recognition, actor_label, hedge, attribution_verb, frame, scare_quote, name_form",
        "category": "category within the lexicon", "polarity": "−1 delegitimising, +1 legitimising, 0 other",
        "voice": "outlet | quoted", "speaker_actor_id": "actor whose words contain it (quoted voice)",
        "target_actor_id": "actor it is about", "pattern": "the lexicon pattern that matched",
    },
    "readability": {
        "readability_id": "row id (= article_id)",
        "flesch_reading_ease": "Flesch reading ease (higher is easier; Flesch 1948)",
        "flesch_kincaid_grade": "Flesch–Kincaid grade level (US school years; Kincaid et al. 1975)",
        "gunning_fog": "Gunning fog index (school years; Gunning 1952)",
        "smog_index": "SMOG grade (school years; McLaughlin 1969)",
        "coleman_liau_index": "Coleman–Liau index (school years; Coleman & Liau 1975)",
        "automated_readability_index": "automated readability index (school years; Senter & Smith 1967)",
        "dale_chall_readability_score": "Dale–Chall score (Chall & Dale 1995)",
        "n_words": "words", "n_sentences": "sentences", "n_syllables": "syllables",
        "words_per_sentence": "n_words / n_sentences", "syllables_per_word": "n_syllables / n_words",
    },
}


def describe(table: str) -> pd.DataFrame:
    """Every column of ``table`` with its dtype and meaning.

    >>> describe("figures").set_index("column").loc["deviation", "dtype"]
    'Float64'
    """
    meaning = {**SPAN_DOCS, **DOCS.get(table, {})}
    return pd.DataFrame([{"column": c, "dtype": d, "meaning": meaning.get(c, "")} for c, d in TABLES[table].items()])


def markdown() -> str:
    """docs/tables.md: one column table per tidy table (``make docs`` writes it)."""
    parts = ["# The tidy tables\n",
             "Generated from `belarus_analysis/schema.py` by `make docs`; do not edit by hand.",
             "Offsets are characters of `articles.text`; missing values stay missing (nullable dtypes).\n"]
    for table in TABLES:
        parts.append(f"## `{table}`\n\n| column | dtype | meaning |\n|---|---|---|")
        parts += [f"| `{r.column}` | {r.dtype} | {r.meaning} |" for r in describe(table).itertuples()]
        parts.append("")
    return "\n".join(parts)


def returns(table: str):
    """Decorator: append the columns of ``table`` to a function's numpydoc Returns section,
    so the docstring cannot drift from the schema."""
    def deco(func):
        cols = "\n".join(f"        - ``{r.column}`` ({r.dtype}): {r.meaning}" for r in describe(table).itertuples())
        func.__doc__ = (func.__doc__ or "").replace("{columns}", cols)
        return func
    return deco


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
