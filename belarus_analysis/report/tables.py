"""Tables for papers: CSV for analysis, LaTeX (booktabs) for the manuscript; and the
Frictionless descriptor (``datapackage.json``) that tells R, Python and spreadsheet
readers each CSV column's type and that an empty cell is a missing value.

The descriptor is written from the DataFrames' dtypes (declared in :mod:`belarus_analysis.schema`)
rather than inferred by the ``frictionless`` library: the types are known exactly, and the
package does not need that library (the tests use it to validate descriptor and data).

>>> import tempfile, pandas as pd
>>> paths = export_table(pd.DataFrame({"outlet": ["RT"], "rate": [1.234]}), "demo", out=Path(tempfile.mkdtemp()))
>>> [p.suffix for p in paths]
['.csv', '.tex']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import config, outputs

# LaTeX's special characters and their escaped forms (backslash first, so it is not escaped twice).
LATEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                 "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def escape_latex(text: str) -> str:
    r"""``text`` with LaTeX's special characters escaped.

    >>> print(escape_latex("95% intervals, n_articles"))
    95\% intervals, n\_articles
    """
    return "".join(LATEX_SPECIAL.get(c, c) for c in text)


def to_latex(df: pd.DataFrame, caption: str | None = None, label: str | None = None, float_format: str = "%.2f") -> str:
    """A booktabs LaTeX table (``\\usepackage{booktabs}``); text and caption are escaped,
    missing values are blank."""
    return df.to_latex(index=False, escape=True, na_rep="", float_format=float_format,
                       caption=escape_latex(caption) if caption else None, label=label, position="htbp")


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


def export_table(df: pd.DataFrame, name: str, out: Path | str | None = None, caption: str | None = None,
                 float_format: str = "%.2f") -> list[Path]:
    """Write ``df`` to ``out/name.csv`` and ``out/name.tex`` (atomically); ``out`` defaults to
    ``config.TABLES`` as configured when called (the user's folder for a user's corpus)."""
    out = Path(out or config.TABLES)
    tex = to_latex(df, caption=caption, label=f"tab:{name}", float_format=float_format)
    return [
        outputs.write_atomic(out / f"{name}.csv", lambda p: outputs.write_csv(df, p)),
        outputs.write_atomic(out / f"{name}.tex", lambda p: p.write_text(tex, encoding="utf-8")),
    ]
