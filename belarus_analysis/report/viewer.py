"""The annotated article viewer: an article's text with its rows drawn on it.

A coding is checked by looking at the article with the codes on it, not by counting
characters. :func:`view` draws the statements (speaker, cue and content), figures and
framing markers of one article as overlapping span annotations with spaCy's displaCy
span renderer (``displacy.render(style="span", manual=True)``), under a header (outlet,
alignment, election, date) and above a legend and the rows themselves. The result shows
inline in JupyterLab (``_repr_html_``) and :meth:`ArticleView.save` writes a standalone
page; :func:`write_pages` writes one page per article and an ``index.html``.

Why the text on screen is exactly the article text: displaCy appends one space to every
token it draws as plain text and draws the tokens of a span without any. So the text is cut
into tokens at every row boundary and every run of whitespace, a whitespace run is handed
over without the one space displaCy adds, and one transparent span covers each paragraph, so
that no other token is drawn as plain text. The page's text then reads like the article, and
every row's span reads exactly like the row (``text[char_start:char_end]``).

>>> import belarus_analysis as ba
>>> tables = ba.build(ba.from_texts({"a": "“We won,” the minister said."}))
>>> v = ba.view(tables, "a")
>>> v
<ArticleView a: 1 statements, 0 figures, 0 markers>
>>> v.spans[["layer", "label", "text"]].to_dict("records")[:2]
[{'layer': 'statements', 'label': 'S000 direct · unresolved', 'text': 'We won,'},
 {'layer': 'statements', 'label': 'speaker S000 · unresolved', 'text': 'the minister'}]
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy import displacy

from .. import outputs
from ..errors import OffsetError, ViewError
from .charts import CUE_STYLES, SPEAKER_POOLS, SPEAKER_STYLES, alignment_color, alignment_label

LAYERS = ("statements", "figures", "markers")
# Pages carry this mark; a file without it is never overwritten (it is not one of ours).
GENERATOR = "belarus_analysis view"
_GENERATOR_META = f'<meta name="generator" content="{GENERATOR}">'

UNRESOLVED = "unresolved"
UNRESOLVED_COLOR = "#DDDDDD"  # the charts draw unresolved speakers white, invisible as a bar
FIGURE_COLOR = "#009E73"
POLARITY = {-1: ("−1", "delegitimising", "#D55E00"), 0: ("0", "other", "#BBBBBB"),
            1: ("+1", "legitimising", "#56B4E9")}

# displaCy's span templates without the whitespace around the token text: that whitespace would
# show as a space between two tokens the article writes together (“ and We, sham and ").
# data-top is the vertical slot of the bar, which is how a reader (or a test) follows one span
# from token to token; the title shows a label that a neighbour's label covers. (The label is
# escaped before it reaches displaCy, which inserts labels as they are.)
_TOKEN = '<span class="ba-token" style="height: {total_height}px">{text}{span_slices}{span_starts}</span>'
_SLICE = '<span class="ba-slice" data-top="{top_offset}" style="background: {bg}; top: {top_offset}px"></span>'
_START = ('<span class="ba-slice ba-start" data-top="{top_offset}" style="background: {bg}; top: {top_offset}px" '
          'title="{label}">'
          '<span class="ba-label" style="background: {bg}">{label}{kb_link}</span></span>')
# displaCy's own offsets (top_offset 40, step 17) for the first real span, which sits in the
# second slot because the paragraph's transparent span takes the first.
_STEP = 17
_OPTIONS = {"template": {"span": _TOKEN, "slice": _SLICE, "start": _START}, "top_offset": 40 - _STEP,
            "top_offset_step": _STEP}
BASE_LABEL = ""  # the transparent span under each paragraph

_CSS = """
.ba-view { font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif;
  font-size: 16px; color: #111; max-width: 68rem; }
.ba-view .ba-header h2 { margin: 0 0 0.2rem 0; font-size: 1.3rem; }
.ba-view .ba-meta { margin: 0.1rem 0; color: #333; font-size: 0.9rem; }
.ba-view .ba-chip { display: inline-block; padding: 0 0.4em; border-radius: 3px; color: #fff; }
.ba-view .ba-legend { margin: 0.6rem 0 0.4rem 0; font-size: 0.8rem; line-height: 1.8; }
.ba-view .ba-legend .ba-item { white-space: nowrap; }
.ba-view .ba-legend span.ba-swatch { display: inline-block; width: 1.6em; height: 0.6em;
  border-radius: 2px; margin: 0 0.3em 0 0.8em; vertical-align: middle; }
.ba-view .ba-text { padding-right: 8rem; }  /* room for the labels of rows that start at a line end */
.ba-view .ba-text .spans { margin: 0 0 0.4rem 0; }
.ba-view table { border-collapse: collapse; font-size: 0.75rem; margin: 0.3rem 0 0.8rem 0; }
.ba-view td, .ba-view th { border: 1px solid #ccc; padding: 2px 4px; text-align: left; vertical-align: top; }
.ba-view details summary { cursor: pointer; font-weight: bold; }
/* displaCy's span styles, moved from every token into one place */
.ba-view .ba-token { display: inline-block; position: relative; }
.ba-view .ba-slice { height: 4px; left: -1px; width: calc(100% + 2px); position: absolute; }
.ba-view .ba-start { border-top-left-radius: 3px; border-bottom-left-radius: 3px; }
.ba-view .ba-label { z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; position: absolute;
  font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap; }
.ba-view .ba-start:hover .ba-label { z-index: 20; outline: 1px solid #000; }
"""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    label: str
    color: str
    layer: str
    part: str  # content, speaker, cue, figure, marker
    key: str  # what its colour stands for: actor group, cue class, polarity
    rows: tuple[str, ...]


def _e(value: object) -> str:
    """Escaped display text of a cell: missing values are empty."""
    return "" if pd.api.types.is_scalar(value) and pd.isna(value) else html.escape(str(value))


def _short(row_id: str) -> str:
    """The row's number within its article (``…:S003`` -> ``S003``)."""
    return str(row_id).rsplit(":", 1)[-1]


def _group(value: object) -> str:
    return UNRESOLVED if pd.isna(value) else str(value)


def group_color(group: str) -> str:
    """The colour of an actor group: the charts' speaker colours (rare groups pooled).

    >>> group_color("belarus_government"), group_color("ngo"), group_color("unresolved")
    ('#A6611A', '#555555', '#DDDDDD')
    """
    if group == UNRESOLVED:
        return UNRESOLVED_COLOR
    style = SPEAKER_STYLES.get(group) or SPEAKER_STYLES[SPEAKER_POOLS.get(group, "other")]
    return style[1]


def cue_color(cue_class: str) -> str:
    """The colour of a cue class (the charts' cue colours)."""
    return CUE_STYLES.get(cue_class, ("", UNRESOLVED_COLOR))[1]


def _number(value: float) -> str:
    return f"{value:g}"


def _check(text: str, start, end, expected, what: str) -> None:
    if text[int(start):int(end)] != expected:
        raise OffsetError(f"{what}: article text at {int(start)}:{int(end)} is "
                          f"{text[int(start):int(end)]!r}, the row says {expected!r}")


def _parents(st: pd.DataFrame) -> dict[str, str]:
    """statement_id -> the statement whose content contains it (the table's parent_statement_id
    when the build provides one, else the shortest other statement whose content encloses it)."""
    if "parent_statement_id" in st.columns:
        return {r.statement_id: r.parent_statement_id for r in st.itertuples() if pd.notna(r.parent_statement_id)}
    parents = {}
    for r in st.itertuples():
        outer = st[(st["char_start"] <= r.char_start) & (st["char_end"] >= r.char_end)
                   & ((st["char_end"] - st["char_start"]) > (r.char_end - r.char_start))]
        if len(outer):
            parents[r.statement_id] = outer.loc[(outer["char_end"] - outer["char_start"]).idxmin(), "statement_id"]
    return parents


def _statement_spans(st: pd.DataFrame, text: str) -> list[_Span]:
    parents = _parents(st)
    spans = []
    for r in st.itertuples():
        _check(text, r.char_start, r.char_end, r.text, f"statement {r.statement_id}")
        group = _group(r.actor_group)
        inside = f" ⊂ {_short(parents[r.statement_id])}" if r.statement_id in parents else ""
        spans.append(_Span(int(r.char_start), int(r.char_end), f"{_short(r.statement_id)} {r.kind} · {group}{inside}",
                           group_color(group), "statements", "content", group, (r.statement_id,)))
    # Several statements can share one speaker or one cue ("X said A and B"): one span each,
    # labelled with every statement it belongs to.
    for part, value, start, end in (("speaker", "speaker", "speaker_start", "speaker_end"),
                                    ("cue", "cue", "cue_start", "cue_end")):
        rows = st[st[start].notna()]
        for (s, e), same in rows.groupby([start, end], sort=True):
            first = same.iloc[0]
            _check(text, s, e, first[value], f"{part} of statement {first['statement_id']}")
            ids = " ".join(_short(i) for i in same["statement_id"])
            if part == "speaker":
                key = _group(first["actor_group"])
                label, color = f"speaker {ids} · {_group(first['actor_id'])}", group_color(key)
            else:
                key = _group(first["cue_class"])
                label, color = f"cue {ids} · {key}", cue_color(key)
            spans.append(_Span(int(s), int(e), label, color, "statements", part, key, tuple(same["statement_id"])))
    return spans


def figure_value(row: Mapping) -> str:
    """A figure as a reader says it: qualifier, value and unit, or the date.

    >>> figure_value({"value": 86.8, "unit": "percent", "qualifier": "almost", "iso_date": None})
    'almost 86.8 %'
    """
    if pd.notna(row.get("iso_date")):
        value = str(row["iso_date"])
    elif pd.notna(row.get("value")):
        unit = row.get("unit")
        value = _number(row["value"]) + ("" if pd.isna(unit) else " %" if unit == "percent" else f" {unit}")
    else:
        value = "?"
    return f"{row['qualifier']} {value}" if pd.notna(row.get("qualifier")) else value


def _figure_label(row: Mapping) -> str:
    label = f"{_short(row['figure_id'])} {row['kind']} {figure_value(row)}"
    if pd.notna(row.get("deviation")):
        label += f" · Δ {row['deviation']:+g} vs {_number(row['reference_value'])}"
    return label


def _figure_spans(fig: pd.DataFrame, text: str) -> list[_Span]:
    spans = []
    for row in fig.to_dict("records"):
        _check(text, row["char_start"], row["char_end"], row["text"], f"figure {row['figure_id']}")
        spans.append(_Span(int(row["char_start"]), int(row["char_end"]), _figure_label(row), FIGURE_COLOR,
                           "figures", "figure", "figure", (row["figure_id"],)))
    return spans


def _marker_spans(mk: pd.DataFrame, text: str) -> list[_Span]:
    spans = []
    for r in mk.itertuples():
        _check(text, r.char_start, r.char_end, r.text, f"marker {r.marker_id}")
        sign, name, color = POLARITY.get(0 if pd.isna(r.polarity) else int(r.polarity), POLARITY[0])
        spans.append(_Span(int(r.char_start), int(r.char_end), f"{_short(r.marker_id)} {r.category} {sign} · {r.voice}",
                           color, "markers", "marker", name, (r.marker_id,)))
    return spans


_SPANS = {"statements": _statement_spans, "figures": _figure_spans, "markers": _marker_spans}


def _blocks(text: str, spans: list[_Span]) -> list[tuple[int, int]]:
    """Paragraphs as (start, end): text between line breaks, joined where a row crosses one."""
    blocks, start = [], 0
    for m in re.finditer(r"\s*\n\s*", text):
        if not any(s.start < m.end() and s.end > m.start() for s in spans):
            blocks.append((start, m.start()))
            start = m.end()
    blocks.append((start, len(text)))
    return [(a, b) for a, b in blocks if b > a]


def _manual(text: str, start: int, end: int, spans: list[_Span]) -> dict:
    """displaCy's manual span format for text[start:end]: tokens cut at every row boundary and
    whitespace run, the spans as token ranges, and the transparent span under the paragraph."""
    inner = [s for s in spans if start <= s.start and s.end <= end]
    cuts = {start, end} | {p for s in inner for p in (s.start, s.end)}
    cuts |= {start + p for m in re.finditer(r"\s+", text[start:end]) for p in m.span()}
    cuts = sorted(cuts)
    index = {p: i for i, p in enumerate(cuts)}
    tokens = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        # displaCy draws a whitespace token as the token plus one space: hand it over without it.
        tokens.append(piece[:-1] if piece.isspace() and piece.endswith(" ") else piece)
    marks = [{"start_token": 0, "end_token": len(tokens), "label": BASE_LABEL}]
    marks += [{"start_token": index[s.start], "end_token": index[s.end], "label": html.escape(s.label)}
              for s in inner]
    return {"text": text[start:end], "tokens": tokens, "spans": marks}


def _render(text: str, spans: list[_Span]) -> str:
    colors = {BASE_LABEL: "transparent"} | {html.escape(s.label): s.color for s in spans}
    docs = [_manual(text, a, b, spans) for a, b in _blocks(text, spans)]
    return displacy.render(docs, style="span", manual=True, jupyter=False, options={**_OPTIONS, "colors": colors})


def _legend(spans: list[_Span], layers: list[str]) -> str:
    def item(color: str, name: str) -> str:
        return f'<span class="ba-item"><span class="ba-swatch" style="background: {color}"></span>{html.escape(name)}</span>'

    def keys(part: str) -> list[str]:
        return sorted({s.key for s in spans if s.part == part})

    rows = []
    if "statements" in layers:
        rows.append("<b>Statements</b> (content and speaker, by actor group):"
                    + "".join(item(group_color(g), g) for g in sorted(set(keys("content")) | set(keys("speaker"))))
                    + " · <b>cues</b>:" + "".join(item(cue_color(c), c) for c in keys("cue")))
    if "figures" in layers:
        rows.append("<b>Figures</b>:" + item(FIGURE_COLOR, "kind, value; Δ = deviation from the official result"))
    if "markers" in layers:
        rows.append("<b>Markers</b> (category, polarity · voice):"
                    + "".join(item(color, f"{sign} {name}") for sign, name, color in POLARITY.values()))
    rows.append("A bar under the text marks one row, its label at the row's first word; S, F and M number "
                "the statements, figures and markers. Overlapping rows stack: a quote inside a statement "
                "(⊂) sits below it.")
    return '<div class="ba-legend">' + "<br>".join(rows) + "</div>"


def _header(article: Mapping, counts: Mapping[str, int]) -> str:
    alignment = article.get("alignment")
    chip = (f'<span class="ba-chip" style="background: {alignment_color(alignment)}">'
            f'{_e(alignment_label(alignment))}</span>')
    published = article.get("published")
    date = "" if pd.isna(published) else pd.Timestamp(published).date().isoformat()
    title = article.get("title")
    lines = [f"<h2>{_e(article.get('outlet')) or _e(article['article_id'])}</h2>"]
    if pd.notna(title):
        lines.append(f'<p class="ba-meta"><i>{_e(title)}</i></p>')
    election = article.get("election")
    parts = [chip, _e(article.get("outlet_type")), f"election {_e(election)}" if pd.notna(election) else "",
             f"published {date}" if date else "", f"article {_e(article['article_id'])}"]
    lines.append('<p class="ba-meta">' + " · ".join(p for p in parts if p) + "</p>")
    lines.append('<p class="ba-meta">' + ", ".join(f"{n} {layer}" for layer, n in counts.items()) + "</p>")
    return '<div class="ba-header">' + "".join(lines) + "</div>"


DETAIL_COLUMNS = {
    "statements": ["statement_id", "kind", "speaker", "actor_id", "actor_group", "cue", "cue_class", "text"],
    "figures": ["figure_id", "text", "kind", "value", "unit", "qualifier", "iso_date", "reference_value", "deviation"],
    "markers": ["marker_id", "text", "lexicon", "category", "polarity", "voice", "speaker_actor_id",
                "target_actor_id"],
}


def _details(layer: str, rows: pd.DataFrame) -> str:
    cols = [c for c in DETAIL_COLUMNS[layer] if c in rows.columns]
    table = rows[cols].assign(**{cols[0]: rows[cols[0]].map(_short)})
    body = table.to_html(index=False, na_rep="", escape=True, border=0)
    return f"<details><summary>{len(rows)} {layer}</summary>{body}</details>"


class ArticleView:
    """One article with its rows drawn on it; shows itself in Jupyter, saves as a page.

    Attributes
    ----------
    article_id : str
    html : str
        The HTML fragment (header, annotated text, legend, rows).
    spans : pandas.DataFrame
        One row per drawn span: ``layer``, ``label``, ``char_start``, ``char_end``, ``text``
        and ``rows`` (the ids of the table rows it stands for).
    """

    def __init__(self, article_id: str, fragment: str, spans: pd.DataFrame, title: str, counts: dict[str, int]):
        self.article_id, self.html, self.spans, self.title, self.counts = article_id, fragment, spans, title, counts

    def __repr__(self) -> str:
        return f"<ArticleView {self.article_id}: " + ", ".join(f"{n} {layer}" for layer, n in self.counts.items()) + ">"

    def _repr_html_(self) -> str:
        return self.html

    def page(self) -> str:
        """The view as a standalone HTML page (UTF-8, no external resources)."""
        return _page(self.title, self.html)

    def save(self, path: str | Path) -> Path:
        """Write :meth:`page` to ``path`` atomically and return the path.

        Raises
        ------
        ViewError
            If ``path`` exists and is not a page the viewer wrote.
        """
        return write_page(self.page(), path)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n{_GENERATOR_META}\n'
            f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def write_page(page: str, path: str | Path) -> Path:
    """Write an HTML page atomically, refusing to replace a file the viewer did not write.

    Raises
    ------
    ViewError
        If ``path`` exists and lacks the viewer's generator mark.
    """
    path = Path(path)
    if path.exists() and _GENERATOR_META not in path.read_text(encoding="utf-8", errors="replace")[:2000]:
        raise ViewError(f"{path}: exists and was not written by the viewer; not overwriting it")
    return outputs.write_atomic(path, lambda p: p.write_text(page, encoding="utf-8"))


def _rows(tables: Mapping[str, pd.DataFrame], layer: str, article_id: str) -> pd.DataFrame:
    if layer not in tables:
        raise ViewError(f"layer {layer!r} needs the {layer} table, which the tables do not have "
                        f"(they have: {', '.join(sorted(tables))})")
    df = tables[layer]
    return df[df["article_id"] == article_id].sort_values(["char_start", "char_end"], kind="stable")


def _article(tables: Mapping[str, pd.DataFrame], article_id: str) -> dict:
    if "articles" not in tables:
        raise ViewError("the tables have no articles table (the article texts)")
    found = tables["articles"][tables["articles"]["article_id"] == article_id]
    if not len(found):
        known = ", ".join(tables["articles"]["article_id"].astype(str))
        raise ViewError(f"article {article_id!r} is not in the articles table (articles: {known})")
    return found.iloc[0].to_dict()


def view(tables: Mapping[str, pd.DataFrame], article_id: str, *, layers: Iterable[str] = LAYERS) -> ArticleView:
    """Draw one article's statements, figures and markers on its text.

    Parameters
    ----------
    tables : mapping of str to pandas.DataFrame
        The tidy tables (``ba.build``, ``ba.load_tables``): ``articles`` and one table per layer.
    article_id : str
        The article to show.
    layers : iterable of str, optional
        Any of ``"statements"`` (content coloured by actor group, speaker and cue; a quote
        inside another statement is marked ``⊂`` and drawn below it), ``"figures"`` (kind,
        value, deviation Δ from the official result) and ``"markers"`` (category, polarity,
        voice). Default: all three.

    Returns
    -------
    ArticleView
        Shows itself inline in Jupyter; ``.html`` is the fragment, ``.page()`` a standalone
        page, ``.save(path)`` writes it, ``.spans`` lists every drawn span (``layer``, ``label``,
        ``char_start``, ``char_end`` (int, characters of ``articles.text``), ``text``, ``rows``).

    Raises
    ------
    ViewError
        An unknown article or layer, or a layer whose table is missing.
    OffsetError
        A row whose text is not the article text at its offsets (drawing it would mislead).

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> tables = ba.build(ba.from_texts({"a": "Turnout was 84 percent, the commission said."}))
    >>> v = ba.view(tables, "a", layers=["figures"])
    >>> v.spans[["label", "text"]].values.tolist()
    [['F000 turnout 84 %', '84 percent']]
    >>> "84 percent" in v.html and v.page().startswith("<!DOCTYPE html>")
    True
    """
    layers = list(layers)
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        raise ViewError(f"unknown layer(s) {', '.join(map(repr, unknown))}; layers are {', '.join(LAYERS)}")
    article = _article(tables, article_id)
    text = article["text"]
    rows = {layer: _rows(tables, layer, article_id) for layer in layers}
    spans = [s for layer in layers for s in _SPANS[layer](rows[layer], text)]
    counts = {layer: len(rows[layer]) for layer in layers}
    body = (f'<div class="ba-view tex2jax_ignore mathjax_ignore"><style>{_CSS}</style>'
            + _header(article, counts) + _legend(spans, layers)
            + f'<div class="ba-text">{_render(text, spans)}</div>'
            + "".join(_details(layer, rows[layer]) for layer in layers) + "</div>")
    table = pd.DataFrame([{"layer": s.layer, "label": s.label, "char_start": s.start, "char_end": s.end,
                           "text": text[s.start:s.end], "rows": s.rows} for s in spans],
                         columns=["layer", "label", "char_start", "char_end", "text", "rows"])
    title = f"{article.get('outlet') if pd.notna(article.get('outlet')) else ''} · {article_id}".strip(" ·")
    return ArticleView(article_id, body, table, title, counts)


def _joined(counts: pd.Series) -> str:
    return "; ".join(f"{k} {v}" for k, v in counts.items() if v)


def index_table(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Per-article counts for the index page.

    Returns
    -------
    pandas.DataFrame
        One row per article, in the articles table's order: ``article_id``, ``outlet``,
        ``alignment``, ``election``, ``published``, ``statements`` (int), ``statements_by_group``
        (str, "group n; …"), ``figures`` (int), ``deviations`` (str, each figure that has an
        official reference: "F002 vote_share 86.8 % Δ -0.02 vs 86.82; …"), ``markers`` (int) and
        ``markers_by_polarity_voice`` (str, "−1 outlet n; …").

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> t = ba.build(ba.from_texts({"a": "“We won,” the minister said."}))
    >>> index_table(t).loc[0, ["statements", "statements_by_group"]].astype(str).tolist()
    ['1', 'unresolved 1']
    """
    arts = tables["articles"]
    st, fig, mk = (tables.get(name, pd.DataFrame(columns=["article_id"])) for name in LAYERS)
    rows = []
    for a in arts.itertuples():
        s, f, m = (df[df["article_id"] == a.article_id] for df in (st, fig, mk))
        by_group = s["actor_group"].fillna(UNRESOLVED).value_counts().sort_index() if len(s) else pd.Series()
        refs = f[f["deviation"].notna()] if len(f) else f
        by_pv = (m.assign(p=m["polarity"].fillna(0).astype(int).map(lambda p: POLARITY[p][0]))
                 .groupby(["p", "voice"]).size() if len(m) else pd.Series())
        rows.append({
            "article_id": a.article_id, "outlet": a.outlet, "alignment": a.alignment, "election": a.election,
            "published": a.published, "statements": len(s), "statements_by_group": _joined(by_group),
            "figures": len(f), "deviations": "; ".join(_figure_label(r) for r in refs.to_dict("records")),
            "markers": len(m),
            "markers_by_polarity_voice": "; ".join(f"{p} {v} {n}" for (p, v), n in by_pv.items()),
        })
    return pd.DataFrame(rows)


def page_name(article_id: str) -> str:
    """The file name of an article's page: the id with anything but letters, digits, ``-_.`` as ``_``.

    >>> page_name("004_rt:2020/x")
    '004_rt_2020_x.html'
    """
    return re.sub(r"[^A-Za-z0-9._-]", "_", str(article_id)) + ".html"


def write_pages(tables: Mapping[str, pd.DataFrame], folder: str | Path, *,
                layers: Iterable[str] = LAYERS) -> list[Path]:
    """Write one viewer page per article and an ``index.html`` listing them with their counts.

    Parameters
    ----------
    tables : mapping of str to pandas.DataFrame
        The tidy tables.
    folder : str or Path
        Output folder (created when missing).
    layers : iterable of str, optional
        Passed to :func:`view`.

    Returns
    -------
    list of Path
        The pages written, article pages first, ``index.html`` last.

    Raises
    ------
    ViewError
        Two article ids map to one file name, or a page would replace a file the viewer did not write.

    Examples
    --------
    >>> import tempfile, belarus_analysis as ba
    >>> t = ba.build(ba.from_texts({"a": "“We won,” the minister said."}))
    >>> [p.name for p in write_pages(t, tempfile.mkdtemp())]
    ['a.html', 'index.html']
    """
    folder = Path(folder)
    layers = list(layers)
    ids = list(tables["articles"]["article_id"])
    names = [page_name(i) for i in ids]
    if len(set(names)) < len(names) or "index.html" in names:
        clash = sorted({n for n in names if names.count(n) > 1 or n == "index.html"})
        raise ViewError(f"article ids give the same page file name(s) {', '.join(clash)}; make the ids distinct")
    views = [view(tables, i, layers=layers) for i in ids]  # every page renders before any is written
    paths = [v.save(folder / name) for v, name in zip(views, names)]
    index = index_table(tables)
    cells = []
    for name, r in zip(names, index.to_dict("records")):
        published = "" if pd.isna(r["published"]) else pd.Timestamp(r["published"]).date().isoformat()
        cells.append("<tr>" + f'<td><a href="{html.escape(name)}">{_e(r["article_id"])}</a></td>'
                     + "".join(f"<td>{_e(v)}</td>" for v in (
                         r["outlet"], alignment_label(r["alignment"]), r["election"], published,
                         r["statements"], r["statements_by_group"], r["figures"], r["deviations"], r["markers"],
                         r["markers_by_polarity_voice"])) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in (
        "article", "outlet", "alignment", "election", "published", "statements", "by speaker group", "figures",
        "deviations from official results", "markers", "markers by polarity and voice"))
    body = (f'<div class="ba-view"><style>{_CSS}</style><h2>{len(ids)} articles</h2>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(cells)}</tbody></table></div>")
    paths.append(write_page(_page("Articles", body), folder / "index.html"))
    return paths


def one_per_group(articles: pd.DataFrame, *, column: str = "alignment") -> pd.Series:
    """The first article (by id) of each group, indexed by group, for showing one of each.

    >>> import pandas as pd
    >>> one_per_group(pd.DataFrame({"article_id": ["b", "a", "c"], "alignment": ["x", "x", "y"]})).to_dict()
    {'x': 'a', 'y': 'c'}
    """
    return articles.sort_values("article_id").groupby(column, sort=True)["article_id"].first()
