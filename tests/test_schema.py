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
