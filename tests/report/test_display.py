"""Notebook tables: every table a notebook shows goes through ``display.table``, has
outlet names instead of hash ids and labelled headers, and is at most 1,000 px wide
in JupyterLab (estimated), so no column a conclusion cites hides behind scrolling."""

from __future__ import annotations

import json
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import pipeline
from belarus_analysis.analysis import summaries
from belarus_analysis.extract.figures import reference
from belarus_analysis.report import catalogue, display

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


@pytest.fixture(scope="module")
def namespace(articles):
    tables = pipeline.build(articles)
    headline = ba.evaluate.headline(tables, tables["articles"])  # notebook 06's (parses every held-out set)
    return {"ba": ba, "summaries": summaries, "catalogue": catalogue, "display": display, "reference": reference,
            "tables": tables, "articles": tables["articles"], "statements": tables["statements"],
            "markers": tables["markers"], "figures": tables["figures"], "readability": tables["readability"],
            "headline": headline}


def shown_tables() -> list[tuple[str, str]]:
    """(notebook, expression) of every ``display.table(...)`` that ends a code cell."""
    found = []
    for path in sorted(NOTEBOOKS.glob("0[1-6]_*.ipynb")):
        for cell in json.loads(path.read_text())["cells"]:
            source = "".join(cell["source"]).strip()
            last = source.splitlines()[-1] if cell["cell_type"] == "code" and source else ""
            if last.startswith("display.table("):
                found.append((path.stem, source[source.rindex("display.table("):]))
    return found


def test_the_notebooks_show_their_tables_through_display():
    shown = shown_tables()
    assert len(shown) >= 20
    for path in sorted(NOTEBOOKS.glob("0[1-6]_*.ipynb")):
        for cell in json.loads(path.read_text())["cells"]:
            lines = "".join(cell["source"]).strip().splitlines()
            if cell["cell_type"] == "code" and lines:
                # a bare DataFrame as a cell's result is printed raw (hash ids, codes, 1,200 px wide)
                assert not re.search(r"(\.round\(\d\)|\]\])$", lines[-1]), (path.name, lines[-1])


@pytest.mark.parametrize("notebook,expression", shown_tables())
def test_each_notebook_table_fits_a_laptop_screen_and_names_outlets(namespace, notebook, expression):
    styler = eval(expression, dict(namespace))  # the notebook's own call, on the seed tables
    data = styler.data
    text = data.to_string()
    assert not re.search(r"\b\d{3}_[0-9a-f]{6,}", text), "article hash ids shown"
    assert "state_aligned" not in text and "western_government" not in text
    flat = [c[-1] if isinstance(c, tuple) else c for c in data.columns]
    assert not any("_" in str(c) for c in flat), flat  # labelled headers, not column names
    width = display.width_px(data)
    assert width <= display.MAX_WIDTH_PX, f"{notebook}: {expression} is about {width} px wide"


def test_an_empty_table_says_so():
    s = display.table(pd.DataFrame(columns=["article_id", "kind"]), empty="No remaining errors.")
    assert s.data.values.tolist() == [["No remaining errors."]]


def test_numbers_keep_their_decimals_and_a_real_minus_sign():
    s = display.table(pd.DataFrame({"difference": [-0.184, 100000.0], "n_words": [1546, 489]}))
    assert s.data.values.tolist() == [["−0.18", "1,546"], ["100,000.00", "489"]]
