"""Paper-ready charts: one style, one colour per alignment group, deterministic files.

>>> use_style()
>>> ALIGNMENT_COLORS["state_aligned"]
'#D55E00'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from . import config, outputs

STYLE = Path(__file__).with_name("paper.mplstyle")

# Okabe & Ito (2008) colour-blind-safe palette; one fixed colour per group in every chart.
ALIGNMENT_ORDER = ["state_aligned", "western_government", "independent", "other"]
ALIGNMENT_COLORS = {
    "state_aligned": "#D55E00",
    "western_government": "#0072B2",
    "independent": "#009E73",
    "other": "#999999",
}
ALIGNMENT_LABELS = {
    "state_aligned": "State-aligned",
    "western_government": "Western government",
    "independent": "Independent",
    "other": "Other / unknown",
}

# No timestamps or tool versions in the files, so the same figure gives the same bytes.
METADATA = {
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    "svg": {"Date": None, "Creator": None},
    "png": {"Software": None},
}


def use_style() -> None:
    """Apply the packaged paper style (``plt.style.use``) to every later figure."""
    plt.style.use(STYLE)


def alignment_color(group: str | None) -> str:
    """The fixed colour of an alignment group (grey for unknown groups)."""
    return ALIGNMENT_COLORS.get(group or "other", ALIGNMENT_COLORS["other"])


def save_figure(fig: Figure, name: str, formats: Iterable[str] = ("pdf", "svg", "png"), dpi: int = 300,
                out: Path = config.FIGURES) -> list[Path]:
    """Write ``fig`` as ``out/name.<fmt>`` for each format, byte-identical across runs."""
    paths = []
    for fmt in formats:
        def write(p: Path, fmt: str = fmt) -> None:
            with plt.rc_context({"svg.hashsalt": "belarus_analysis"}):
                fig.savefig(p, format=fmt, dpi=dpi, metadata=METADATA.get(fmt))
        paths.append(outputs.write_atomic(Path(out) / f"{name}.{fmt}", write))
    return paths


def article_labels(articles: pd.DataFrame) -> pd.Series:
    """Short axis labels, indexed by article_id: the outlet before any parenthesis, and
    the election year ("GOV.UK (Foreign Office press release)", 2020 -> "GOV.UK 2020")."""
    def label(aid, outlet, election) -> str:
        name = str(outlet).split(" (")[0] if pd.notna(outlet) else str(aid)
        return f"{name} {election}" if pd.notna(election) else name

    return pd.Series([label(*r) for r in zip(articles["article_id"], articles["outlet"], articles["election"])],
                     index=articles["article_id"])


def alignment_handles(groups: Iterable[str]) -> list[Patch]:
    """Legend patches for the alignment groups present, in the fixed order."""
    present = set(groups)
    return [Patch(color=ALIGNMENT_COLORS[g], label=ALIGNMENT_LABELS[g]) for g in ALIGNMENT_ORDER if g in present]


def readability_chart(readability: pd.DataFrame, articles: pd.DataFrame,
                      measures: Sequence[str] = ("flesch_kincaid_grade", "gunning_fog", "smog_index")) -> Figure:
    """Grouped horizontal bars: US school grade levels per article, coloured by alignment.

    Grade-level measures share a scale (years of schooling), so they can share an axis.
    """
    df = readability.merge(articles[["article_id", "alignment"]], on="article_id")
    labels = article_labels(articles).reindex(df["article_id"]).tolist()
    fig, ax = plt.subplots(figsize=(3.5, 0.22 * len(df) * len(measures) + 0.9))
    height = 0.8 / len(measures)
    hatches = ["", "///", "..."]
    for j, m in enumerate(measures):
        y = [i + (j - (len(measures) - 1) / 2) * height for i in range(len(df))]
        ax.barh(y, df[m].astype(float), height=height * 0.95,
                color=[alignment_color(a) for a in df["alignment"]], hatch=hatches[j % 3],
                edgecolor="white", linewidth=0.3, label=m.replace("_", " "))
    ax.set_yticks(range(len(df)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("US school grade level")
    hatch_handles = [Patch(facecolor="#bbbbbb", edgecolor="white", hatch=hatches[j % 3], label=m.replace("_", " "))
                     for j, m in enumerate(measures)]
    ax.legend(handles=alignment_handles(df["alignment"].fillna("other")) + hatch_handles, loc="lower left",
              bbox_to_anchor=(-0.02, 1.0), ncol=2, handlelength=1.2, columnspacing=1.0)
    return fig
