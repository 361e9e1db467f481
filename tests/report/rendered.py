"""Read a viewer page back: which spans it draws and what text each one covers.

displaCy draws a span token by token: the token holding the span's first word carries a
``ba-start`` bar with the label, every later token a ``ba-slice`` bar at the same height
(``data-top``). Following the bars from token to token, with the whitespace between tokens,
gives each span's text as a reader sees it. The browser test does the same on the live page.
"""

from __future__ import annotations

from html.parser import HTMLParser

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
