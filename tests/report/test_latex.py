"""Every exported LaTeX table compiles in a two-column article with pdfLaTeX, with no
overfull box wider than 1 pt and no float taller than the page; headers are labels,
not column names; numbers sit in siunitx columns.

Needs ``pdflatex`` with booktabs, siunitx and tabularx (Debian: texlive-latex-base,
texlive-latex-recommended, texlive-science; ``.ci/run`` installs them)."""

from __future__ import annotations

import re
import shutil
import subprocess

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from belarus_analysis import pipeline
from belarus_analysis.report import catalogue, tables

PDFLATEX = shutil.which("pdflatex")
needs_latex = pytest.mark.skipif(
    PDFLATEX is None, reason="pdflatex not installed: apt-get install texlive-latex-base "
                             "texlive-latex-recommended texlive-science (as .ci/run does) to compile the tables")
TEMPLATE = r"""\documentclass[10pt,twocolumn]{article}
\usepackage[a4paper,margin=2cm]{geometry}
%(preamble)s
\begin{document}
%(body)s
\end{document}
"""
OVERFULL = re.compile(r"Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\)")
TOO_LARGE = re.compile(r"Float too large for page by (\d+(?:\.\d+)?)pt")


@pytest.fixture(scope="module")
def exported(articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    catalogue.export_all(pipeline.build(articles), out)
    return out / "tables"


def compile_tables(folder, names) -> str:
    """The pdfLaTeX log of a two-column article that inputs every table, one per page."""
    body = "\n".join(rf"\input{{{n}}}" + "\n\\clearpage" for n in names)
    (folder / "main.tex").write_text(TEMPLATE % {"preamble": tables.PREAMBLE, "body": body}, encoding="utf-8")
    run = subprocess.run([PDFLATEX, "-interaction=nonstopmode", "-halt-on-error", "main.tex"], cwd=folder,
                         capture_output=True, text=True, timeout=300, check=False)
    log = (folder / "main.log").read_text(encoding="latin-1")
    assert run.returncode == 0, log[-3000:]
    return log


@needs_latex
def test_every_table_compiles_within_the_page(exported):
    names = sorted(p.stem for p in exported.glob("*.tex"))
    assert set(names) == set(catalogue.TABLES)
    log = compile_tables(exported, names)
    overfull = [float(x) for x in OVERFULL.findall(log)]
    assert not [x for x in overfull if x > 1], f"overfull boxes (pt): {overfull}"
    assert not TOO_LARGE.findall(log), f"floats taller than the page (pt): {TOO_LARGE.findall(log)}"


@needs_latex
def test_a_long_table_is_split_and_still_compiles(tmp_path):
    df = pd.DataFrame({"term": [f"term{i}" for i in range(100)], "score": [i - 50.5 for i in range(100)]})
    tables.export_table(df, "long", out=tmp_path, caption="A long table")
    tex = (tmp_path / "long.tex").read_text()
    assert tex.count(r"\begin{table}") == 3 and "(continued)" in tex
    log = compile_tables(tmp_path, ["long"])
    assert not TOO_LARGE.findall(log) and not OVERFULL.findall(log)


def test_headers_are_labels_with_units_and_codes_are_words(exported):
    rates = (exported / "legitimacy_rates.tex").read_text()
    for raw in ("ci\\_low", "ci\\_degenerate", "True", "False", "state\\_aligned", "n\\_articles"):
        assert raw not in rates, raw
    for shown in ("Rate", "(per 1,000", "State-aligned", "Own voice", "none (n = 1 article)"):
        assert shown in rates, shown
    corpus = (exported / "corpus.tex").read_text()
    assert "GOV.UK" in corpus and "Foreign Office" not in corpus and "000\\_" not in corpus
    results = (exported / "reported_results.tex").read_text()
    assert r"\textminus{}0.70" in results and "6900000.00" not in results
    # Large values are grouped (no seed result row needs it since only published stages are compared).
    from belarus_analysis.report import labels
    assert labels.number(6_900_000, 0) == "6,900,000"
    # negative numbers in a number column: siunitx sets a real minus sign
    assert "S[table-format=-" in (exported / "legitimacy_contrast.tex").read_text()
    assert "G\\textsuperscript{2}" in (exported / "keyness_state_vs_western.tex").read_text()


def test_wide_tables_span_both_columns_and_narrow_ones_do_not(exported):
    assert r"\begin{table*}" in (exported / "figure_kinds_by_outlet.tex").read_text()
    assert r"\begin{table}" in (exported / "validation_attributes.tex").read_text()
