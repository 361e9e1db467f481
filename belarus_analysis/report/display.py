"""Tables for reading in a notebook: the labels of the paper tables
(:func:`.labels.present`: outlet names, headers with units, codes as words), numbers
with the decimals that matter, no index, and a message instead of a bare header when
a table is empty. Every notebook shows its tables through :func:`table`, so the
formatting decisions live here and not in the notebooks.

>>> s = table(pd.DataFrame({"outlet": ["GOV.UK (Foreign Office press release)"], "share_quoted": [0.1234]}))
>>> s.data.values.tolist(), list(s.data.columns)
([['GOV.UK', '12']], ['Outlet', 'Words quoted (%)'])
>>> table(pd.DataFrame(columns=["kind"]), empty="No remaining errors.").data.values.tolist()
[['No remaining errors.']]
"""

from __future__ import annotations

import hashlib

import pandas as pd
from pandas.io.formats.style import Styler

from . import labels

# JupyterLab draws tables in 12 px type: about 7 px a character, 12 px of padding per cell.
CHAR_PX = 7
CELL_PX = 12
MAX_WIDTH_PX = 1000  # wider tables hide columns behind horizontal scrolling on a laptop screen
WRAP_CHARS = 48  # longer text wraps inside its cell (max-width below)
STYLES = [{"selector": "th", "props": [("text-align", "left"), ("white-space", "normal"), ("vertical-align", "bottom")]},
          {"selector": "td", "props": [("white-space", "normal"), ("max-width", f"{WRAP_CHARS * CHAR_PX}px")]},
          {"selector": "caption", "props": [("caption-side", "top"), ("text-align", "left")]}]


class Table(Styler):
    """A ``Styler`` whose plain-text form is the formatted table itself (not
    ``<Styler at 0x…>``), so that a notebook's saved text output, which strict nbval
    compares, shows and checks the numbers."""

    def __repr__(self) -> str:
        return self.data.to_string(index=False)


def frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` as a reader sees it: labelled headers (two levels for a table with
    spanning headers), codes as words, numbers as text with their decimals."""
    shown = labels.present(df)
    out = shown.formatted()
    if shown.groups is not None and any(shown.groups):
        out.columns = pd.MultiIndex.from_arrays([shown.groups, list(out.columns)])
    return out


def table(df: pd.DataFrame, *, caption: str | None = None, empty: str = "No rows.") -> Table:
    """``df`` for a notebook (see the module docstring): a ``Styler`` without index,
    numbers right-aligned; ``empty`` as the only cell when ``df`` has no rows.

    Parameters
    ----------
    df : DataFrame
        A tidy or summary table (columns labelled from ``data/labels.csv``).
    caption : str, optional
        Shown above the table.
    empty : str, default "No rows."
        The message shown instead of an empty table.

    Returns
    -------
    Table
        A ``Styler``; ``.data`` holds the formatted frame, ``repr`` prints it.

    Examples
    --------
    >>> print(table(pd.DataFrame({"voice": ["quoted"], "rate": [2.04]})))
     Voice Rate (per 1,000 words)
    Quoted                    2.0
    """
    shown = frame(df) if len(df) else pd.DataFrame({caption or "Result": [empty]})
    numeric = [c for c, col in zip(shown.columns, labels.present(df).columns) if col.numeric] if len(df) else []
    # Element ids from the content, not random: the saved HTML is the same on every run (strict nbval).
    uuid = hashlib.sha1(shown.to_csv().encode("utf-8")).hexdigest()[:8]
    styler = Table(shown, uuid=uuid).hide(axis="index").set_table_styles(STYLES)
    if numeric:
        styler = styler.set_properties(subset=numeric, **{"text-align": "right"})
    return styler.set_caption(caption) if caption else styler


def width_px(shown: pd.DataFrame) -> int:
    """Estimated width in pixels of a shown table (``table(df).data``) in JupyterLab:
    per column, its longest cell (text wraps at :data:`WRAP_CHARS` characters) or the
    longest word of its header (headers wrap).

    >>> width_px(table(pd.DataFrame({"outlet": ["RT"], "n_words": [489]})).data)
    101
    """
    total = 0
    for key in shown.columns:
        head = key[-1] if isinstance(key, tuple) else key
        cells = shown[key].astype(str)
        longest = max([len(word) for word in str(head).split()] + [min(len(c), WRAP_CHARS) for c in cells] + [1])
        total += longest * CHAR_PX + CELL_PX
    return total
