"""Every chart and table for a paper, written in one go (``belarus-analysis report``).

:func:`export_all` saves each chart of :data:`CHARTS` as PDF, SVG and PNG into
``reports/figures/`` and each table of :data:`TABLES` as CSV and booktabs LaTeX into
``reports/tables/``. Files are byte-identical across runs on the same tables, so a
diff of ``reports/`` shows what changed in the results.

>>> sorted(CHARTS)[:3]
['cues_by_outlet', 'markers_by_alignment', 'name_forms_by_outlet']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from .. import config
from ..analysis import compare, summaries
from . import charts as plots
from . import tables as export

Tables = Mapping[str, pd.DataFrame]
# Keyness: state-aligned against Western-government outlets (the project's main contrast).
KEYNESS_GROUPS = ("state_aligned", "western_government")
KEYNESS_TOP = 25


class Table(NamedTuple):
    caption: str
    make: Callable[[Tables], pd.DataFrame]
    float_format: str = "%.2f"


def _keyness(t: Tables) -> pd.DataFrame:
    """Top terms of the state-aligned articles against the Western-government ones
    (empty when the corpus lacks either group)."""
    if not set(KEYNESS_GROUPS) <= set(t["articles"]["alignment"].dropna()):
        return pd.DataFrame()
    k = compare.keyness(t["articles"], target=KEYNESS_GROUPS[0], reference=KEYNESS_GROUPS[1])
    return k.head(KEYNESS_TOP)


RESULT_COLUMNS = ["outlet", "measure", "subject", "reported", "qualifier", "precision", "official_value", "stage",
                  "difference"]

# Chart name -> chart of the tables (``validation`` = scores added by :func:`with_scores`).
CHARTS: dict[str, Callable[[Tables], Figure]] = {
    "voices_by_outlet": lambda t: plots.voices_chart(t["statements"], t["articles"]),
    "cues_by_outlet": lambda t: plots.cues_chart(t["statements"], t["articles"]),
    "reported_vs_official": lambda t: plots.results_chart(t["figures"], t["articles"]),
    "markers_by_alignment": lambda t: plots.markers_chart(t["markers"], t["articles"]),
    "name_forms_by_outlet": lambda t: plots.name_forms_chart(t["markers"], t["articles"]),
    "readability_by_article": lambda t: plots.readability_chart(t["readability"], t["articles"]),
    "style_by_article": lambda t: plots.style_chart(t["readability"], t["statements"], t["articles"]),
    "validation_scores": lambda t: plots.validation_chart(t["validation"]),
}

TABLES: dict[str, Table] = {
    "corpus": Table("The articles compared.", lambda t: summaries.corpus(t["articles"])),
    "voices_by_outlet": Table("Statements and quoted words by speaker group and outlet.",
                              lambda t: compare.voices(t["statements"], t["articles"], by="outlet")),
    "cues_by_outlet": Table("Neutral and loaded reporting cues by outlet.",
                            lambda t: summaries.cue_classes(t["statements"], t["articles"])),
    "cue_verbs_by_outlet": Table("Reporting cues (lemmas) by outlet.",
                                 lambda t: summaries.cue_verbs(t["statements"], t["articles"])),
    "reported_results": Table("Reported election results next to the official ones.",
                              lambda t: compare.reported_results(t["figures"], t["articles"])[RESULT_COLUMNS]),
    "figure_kinds_by_outlet": Table("Reported figures by kind and outlet.",
                                    lambda t: summaries.figure_kinds(t["figures"], t["articles"])),
    "legitimacy_rates": Table("(De)legitimising markers per 1,000 words by alignment and voice, 95% bootstrap "
                              "intervals.", lambda t: summaries.legitimacy_rates(t["markers"], t["articles"])),
    "marker_rates": Table("Framing markers per 1,000 words by alignment, voice, lexicon and category.",
                          lambda t: summaries.rates_by_voice(t["markers"], t["articles"])),
    "keyness_state_vs_western": Table("Terms over-used in state-aligned against Western-government articles "
                                      "(log-likelihood G2).", _keyness, "%.3g"),
    "name_forms_by_outlet": Table("Transliteration of Belarusian names by outlet.",
                                  lambda t: compare.name_forms(t["markers"], t["articles"])),
    "actor_labels_by_outlet": Table("Labels and titles given to actors by outlet.",
                                    lambda t: summaries.actor_labels(t["markers"], t["articles"])),
    "style_by_article": Table("Readability, sentence length and quotation per article.",
                              lambda t: summaries.style(t["readability"], t["statements"], t["articles"])),
    "validation_scores": Table("Extractors against the hand-coded gold data (in-sample).",
                               lambda t: t["validation"]),
    "validation_attributes": Table("Attribute accuracy over matched rows (in-sample).",
                                   lambda t: summaries.attribute_accuracy(t["validation"])),
}


def with_scores(tables: Tables) -> dict[str, pd.DataFrame]:
    """``tables`` plus ``validation`` (:func:`summaries.validation`), computed once for
    the chart and the tables that show it."""
    return {**tables, "validation": summaries.validation(tables)}


def export_all(tables: Tables, out: Path | str | None = None) -> list[Path]:
    """Write every chart to ``out/figures/`` (PDF, SVG, PNG) and every table to
    ``out/tables/`` (CSV, LaTeX); return the paths written. Charts and tables with no
    data for this corpus (no gold rows, no state-aligned articles…) are skipped. ``out``
    defaults to ``config.REPORTS`` as configured when called."""
    out = Path(out or config.REPORTS)
    t = with_scores(tables)
    paths: list[Path] = []
    for name, chart in CHARTS.items():
        if name == "validation_scores" and t["validation"].empty:
            continue
        fig = chart(t)
        paths += plots.save_figure(fig, name, out=out / "figures")
        plt.close(fig)
    for name, table in TABLES.items():
        df = table.make(t)
        if not df.empty:
            paths += export.export_table(df, name, out=out / "tables", caption=table.caption,
                                         float_format=table.float_format)
    return paths
