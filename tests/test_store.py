"""Writing outputs: the partitioned Parquet dataset appears whole, or not at all."""

from __future__ import annotations

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from belarus_analysis import store


def _parts(n: int) -> list[pd.DataFrame]:
    return [pd.DataFrame({"article_id": pd.array([f"a{i}"], dtype="string"), "n": pd.array([i], dtype="Int64")})
            for i in range(n)]


def test_write_parts_replaces_the_previous_dataset_whole(tmp_path):
    with store.write_parts(tmp_path) as write:
        for i, df in reversed(list(enumerate(_parts(12)))):  # finishing out of order
            write(i, {"t": df})
    got = pd.read_parquet(tmp_path / "parts" / "t")
    assert_frame_equal(got, pd.concat(_parts(12), ignore_index=True))  # article order, dtypes kept
    with store.write_parts(tmp_path) as write:
        write(0, {"t": _parts(1)[0]})
    assert sorted(p.name for p in (tmp_path / "parts" / "t").iterdir()) == ["part.00000.parquet"]
    assert [p.name for p in tmp_path.iterdir()] == ["parts"]  # no staging or old folder left


def test_write_parts_failing_build_keeps_the_previous_dataset(tmp_path):
    with store.write_parts(tmp_path) as write:
        write(0, {"t": _parts(2)[1]})
    with pytest.raises(RuntimeError), store.write_parts(tmp_path) as write:
        write(0, {"t": _parts(1)[0]})
        raise RuntimeError("worker died")
    assert pd.read_parquet(tmp_path / "parts" / "t")["article_id"].tolist() == ["a1"]
    assert [p.name for p in tmp_path.iterdir()] == ["parts"]
