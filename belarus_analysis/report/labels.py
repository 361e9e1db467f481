"""How tables are shown to readers: headers with units, codes as words, outlets by
their short names, numbers with the decimals that matter (``data/labels.csv``).

The LaTeX exporter (:mod:`.tables`) and the notebook tables (:mod:`.display`) both
go through :func:`present`, so a paper and a notebook show the same labels.

>>> df = pd.DataFrame({"outlet": ["GOV.UK (Foreign Office press release)"], "voice": ["quoted"],
...                    "share_statements": [0.25], "ci_degenerate": [True]})
>>> p = present(df)
>>> p.frame.values.tolist(), [c.header for c in p.columns]
([['GOV.UK', 'Quoted', 25.0]], ['Outlet', 'Voice', 'Statements (%)'])
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config, resources
from ..errors import DataFileError

LABELS = config.DATA / "labels.csv"
INTERVAL = "interval"  # the column that replaces ci_low/ci_high in displays
SPAN = "\x1f"  # joins a spanning header and a column's own label into one internal key
COLUMNS = ("column", "value", "label", "unit", "decimals", "scale", "hide", "codes", "as_text")


@dataclass(frozen=True)
class Column:
    """How one column is shown: ``key`` (its name in the data), ``label``, ``unit``
    (may be empty), ``decimals`` (None: integers stay integers, other numbers 2) and
    whether it holds numbers."""

    key: str
    label: str
    unit: str = ""
    decimals: int | None = None
    numeric: bool = False

    @property
    def header(self) -> str:
        """One-line header: ``Label (unit)``."""
        return f"{self.label} ({self.unit})" if self.unit else self.label

    def places(self, values: pd.Series) -> int:
        """Digits after the decimal point for ``values`` of this column."""
        if self.decimals is not None:
            return self.decimals
        v = pd.to_numeric(values, errors="coerce").dropna().to_numpy(float)
        return 0 if np.all(np.mod(v, 1) == 0) else 2


@dataclass(frozen=True)
class Presented:
    """A table ready to show: ``frame`` (columns as in the data, codes as words,
    numbers scaled), one :class:`Column` per column of ``frame``, and for a table with
    two header levels the spanning header of each column (``groups``, "" for none)."""

    frame: pd.DataFrame
    columns: list[Column]
    groups: list[str] | None = None

    def formatted(self) -> pd.DataFrame:
        """``frame`` with every number written with its column's decimals (a real minus
        sign, thousands separated by a comma) and missing values empty; headers one line."""
        out = {}
        for col in self.columns:
            values = self.frame[col.key]
            if col.numeric:
                places = col.places(values)
                values = values.map(lambda v, d=places: number(v, d))
            out[col.header] = values.astype(object).where(values.notna(), "")
        return pd.DataFrame(out, index=self.frame.index)


def number(value: object, decimals: int, minus: str = "−") -> str:
    """``value`` with ``decimals`` digits, thousands separated, a real minus sign;
    "" when missing.

    >>> number(-0.184, 2), number(6900000, 0), number(float("nan"), 1)
    ('−0.18', '6,900,000', '')
    """
    if value is None or pd.isna(value):
        return ""
    text = f"{float(value):,.{decimals}f}"
    return text.replace("-", minus) if text.strip("-0.,") else text.lstrip("-")


@functools.lru_cache(maxsize=4)
def _table(path: Path, version: str) -> pd.DataFrame:
    rows = resources.read_frame(path)
    missing = set(COLUMNS) - set(rows.columns)
    if missing:
        raise DataFileError(f"{path}: missing columns {sorted(missing)} (expected {', '.join(COLUMNS)})")
    for i, row in rows.iterrows():
        for field in ("decimals", "scale"):
            try:
                if row[field]:
                    float(row[field])
            except ValueError:
                raise DataFileError(f"{path}: data row {i + 1}: {field} {row[field]!r} is not a number") from None
    return rows


def table(path: Path | None = None) -> pd.DataFrame:
    """The label table (``data/labels.csv`` unless ``path``), as strings."""
    path = Path(path or LABELS)
    return _table(path, resources.version(path))


def _headers(path: Path | None = None) -> dict[str, pd.Series]:
    t = table(path)
    return {r["column"]: r for _, r in t[t["value"] == ""].iterrows()}


def humanize(code: object) -> str:
    """A code without its own label: underscores as spaces, a capital first letter.

    >>> humanize("pejorative_label")
    'Pejorative label'
    """
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]


def short_outlet(outlet: object) -> str:
    """The outlet's name before any parenthesis.

    >>> short_outlet("GOV.UK (Foreign Office press release)")
    'GOV.UK'
    """
    return str(outlet).split(" (")[0] if pd.notna(outlet) else "(none)"


def value_label(column: str, value: object, path: Path | None = None) -> str:
    """Display name of ``value`` in ``column``: its row in the label table, the
    alignment group's name, the outlet's short name, :func:`humanize` in a column of
    codes (``codes`` = 1), else the value as it is.

    >>> value_label("actor_group", "eu_institution"), value_label("category", "pejorative_label")
    ('EU institution', 'Pejorative label')
    """
    if value is None or pd.isna(value) or value == "":
        return ""
    if column == "outlet":
        return short_outlet(value)
    if column == "alignment":
        from .charts import alignment_label  # the alignment vocabulary lives with the charts' colours
        return alignment_label(str(value))
    t = table(path)
    hit = t[(t["column"] == column) & (t["value"] == str(value))]
    if len(hit):
        return hit["label"].iloc[0]
    head = _headers(path).get(column)
    return humanize(value) if head is not None and head["codes"] == "1" else str(value)


def column(key: str, numeric: bool = False, path: Path | None = None) -> Column:
    """How column ``key`` is shown (a column without a row keeps its name as header)."""
    row = _headers(path).get(key)
    if row is None:
        return Column(key, key if " " in key or key[:1].isupper() else humanize(key), numeric=numeric)
    return Column(key, row["label"], row["unit"], int(row["decimals"]) if row["decimals"] else None, numeric)


def interval(low: object, high: object, n_articles: object, decimals: int = 1) -> str:
    """An interval as text, or why there is none.

    >>> interval(7.71, 8.64, 3), interval(0, 0, 4), interval(None, None, 2)
    ('7.7–8.6', '0.0–0.0 (zero width)', 'none (n = 2 articles)')
    """
    if low is None or pd.isna(low) or high is None or pd.isna(high):
        return f"none (n = {n_articles} article{'s' if n_articles != 1 else ''})"
    text = f"{number(low, decimals)}–{number(high, decimals)}"
    return text + (" (zero width)" if not low < high else "")


def present(df: pd.DataFrame, path: Path | None = None) -> Presented:
    """``df`` as readers see it: hidden columns dropped, ``ci_low``/``ci_high`` as one
    text column ``interval`` (or the reason there is none), codes as words, shares as
    percentages; one :class:`Column` per remaining column.

    Raises
    ------
    DataFileError
        If the label table lacks a column or has a non-numeric decimals/scale.
    """
    df = df.reset_index(drop=True)
    if isinstance(df.columns, pd.MultiIndex):
        # Two header levels: the lower one labels the column, the upper one spans columns.
        flat = [(str(g), str(k)) for g, k in df.columns]
        shown = present(df.set_axis([f"{g}{SPAN}{k}" if g else k for g, k in flat], axis=1), path)
        groups = [c.key.split(SPAN)[0] if SPAN in c.key else "" for c in shown.columns]
        cols = [Column(c.key, c.key.split(SPAN)[1], c.unit, c.decimals, c.numeric) if SPAN in c.key else c
                for c in shown.columns]
        return Presented(shown.frame, cols, groups)
    headers = _headers(path)
    if {"ci_low", "ci_high"} <= set(df.columns):
        n = df["n_articles"] if "n_articles" in df.columns else pd.Series([None] * len(df))
        pos = df.columns.get_loc("ci_low")
        df = df.copy()
        df.insert(pos, INTERVAL, [interval(lo, hi, k) for lo, hi, k in zip(df["ci_low"], df["ci_high"], n)])
    out, cols = {}, []
    for key in df.columns:
        row = headers.get(key)
        if row is not None and row["hide"] == "1":
            continue
        values = df[key]
        numeric = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
        if numeric and row is not None and row["as_text"] == "1":  # e.g. years: no digit grouping
            values, numeric = values.astype("string"), False
        if numeric:
            scale = float(row["scale"]) if row is not None and row["scale"] else 1.0
            values = values.astype(float) * scale if scale != 1 else values
        elif key != INTERVAL:  # already prose
            values = values.map(lambda v, k=key: value_label(k, v, path) if isinstance(v, str) else v)
            values = values.astype(object).where(values.notna(), "")
        out[key] = values
        cols.append(column(key, numeric, path))
    return Presented(pd.DataFrame(out), cols)
