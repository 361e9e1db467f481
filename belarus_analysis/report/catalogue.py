"""Every chart and table for a paper, written in one go (``belarus-analysis report``).

:func:`export_all` saves each chart of :data:`CHARTS` as PDF, SVG and PNG into
``reports/figures/`` with ``captions.md`` beside them (:data:`CAPTIONS`: what each n
counts), and each table of :data:`TABLES` as CSV and LaTeX (:mod:`.tables`) into
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

from .. import __version__, config, outputs
from ..analysis import compare, summaries
from . import charts as plots
from . import labels
from . import tables as export

Tables = Mapping[str, pd.DataFrame]
# Keyness: state-aligned against Western-government outlets (the project's main contrast).
KEYNESS_GROUPS = ("state_aligned", "western_government")
KEYNESS_TOP = 25
# Records the files of the last report in an output folder (see export_all).
REPORT_MANIFEST = "report-manifest.json"


class Table(NamedTuple):
    caption: str
    make: Callable[[Tables], pd.DataFrame]
    note: str | None = None


def _keyness(t: Tables) -> pd.DataFrame:
    """Top terms of the state-aligned articles against the Western-government ones
    (empty when the corpus lacks either group)."""
    if not set(KEYNESS_GROUPS) <= set(t["articles"]["alignment"].dropna()):
        return pd.DataFrame()
    k = compare.keyness(t["articles"], target=KEYNESS_GROUPS[0], reference=KEYNESS_GROUPS[1])
    return k.head(KEYNESS_TOP)


def _contrast(t: Tables) -> pd.DataFrame:
    """The keyness groups contrasted by an exact permutation test (empty without both)."""
    if not set(KEYNESS_GROUPS) <= set(t["articles"]["alignment"].dropna()):
        return pd.DataFrame()
    c = summaries.legitimacy_contrast(t["markers"], t["articles"], *KEYNESS_GROUPS)
    return c.drop(columns=["group_a", "group_b"]).rename(columns={"difference": "rate_difference"})


def _by_group(df: pd.DataFrame, index: list[str], groups: list[str], value: str, articles: pd.DataFrame,
              by: str) -> pd.DataFrame:
    """``value`` with one column per combination of ``groups`` (the last one named with
    its number of articles), under a spanning header per first group."""
    sizes = compare._groups(articles, by).groupby(by).size()
    if by == "alignment":  # the groups in their fixed chart order
        rank = {g: i for i, g in enumerate(plots.alignment_order())}
        df = df.sort_values(groups[-1], key=lambda c: c.map(rank).fillna(len(rank)), kind="stable")
    name = df[groups[-1]].map(lambda g: f"{labels.value_label(by, g)} ({sizes.get(g, 0)})")
    wide = df.assign(_col=name).pivot_table(index=index, columns=[*groups[:-1], "_col"], values=value,
                                            aggfunc="sum", sort=False, observed=True)
    if len(groups) == 1:
        top = f"{labels.column(value).header}, by {labels.column(by).label.lower()} (articles)"
        wide.columns = pd.MultiIndex.from_arrays([[top] * wide.shape[1], list(wide.columns)])
    else:
        wide.columns = pd.MultiIndex.from_tuples([(labels.value_label(groups[0], a), b) for a, b in wide.columns])
    lead = pd.MultiIndex.from_tuples([("", c) for c in index])
    out = wide.reset_index()
    out.columns = lead.append(wide.columns)
    return out


def _cue_verbs(t: Tables) -> pd.DataFrame:
    cv = summaries.cue_verbs(t["statements"], t["articles"], by="outlet")
    cv = cv.assign(outlet=cv["outlet"].map(labels.short_outlet))
    wide = cv.pivot_table(index=["cue_lemma", "cue_class"], columns="outlet", values="count", aggfunc="sum",
                          fill_value=0, observed=True)
    wide = wide.assign(_total=wide.sum(axis=1)).sort_values(["_total", "cue_lemma"], ascending=[False, True])
    out = wide.drop(columns="_total").reset_index()
    out.columns = pd.MultiIndex.from_tuples([("", c) for c in ("cue_lemma", "cue_class")]
                                            + [("Statements introduced, by outlet", c) for c in wide.columns[:-1]])
    return out


def _results(t: Tables) -> pd.DataFrame:
    """Reported results: the figure as written with whose share or which measure it is,
    the official value and stage, the difference; values written in their own unit
    (percentages with two decimals, people as whole numbers), since one column holds both."""
    rr = compare.reported_results(t["figures"], t["articles"])
    percent = rr["reported"].str.contains("percent", na=False)
    what = rr["subject"].fillna("").map(lambda v: labels.value_label("subject", v)).where(
        (rr["measure"] == "vote_share") & rr["subject"].notna(), rr["measure"].map(lambda v: labels.value_label(
            "measure", v)))
    written = (rr["qualifier"].fillna("") + " " + rr["reported"].str.replace(" percent", " %")).str.strip()
    return pd.DataFrame({
        "outlet": rr["outlet"], "reported_figure": (what + ": " + written).to_numpy(),
        "official_value": [labels.number(v, 2 if p else 0) for v, p in zip(rr["official_value"], percent)],
        "stage": rr["stage"],
        "reported_minus_official": [_signed(v, 2 if p else 0) for v, p in zip(rr["difference"], percent)]})


def _figure_kinds(t: Tables) -> pd.DataFrame:
    """Kinds as rows, outlets as columns: there are more kinds than a column has room for."""
    fk = summaries.figure_kinds(t["figures"], t["articles"], by="outlet").drop(columns="n_articles")
    long = fk.melt(id_vars="outlet", var_name="kind", value_name="figures")
    long = long.assign(kind=long["kind"].map(lambda k: labels.column(k).label), outlet=long["outlet"].map(
        labels.short_outlet))
    wide = long.pivot_table(index="kind", columns="outlet", values="figures", aggfunc="sum", sort=False)
    out = wide.reset_index()
    out.columns = pd.MultiIndex.from_tuples([("", "kind")] + [("Figures, by outlet", c) for c in wide.columns])
    return out


def _marker_rates(t: Tables) -> pd.DataFrame:
    r = summaries.rates_by_voice(t["markers"], t["articles"])
    return _by_group(r, ["voice", "lexicon", "category"], ["alignment"], "rate", t["articles"], "alignment")


def _style(t: Tables) -> pd.DataFrame:
    s = summaries.style(t["readability"], t["statements"], t["articles"])
    names = plots.article_labels(t["articles"])
    s = s.assign(outlet=s["article_id"].map(names))
    return s[["outlet", "n_words", "words_per_sentence", "flesch_reading_ease", "flesch_kincaid_grade",
              "gunning_fog", "smog_index", "share_quoted", "statements_per_1000_words"]]


SCORE_COLUMNS = ["table", "kind", "n_gold", "n_pred", "tp", "precision", "recall", "f1", "exact_f1"]
FEW = "Articles: number of articles in the group; with fewer than 3 no interval is computed."

# Chart name -> chart of the tables.
CHARTS: dict[str, Callable[[Tables], Figure]] = {
    "voices_by_outlet": lambda t: plots.voices_chart(t["statements"], t["articles"]),
    "cues_by_outlet": lambda t: plots.cues_chart(t["statements"], t["articles"]),
    "reported_vs_official": lambda t: plots.results_chart(t["figures"], t["articles"]),
    "markers_by_alignment": lambda t: plots.markers_chart(t["markers"], t["articles"]),
    "name_forms_by_outlet": lambda t: plots.name_forms_chart(t["markers"], t["articles"]),
    "readability_by_article": lambda t: plots.readability_chart(t["readability"], t["articles"]),
    "style_by_article": lambda t: plots.style_chart(t["readability"], t["statements"], t["articles"]),
}

def _signed(v: float, digits: int) -> str:
    """``v`` with an explicit ``+`` for a positive difference; empty when missing."""
    return ("+" if v > 0 else "") + labels.number(v, digits) if pd.notna(v) else ""


def _sizes(t: Tables) -> str:
    """The alignment groups' sizes in words: "state-aligned 1, Western government 2"."""
    n = t["articles"]["alignment"].astype("string").fillna("other").value_counts()
    known = plots.alignment_order()
    order = [g for g in known if g in n.index] + sorted(set(n.index) - set(known))
    return ", ".join(f"{plots.alignment_label(g)} {n[g]}" for g in order)


def _stages(t: Tables) -> str:
    stages = summaries.results_differences(t["figures"], t["articles"])["stage"].dropna().astype(str)
    return " and ".join(sorted(set(stages))) or "no"


# Chart name -> its caption (Markdown), saying what every n counts; written to figures/captions.md.
CAPTIONS: dict[str, Callable[[Tables], str]] = {
    "voices_by_outlet": lambda t: (
        "Whose statements each outlet carries: shares of the outlet's top-level statements (direct, partial and "
        f"indirect) by speaker group. n = statements of the outlet ({len(t['statements'])} in all); one article "
        "per outlet unless the label says otherwise."),
    "cues_by_outlet": lambda t: (
        "Neutral (*said*, *told*) and loaded (*claimed*, *insisted*) reporting cues per outlet. n = statements "
        "introduced by a reporting verb (unattributed quotations have no cue)."),
    "reported_vs_official": lambda t: (
        "Reported minus official result in percentage points, one row per reported percentage that has an "
        f"official value (n = {len(summaries.results_differences(t['figures'], t['articles']))} reported "
        f"figures); official: the {_stages(t)} count of the Central Election Commission (the stage "
        "nearest the publication date). Hollow: hedged figures (*almost*, *roughly*, *just*), compared as "
        "written, so their difference is not a claim of exactness."),
    "markers_by_alignment": lambda t: (
        "(De)legitimising markers (legitimacy, recognition and actor-label lexicons) per 1,000 words, in the "
        "outlet's own voice and in quotations. Bars: the group's markers over all its words; dots: each article. "
        f"Articles per group: {_sizes(t)}. No interval is drawn for a group of fewer than "
        f"{compare.MIN_ARTICLES_FOR_INTERVAL} articles: a bootstrap over one or two articles says nothing."),
    "name_forms_by_outlet": lambda t: (
        "Transliteration of Belarusian names (Lukashenka/Lukashenko) per outlet. n = name tokens with a "
        "transliteration system."),
    "readability_by_article": lambda t: (
        "Grade-level readability formulas per article (n = 1 article per row). The formulas were normed on "
        "school texts: compare articles with each other, not with school grades."),
    "style_by_article": lambda t: (
        "Mean sentence length and the share of words inside direct and partial quotations, per article "
        "(n = 1 article per row)."),
}

TABLES: dict[str, Table] = {
    "corpus": Table("The articles compared.", lambda t: summaries.corpus(t["articles"])),
    "voices_by_outlet": Table(
        "Statements and quoted words by speaker group and outlet (one article per outlet).",
        lambda t: compare.voices(t["statements"], t["articles"], by="outlet").drop(columns="n_articles"),
        "Statements: top-level statements (direct, partial, indirect); words quoted: words of direct and "
        "partial quotations; shares within the outlet."),
    "cues_by_outlet": Table("Neutral and loaded reporting cues by outlet.",
                            lambda t: summaries.cue_classes(t["statements"], t["articles"]),
                            "Cues: statements introduced by a reporting verb; articles: articles of the outlet."),
    "cue_verbs_by_outlet": Table("Reporting cues (lemmas) by outlet, most frequent first.", _cue_verbs,
                                 "Counts of statements each cue introduces."),
    "reported_results": Table(
        "Reported election results next to the official ones.",
        lambda t: _results(t),
        "Official: the Central Election Commission figure of the stage named (the one nearest the publication "
        "date); hedged figures (almost, roughly) are compared as written."),
    "figure_kinds_by_outlet": Table("Reported figures by kind and outlet.", _figure_kinds,
                                    "Counts of figures (numbers, dates, durations) of each kind."),
    "legitimacy_rates": Table("(De)legitimising markers per 1,000 words by voice and alignment group.",
                              lambda t: summaries.legitimacy_rates(t["markers"], t["articles"]), FEW),
    "legitimacy_contrast": Table(
        "State-aligned (A) against Western-government (B) articles: (de)legitimising markers per 1,000 words "
        "and an exact permutation test over articles.", _contrast,
        "p: two-sided, over every assignment of the articles to the two groups (labellings); the smallest "
        "possible p is what these articles could show at most."),
    "marker_rates": Table("Framing markers per 1,000 words by voice and alignment group (articles in "
                          "parentheses).", _marker_rates),
    "keyness_state_vs_western": Table("Terms over-used in state-aligned against Western-government articles "
                                      "(signed log-likelihood G²).", _keyness),
    "name_forms_by_outlet": Table("Transliteration of Belarusian names by outlet.",
                                  lambda t: compare.name_forms(t["markers"], t["articles"]),
                                  "Name tokens: mentions of Belarusian names with a transliteration system."),
    "actor_labels_by_outlet": Table("Labels and titles given to actors by outlet.",
                                    lambda t: summaries.actor_labels(t["markers"], t["articles"])),
    "style_by_article": Table("Readability, sentence length and quotation per article.", _style,
                              "Readability formulas were normed on school texts: compare articles with each "
                              "other, not with grade levels."),
    "validation_scores": Table("Extractors against the hand-coded gold data (in-sample).",
                               lambda t: t["validation"].reindex(columns=SCORE_COLUMNS),
                               "Gold rows: hand-coded rows of that kind; in-sample: the rules were written on "
                               "these articles."),
    "validation_attributes": Table("Attribute accuracy over matched rows (in-sample).",
                                   lambda t: summaries.attribute_accuracy(t["validation"])),
}


def table(name: str, tables: Tables) -> pd.DataFrame:
    """The table ``name`` of :data:`TABLES` as exported (validation scores computed
    only when it needs them), for a notebook to show with :func:`.display.table`.

    Raises
    ------
    KeyError
        If ``name`` is not in :data:`TABLES` (the message lists the names).
    """
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; tables: {', '.join(TABLES)}")
    if name.startswith("validation") and "validation" not in tables:
        tables = with_scores(tables)
    return TABLES[name].make(tables)


def with_scores(tables: Tables) -> dict[str, pd.DataFrame]:
    """``tables`` plus ``validation`` (:func:`summaries.validation`), computed once for
    the chart and the tables that show it."""
    return {**tables, "validation": summaries.validation(tables)}


def export_all(tables: Tables, out: Path | str | None = None, *, force: bool = False) -> list[Path]:
    """Write every chart to ``out/figures/`` (PDF, SVG, PNG) with their captions
    (``captions.md``) and every table to ``out/tables/`` (CSV, LaTeX, plus
    ``datapackage.json`` for the CSVs); return the paths written (``out`` defaults to
    ``config.REPORTS``, read when called). Tables with no data for this corpus (no gold
    rows, no state-aligned articles…) are skipped.

    The files are written as one transaction (:class:`~belarus_analysis.outputs.Transaction`,
    recorded in ``out/report-manifest.json``): a file in ``out`` that an earlier report did
    not write is never overwritten unless ``force=True``, and charts or tables of an earlier
    report that this one no longer has are removed.
    """
    out = Path(out or config.REPORTS)
    t = with_scores(tables)
    adopt = out.resolve() == Path(config.REPORTS).resolve()  # the project's own folder, from before manifests
    with outputs.Transaction(out, REPORT_MANIFEST, force=force, adopt=adopt) as tx:
        stage = tx.staging
        captions = []
        for name, chart in CHARTS.items():
            fig = chart(t)
            plots.save_figure(fig, name, out=stage / "figures")
            plt.close(fig)
            captions.append(f"## {name}\n\n{CAPTIONS[name](t)}\n")
        if captions:
            text = "# Figure captions\n\nGenerated with the figures (`belarus-analysis report`).\n\n" + "\n".join(captions)
            tx.path("figures/captions.md").write_text(text, encoding="utf-8")
        csvs: dict[str, pd.DataFrame] = {}
        for name, table in TABLES.items():
            df = table.make(t)
            if not df.empty:
                export.export_table(df, name, out=stage / "tables", caption=table.caption, note=table.note)
                csvs[name] = export.csv_frame(df)
        if csvs:
            outputs.write_json(export.data_package(csvs), stage / "tables" / export.DATAPACKAGE)
        info = tx.commit({"package_version": __version__, "articles": sorted(tables["articles"]["article_id"])})
    return [out / name for name in info["files"]]
