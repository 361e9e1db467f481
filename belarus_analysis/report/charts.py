r"""Paper-ready charts: one style, one colour per alignment group, deterministic files.

Every chart function takes tidy tables and returns a Figure drawn in the packaged
style (``paper.mplstyle``: one journal column, 3.5 in wide, 7–8 pt text, TrueType
fonts embedded in PDFs, text kept as text in SVGs). An alignment group has the same
colour in every chart; speakers, name systems and cue classes take their colours
from ``data/palette.csv`` (:mod:`.style`). No colour means two things anywhere, and
the colours that share a chart differ by CIEDE2000 ≥ 20 also under simulated
deuteranopia and protanopia (:func:`palette`, checked by the tests). Every chart
says what its n counts.

>>> use_style()
>>> alignment_color("state_aligned")
'#A63900'
>>> alignment_label("state_aligned", 1)
'State-aligned (n=1)'
>>> arts = pd.DataFrame({"article_id": ["a", "b"], "alignment": ["state_aligned", "independent"],
...                      "n_words": [400, 500]})
>>> mk = pd.DataFrame({"article_id": ["a", "b"], "lexicon": ["legitimacy"] * 2, "category": ["legitimising"] * 2,
...                    "polarity": [1, 1], "voice": ["outlet", "quoted"]})
>>> fig = markers_chart(mk, arts)
>>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
['State-aligned\n1 article', 'Independent\n1 article']
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
from matplotlib.ticker import MaxNLocator

from .. import config, outputs
from ..analysis import compare, summaries
from ..corpus import alignments
from . import labels, style

STYLE = Path(__file__).with_name("paper.mplstyle")
COLUMN_WIDTH = 3.5  # inches: one column of a two-column journal page
ROW_HEIGHT = 0.24  # inches per bar row
MARGIN_HEIGHT = 0.95  # inches for axis labels and a legend above the axes

# Speaker groups (actors.csv ``group``) drawn as one segment each; rare groups are pooled as "Other".
SPEAKER_STYLES = style.styles("speaker")
SPEAKER_POOLS = {"ngo": "international_organisation", "belarus_candidate": "other", "analyst": "other",
                 "media": "other", "citizen": "other"}
NAME_SYSTEM_STYLES = style.styles("name_system")
CUE_STYLES = style.styles("cue_class")
NEUTRAL = "#FFFFFF"  # legend swatches of series told apart by hatching: no colour, so no meaning
EDGE = "#555555"

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


def palette() -> pd.DataFrame:
    """Every colour the charts use, one row per category: ``role`` (``alignment``,
    ``speaker``, ``name_system``, ``cue_class``), ``key``, ``label``, ``color``,
    ``hatch``. Colours of one role share a chart; alignment colours come from
    ``data/alignments.csv``, the others from ``data/palette.csv``."""
    order = alignment_order()
    groups = pd.DataFrame({"role": "alignment", "key": order, "label": [alignment_label(g) for g in order],
                           "color": [alignment_color(g) for g in order], "hatch": ""})
    return pd.concat([groups, style.palette_table()], ignore_index=True)


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
    """Write ``fig`` as ``out/name.<fmt>`` for each format, byte-identical across runs.

    Saving happens in the packaged style (tight bounding box, fixed SVG id salt). ``out``
    defaults to ``config.FIGURES`` as configured when called: ``reports/figures/`` for the
    bundled example, the user's folder in a notebook run on their tables
    (:func:`belarus_analysis.store.notebook_tables`).
    """
    paths = []
    for fmt in formats:
        def write(p: Path, fmt: str = fmt) -> None:
            with plt.style.context(STYLE):
                fig.savefig(p, format=fmt, dpi=dpi, metadata=METADATA.get(fmt))
        paths.append(outputs.write_atomic(Path(out or config.FIGURES) / f"{name}.{fmt}", write))
    return paths


# --------------------------------------------------------------------------- labels and rows

short_outlet = labels.short_outlet


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
    [['RT', 'RT 2020, 2025 (2 articles)'], ['GOV.UK (FO)', 'GOV.UK 2020']]
    """
    rows = []
    for outlet, g in articles.assign(outlet=articles["outlet"].astype("string").fillna(compare.MISSING)).groupby(
            "outlet", sort=False):
        years = ", ".join(str(y) for y in sorted(set(g["election"].dropna())))
        n = len(g)
        label = " ".join(p for p in (short_outlet(outlet), years, f"({n} articles)" if n > 1 else "") if p)
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


def alignment_handles(groups: Iterable[str]) -> list:
    """Legend patches for the alignment groups present, in the fixed order."""
    present = set(groups)
    return [Patch(color=alignment_color(g), label=alignment_label(g)) for g in alignment_order() if g in present]


def grouped_labels(rows: pd.DataFrame) -> list[str]:
    r"""Row labels naming the alignment group in words on a second line, so that charts
    coloured by something else need no alignment colours (a colour never means two things).

    >>> grouped_labels(pd.DataFrame({"label": ["RT 2020"], "alignment": ["state_aligned"]}))
    ['RT 2020\n(state-aligned)']
    """
    return [f"{lab}\n({alignment_label(a).lower()})" for lab, a in zip(rows["label"], rows["alignment"])]


def style_handles(styles: Mapping[str, tuple[str, str, str]], keys: Iterable[str]) -> list[Patch]:
    """Legend patches for ``keys`` drawn with ``styles`` (label, colour, hatch), deduplicated."""
    seen: dict[str, Patch] = {}
    for k in keys:
        label, color, hatch = styles[k]
        seen.setdefault(label, Patch(facecolor=color, edgecolor=EDGE, linewidth=0.3, hatch=hatch, label=label))
    return list(seen.values())


# --------------------------------------------------------------------------- scaffolding

def _figure(n_rows: float, ncols: int = 1, sharey: bool = True, extra: float = MARGIN_HEIGHT,
            row_height: float = ROW_HEIGHT, **kwargs) -> tuple[Figure, np.ndarray]:
    """A column-wide figure whose height grows with the number of bar rows; constrained
    layout keeps labels and legends outside the axes from overlapping."""
    fig, axes = plt.subplots(1, ncols, figsize=(COLUMN_WIDTH, row_height * n_rows + extra), sharey=sharey,
                             squeeze=False, layout="constrained", **kwargs)
    return fig, axes[0]


def _rows_axis(ax: Axes, labels: Sequence[str]) -> None:
    """Label bar rows top to bottom."""
    ax.set_yticks(range(len(labels)), [literal(lab) for lab in labels])
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="y", visible=False)


def _ticks(ax: Axes, extend: bool = False) -> None:
    """Three to six round ticks on the value axis, whatever the range; with ``extend``,
    the axis runs from 0 to the first tick at or beyond the longest bar."""
    locator = MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], min_n_ticks=3)
    ax.xaxis.set_major_locator(locator)
    if extend:
        high = max(a.dataLim.x1 for a in ax.get_shared_x_axes().get_siblings(ax))  # panels sharing the axis
        if np.isfinite(high) and high > 0:
            ax.set_xlim(0, min(t for t in locator.tick_values(0, high) if t >= high))


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
                edgecolor=EDGE, linewidth=0.3)
        left += width
    for y, text in enumerate(totals):
        ax.text(101.5, y, text, va="center", fontsize=6.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])


def _bars_by_alignment(ax: Axes, values: Sequence[float], alignments: Sequence[str], labels: Sequence[str]) -> None:
    """One horizontal bar per row, coloured by alignment group."""
    ax.barh(range(len(values)), values, height=0.7, color=[alignment_color(a) for a in alignments])
    _rows_axis(ax, labels)
    _ticks(ax, extend=True)


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
    """Legend patches for series told apart by hatching (white: colour means alignment)."""
    return [Patch(facecolor=NEUTRAL, edgecolor=EDGE, linewidth=0.3, hatch=h, label=lab)
            for lab, h in zip(labels, hatches)]


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
    fig, (ax,) = _figure(len(rows) * 1.4, extra=1.0)
    _stacked_shares(ax, shares, SPEAKER_STYLES, [f"n={n}" for n in totals])
    _rows_axis(ax, grouped_labels(rows))
    ax.set_xlabel("Share of statements (%)\nn = statements of the outlet")
    _legend_above(fig, style_handles(SPEAKER_STYLES, shares.columns))
    return fig


@styled
def cues_chart(statements: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Neutral versus loaded reporting cues per outlet (:func:`summaries.cue_classes`)."""
    rows = outlet_rows(articles)
    c = summaries.cue_classes(statements, articles, by="outlet").set_index("outlet").reindex(rows["outlet"])
    shares = pd.DataFrame({k: c[f"n_{k}"] / c["n_cues"].where(c["n_cues"] > 0) for k in CUE_STYLES})
    fig, (ax,) = _figure(len(rows) * 1.4, extra=0.8)
    _stacked_shares(ax, shares, CUE_STYLES, [f"n={n}" for n in c["n_cues"]])
    _rows_axis(ax, grouped_labels(rows))
    ax.set_xlabel("Share of reporting cues (%)\nn = cues of the outlet")
    _legend_above(fig, style_handles(CUE_STYLES, CUE_STYLES))
    return fig


@styled
def results_chart(figures: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Reported minus official result, in percentage points, for every reported
    percentage with an official value (:func:`summaries.results_differences`), under
    a bold header per outlet; each row gives the figure as written, qualifier included.
    Hedged figures (*almost*, *roughly*) are hollow: their difference is that of the
    number as written, not a claimed exact value. The axis names the official stage."""
    rows = outlet_rows(articles).set_index("outlet")
    d = summaries.results_differences(figures, articles)
    d = d.assign(_rank=d["outlet"].map({o: i for i, o in enumerate(rows.index)})).sort_values("_rank", kind="stable")
    lines = []  # (label, difference, alignment, hedged); a header line has no difference
    for outlet, g in d.groupby("outlet", sort=False):
        lines.append((rows.loc[outlet, "label"], np.nan, None, False))
        lines += list(zip(g["label"], g["difference"].astype(float), g["alignment"], g["qualifier"].notna()))
    names, diff, align, hedged = (list(x) for x in zip(*lines)) if lines else ([], [], [], [])
    diff, hedged = np.array(diff, float), np.array(hedged, bool)
    colors = np.array([alignment_color(a) for a in align])
    fig, (ax,) = _figure(len(lines), extra=0.9)
    ax.axvline(0, color="black", linewidth=0.6)
    ax.hlines(range(len(lines)), 0, diff, color="#999999", linewidth=0.6)
    y = np.arange(len(lines))
    ax.scatter(diff[~hedged], y[~hedged], s=16, zorder=3, color=colors[~hedged])
    ax.scatter(diff[hedged], y[hedged], s=16, zorder=3, facecolor="white", edgecolor=colors[hedged], linewidth=1)
    _rows_axis(ax, names)
    for tick, a in zip(ax.get_yticklabels(), align):
        tick.set_fontweight("bold" if a is None else "normal")
    ax.text(0, 0, " official result", ha="left", va="center", fontsize=6.5)
    reach = max(float(np.nanmax(np.abs(diff))) if len(d) else 0.0, 0.1) * 1.25
    ax.set_xlim(-reach, reach)
    stages = ", ".join(sorted(set(d["stage"].dropna().astype(str)))) or "none"
    fig.supxlabel(f"Reported − official result (percentage points)\nofficial: {stages} count of the election "
                  f"commission\nn = {len(d)} reported figures, one per row", fontsize=plt.rcParams["axes.labelsize"])
    _ticks(ax)
    handles = alignment_handles(d["alignment"]) + [
        Line2D([], [], ls="", marker="o", ms=4, color="black", label="as written"),
        Line2D([], [], ls="", marker="o", ms=4, markerfacecolor="white", markeredgecolor="black",
               label="hedged (almost, roughly…)")]
    _legend_above(fig, handles, ncol=3)
    return fig


@styled
def markers_chart(markers: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """(De)legitimising markers per 1,000 words by alignment group, in the outlet's own
    voice and in quotations (:func:`summaries.legitimacy_rates`): bars for the group,
    a dot for each article of a group too small for an interval (fewer than
    :data:`compare.MIN_ARTICLES_FOR_INTERVAL`), else a 95 % bootstrap interval over
    articles; each row says its number of articles."""
    r = summaries.legitimacy_rates(markers, articles)
    present = set(r["alignment"])
    order = alignment_order()
    groups = [g for g in order if g in present] + sorted(present - set(order))
    sizes = r.groupby("alignment")["n_articles"].first()
    names = [f"{alignment_label(g)}\n{int(sizes[g])} article{'s' if sizes[g] != 1 else ''}" for g in groups]
    per_article = summaries.legitimacy_rates(markers, articles.assign(_article=articles["article_id"]),
                                             by=["alignment", "_article"])
    small = [g for g in groups if sizes[g] < compare.MIN_ARTICLES_FOR_INTERVAL]
    directions = list(summaries.DIRECTIONS.values())
    hatches = ["", "//////"]
    fig, axes = _figure(len(groups) * 1.7, ncols=2, extra=0.9, sharex=True)
    for ax, voice in zip(axes, summaries.VOICES):
        part = r[r["voice"] == voice]
        wide = {c: part.pivot(index="alignment", columns="direction", values=c).reindex(index=groups,
                                                                                         columns=directions)
                for c in ("rate", "ci_low", "ci_high")}
        _grouped_bars(ax, wide["rate"], groups, hatches, wide["ci_low"], wide["ci_high"])
        dots = per_article[(per_article["voice"] == voice) & per_article["alignment"].isin(small)]
        height = 0.8 / len(directions)
        for j, direction in enumerate(directions):
            pts = dots[dots["direction"] == direction]
            y = pts["alignment"].map(groups.index).to_numpy(float) + (j - (len(directions) - 1) / 2) * height
            ax.scatter(pts["rate"].astype(float), y, s=7, color="black", zorder=4, linewidth=0)
        ax.set_title("Outlet's own voice" if voice == "outlet" else "Quoted speakers")
        _ticks(ax, extend=True)
    _rows_axis(axes[0], names)
    axes[1].tick_params(axis="y", length=0)
    fig.supxlabel("Markers per 1,000 words (group: all its articles' words)", fontsize=plt.rcParams["axes.labelsize"])
    handles = _hatch_handles([d.capitalize() for d in directions], hatches)
    if small:
        handles.append(Line2D([], [], ls="", marker="o", ms=2.5, color="black", label="one article"))
    if r["ci_low"].notna().any():
        handles.append(Line2D([], [], color="black", linewidth=0.6, marker="|", label="95 % bootstrap interval"))
    _legend_above(fig, handles, ncol=len(handles))
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
    fig, (ax,) = _figure(len(rows) * 1.4, extra=0.8)
    _stacked_shares(ax, shares, NAME_SYSTEM_STYLES, [f"n={n}" for n in totals])
    _rows_axis(ax, grouped_labels(rows))
    ax.set_xlabel("Share of name tokens (%)\nn = name tokens of the outlet")
    _legend_above(fig, style_handles(NAME_SYSTEM_STYLES, systems), ncol=3)
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
    _ticks(ax, extend=True)
    ax.set_xlabel("Grade level (one article per row;\nformulas normed on school texts)")
    names = [READABILITY_LABELS.get(m, m.replace("_", " ")) for m in measures]
    _legend_above(fig, alignment_handles(rows["alignment"]) + _hatch_handles(names, hatches), ncol=3)
    return fig


@styled
def style_chart(readability: pd.DataFrame, statements: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Sentence length and the share of words inside quotation marks, per article
    (:func:`summaries.style`)."""
    rows = article_rows(articles)
    s = summaries.style(readability, statements, articles).set_index("article_id").reindex(rows["article_id"])
    fig, axes = _figure(len(rows), ncols=2, extra=0.85)
    _bars_by_alignment(axes[0], s["words_per_sentence"].astype(float), rows["alignment"], rows["label"])
    axes[0].set_xlabel("Words per\nsentence (mean)")
    _bars_by_alignment(axes[1], s["share_quoted"].astype(float) * 100, rows["alignment"], rows["label"])
    axes[1].set_xlabel("Words in\nquotations (%)")
    fig.supxlabel("One article per row", fontsize=plt.rcParams["xtick.labelsize"])
    _legend_above(fig, alignment_handles(rows["alignment"]), ncol=3)
    return fig
