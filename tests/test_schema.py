"""Tables are typed at the edge; a misspelled column is an error, not an extra column (issue 11, e)."""

from __future__ import annotations

import pytest

from belarus_analysis import schema
from belarus_analysis.errors import SchemaError


def test_misspelled_record_key_is_an_error_naming_the_column():
    with pytest.raises(SchemaError, match=r"statements: undeclared column\(s\) \['speakr'\].*'speaker'"):
        schema.to_frame([{"article_id": "a", "speakr": "Berg"}], "statements")


def test_articles_keep_a_users_metadata_columns_as_strings():
    df = schema.to_frame([{"article_id": "a", "desk": "politics"}], "articles", extra=True)
    assert list(df.columns)[-1] == "desk" and str(df["desk"].dtype) == "string"


def test_declared_columns_get_their_dtypes_and_stay_missing():
    df = schema.to_frame([{"article_id": "a", "figure_id": "a:F000"}], "figures")
    schema.check(df, "figures")
    assert df["value"].isna().all() and list(df.columns) == schema.columns("figures")


def test_every_column_is_documented_and_the_reference_is_current():
    from pathlib import Path
    for table in schema.TABLES:
        undocumented = schema.describe(table).query("meaning == ''")["column"].tolist()
        assert not undocumented, f"{table}: add {undocumented} to schema.DOCS"
    reference = Path(__file__).resolve().parents[1] / "docs" / "tables.md"
    assert reference.read_text(encoding="utf-8") == schema.markdown() + "\n", "run `make docs`"


def test_public_returns_sections_list_every_column():
    import belarus_analysis as ba
    for name in ("statements", "figures", "markers"):
        doc = getattr(ba, name).__doc__
        assert all(f"``{c}``" in doc for c in schema.columns(name)), name
