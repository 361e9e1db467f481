"""Turn a raw article into the clean text every offset refers to.

Each rule is a small pure function of the text; its patterns live in
``data/cleaning.toml``. :func:`clean` runs them in order and reports which rules
fired, so the ``cleaning`` column of the articles table says exactly what was done.
Rules edit the text only through :meth:`Cleaned.replace`, which keeps a map from
every character of the clean text back to the raw text (:attr:`Cleaned.raw_map`),
so a row found in the clean text can be located in the text the user supplied.

>>> c = clean(" date 2020-08-15 The EU spoke.")
>>> c.text, c.fields["published_in_text"], c.log
('The EU spoke.', '2020-08-15', 'leaked_date: removed "date 2020-08-15"')
>>> c.raw_map
[[0, 13, 17, 30]]
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from .. import config
from ..errors import DataFileError
from ..resources import version


@dataclass
class Cleaned:
    """Clean text, the log of rules that fired, metadata found in the text, and where
    each clean character came from in the raw text."""

    text: str
    steps: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    # Raw [start, end) of each character of ``text``; None while no rule changed anything.
    _starts: np.ndarray | None = None
    _ends: np.ndarray | None = None

    @property
    def log(self) -> str:
        return "; ".join(self.steps)

    def replace(self, edits: Iterable[tuple[int, int, str]]) -> None:
        """Replace ``text[start:end]`` by each edit's string (edits sorted, not overlapping)
        and carry the raw positions along: kept characters keep theirs, a replacement's
        characters all point at the whole raw stretch they replace."""
        edits = list(edits)
        if not edits:
            return
        text, n = self.text, len(self.text)
        if self._starts is None:
            self._starts = np.arange(n, dtype=np.int64)
            self._ends = self._starts + 1
        parts, starts, ends, pos = [], [], [], 0
        for s, e, new in edits:
            parts.append(text[pos:s])
            starts.append(self._starts[pos:s])
            ends.append(self._ends[pos:s])
            if new:
                r0 = self._starts[s] if s < n else (self._ends[-1] if n else 0)
                r1 = self._ends[e - 1] if e > s else r0
                parts.append(new)
                starts.append(np.full(len(new), r0, dtype=np.int64))
                ends.append(np.full(len(new), r1, dtype=np.int64))
            pos = e
        parts.append(text[pos:])
        starts.append(self._starts[pos:])
        ends.append(self._ends[pos:])
        self.text = "".join(parts)
        self._starts, self._ends = np.concatenate(starts), np.concatenate(ends)

    def sub(self, pattern: str | re.Pattern, repl: Callable[[re.Match], str] | str, flags: int = 0) -> int:
        """``re.sub`` through :meth:`replace`; returns the number of replacements."""
        edits = [(m.start(), m.end(), repl(m) if callable(repl) else repl)
                 for m in re.finditer(pattern, self.text, flags)]
        self.replace(edits)
        return len(edits)

    @property
    def raw_map(self) -> list[list[int]]:
        """Blocks ``[clean_start, clean_end, raw_start, raw_end]`` covering the clean text in
        order. A block of equal lengths maps character by character; a block of unequal
        lengths is one replacement (an HTML entity, CRLF), all of it from the whole raw stretch.
        Read it with :func:`belarus_analysis.corpus.offsets.raw_spans`."""
        n = len(self.text)
        if self._starts is None:
            return [[0, n, 0, n]] if n else []
        if not n:
            return []
        s, e = self._starts, self._ends
        # A character is part of a replacement when it shares its raw stretch with a neighbour or
        # its stretch is not one character; blocks never mix replaced and copied characters.
        same = (s[1:] == s[:-1]) & (e[1:] == e[:-1])
        replaced = (e - s) != 1
        replaced[1:] |= same
        replaced[:-1] |= same
        advance = s[1:] == s[:-1] + 1
        joined = (~replaced[1:] & ~replaced[:-1] & advance) | (replaced[1:] & replaced[:-1] & same)
        bounds = np.concatenate([[0], np.flatnonzero(~joined) + 1, [n]])
        return [[int(a), int(b), int(s[a]), int(e[b - 1])] for a, b in pairwise(bounds)]


def load_rules(path: Path | str | None = None) -> dict:
    """The cleaning patterns of ``path`` (default ``config.CLEANING_RULES``, resolved when
    called), cached per file content.

    Raises
    ------
    DataFileError
        The file is missing or is not valid TOML (the message names the line).
    """
    path = Path(path or config.CLEANING_RULES)
    if not path.is_file():
        raise DataFileError(f"{path}: cleaning rules file not found")
    return _load_rules(path, version(path))


@lru_cache(maxsize=4)
def _load_rules(path: Path, stamp: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as e:
        raise DataFileError(f"{path}: not valid TOML: {e}") from None


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def bom_and_newlines(rules: dict, out: Cleaned) -> None:
    if out.text.startswith("\ufeff"):
        out.replace([(0, 1, "")])
        out.steps.append("bom: removed byte-order mark")
    n = out.text.count("\r")
    if n:
        out.sub(r"\r\n?", "\n")
        out.steps.append(f"newlines: normalised {n} CR/CRLF to LF")


def html_remnants(rules: dict, out: Cleaned) -> None:
    r = rules["html"]
    # Only real entities count: "Greece&Cyprus;" in a tweet is not one.
    hits = [h for h in re.findall(r["detect"], out.text) if h.startswith("<") or html.unescape(h) != h]
    if not hits:
        return
    block = "|".join(r["block_tags"])
    out.sub(rf"</?(?:{block})\b[^<>]*>", "\n", flags=re.IGNORECASE)
    out.sub(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", "")
    out.sub(r["detect"], lambda m: html.unescape(m.group(0)))
    out.steps.append(f"html: {len(hits)} tags/entities ({_short(' '.join(sorted(set(hits))), 40)})")


def invisible_characters(rules: dict, out: Cleaned) -> None:
    # Dropped rather than replaced by a space: inside a number or a word they split one token in two.
    found = re.findall(rules["invisible"]["pattern"], out.text)
    if not found:
        return
    n = sum(map(len, found))
    out.sub(rules["invisible"]["pattern"], "")
    names = sorted({f"U+{ord(c):04X}" for c in "".join(found)})
    out.steps.append(f"invisible: removed {n} zero-width/soft-hyphen character(s) ({', '.join(names)})")


def leaked_date(rules: dict, out: Cleaned) -> None:
    m = re.match(rules["leaked_date"]["pattern"], out.text)
    if not m:
        return
    out.fields["published_in_text"] = m["date"]
    out.steps.append(f'leaked_date: removed "{m.group(0).strip()}"')
    out.replace([(0, m.end(), "")])


def republication_note(rules: dict, out: Cleaned) -> None:
    m = re.search(rules["republication_note"]["pattern"], out.text, flags=re.MULTILINE)
    if not m:
        return
    out.fields["republished_from"] = m["source"].strip()
    out.steps.append(f'republication_note: removed "{_short(m.group(0))}"')
    out.replace([(m.start(), m.end(), "")])


def _is_name_line(line: str, r: dict) -> bool:
    words = line.split()
    if not 2 <= len(words) <= r["max_words"] or re.search(r"[\d!?:;,]|\.$", line):
        return False
    return all(w[0].isupper() or w in r["particles"] for w in words)


def _drop_lines(out: Cleaned, first: int, last: int | None = None) -> None:
    """Delete lines ``first`` .. ``last`` (default: to the end) with one line break, as
    ``"\n".join`` of the remaining lines would."""
    starts = [0] + [m.end() for m in re.finditer("\n", out.text)]
    stop = starts[last + 1] if last is not None and last + 1 < len(starts) else len(out.text) + 1
    if stop > len(out.text):  # the dropped lines end the text: take the break before them
        out.replace([(max(starts[first] - 1, 0), len(out.text), "")])
    else:
        out.replace([(starts[first], stop, "")])


def byline_and_footer(rules: dict, out: Cleaned) -> None:
    r = rules["byline"]
    lines = out.text.split("\n")
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in nonempty[: r["search_first_lines"]]:
        name = re.sub(rf"^{r['prefix']}", "", lines[i].strip())
        if _is_name_line(name, r) and len(nonempty) > 1:
            break
    else:
        return
    out.fields["byline"] = name
    out.steps.append(f'byline: removed "{name}"')
    _drop_lines(out, i, i)
    del lines[i]
    tail = [j for j, ln in enumerate(lines) if ln.strip()][-3:]
    for j in tail:
        if lines[j].strip() == name and all(
            len(lines[k]) < r["footer_max_chars"] and not re.search(r"[.!?\"”]\s*$", lines[k])
            for k in range(j, len(lines)) if lines[k].strip()
        ):
            footer = " / ".join(ln.strip() for ln in lines[j:] if ln.strip())
            out.fields["author_footer"] = footer
            out.steps.append(f'author_footer: removed "{_short(footer)}"')
            _drop_lines(out, j)
            break


def promos(rules: dict, out: Cleaned) -> None:
    r = rules["promo"]
    start = re.compile("|".join(re.escape(p) for p in r["prefixes"]))
    end = re.compile(r["end"], flags=re.MULTILINE)
    # One pass over the text, then one replacement of every promo (linear in its length).
    text, edits, removed = out.text, [], []
    pos = 0
    while m := start.search(text, pos):
        e = end.search(text, m.end() + 1)
        stop = e.start() if e else len(text)
        edits.append((m.start(), stop, ""))
        removed.append(text[m.start():stop].strip())
        pos = stop
    if removed:
        out.replace(edits)
        out.fields["promos"] = " | ".join(removed)
        out.steps.append(f"promo: removed {len(removed)} ({_short(' | '.join(removed))})")


def tidy_gaps(rules: dict, out: Cleaned) -> None:
    """Close the blank gaps that removals left behind.

    Runs only when a rule removed content, so that a text nothing else touched
    keeps its exact characters (and callers' offsets into it stay valid).
    """
    if not any(s.split(":")[0] in REMOVALS for s in out.steps):
        return
    before = out.text
    out.sub(r"^[ \t\u00a0]+$", "", flags=re.MULTILINE)
    out.sub(r"\n{3,}", "\n\n")
    text = out.text
    lead, trail = len(text) - len(text.lstrip()), len(text.rstrip())
    out.replace([e for e in ((0, lead, ""), (trail, len(text), "")) if e[0] < e[1]])
    if out.text != before:
        out.steps.append("tidy_gaps: closed blank lines left by removals")


Rule = Callable[[dict, Cleaned], None]
RULES: list[tuple[str, Rule]] = [
    ("bom_and_newlines", bom_and_newlines),
    ("html", html_remnants),
    ("invisible", invisible_characters),
    ("leaked_date", leaked_date),
    ("republication_note", republication_note),
    ("promo", promos),
    ("byline", byline_and_footer),
    ("tidy_gaps", tidy_gaps),
]
# Rules that delete content (as opposed to re-encoding it).
REMOVALS = {"leaked_date", "republication_note", "byline", "author_footer", "promo"}


def clean(raw: str, rules: dict | None = None) -> Cleaned:
    """Apply every cleaning rule to ``raw`` and return a :class:`Cleaned`.

    >>> c = clean("By Jan Kowalski\\nThe EU spoke &amp; left.")
    >>> c.text, c.raw_map
    ('The EU spoke & left.', [[0, 13, 16, 29], [13, 14, 29, 34], [14, 20, 34, 40]])
    """
    rules = rules or load_rules()
    out = Cleaned(raw)
    for _, rule in RULES:
        rule(rules, out)
    return out
