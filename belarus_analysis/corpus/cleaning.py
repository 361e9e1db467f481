"""Turn a raw article into the clean text every offset refers to.

Each rule is a small pure function ``str -> (str, details)``; its patterns live in
``data/cleaning.toml``. :func:`clean` runs them in order and reports which rules
fired, so the ``cleaning`` column of the articles table says exactly what was done.

>>> c = clean(" date 2020-08-15 The EU spoke.")
>>> c.text, c.fields["published_in_text"], c.log
('The EU spoke.', '2020-08-15', 'leaked_date: removed "date 2020-08-15"')
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import config
from ..errors import DataFileError
from ..resources import version


@dataclass
class Cleaned:
    """Clean text, the log of rules that fired, and metadata found in the text."""

    text: str
    steps: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def log(self) -> str:
        return "; ".join(self.steps)


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


def bom_and_newlines(text: str, rules: dict, out: Cleaned) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
        out.steps.append("bom: removed byte-order mark")
    n = text.count("\r")
    if n:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        out.steps.append(f"newlines: normalised {n} CR/CRLF to LF")
    return text


def html_remnants(text: str, rules: dict, out: Cleaned) -> str:
    r = rules["html"]
    # Only real entities count: "Greece&Cyprus;" in a tweet is not one.
    hits = [h for h in re.findall(r["detect"], text) if h.startswith("<") or html.unescape(h) != h]
    if not hits:
        return text
    block = "|".join(r["block_tags"])
    text = re.sub(rf"</?(?:{block})\b[^<>]*>", "\n", text, flags=re.I)
    text = re.sub(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", "", text)
    text = re.sub(r["detect"], lambda m: html.unescape(m.group(0)), text)
    out.steps.append(f"html: {len(hits)} tags/entities ({_short(' '.join(sorted(set(hits))), 40)})")
    return text


def leaked_date(text: str, rules: dict, out: Cleaned) -> str:
    m = re.match(rules["leaked_date"]["pattern"], text)
    if not m:
        return text
    out.fields["published_in_text"] = m["date"]
    out.steps.append(f'leaked_date: removed "{m.group(0).strip()}"')
    return text[m.end():]


def republication_note(text: str, rules: dict, out: Cleaned) -> str:
    m = re.search(rules["republication_note"]["pattern"], text, flags=re.M)
    if not m:
        return text
    out.fields["republished_from"] = m["source"].strip()
    out.steps.append(f'republication_note: removed "{_short(m.group(0))}"')
    return text[: m.start()] + text[m.end():]


def _is_name_line(line: str, r: dict) -> bool:
    words = line.split()
    if not 2 <= len(words) <= r["max_words"] or re.search(r"[\d!?:;,]|\.$", line):
        return False
    return all(w[0].isupper() or w in r["particles"] for w in words)


def byline_and_footer(text: str, rules: dict, out: Cleaned) -> str:
    r = rules["byline"]
    lines = text.split("\n")
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in nonempty[: r["search_first_lines"]]:
        name = re.sub(rf"^{r['prefix']}", "", lines[i].strip())
        if _is_name_line(name, r) and len(nonempty) > 1:
            break
    else:
        return text
    out.fields["byline"] = name
    out.steps.append(f'byline: removed "{name}"')
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
            lines = lines[:j]
            break
    return "\n".join(lines)


def promos(text: str, rules: dict, out: Cleaned) -> str:
    r = rules["promo"]
    start = re.compile("|".join(re.escape(p) for p in r["prefixes"]))
    end = re.compile(r["end"], flags=re.M)
    # One pass over the text, keeping the pieces between promos (linear in its length).
    kept, removed = [], []
    pos = 0
    while m := start.search(text, pos):
        e = end.search(text, m.end() + 1)
        stop = e.start() if e else len(text)
        kept.append(text[pos:m.start()])
        removed.append(text[m.start():stop].strip())
        pos = stop
    if removed:
        out.fields["promos"] = " | ".join(removed)
        out.steps.append(f"promo: removed {len(removed)} ({_short(' | '.join(removed))})")
        return "".join(kept) + text[pos:]
    return text


def tidy_gaps(text: str, rules: dict, out: Cleaned) -> str:
    """Close the blank gaps that removals left behind.

    Runs only when a rule removed content, so that a text nothing else touched
    keeps its exact characters (and callers' offsets into it stay valid).
    """
    if not any(s.split(":")[0] in REMOVALS for s in out.steps):
        return text
    new = re.sub(r"^[ \t\u00a0]+$", "", text, flags=re.M)
    new = re.sub(r"\n{3,}", "\n\n", new).strip()
    if new != text:
        out.steps.append("tidy_gaps: closed blank lines left by removals")
    return new


Rule = Callable[[str, dict, Cleaned], str]
RULES: list[tuple[str, Rule]] = [
    ("bom_and_newlines", bom_and_newlines),
    ("html", html_remnants),
    ("leaked_date", leaked_date),
    ("republication_note", republication_note),
    ("promo", promos),
    ("byline", byline_and_footer),
    ("tidy_gaps", tidy_gaps),
]
# Rules that delete content (as opposed to re-encoding it).
REMOVALS = {"leaked_date", "republication_note", "byline", "author_footer", "promo"}


def clean(raw: str, rules: dict | None = None) -> Cleaned:
    """Apply every cleaning rule to ``raw`` and return a :class:`Cleaned`."""
    rules = rules or load_rules()
    out = Cleaned(raw)
    text = raw
    for _, rule in RULES:
        text = rule(text, rules, out)
    out.text = text
    return out
