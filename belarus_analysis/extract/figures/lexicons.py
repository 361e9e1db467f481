"""The figure vocabularies: unit and kind rules (``figure_kinds.csv``) and qualifiers (``qualifiers.csv``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from ...errors import DataFileError
from ...resources import lexicon_path, read_rows, version
from ..trie import alternation
from .core import SPACE

# File names inside the lexicon folder (config.LEXICONS, read when the extractor runs).
KINDS_FILE = "figure_kinds.csv"
QUALIFIERS_FILE = "qualifiers.csv"
SOURCES_FILE = "figure_sources.csv"
SOURCE_KINDS = ("exit_poll", "opinion_poll", "independent_count", "campaign", "official", "previous")
# A cue of kind ``previous`` names no source of its own: 'according to the poll' refers back to the last
# source the text named ('an official exit poll'), and a figure takes that one (never ``previous`` itself).
PREVIOUS = "previous"
SCOPES_FILE = "figure_scopes.csv"
SCOPES = ("regional", "intermediate", "abroad", "early_voting")
# How far a scope cue reaches: the figure's own stretch of its sentence (''), or the cue's sentence and the rest
# of its paragraph ('paragraph': a partial count named once, its figures after it).
REACHES = ("", "paragraph")

T = TypeVar("T")

@dataclass(frozen=True)
class Rule:
    """One row of ``figure_kinds.csv`` (see the file's header for the columns)."""

    pattern: re.Pattern
    where: str
    applies_to: frozenset[str]
    kind: str
    unit: str
    factor: float
    subject: str


def load_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """The unit and kind rules (default: ``config.LEXICONS``), in file order.

    >>> [r.unit for r in load_rules() if r.where == "unit" and r.pattern.fullmatch("percent")]
    ['percent']
    """
    path = Path(path) if path else lexicon_path(KINDS_FILE)
    return _load_rules(path, version(path))


@lru_cache(maxsize=8)
def _load_rules(path: Path, stamp: str) -> tuple[Rule, ...]:
    rules = []
    for row in read_rows(path):
        pat = row["pattern"]
        if row["where"] == "prefix":
            pat = rf"(?<![A-Za-z])(?:{pat}){SPACE}?$"
        elif row["where"] == "unit":
            pat = rf"^(?:{SPACE}*-?{SPACE}*)(?:{pat})(?![A-Za-z0-9])"
        rules.append(Rule(re.compile(pat, re.IGNORECASE), row["where"], frozenset(row["applies_to"].split("|")),
                          row["kind"], row["unit"], float(row["factor"] or 1), row["subject"]))
    return tuple(rules)


@dataclass(frozen=True)
class Qualifiers:
    """Compiled qualifier look-ups: ``before``/``after`` regexes and each qualifier's class."""

    before: re.Pattern
    after: re.Pattern
    classes: dict[str, str]


def load_qualifiers(path: Path | None = None) -> Qualifiers:
    """The qualifier lexicon (default: ``config.LEXICONS``), longest qualifier first.

    >>> q = load_qualifiers()
    >>> q.before.search("won just over ").group(1), q.classes["just over"]
    ('just over', 'above')
    """
    path = Path(path) if path else lexicon_path(QUALIFIERS_FILE)
    return _load_qualifiers(path, version(path))


@lru_cache(maxsize=8)
def _load_qualifiers(path: Path, stamp: str) -> Qualifiers:
    rows = read_rows(path)
    by_pos = {p: [r["qualifier"] for r in rows if r["position"] == p] for p in ("before", "after")}
    return Qualifiers(
        before=re.compile(rf"(?<![\w])({alternation(by_pos['before'])})\s*$", re.IGNORECASE),
        after=re.compile(rf"^\s*({alternation(by_pos['after'])})(?![\w])", re.IGNORECASE),
        classes={r["qualifier"]: r["class"] for r in rows},
    )


@dataclass(frozen=True)
class Source:
    """One row of ``figure_sources.csv`` (or ``figure_scopes.csv``): a cue naming where a figure
    comes from (or the part of the country it is about); ``kind`` is the row's class."""

    pattern: re.Pattern
    kind: str
    stage: str = ""  # figure_sources.csv: the official stage the cue names ('preliminary results'), if any
    reach: str = ""  # figure_scopes.csv: '' (the figure's own stretch) or 'paragraph' (see REACHES)


def load_sources(path: Path | None = None) -> tuple[Source, ...]:
    """The source cues (default: ``config.LEXICONS``), in file order.

    >>> [s.kind for s in load_sources() if s.pattern.search("a state exit poll")]
    ['exit_poll']

    Raises
    ------
    DataFileError
        A row's ``source_kind`` is not one of ``SOURCE_KINDS`` or its pattern is no regular expression.
    """
    path = Path(path) if path else lexicon_path(SOURCES_FILE)
    return _load_cues(path, version(path), "source_kind", SOURCE_KINDS)


def load_scopes(path: Path | None = None) -> tuple[Source, ...]:
    """The scope cues (default: ``config.LEXICONS``): words that make a result figure a part of the
    country's (a region's, a city's) or of polling day's (by 2 p.m.) rather than the national result.

    >>> [s.kind for s in load_scopes() if s.pattern.search("in all six regions")]
    ['regional']

    Raises
    ------
    DataFileError
        A row's ``scope`` is not one of ``SCOPES`` or its pattern is no regular expression.
    """
    path = Path(path) if path else lexicon_path(SCOPES_FILE)
    return _load_cues(path, version(path), "scope", SCOPES)


@lru_cache(maxsize=8)
def _load_cues(path: Path, stamp: str, column: str, allowed: tuple[str, ...]) -> tuple[Source, ...]:
    out = []
    for n, row in enumerate(read_rows(path), 1):
        if row.get(column) not in allowed:
            raise DataFileError(f"{path}: row {n}: {column} must be one of {allowed}, got {row.get(column)!r}")
        reach = (row.get("reach") or "").strip()
        if reach not in REACHES:
            raise DataFileError(f"{path}: row {n}: reach must be one of {REACHES}, got {reach!r}")
        try:
            out.append(Source(re.compile(row["pattern"], re.IGNORECASE), row[column], (row.get("stage") or "").strip(),
                              reach))
        except re.error as e:
            raise DataFileError(f"{path}: row {n}: bad regex {row['pattern']!r}: {e}") from None
    return tuple(out)


# (id of a loaded tuple of rows, index function) -> (the tuple, its index): see indexed
_INDEXES: dict[tuple[int, Callable], tuple[tuple, object]] = {}


def indexed(rows: tuple, index: Callable[[tuple], T]) -> T:
    """``index(rows)``, made once per tuple of rows and index function: a loader returns the same tuple for a
    version of its file, and an ``lru_cache`` would hash every row (or pattern) of it per figure or article.

    >>> rules = load_rules()
    >>> indexed(rules, list) is indexed(rules, list), indexed(rules, len) == len(rules), indexed(rules, bool)
    (True, True, True)
    """
    key = (id(rows), index)
    hit = _INDEXES.get(key)
    if hit is None or hit[0] is not rows:  # an id is reused once its tuple is gone: the tuple kept is compared
        if len(_INDEXES) >= 32:
            _INDEXES.clear()
        hit = _INDEXES[key] = (rows, index(rows))
    return hit[1]
