r"""Tables for papers: CSV for analysis, LaTeX for the manuscript, and the Frictionless
descriptor (``datapackage.json``) that tells R, Python and spreadsheet readers each CSV
column's type and that an empty cell is a missing value.

The LaTeX is written for a two-column journal page: headers from ``data/labels.csv``
(label over unit), codes as words and outlets by their short names
(:func:`.labels.present`), numbers in ``siunitx`` columns aligned on the decimal
point (real minus signs, digits grouped), text wrapped where needed. A table that
fits one column is a ``table``; a wider one spans both (``table*``), wrapping its text
columns; a long one is split into floats of at most :data:`MAX_ROWS` rows, the header
repeated. The packages it needs are :data:`PREAMBLE`.

The descriptor is written from the DataFrames' dtypes (declared in :mod:`belarus_analysis.schema`)
rather than inferred by the ``frictionless`` library: the types are known exactly, and the
package does not need that library (the tests use it to validate descriptor and data).

>>> import tempfile
>>> paths = export_table(pd.DataFrame({"outlet": ["RT"], "rate": [1.234]}), "demo", out=Path(tempfile.mkdtemp()))
>>> [p.suffix for p in paths]
['.csv', '.tex']
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import pandas as pd

from .. import config, outputs
from . import labels

# What a document needs for the exported tables (``\input`` them after these lines).
PREAMBLE = r"""\usepackage{booktabs}
\usepackage{siunitx}
\usepackage{tabularx}
\usepackage{textcomp}
\sisetup{group-separator={,}, group-minimum-digits=4}"""
# Widths in pt of a typical two-column journal page (10 pt article: 3.4 in column, 7 in text),
# and of a character (generous, so capitals fit) and a column gap in \small type (9 pt Computer Modern).
COLUMN_PT = 240.0
TEXT_PT = 500.0
CHAR_PT = 4.7
GAP_PT = 12.0
NUMERIC_HEAD = 10  # characters a number column's header may take per line ("(per 1,000" / "words)")
MAX_ROWS = 38  # rows per float: a \small row is ~11 pt, a two-column page ~590 pt tall with the caption

# LaTeX's special characters and their escaped forms (backslash first, so it is not escaped twice),
# and characters pdfLaTeX's default fonts lack.
LATEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                 "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                 "−": r"\textminus{}", "²": r"\textsuperscript{2}", "≥": r"$\geq$", "≤": r"$\leq$",
                 "×": r"\texttimes{}", "·": r"\textperiodcentered{}", "χ": r"$\chi$"}


def escape_latex(text: str) -> str:
    r"""``text`` with LaTeX's special characters escaped.

    >>> print(escape_latex("95% intervals, n_articles, G² − 1"))
    95\% intervals, n\_articles, G\textsuperscript{2} \textminus{} 1
    """
    return "".join(LATEX_SPECIAL.get(c, c) for c in str(text))


def _lines(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters (longer words whole)."""
    return textwrap.wrap(text, max(width, 1), break_long_words=False, break_on_hyphens=False) or [""]


def _stack(lines: list[str], align: str) -> str:
    """Lines stacked in one cell, aligned ``l`` or ``c`` (a nested tabular needs no package)."""
    if len(lines) == 1:
        return escape_latex(lines[0])
    return rf"\begin{{tabular}}[b]{{@{{}}{align}@{{}}}}" + r"\\".join(escape_latex(x) for x in lines) + r"\end{tabular}"


class _Spec:
    """One column of the LaTeX table: its header lines, cells and width estimate."""

    def __init__(self, col: labels.Column, values: pd.Series):
        self.col = col
        if col.numeric:
            places = col.places(values)
            nums = pd.to_numeric(values, errors="coerce").astype(float)
            self.cells = [("" if pd.isna(v) else f"{v:.{places}f}") for v in nums]
            digits = max([len(c.lstrip("-").split(".")[0]) for c in self.cells if c] or [1])
            sign = "-" if (nums < 0).any() else ""
            groups = (digits - 1) // 3 if digits >= 5 else 0  # siunitx groups 5+ digit numbers
            self.format = f"{sign}{digits}.{places}" if places else f"{sign}{digits}"
            self.body = len(sign) + digits + groups + (places + 1 if places else 0)
            self.text_min = self.body
        else:
            self.cells = [escape_latex(v) for v in values.astype(str)]
            plain = values.astype(str).tolist()
            self.body = max([len(v) for v in plain] or [0])
            self.text_min = max([len(w) for v in plain for w in v.split()] or [0])
        words = col.label.split() + col.unit.split()
        self.head_min = max([len(w) for w in words] or [0])
        self.head_chars = NUMERIC_HEAD  # a number column's header line; 0 when space is short

    def width(self, wrap: bool) -> float:
        """Estimated width in pt: text at its longest line (or longest word when wrapped);
        headers wrap to the body's width but keep their longest word whole."""
        body = self.text_min if wrap and not self.col.numeric else self.body
        return max(body, self.head_min, self.head_chars if self.col.numeric else 0) * CHAR_PT + GAP_PT

    def header(self, chars: int) -> str:
        lines = _lines(self.col.label, chars) + ([f"({self.col.unit})"] if self.col.unit else [])
        lines = [x for line in lines for x in _lines(line, chars)]
        if self.col.numeric:
            return "{" + _stack(lines, "c") + "}"
        return _stack(lines, "l")


def to_latex(df: pd.DataFrame, caption: str | None = None, label: str | None = None, *,
             note: str | None = None) -> str:
    r"""``df`` as LaTeX floats for a two-column page (see the module docstring):
    ``table`` when it fits a column, else ``table*``; split every :data:`MAX_ROWS` rows.
    Two-level column headers (a ``MultiIndex``) become a spanning header with rules.

    Parameters
    ----------
    df : DataFrame
        The table; its columns are labelled from ``data/labels.csv``.
    caption, label : str, optional
        Caption (escaped) and ``\label``; later parts of a split table say "(continued)".
    note : str, optional
        A line under the table (escaped), e.g. what n counts.

    Returns
    -------
    str
        LaTeX needing :data:`PREAMBLE`.

    Examples
    --------
    >>> tex = to_latex(pd.DataFrame({"outlet": ["RT"], "difference": [-0.184]}), "Results")
    >>> r"\begin{table}" in tex and "S[table-format=-1.2]" in tex and "{-0.18}" not in tex
    True
    """
    shown = labels.present(df)
    cols, groups = shown.columns, shown.groups
    specs = [_Spec(c, shown.frame[c.key]) for c in cols]
    if sum(s.width(True) for s in specs) > TEXT_PT:
        for s in specs:  # many number columns: their headers wrap at every word
            s.head_chars = 0
    natural = sum(s.width(False) for s in specs)
    wrapped = sum(s.width(True) for s in specs)
    has_text = any(not s.col.numeric for s in specs)
    wide = natural > COLUMN_PT and not (has_text and wrapped <= COLUMN_PT)
    width = TEXT_PT if wide else COLUMN_PT
    wrap = natural > width and has_text
    star = "*" if wide else ""
    if wrap:
        # Each text column gets its longest word, then a share of what is left in proportion
        # to how much more its longest line would need.
        text = [s for s in specs if not s.col.numeric]
        free = width - sum(s.width(False) for s in specs if s.col.numeric)
        low = {id(s): s.width(True) for s in text}
        need = {id(s): s.width(False) - low[id(s)] for s in text}
        extra = max(free - sum(low.values()), 0.0)
        total = sum(need.values()) or 1.0
        given = {k: low[k] + extra * need[k] / total for k in low}
        mean = sum(given.values()) / len(given)
    aligns, heads = [], []
    for s in specs:
        if s.col.numeric:
            aligns.append(f"S[table-format={s.format}]")
            heads.append(s.header(max(s.body, s.head_min, s.head_chars)))
        elif wrap:
            aligns.append(rf">{{\raggedright\arraybackslash\hsize={given[id(s)] / mean:.3f}\hsize}}X")
            heads.append(s.header(max(int((given[id(s)] - GAP_PT) / CHAR_PT), s.head_min)))
        else:
            aligns.append("l")
            heads.append(s.header(max(s.body, s.head_min, 8)))
    env, spec = ("tabularx", rf"{{\linewidth}}{{@{{}}{''.join(aligns)}@{{}}}}") if wrap else (
        "tabular", f"{{@{{}}{''.join(aligns)}@{{}}}}")
    header = []
    if groups is not None and any(groups):
        spans, start = [], 0
        for i in range(1, len(groups) + 1):
            if i == len(groups) or groups[i] != groups[start]:
                spans.append((start, i, groups[start]))
                start = i
        header.append(" & ".join(rf"\multicolumn{{{b - a}}}{{c}}{{{escape_latex(g)}}}" if g else
                                 " & ".join([""] * (b - a)) for a, b, g in spans) + r" \\")
        header.append(" ".join(rf"\cmidrule(lr){{{a + 1}-{b}}}" for a, b, g in spans if g))
    header.append(" & ".join(heads) + r" \\")
    n = len(shown.frame)
    parts = max(1, math.ceil(n / MAX_ROWS))
    per = math.ceil(n / parts) if n else 0
    floats = []
    for k in range(parts):
        rows = [" & ".join(s.cells[i] for s in specs) + r" \\"
                for i in range(k * per, min(n, (k + 1) * per))]
        cap = caption if k == 0 else (f"{caption} (continued)" if caption else None)
        lines = [rf"\begin{{table{star}}}[htbp]", r"\centering", r"\small"]
        if cap:
            lines.append(rf"\caption{{{escape_latex(cap)}}}")
        if label:
            lines.append(rf"\label{{{label}}}" if k == 0 else rf"\label{{{label}:{k + 1}}}")
        lines += [rf"\begin{{{env}}}{spec}", r"\toprule", *header, r"\midrule", *rows, r"\bottomrule",
                  rf"\end{{{env}}}"]
        if note and k == parts - 1:
            lines += [r"\par\smallskip", rf"\parbox{{\linewidth}}{{\footnotesize {escape_latex(note)}}}"]
        lines.append(rf"\end{{table{star}}}")
        floats.append("\n".join(lines))
    return "\n\n".join(floats) + "\n"


DATAPACKAGE = "datapackage.json"
# pandas dtype kind -> Table Schema type (https://specs.frictionlessdata.io/table-schema/#types-and-formats).
FIELD_TYPES = {"i": "integer", "u": "integer", "f": "number", "b": "boolean", "M": "datetime"}


def field(name: str, s: pd.Series) -> dict:
    """The Table Schema field of column ``s``: dates without a time of day are ``date``,
    categories are strings with their categories as ``enum``.

    >>> field("published", pd.Series(pd.to_datetime(["2020-08-15"])))
    {'name': 'published', 'type': 'date'}
    >>> field("n", pd.Series([1, None], dtype="Int64"))
    {'name': 'n', 'type': 'integer'}
    """
    if isinstance(s.dtype, pd.CategoricalDtype):
        return {"name": name, "type": "string", "constraints": {"enum": [str(c) for c in s.cat.categories]}}
    kind = "b" if pd.api.types.is_bool_dtype(s.dtype) else s.dtype.kind
    ftype = FIELD_TYPES.get(kind, "string")
    if ftype == "datetime" and (s.dropna() == s.dropna().dt.normalize()).all():
        ftype = "date"
    return {"name": name, "type": ftype}


def data_package(tables: dict[str, pd.DataFrame]) -> dict:
    """A Frictionless Data Package descriptor for ``tables`` written as ``<name>.csv``:
    one Tabular Data Resource per table with its Table Schema (types, ``missingValues: [""]``,
    the first column as primary key when unique, ``article_id`` as a foreign key into
    ``articles``).

    >>> d = data_package({"articles": pd.DataFrame({"article_id": ["a"], "n_words": [3]})})
    >>> d["resources"][0]["schema"]["fields"]
    [{'name': 'article_id', 'type': 'string'}, {'name': 'n_words', 'type': 'integer'}]
    """
    resources = []
    for name, df in tables.items():
        schema = {"fields": [field(str(c), df[c]) for c in df.columns], "missingValues": [""]}
        key = str(df.columns[0]) if len(df.columns) else None
        if key and df[key].notna().all() and df[key].is_unique:
            schema["primaryKey"] = [key]
        if name != "articles" and "article_id" in df.columns and "articles" in tables:
            schema["foreignKeys"] = [{"fields": ["article_id"],
                                      "reference": {"resource": "articles", "fields": ["article_id"]}}]
        resources.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema})
    return {"profile": "tabular-data-package", "resources": resources,
            "description": "Text cells that start with = + - @ or a tab/line break are prefixed with ' in the CSV "
                           "files (OWASP CSV-injection guard); the Parquet files hold the exact values."}


def csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` as its CSV holds it: two-level headers (reshaped tables) joined as "top: sub".

    >>> csv_frame(pd.DataFrame([[1]], columns=pd.MultiIndex.from_tuples([("rate", "own voice")]))).columns.tolist()
    ['rate: own voice']
    """
    if not isinstance(df.columns, pd.MultiIndex):
        return df
    flat = df.copy()
    flat.columns = [": ".join(str(x) for x in c if str(x)) for c in df.columns]
    return flat


def export_table(df: pd.DataFrame, name: str, out: Path | str | None = None, caption: str | None = None,
                 note: str | None = None) -> list[Path]:
    """Write ``df`` to ``out/name.csv`` (the data as they are, formula-leading cells
    neutralised) and ``out/name.tex`` (:func:`to_latex`), atomically; ``out`` defaults to
    ``config.TABLES`` as configured when called (the user's folder for a user's corpus)."""
    out = Path(out or config.TABLES)
    tex = to_latex(df, caption=caption, label=f"tab:{name}", note=note)
    csv = csv_frame(df)
    return [
        outputs.write_atomic(out / f"{name}.csv", lambda p: outputs.write_csv(csv, p)),
        outputs.write_atomic(out / f"{name}.tex", lambda p: p.write_text(tex, encoding="utf-8")),
    ]
