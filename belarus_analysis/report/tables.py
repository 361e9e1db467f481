"""Tables for papers: CSV for analysis, LaTeX (booktabs) for the manuscript.

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


def export_table(df: pd.DataFrame, name: str, out: Path | str | None = None, caption: str | None = None,
                 float_format: str = "%.2f") -> list[Path]:
    """Write ``df`` to ``out/name.csv`` and ``out/name.tex`` (atomically); ``out`` defaults to
    ``config.TABLES`` as configured when called (the user's folder for a user's corpus)."""
    out = Path(out or config.TABLES)
    tex = to_latex(df, caption=caption, label=f"tab:{name}", float_format=float_format)
    return [
        outputs.write_atomic(out / f"{name}.csv", lambda p: df.to_csv(p, index=False)),
        outputs.write_atomic(out / f"{name}.tex", lambda p: p.write_text(tex, encoding="utf-8")),
    ]
