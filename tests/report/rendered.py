"""Read a viewer page back: which spans it draws and what text each one covers.

displaCy draws a span token by token: the token holding the span's first word carries a
``ba-start`` bar with the label, every later token a ``ba-slice`` bar at the same height
(``data-top``). Following the bars from token to token, with the whitespace between tokens,
gives each span's text as a reader sees it. The browser test does the same on the live page.
"""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

import pandas as pd

from belarus_analysis.report import viewer


class _Blocks(HTMLParser):
    """Collect each displaCy block (``div.spans``) as a list of whitespace strings and tokens."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[list] = []
        self.stack: list[str] = []  # the role of every open element
        self.token: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        role = "other"
        if tag == "div" and "spans" in classes:
            role = "block"
            self.blocks.append([])
        elif "ba-token" in classes:
            role = "token"
            self.token = {"text": "", "bars": {}}
            self.blocks[-1].append(self.token)
        elif "ba-slice" in classes:
            role = "bar"
            self.token["bars"][int(a["data-top"])] = ["start" if "ba-start" in classes else "slice", ""]
            self.bar = self.token["bars"][int(a["data-top"])]
        elif "ba-label" in classes:
            role = "label"
        self.stack.append(role)

    def handle_endtag(self, tag):
        role = self.stack.pop()
        if role == "token":
            self.token = None

    def handle_data(self, data):
        role = self.stack[-1] if self.stack else None
        if role == "block":
            self.blocks[-1].append(data)
        elif role == "token":
            self.token["text"] += data
        elif role == "label":
            self.bar[1] += data


def block_texts(page: str) -> list[str]:
    """The text of each drawn paragraph, as a reader sees it."""
    parser = _Blocks()
    parser.feed(page)
    return ["".join(i if isinstance(i, str) else i["text"] for i in block) for block in parser.blocks]


def drawn_spans(page: str) -> list[tuple[str, str]]:
    """(label, text) of every span drawn on the page, in reading order, without the paragraph spans."""
    parser = _Blocks()
    parser.feed(page)
    found = []
    for block in parser.blocks:
        open_: dict[int, list] = {}  # top -> [label, text, whitespace since its last token]
        for item in block:
            if isinstance(item, str):
                for span in open_.values():
                    span[2] += item
                continue
            for top in list(open_):
                if item["bars"].get(top, ["none"])[0] != "slice":
                    found.append(tuple(open_.pop(top)[:2]))
            for top, (kind, label) in sorted(item["bars"].items()):
                if kind == "start":
                    open_[top] = [label, item["text"], ""]
                elif top in open_:
                    span = open_[top]
                    span[1] += span[2] + item["text"]
                    span[2] = ""
        found += [tuple(span[:2]) for span in open_.values()]
    return [(label, text) for label, text in found if label != viewer.BASE_LABEL]


def short(row_id: str) -> str:
    return row_id.rsplit(":", 1)[-1]


def expected_spans(tables, article_id) -> list[tuple[str, str, Callable[[str], bool]]]:
    """What must be drawn for each row, from the tables alone: (what, text, label test)."""
    want = []
    st = tables["statements"][tables["statements"]["article_id"] == article_id]
    for r in st.itertuples():
        s = short(r.statement_id)
        group = "unresolved" if pd.isna(r.actor_group) else r.actor_group
        want.append((f"content {s}", r.text, lambda lab, s=s, r=r, g=group: lab.startswith(f"{s} {r.kind} · {g}")))
        if pd.notna(r.speaker_start):
            want.append((f"speaker {s}", r.speaker,
                         lambda lab, s=s: lab.startswith("speaker ") and s in lab.split(" · ")[0].split()))
        if pd.notna(r.cue_start):
            want.append((f"cue {s}", r.cue, lambda lab, s=s, r=r: lab.startswith("cue ")
                         and s in lab.split(" · ")[0].split() and lab.endswith(f"· {r.cue_class}")))
    fig = tables["figures"][tables["figures"]["article_id"] == article_id]
    for r in fig.itertuples():
        s = short(r.figure_id)
        want.append((f"figure {s}", r.text, lambda lab, s=s, r=r: lab.startswith(f"{s} {r.kind} ")
                     and (pd.isna(r.deviation) or f"Δ {r.deviation:+g}" in lab)
                     and (pd.isna(r.value) or pd.notna(r.iso_date) or f"{r.value:g}" in lab)))
    mk = tables["markers"][tables["markers"]["article_id"] == article_id]
    for r in mk.itertuples():
        s = short(r.marker_id)
        sign = {-1: "−1", 0: "0", 1: "+1"}[int(r.polarity)]
        want.append((f"marker {s}", r.text, lambda lab, s=s, r=r, sign=sign:
                     lab == f"{s} {r.category} {sign} · {r.voice}"))
    return want


def assert_every_row_drawn(drawn: list[tuple[str, str]], want) -> None:
    """Each row has a drawn span with its exact text and the right label."""
    for what, text, label_ok in want:
        hits = [lab for lab, t in drawn if label_ok(lab)]
        assert hits, f"{what}: no span with the right label"
        assert any(t == text for lab, t in drawn if label_ok(lab)), \
            f"{what}: drawn text {[t for lab, t in drawn if label_ok(lab)]} != row text {text!r}"
