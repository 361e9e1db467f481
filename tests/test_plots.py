"""Charts and paper tables: the packaged style, one colour per alignment group, legends
outside the data, byte-identical files (PDF with embedded TrueType fonts, no dates),
and CSV + booktabs LaTeX tables."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from belarus_analysis import pipeline
from belarus_analysis.analysis import summaries  # noqa: E402
from belarus_analysis.corpus import alignments  # noqa: E402
from belarus_analysis.report import catalogue, charts  # noqa: E402
from belarus_analysis.report.tables import export_table  # noqa: E402

FORMATS = (".pdf", ".svg", ".png")


@pytest.fixture(scope="module")
def tables(articles):
    return catalogue.with_scores(pipeline.build(articles))


@pytest.fixture
def figure():
    with plt.style.context(charts.STYLE):
        fig, ax = plt.subplots()
        ax.barh(["RT", "GOV.UK"], [3, 5], color=[charts.alignment_color("state_aligned"),
                                               charts.alignment_color("western_government")])
        ax.set_xlabel("Markers per 1,000 words")
    yield fig
    plt.close(fig)


# The charts the main job exports, on tables with validation scores added.
CHARTS = catalogue.CHARTS


# --------------------------------------------------------------------------- files

def test_same_figure_saved_twice_gives_identical_bytes(figure, tmp_path):
    first = charts.save_figure(figure, "chart", out=tmp_path / "a")
    second = charts.save_figure(figure, "chart", out=tmp_path / "b")
    assert [p.suffix for p in first] == list(FORMATS)
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.suffix


def test_a_chart_drawn_twice_gives_identical_bytes(tables, tmp_path):
    paths = []
    for run in ("a", "b"):
        fig = charts.markers_chart(tables["markers"], tables["articles"])
        paths.append(charts.save_figure(fig, "markers", out=tmp_path / run))
        plt.close(fig)
    for a, b in zip(*paths):
        assert a.read_bytes() == b.read_bytes(), a.suffix


def test_files_embed_truetype_fonts_and_no_dates(figure, tmp_path):
    pdf, svg, png = (p.read_bytes() for p in charts.save_figure(figure, "chart", out=tmp_path))
    assert b"/FontFile2" in pdf or b"/Subtype /TrueType" in pdf  # Type 42: text stays text in the PDF
    assert b"/Type3" not in pdf
    assert b"Markers per 1,000 words</text>" in svg  # SVG text stays editable text, not glyph paths
    assert b"<path id=\"DejaVuSans" not in svg
    for key in (b"CreationDate", b"ModDate", b"Producer"):
        assert key not in pdf
    assert b"<dc:date>" not in svg
    assert b"tIME" not in png and b"Software" not in png


def test_save_figure_writes_atomically_into_a_new_folder(figure, tmp_path):
    out = tmp_path / "new" / "figures"
    charts.save_figure(figure, "chart", formats=("png",), out=out)
    assert [p.name for p in out.iterdir()] == ["chart.png"]  # no temporary file left behind


# --------------------------------------------------------------------------- style and colours

def test_style_is_one_journal_column_with_embedded_fonts():
    with plt.style.context(charts.STYLE):
        rc = matplotlib.rcParams
        assert rc["pdf.fonttype"] == 42 and rc["ps.fonttype"] == 42
        assert rc["figure.figsize"][0] == charts.COLUMN_WIDTH
        assert rc["font.size"] == 8 and rc["legend.fontsize"] == rc["xtick.labelsize"] == 7


def test_one_fixed_colour_per_alignment_group_and_no_colour_means_two_things():
    groups = alignments.load_alignments()
    colours = [charts.alignment_color(g).upper() for g in charts.alignment_order()]
    assert len(set(colours)) == len(colours) == len(groups)
    others = {c.upper() for styles in (charts.SPEAKER_STYLES, charts.NAME_SYSTEM_STYLES, charts.CUE_STYLES)
              for _, c, _ in styles.values()}
    assert not others & set(colours), "a category that is not an alignment group reuses an alignment colour"
    assert charts.alignment_color(None) == charts.alignment_color("unknown") == groups.loc["other", "colour"]


# --------------------------------------------------------------------------- charts

def _drawn_texts(fig) -> list[Text]:
    """The texts a saved figure shows: tick labels only where their tick is in view."""
    ticks, shown = set(), []
    for ax in fig.axes:
        for labels, axis, lim in ((ax.get_xticklabels(), 0, ax.get_xlim()), (ax.get_yticklabels(), 1, ax.get_ylim())):
            ticks.update(labels)
            shown += [t for t in labels if min(lim) <= t.get_position()[axis] <= max(lim)]
    others = [t for t in fig.findobj(Text) if t not in ticks]
    return [t for t in shown + others if t.get_visible() and t.get_text().strip()]


def _check_layout(fig) -> None:
    """The figure is one column wide, every text lies inside it (nothing is cut off when
    saved), and every legend sits above every axes (it covers no data)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    assert fig.get_figwidth() == charts.COLUMN_WIDTH
    page = fig.bbox
    for text in _drawn_texts(fig):
        box = text.get_window_extent(renderer)
        inside = page.x0 - 1 <= box.x0 and box.x1 <= page.x1 + 1 and page.y0 - 1 <= box.y0 and box.y1 <= page.y1 + 1
        assert inside, f"{text.get_text()!r} is cut off"
    legends = fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    assert legends, "chart without legend"
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for ax in fig.axes:
            assert box.y0 >= ax.get_window_extent(renderer).y1 - 1, "legend overlaps the data"


@pytest.mark.parametrize("name", CHARTS)
def test_chart_draws_on_the_seed_tables(tables, name):
    fig = CHARTS[name](tables)
    try:
        _check_layout(fig)
        assert all(t.get_text() for ax in fig.axes for t in ax.get_yticklabels())
    finally:
        plt.close(fig)


def test_markers_chart_colours_groups_and_names_their_size(tables):
    fig = charts.markers_chart(tables["markers"], tables["articles"])
    try:
        bars = {to_hex(p.get_facecolor()).upper() for ax in fig.axes for p in ax.patches}
        used = {charts.alignment_color(a).upper() for a in tables["articles"]["alignment"]}
        assert bars == used
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        sizes = tables["articles"]["alignment"].value_counts()
        for group, n in sizes.items():
            assert any(lab.startswith(charts.alignment_label(group)) and f"{n} article" in lab for lab in labels)
        # Every group of the seeds has fewer than 3 articles: no interval, one dot per article and voice × direction.
        assert not any(ax.lines for ax in fig.axes)  # error bars are Line2D/LineCollection
        assert not [c for ax in fig.axes for c in ax.collections if c.__class__.__name__ == "LineCollection"]
        dots = sum(len(c.get_offsets()) for ax in fig.axes for c in ax.collections)
        assert dots == len(tables["articles"]) * 2 * 2
    finally:
        plt.close(fig)


def _value_ticks(ax) -> list[float]:
    lo, hi = ax.get_xlim()
    return [t for t in ax.get_xticks() if lo - 1e-9 <= t <= hi + 1e-9]


@pytest.mark.parametrize("name", ["style_by_article", "markers_by_alignment", "readability_by_article"])
def test_value_axes_have_round_ticks_up_to_the_longest_bar(tables, name):
    fig = CHARTS[name](tables)
    try:
        for ax in fig.axes:
            ticks = _value_ticks(ax)
            longest = max((p.get_x() + p.get_width() for p in ax.patches), default=0)
            assert len(ticks) >= 3, ticks
            assert max(ticks) >= longest - 1e-9, (ticks, longest)
    finally:
        plt.close(fig)


def test_every_chart_says_what_n_counts(tables):
    for name, chart in CHARTS.items():
        fig = chart(tables)
        try:
            texts = " ".join(t.get_text() for t in fig.findobj(Text))
            assert "n = " in texts or "article" in texts, name
        finally:
            plt.close(fig)
        assert "n = " in catalogue.CAPTIONS[name](tables) or "articles" in catalogue.CAPTIONS[name](tables)


def test_hedged_results_are_hollow_and_the_stage_is_named(tables):
    fig = charts.results_chart(tables["figures"], tables["articles"])
    try:
        d = summaries.results_differences(tables["figures"], tables["articles"])
        points = [c for c in fig.axes[0].collections if isinstance(c, PathCollection) and len(c.get_facecolor())]
        hollow = [c for c in points if (c.get_facecolor()[:, :3] == 1).all()]
        assert sum(len(c.get_offsets()) for c in hollow) == d["qualifier"].notna().sum() > 0
        label = fig.get_supxlabel()
        assert all(stage in label for stage in set(d["stage"].dropna()))
    finally:
        plt.close(fig)


def test_outlet_rows_follow_the_alignment_order(tables):
    rows = charts.outlet_rows(tables["articles"])
    ranks = rows["alignment"].map(charts.alignment_order().index).tolist()
    assert ranks == sorted(ranks) and rows["outlet"].is_unique


# --------------------------------------------------------------------------- tables

def test_export_table_writes_csv_and_booktabs_latex(tmp_path):
    df = pd.DataFrame({"outlet": ["RT", "GOV.UK"], "share_loaded": [0.2143, 0.5333], "note": ["50% & more", None]})
    csv, tex = export_table(df, "demo", out=tmp_path, caption="Loaded cues (95% of n_articles)")
    assert (csv.name, tex.name) == ("demo.csv", "demo.tex")
    pd.testing.assert_frame_equal(pd.read_csv(csv, keep_default_na=False), df.fillna({"note": ""}))
    latex = tex.read_text()
    for part in (r"\toprule", r"\midrule", r"\bottomrule", r"\label{tab:demo}", "Loaded", "(\\%)", "21",
                 r"\caption{Loaded cues (95\% of n\_articles)}", r"50\% \& more", r"53 &  \\"):  # missing: blank
        assert part in latex, part
    before = [p.read_bytes() for p in (csv, tex)]
    export_table(df, "demo", out=tmp_path, caption="Loaded cues (95% of n_articles)")
    assert [p.read_bytes() for p in (csv, tex)] == before
