"""The alignment groups (``data/alignments.csv``): the codes the metadata column
``alignment`` may take, and each group's label, colour and position in charts.

One loader for every reader: the metadata checks refuse a code that is not in the
file, and every chart takes labels, colours and order from it, so a group a user adds
gets its own label and colour everywhere. ``config.ALIGNMENTS`` points at the file
(``config.override(ALIGNMENTS=...)`` for a copy).

>>> groups = load_alignments()
>>> groups.loc["state_aligned", ["label", "colour"]].tolist()
['State-aligned', '#A63900']
>>> list(groups.index)[-1]
'other'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import DataFileError
from ..resources import read_frame, version

COLUMNS = ["code", "label", "short_label", "order", "colour", "description"]
# The group of articles whose alignment cell is empty.
NONE = "other"


def load_alignments(path: Path | str | None = None) -> pd.DataFrame:
    """The alignment groups, indexed by ``code``, in chart order.

    Parameters
    ----------
    path : path, optional
        The groups file (default ``config.ALIGNMENTS``, read when called).

    Returns
    -------
    pandas.DataFrame
        Index ``code`` (str); columns ``label``, ``short_label``, ``colour`` (``#RRGGBB``,
        upper case), ``description`` (str) and ``order`` (int), sorted by ``order``.

    Raises
    ------
    DataFileError
        The file is missing, lacks a column, or a row has an empty or repeated code, a
        non-integer or repeated order, or a colour that is not ``#RRGGBB`` (names the line).

    Examples
    --------
    >>> load_alignments().loc["other", "label"]
    'Other / unknown'
    """
    path = Path(path or config.ALIGNMENTS)
    return _load(path, version(path)).copy()


@lru_cache(maxsize=8)
def _load(path: Path, _version: tuple) -> pd.DataFrame:
    if not path.exists():
        raise DataFileError(f"{path}: alignment groups file not found")
    df = read_frame(path)
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise DataFileError(f"{path}: missing column(s) {missing}; columns are {list(df.columns)}")
    # Physical line of each row: comment lines and the header come first.
    first = 1 + sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")) + 1
    for i, row in df.iterrows():
        where = f"{path}:{first + i}"
        if not re.fullmatch(r"[a-z0-9_]+", row["code"]):
            raise DataFileError(f"{where}: code {row['code']!r} must be snake_case (a-z, 0-9, _)")
        if not re.fullmatch(r"-?\d+", row["order"]):
            raise DataFileError(f"{where}: order {row['order']!r} is not an integer")
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", row["colour"]):
            raise DataFileError(f"{where}: colour {row['colour']!r} is not #RRGGBB")
        if not row["label"]:
            raise DataFileError(f"{where}: empty label")
    for col in ("code", "order", "colour"):
        dup = df[col][df[col].str.upper().duplicated(keep=False)]
        if len(dup):
            raise DataFileError(f"{path}: {col} repeated on lines {[first + i for i in dup.index]} "
                                "(each group needs its own)")
    if NONE not in set(df["code"]):
        raise DataFileError(f"{path}: no row for {NONE!r}, the group of articles without an alignment")
    df["order"] = df["order"].astype(int)
    df["colour"] = df["colour"].str.upper()
    df["short_label"] = df["short_label"].where(df["short_label"] != "", df["label"])
    return df.sort_values("order", kind="stable").set_index("code")[COLUMNS[1:]]


def codes() -> list[str]:
    """The valid alignment codes, in chart order.

    >>> codes()[:2]
    ['state_aligned', 'western_government']
    """
    return list(load_alignments().index)
