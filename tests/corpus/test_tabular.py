"""One-file corpora and DataFrames (``corpus/tabular.py``): metadata cells of any pandas type."""

from __future__ import annotations

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis.corpus import CorpusError

TEXT = "Turnout was 84 percent."


@pytest.mark.parametrize("published", [pd.Timestamp("2020-08-12 10:00"), pd.Timestamp("2020-08-12"),
                                       pd.Timestamp("2020-08-12 23:30", tz="America/New_York"),
                                       pd.Timestamp("2020-08-12 07:00", tz="UTC")])
def test_from_frame_accepts_a_datetime_column_like_from_texts_accepts_an_iso_timestamp(published):
    # A datetime64 'published' column (what pd.read_csv(parse_dates=...) gives), naive or tz-aware,
    # is read as its date as written, as from_texts reads the same value written as a string.
    df = pd.DataFrame({"id": ["a"], "body": [TEXT], "published": [published]})
    arts = ba.from_frame(df, text="body", id="id")
    assert arts.loc[0, "published"] == pd.Timestamp("2020-08-12")
    text = ba.from_texts({"a": TEXT}, [{"article_id": "a", "published": published.isoformat()}])
    assert text.loc[0, "published"] == arts.loc[0, "published"]


def test_from_frame_names_the_row_of_an_unparsable_published():
    df = pd.DataFrame({"id": ["a", "b"], "body": [TEXT, TEXT], "published": ["2020-08-12", "12 Aug 2020"]},
                      index=[10, 11])
    with pytest.raises(CorpusError, match=r"row 11: published='12 Aug 2020' is not a YYYY-MM-DD date"):
        ba.from_frame(df, text="body", id="id")
