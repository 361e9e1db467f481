r"""Paper-ready charts: one style, one colour per alignment group, deterministic files.

Every chart function takes tidy tables and returns a Figure drawn in the packaged
style (``paper.mplstyle``: one journal column, 3.5 in wide, 7–8 pt text, TrueType
fonts embedded in PDFs). Colours follow Okabe & Ito (2008), safe for colour-blind
readers; an alignment group has the same colour in every chart, and categories
that are not alignment groups (speakers, name systems) use the other colours of the
palette plus hatching, so a colour never means two things in one chart. Alignment
groups (code, label, colour, order) are data: ``data/alignments.csv``, read through
:func:`belarus_analysis.corpus.alignments.load_alignments`.

>>> use_style()
>>> alignment_color("state_aligned")
'#D55E00'
>>> alignment_label("state_aligned", 1)
'State-aligned (n=1)'
>>> arts = pd.DataFrame({"article_id": ["a", "b"], "alignment": ["state_aligned", "independent"],
...                      "n_words": [400, 500]})
>>> mk = pd.DataFrame({"article_id": ["a", "b"], "lexicon": ["legitimacy"] * 2, "category": ["legitimising"] * 2,
...                    "polarity": [1, 1], "voice": ["outlet", "quoted"]})
>>> fig = markers_chart(mk, arts)
>>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
['State-aligned\n(n=1), no interval', 'Independent\n(n=1), no interval']
>>> plt.close(fig)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .. import config, outputs
from ..analysis import compare, summaries
from ..corpus import alignments

STYLE = Path(__file__).with_name("paper.mplstyle")
COLUMN_WIDTH = 3.5  # inches: one column of a two-column journal page
ROW_HEIGHT = 0.24  # inches per bar row
MARGIN_HEIGHT = 0.95  # inches for axis labels and a legend above the axes

# Speaker groups (actors.csv ``group``) drawn as one segment each: (label, colour, hatch).
# Related groups share a hue and differ by hatching; rare groups are pooled as "Other".
SPEAKER_STYLES = {
    "belarus_government": ("Belarusian government", "#E69F00", ""),
    "russian_government": ("Russian government", "#F0E442", ""),
    "belarus_opposition": ("Belarusian opposition", "#CC79A7", ""),
    "western_government": ("Western governments", "#56B4E9", ""),
    "eu_institution": ("EU institutions", "#56B4E9", "////"),
    "international_organisation": ("Intl. bodies, NGOs", "#666666", ""),
    "other": ("Other", "#BBBBBB", ""),
    "unresolved": ("Speaker unresolved", "#FFFFFF", "...."),
}
SPEAKER_POOLS = {"ngo": "international_organisation", "belarus_candidate": "other", "analyst": "other",
                 "media": "other", "citizen": "other"}
NAME_SYSTEM_STYLES = {
    "belarusian": ("Belarusian", "#CC79A7", ""),
    "russian": ("Russian", "#E69F00", ""),
    "english": ("English", "#BBBBBB", ""),
}
CUE_STYLES = {"neutral": ("Neutral (said, told)", "#BBBBBB", ""),
              "loaded": ("Loaded (claimed, insisted)", "#CC79A7", "")}
SCORE_MARKERS = {"precision": ("s", "Precision"), "recall": ("^", "Recall"), "f1": ("o", "F1")}

# No timestamps or tool versions in the files, so the same figure gives the same bytes.
METADATA = {
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    "svg": {"Date": None, "Creator": None},
    "png": {"Software": None},
}


def use_style() -> None:
    """Apply the packaged paper style (``plt.style.use``) to every later figure."""
    plt.style.use(STYLE)


def styled(chart: Callable[..., Figure]) -> Callable[..., Figure]:
    """Draw ``chart`` in the packaged style whatever the caller's settings."""
    @functools.wraps(chart)
    def draw(*args, **kwargs) -> Figure:
        with plt.style.context(STYLE):
            return chart(*args, **kwargs)

    return draw


def literal(text: object) -> str:
    r"""``text`` as matplotlib draws it literally: a ``$`` from the data is escaped, so that
    "Money$^$Daily" is a name, not mathtext (which would fail to parse or change it).

    >>> literal("Money$^$Daily")
    'Money\\$^\\$Daily'
    """
    return str(text).replace("$", r"\$")
def alignment_order() -> list[str]:
    """The alignment codes in chart order (``data/alignments.csv``)."""
    return alignments.codes()


def alignment_color(group: str | None) -> str:
    """The colour of an alignment group in every chart (the ``other`` group's colour for a
    missing group, or a code not in ``data/alignments.csv``)."""
    groups = alignments.load_alignments()
    group = group if isinstance(group, str) and group in groups.index else alignments.NONE
    return groups.loc[group, "colour"]


def alignment_label(group: str | None, n: int | None = None) -> str:
    """Display name of an alignment group, with its number of articles when given."""
    groups = alignments.load_alignments()
    group = group if isinstance(group, str) else alignments.NONE
    name = groups.loc[group, "label"] if group in groups.index else literal(group)
    return f"{name} (n={n})" if n is not None else name


def save_figure(fig: Figure, name: str, formats: Iterable[str] = ("pdf", "svg", "png"), dpi: int = 300,
                out: Path | str | None = None) -> list[Path]:
    """Write ``fig`` as ``out/name.<fmt>`` for each format, byte-identical across runs
    (``out`` defaults to ``config.FIGURES``, read when called).

    ``out`` defaults to ``config.FIGURES`` as configured when called: ``reports/figures/``
    for the bundled example, the user's folder in a notebook run on their tables
    (:func:`belarus_analysis.store.notebook_tables`).

    Saving happens in the packaged style (tight bounding box, fixed SVG id salt).
    """
    paths = []
    for fmt in formats:
        def write(p: Path, fmt: str = fmt) -> None:
            with plt.style.context(STYLE):
                fig.savefig(p, format=fmt, dpi=dpi, metadata=METADATA.get(fmt))
        paths.append(outputs.write_atomic(Path(out or config.FIGURES) / f"{name}.{fmt}", write))
    return paths


# --------------------------------------------------------------------------- labels and rows

def short_outlet(outlet: object) -> str:
    """The outlet's name before any parenthesis.

    >>> short_outlet("GOV.UK (Foreign Office press release)")
    'GOV.UK'
    """
    return str(outlet).split(" (")[0] if pd.notna(outlet) else compare.MISSING


def article_labels(articles: pd.DataFrame) -> pd.Series:
    """Short axis labels, indexed by article_id: the outlet before any parenthesis, and
    the election year ("GOV.UK (Foreign Office press release)", 2020 -> "GOV.UK 2020")."""
    def label(aid, outlet, election) -> str:
        name = short_outlet(outlet) if pd.notna(outlet) else str(aid)
        return f"{name} {election}" if pd.notna(election) else name

    return pd.Series([label(*r) for r in zip(articles["article_id"], articles["outlet"], articles["election"])],
                     index=articles["article_id"])


def outlet_rows(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet, in chart order (alignment group, then name): ``outlet``,
    ``alignment``, ``n_articles`` and a ``label`` with the election year(s), and the
    number of articles when there are several.

    >>> arts = pd.DataFrame({"outlet": ["RT", "RT", "GOV.UK (FO)"], "alignment": ["state_aligned"] * 2 + [None],
    ...                      "election": [2020, 2025, 2020]})
    >>> outlet_rows(arts)[["outlet", "label"]].values.tolist()
    [['RT', 'RT 2020, 2025 (n=2)'], ['GOV.UK (FO)', 'GOV.UK 2020']]
    """
    rows = []
    for outlet, g in articles.assign(outlet=articles["outlet"].astype("string").fillna(compare.MISSING)).groupby(
            "outlet", sort=False):
        years = ", ".join(str(y) for y in sorted(set(g["election"].dropna())))
        n = len(g)
        label = " ".join(p for p in (short_outlet(outlet), years, f"(n={n})" if n > 1 else "") if p)
        alignment = g["alignment"].dropna().iloc[0] if g["alignment"].notna().any() else "other"
        rows.append({"outlet": outlet, "alignment": alignment, "n_articles": n, "label": label})
    return _chart_order(pd.DataFrame(rows))


def article_rows(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article in chart order: ``article_id``, ``alignment``, ``label``
    (see :func:`article_labels`)."""
    rows = articles[["article_id", "alignment"]].assign(
        alignment=articles["alignment"].astype("string").fillna("other"),
        label=article_labels(articles).to_numpy())
    return _chart_order(rows)


def _chart_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by alignment group (fixed order, unknown groups last), then label."""
    order = alignment_order()
    rank = rows["alignment"].map({a: i for i, a in enumerate(order)}).fillna(len(order))
    return rows.assign(_rank=rank.to_numpy()).sort_values(["_rank", "label"]).drop(columns="_rank").reset_index(
        drop=True)


def alignment_handles(groups: Iterable[str], marker: bool = False) -> list:
    """Legend entries for the alignment groups present, in the fixed order: patches, or
    (``marker=True``) the squares beside outlet labels, named "… outlet"."""
    present = set(groups)
    if marker:
        return [Line2D([], [], ls="", marker="s", ms=5, color=alignment_color(g),
                       label=f"{alignment_label(g)} outlet") for g in alignment_order() if g in present]
    return [Patch(color=alignment_color(g), label=alignment_label(g)) for g in alignment_order() if g in present]


def style_handles(styles: Mapping[str, tuple[str, str, str]], keys: Iterable[str]) -> list[Patch]:
    """Legend patches for ``keys`` drawn with ``styles`` (label, colour, hatch), deduplicated."""
    seen: dict[str, Patch] = {}
    for k in keys:
        label, color, hatch = styles[k]
        seen.setdefault(label, Patch(facecolor=color, edgecolor="#555555", linewidth=0.3, hatch=hatch, label=label))
    return list(seen.values())


# --------------------------------------------------------------------------- scaffolding

def _figure(n_rows: float, ncols: int = 1, sharey: bool = True, extra: float = MARGIN_HEIGHT,
            row_height: float = ROW_HEIGHT, **kwargs) -> tuple[Figure, np.ndarray]:
    """A column-wide figure whose height grows with the number of bar rows; constrained
    layout keeps labels and legends outside the axes from overlapping."""
    fig, axes = plt.subplots(1, ncols, figsize=(COLUMN_WIDTH, row_height * n_rows + extra), sharey=sharey,
                             squeeze=False, layout="constrained", **kwargs)
    return fig, axes[0]


def _rows_axis(ax: Axes, labels: Sequence[str], alignments: Sequence[str] | None = None) -> None:
    """Label bar rows top to bottom; with ``alignments``, a square in each row's alignment
    colour sits between the label and the axis."""
    ax.set_yticks(range(len(labels)), [literal(lab) for lab in labels])
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="y", visible=False)
    if alignments is not None:
        ax.tick_params(axis="y", pad=9)
        ax.scatter([-0.035] * len(labels), range(len(labels)), marker="s", s=14, clip_on=False, zorder=3,
                   color=[alignment_color(a) for a in alignments], transform=ax.get_yaxis_transform())


def _row_major(handles: list, ncol: int) -> list:
    """Reorder legend entries so that they read row by row (matplotlib fills columns).

    >>> _row_major(list("abcde"), 2)
    ['a', 'c', 'e', 'b', 'd']
    """
    return [h for c in range(ncol) for h in handles[c::ncol]]


def _legend_above(fig: Figure, handles: list, ncol: int = 2) -> None:
    """A legend above the axes (entries read row by row), so it never covers data."""
    fig.legend(handles=_row_major(handles, ncol), loc="outside upper center", ncol=ncol, handlelength=1.2,
               columnspacing=1.0)


def _stacked_shares(ax: Axes, shares: pd.DataFrame, styles: Mapping[str, tuple[str, str, str]],
                    totals: Sequence[str]) -> None:
    """100 % stacked horizontal bars: one row per ``shares`` row, one segment per column
    (drawn with ``styles``), and the row's total written after the bar."""
    left = np.zeros(len(shares))
    for col in shares.columns:
        _, color, hatch = styles[col]
        width = shares[col].fillna(0).to_numpy(float) * 100
        ax.barh(range(len(shares)), width, left=left, height=0.7, color=color, hatch=hatch,
                edgecolor="#555555", linewidth=0.3)
        left += width
    for y, text in enumerate(totals):
        ax.text(101.5, y, text, va="center", fontsize=6.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])


def _bars_by_alignment(ax: Axes, values: Sequence[float], alignments: Sequence[str], labels: Sequence[str]) -> None:
    """One horizontal bar per row, coloured by alignment group."""
    ax.barh(range(len(values)), values, height=0.7, color=[alignment_color(a) for a in alignments])
    _rows_axis(ax, labels)


def _grouped_bars(ax: Axes, values: pd.DataFrame, alignments: Sequence[str], hatches: Sequence[str],
                  low: pd.DataFrame | None = None, high: pd.DataFrame | None = None) -> None:
    """Several bars per row (one per ``values`` column, told apart by hatching), coloured
    by the row's alignment group; error bars from ``low``/``high`` where they are known,
    and a "0" where a bar has zero length, so zero is not mistaken for missing."""
    k = values.shape[1]
    height = 0.8 / k
    colors = [alignment_color(a) for a in alignments]
    for j, col in enumerate(values.columns):
        y = np.arange(len(values)) + (j - (k - 1) / 2) * height
        x = values[col].to_numpy(float)
        ax.barh(y, x, height=height * 0.92, color=colors, hatch=hatches[j], edgecolor="white", linewidth=0.3)
        for yi in y[x == 0]:
            ax.text(0, yi, " 0", va="center", fontsize=6)
        if low is not None and high is not None:
            lo, hi = low[col].to_numpy(float), high[col].to_numpy(float)
            ok = ~np.isnan(lo) & ~np.isnan(hi)
            if ok.any():
                # xerr as one (2, N) array: a list of arrays trips a NumPy deprecation inside matplotlib
                ax.errorbar(x[ok], y[ok], xerr=np.vstack([x[ok] - lo[ok], hi[ok] - x[ok]]), fmt="none",
                            ecolor="black", elinewidth=0.6, capsize=1.5, capthick=0.6)


def _hatch_handles(labels: Sequence[str], hatches: Sequence[str]) -> list[Patch]:
    """Legend patches for series told apart by hatching (in grey, colour means alignment)."""
    return [Patch(facecolor="#999999", edgecolor="white", hatch=h, label=lab) for lab, h in zip(labels, hatches)]


# --------------------------------------------------------------------------- charts

@styled
def voices_chart(statements: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Whose statements each outlet carries: shares of its statements by speaker group
    (:func:`compare.voices`), with the number of statements after each bar."""
    v = compare.voices(statements, articles, by="outlet")
    v = v.assign(bucket=v["actor_group"].map(lambda g: SPEAKER_POOLS.get(g, g if g in SPEAKER_STYLES else "other")))
    rows = outlet_rows(articles)
    shares = (v.pivot_table(index="outlet", columns="bucket", values="share_statements", aggfunc="sum")
              .reindex(index=rows["outlet"], columns=[b for b in SPEAKER_STYLES if b in set(v["bucket"])]))
    totals = v.groupby("outlet")["n_statements"].sum().reindex(rows["outlet"]).fillna(0).astype(int)
    fig, (ax,) = _figure(len(rows), extra=1.3)
    _stacked_shares(ax, shares, SPEAKER_STYLES, [f"n={n}" for n in totals])
    _rows_axis(ax, rows["label"], rows["alignment"])
    ax.set_xlabel("Share of statements (%)")
    _legend_above(fig, style_handles(SPEAKER_STYLES, shares.columns) + alignment_handles(rows["alignment"], True))
    return fig


@styled
def cues_chart(statements: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Neutral versus loaded reporting cues per outlet (:func:`summaries.cue_classes`)."""
    rows = outlet_rows(articles)
    c = summaries.cue_classes(statements, articles, by="outlet").set_index("outlet").reindex(rows["outlet"])
    shares = pd.DataFrame({k: c[f"n_{k}"] / c["n_cues"].where(c["n_cues"] > 0) for k in CUE_STYLES})
    fig, (ax,) = _figure(len(rows))
    _stacked_shares(ax, shares, CUE_STYLES, [f"n={n}" for n in c["n_cues"]])
    _rows_axis(ax, rows["label"], rows["alignment"])
    ax.set_xlabel("Share of reporting cues (%)")
    _legend_above(fig, style_handles(CUE_STYLES, CUE_STYLES) + alignment_handles(rows["alignment"], True))
    return fig


@styled
def results_chart(figures: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Reported minus official result, in percentage points, for every reported
    percentage with an official value (:func:`summaries.results_differences`), under
    a bold header per outlet; each row gives the figure as written, qualifier included."""
    rows = outlet_rows(articles).set_index("outlet")
    d = summaries.results_differences(figures, articles)
    d = d.assign(_rank=d["outlet"].map({o: i for i, o in enumerate(rows.index)})).sort_values("_rank", kind="stable")
    lines = []  # (label, difference, alignment); a header line has no difference
    for outlet, g in d.groupby("outlet", sort=False):
        lines.append((rows.loc[outlet, "label"], np.nan, None))
        lines += list(zip(g["label"], g["difference"].astype(float), g["alignment"]))
    labels, diff, align = (list(x) for x in zip(*lines)) if lines else ([], [], [])
    diff = np.array(diff, float)
    fig, (ax,) = _figure(len(lines), extra=0.8)
    ax.axvline(0, color="black", linewidth=0.6)
    ax.hlines(range(len(lines)), 0, diff, color="#999999", linewidth=0.6)
    ax.scatter(diff, range(len(lines)), s=16, zorder=3, color=[alignment_color(a) for a in align])
    _rows_axis(ax, labels)
    for tick, a in zip(ax.get_yticklabels(), align):
        tick.set_fontweight("bold" if a is None else "normal")
    ax.text(0, 0, " official result", ha="left", va="center", fontsize=6.5)
    reach = max(float(np.nanmax(np.abs(diff))) if len(d) else 0.0, 0.1) * 1.25
    ax.set_xlim(-reach, reach)
    ax.set_xlabel("Reported − official result\n(percentage points)")
    _legend_above(fig, alignment_handles(d["alignment"]), ncol=3)
    return fig


@styled
def markers_chart(markers: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """(De)legitimising markers per 1,000 words by alignment group, in the outlet's own
    voice and in quotations (:func:`summaries.legitimacy_rates`), with 95 % bootstrap
    intervals over articles (none for a group of one article)."""
    r = summaries.legitimacy_rates(markers, articles)
    present = set(r["alignment"])
    order = alignment_order()
    groups = [g for g in order if g in present] + sorted(present - set(order))
    sizes = r.groupby("alignment")["n_articles"].first()
    labels = [alignment_label(g, int(sizes[g])).replace(" (", "\n(") + (", no interval" if sizes[g] < 2 else "")
              for g in groups]
    directions = list(summaries.DIRECTIONS.values())
    hatches = ["", "//////"]
    fig, axes = _figure(len(groups) * 1.7, ncols=2, extra=0.9, sharex=True)
    for ax, voice in zip(axes, summaries.VOICES):
        part = r[r["voice"] == voice]
        wide = {c: part.pivot(index="alignment", columns="direction", values=c).reindex(index=groups,
                                                                                         columns=directions)
                for c in ("rate", "ci_low", "ci_high")}
        _grouped_bars(ax, wide["rate"], groups, hatches, wide["ci_low"], wide["ci_high"])
        ax.set_title("Outlet's own voice" if voice == "outlet" else "Quoted speakers")
    _rows_axis(axes[0], labels)
    axes[1].tick_params(axis="y", length=0)
    fig.supxlabel("Markers per 1,000 words", fontsize=plt.rcParams["axes.labelsize"])
    handles = _hatch_handles([d.capitalize() for d in directions], hatches)
    handles.append(Line2D([], [], color="black", linewidth=0.6, marker="|", label="95 % bootstrap interval"))
    _legend_above(fig, handles, ncol=3)
    return fig


@styled
def name_forms_chart(markers: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Which transliteration system each outlet uses for Belarusian names
    (:func:`compare.name_forms`): shares of name tokens, with their number."""
    nf = compare.name_forms(markers, articles, by="outlet")
    rows = outlet_rows(articles)
    systems = [s for s in NAME_SYSTEM_STYLES if s in set(nf["system"])]
    shares = nf.pivot(index="outlet", columns="system", values="share").reindex(index=rows["outlet"], columns=systems)
    totals = nf.groupby("outlet")["n_mentions"].first().reindex(rows["outlet"]).fillna(0).astype(int)
    fig, (ax,) = _figure(len(rows))
    _stacked_shares(ax, shares, NAME_SYSTEM_STYLES, [f"n={n}" for n in totals])
    _rows_axis(ax, rows["label"], rows["alignment"])
    ax.set_xlabel("Share of name tokens (%)")
    _legend_above(fig, style_handles(NAME_SYSTEM_STYLES, systems) + alignment_handles(rows["alignment"], True))
    return fig


READABILITY_LABELS = {"flesch_kincaid_grade": "Flesch–Kincaid grade", "gunning_fog": "Gunning fog",
                      "smog_index": "SMOG index", "coleman_liau_index": "Coleman–Liau index",
                      "automated_readability_index": "Automated readability index"}


@styled
def readability_chart(readability: pd.DataFrame, articles: pd.DataFrame,
                      measures: Sequence[str] = ("flesch_kincaid_grade", "gunning_fog", "smog_index")) -> Figure:
    """Grouped horizontal bars: US school grade levels per article, coloured by alignment.

    Grade-level measures share a scale (years of schooling), so they can share an axis.
    """
    rows = article_rows(articles)
    df = readability.set_index("article_id").reindex(rows["article_id"])
    hatches = ["", "///", "...", "xxx", "\\\\\\"][:len(measures)]
    fig, (ax,) = _figure(len(rows) * len(measures) * 0.75, extra=0.9)
    _grouped_bars(ax, df[list(measures)].astype(float), rows["alignment"], hatches)
    _rows_axis(ax, rows["label"])
    ax.set_xlabel("US school grade level")
    names = [READABILITY_LABELS.get(m, m.replace("_", " ")) for m in measures]
    _legend_above(fig, alignment_handles(rows["alignment"]) + _hatch_handles(names, hatches))
    return fig


@styled
def style_chart(readability: pd.DataFrame, statements: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Sentence length and the share of words inside quotation marks, per article
    (:func:`summaries.style`)."""
    rows = article_rows(articles)
    s = summaries.style(readability, statements, articles).set_index("article_id").reindex(rows["article_id"])
    fig, axes = _figure(len(rows), ncols=2, extra=0.85)
    _bars_by_alignment(axes[0], s["words_per_sentence"].astype(float), rows["alignment"], rows["label"])
    axes[0].set_xlabel("Words per\nsentence")
    _bars_by_alignment(axes[1], s["share_quoted"].astype(float) * 100, rows["alignment"], rows["label"])
    axes[1].set_xlabel("Words in\nquotations (%)")
    _legend_above(fig, alignment_handles(rows["alignment"]), ncol=3)
    return fig


@styled
def validation_chart(scores: pd.DataFrame) -> Figure:
    """Precision, recall and F1 of each extractor against the gold data, per kind
    (``scores`` from :func:`summaries.validation`); row labels give the gold rows (n)."""
    tables = list(dict.fromkeys(scores["table"]))
    sizes = [int((scores["table"] == t).sum()) for t in tables]
    fig, axes = plt.subplots(len(tables), 1, sharex=True, squeeze=False, layout="constrained",
                             figsize=(COLUMN_WIDTH, ROW_HEIGHT * 0.75 * sum(sizes) + 0.3 * len(tables) + 0.6),
                             gridspec_kw={"height_ratios": sizes})
    low = float(np.nanmin(scores[list(SCORE_MARKERS)].to_numpy(float))) if len(scores) else 1.0
    for ax, table in zip(axes[:, 0], tables):
        part = scores[scores["table"] == table].reset_index(drop=True)
        for j, (col, (marker, _)) in enumerate(SCORE_MARKERS.items()):
            # Offsets keep the three symbols apart when scores coincide (often at 1.0).
            ax.scatter(part[col].astype(float), np.arange(len(part)) + (j - 1) * 0.22, marker=marker, s=10,
                       facecolor="none", edgecolor="black", linewidth=0.6, zorder=3)
        _rows_axis(ax, [f"{k.replace('_', ' ')} (n={n})" for k, n in zip(part["kind"], part["n_gold"])])
        ax.set_title(table.capitalize(), loc="left")
        ax.set_xlim(min(0.5, np.floor(low * 10) / 10), 1.02)
    axes[-1, 0].set_xlabel("Score against hand-coded gold data\n(in-sample)")
    handles = [Line2D([], [], ls="", marker=m, markerfacecolor="none", markeredgecolor="black", label=label)
               for m, label in SCORE_MARKERS.values()]
    _legend_above(fig, handles, ncol=3)
    return fig
