"""Figures: the numbers, quantities and dates of an article (the ``figures`` table).

A figure is a span of the article text with its normalised ``value``, ``unit``,
``kind``, ``qualifier`` (and its class), ``subject`` (the actor it belongs to),
``iso_date`` for dates, and, for reported election results, the official
``reference_value`` and the ``deviation`` from it. Span, value, unit and kind
follow the gold coding guide ``data/gold/figures.md``; the vocabulary lives in
data: units and cue words in ``data/lexicons/figure_kinds.csv``, qualifiers in
``data/lexicons/qualifiers.csv``, official results in ``data/reference/``.

How a figure is found: regular expressions over the text find dates, then
numerals (digits, number words, ordinals, vague plurals such as "thousands",
fractions, ranks); the spaCy parse supplies sentences, the counted noun, parts of
speech (adverbial "first") and entity types (numbers inside names); the
lexicons then decide unit, kind and subject.

>>> import belarus_analysis as ba
>>> arts = ba.from_texts({"a": "Lukashenko won almost 87 percent of the vote on Jan. 26."},
...                      [{"article_id": "a", "published": "2025-01-27", "election": "2025"}])
>>> fig = ba.pipeline.build(arts, ["figures"])["figures"]
>>> fig[["text", "value", "qualifier", "kind", "subject", "reference_value"]].values.tolist()[0]
['87 percent', 87.0, 'almost', 'vote_share', 'lukashenko', 86.82]
>>> fig[["text", "iso_date"]].values.tolist()[1]
['Jan. 26', '2025-01-26']
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc, Token

from ...nlp import NAME_ENTS
from ...resources import lexicon_path, read_rows, version
from .. import actors, spans
from ..base import Extractor
from ..view import ArticleView
from . import reference

# File names inside the lexicon folder (config.LEXICONS, read when the extractor runs).
KINDS_FILE = "figure_kinds.csv"
QUALIFIERS_FILE = "qualifiers.csv"

# --------------------------------------------------------------------------- English number words

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
ORDINAL_UNITS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
ORDINALS = {**ORDINAL_UNITS,
            **{w: 10 * i for i, w in enumerate(
                "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(), 2)},
            "hundredth": 100, "thousandth": 1000, "millionth": 10**6}
# Denominators of fractions ("a third", "two-thirds"); "half" is handled on its own.
FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 10**3, "millions": 10**6, "billions": 10**9}
GLUED_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9}
CARDINAL_WORDS = [*UNITS, *TENS, *SCALES, "dozen"]

_MONTH_NAMES = ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sept sep", "october oct", "november nov", "december dec"]
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# Month names that are also ordinary words: alone they are dates only after a time word.
AMBIGUOUS_MONTHS = {"may", "march"}
TIME_WORDS = {"in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "through",
              "last", "next", "this", "early", "mid", "late", "the", "that", "on", "to", "between", "and"}
PRONOUNS = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
# Between a share and its owner: "80 percent of the vote for X", "80 percent voted for X".
_FOR_ACTOR = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+for\s+(?:the\s+)?", re.IGNORECASE)


def _alt(words: Sequence[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def words_value(words: Sequence[str]) -> float | None:
    """The value of a run of English number words, or None if it is not one number.

    >>> words_value(["twenty", "five"]), words_value(["a", "hundred"]), words_value(["seven", "million"])
    (25.0, 100.0, 7000000.0)
    >>> words_value(["one", "hundred", "and", "five"]), words_value(["two", "three"])
    (105.0, None)
    """
    total, current, last = 0.0, 0.0, ""
    for w in (w.lower() for w in words):
        if w in ("a", "an") and not last:
            current = 1
        elif w == "and" and last in SCALES:
            pass
        elif w in UNITS and (not last or last in TENS or last in SCALES or last == "and"):
            current += UNITS[w]
        elif w in TENS and (not last or last in SCALES or last == "and"):
            current += TENS[w]
        elif w == "dozen" and last not in SCALES:
            current = (current or 1) * 12
        elif w == "hundred" and last not in SCALES:
            current = (current or 1) * 100
        elif w in SCALES and w != "hundred" and (last not in SCALES or last == "hundred"):
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        last = w
    return float(total + current) if last and last not in ("a", "an", "and") else None


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_EURO_DECIMAL = re.compile(r"\d+,\d{1,2}")
_EURO_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")


def digits_value(s: str) -> float | None:
    """The value of a numeral written in digits, or None when the format is not a number.

    Accepts thousands separators (``5,818,955``, ``5.818.955``, ``5 818 955``), decimal
    points, European decimal commas (``80,1``) and vulgar fractions (``½``, ``3½``).

    >>> digits_value("5,818,955"), digits_value("80,1"), digits_value("3½"), digits_value("1.2.3")
    (5818955.0, 80.1, 3.5, None)
    """
    frac = 0.0
    if s and unicodedata.category(s[-1]) == "No":  # ½, ¾ …
        frac, s = unicodedata.numeric(s[-1]), s[:-1]
        if not s:
            return frac
    if _THOUSANDS.fullmatch(s) or _SPACED.fullmatch(s):
        return float(re.sub(r"[, \u00a0\u202f]", "", s)) + frac
    if _PLAIN.fullmatch(s):
        return float(s) + frac
    if _EURO_DECIMAL.fullmatch(s):
        return float(s.replace(",", ".")) + frac
    if _EURO_THOUSANDS.fullmatch(s):
        return float(s.replace(".", "").replace(",", ".")) + frac
    return None


# --------------------------------------------------------------------------- lexicons

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
    path = Path(path or lexicon_path(KINDS_FILE))
    return _load_rules(path, version(path))


@lru_cache(maxsize=8)
def _load_rules(path: Path, stamp: tuple[int, ...]) -> tuple[Rule, ...]:
    rules = []
    for row in read_rows(path):
        pat = row["pattern"]
        if row["where"] == "prefix":
            pat = rf"(?<![A-Za-z])(?:{pat})[ \u00a0]?$"
        elif row["where"] == "unit":
            pat = rf"^(?:[ \u00a0]*-?[ \u00a0]*)(?:{pat})(?![A-Za-z0-9])"
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
    path = Path(path or lexicon_path(QUALIFIERS_FILE))
    return _load_qualifiers(path, version(path))


@lru_cache(maxsize=8)
def _load_qualifiers(path: Path, stamp: tuple[int, ...]) -> Qualifiers:
    rows = read_rows(path)
    by_pos = {p: [r["qualifier"] for r in rows if r["position"] == p] for p in ("before", "after")}
    return Qualifiers(
        before=re.compile(rf"(?<![\w])({_alt(by_pos['before'])})\s*$", re.IGNORECASE),
        after=re.compile(rf"^\s*({_alt(by_pos['after'])})(?![\w])", re.IGNORECASE),
        classes={r["qualifier"]: r["class"] for r in rows},
    )


# --------------------------------------------------------------------------- candidates

@dataclass
class DateParts:
    """What a date expression says; missing parts are None. ``rel``: last/next/this/… before a weekday."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None
    decade: bool = False


@dataclass
class Figure:
    """A figure being built: span, value and what the rules decided so far."""

    start: int
    end: int
    form: str  # cardinal | vague | ordinal | rank | fraction | multiplier | clock | date
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    date: DateParts | None = None
    words: bool = False  # written in words ("four") rather than digits
    year_like: bool = False
    measured: bool = False  # a unit or currency was attached to the number
    factor: float = 1.0
    family: str = ""  # which cue rules apply; fixed once units are attached (see set_family)
    room: tuple[int, int] = (0, 0)  # end of the previous / start of the next figure of the same family
    iso_date: str | None = None
    subject: str | None = None
    counted: str | None = None
    notes: list[str] = field(default_factory=list)


def set_family(f: Figure) -> Figure:
    """Fix which cue rules apply to ``f``: date, ordinal, percent, duration, count or other."""
    if f.form == "date":
        f.family = "date"
    elif f.form in ("ordinal", "rank"):
        f.family = "ordinal"
    elif f.unit == "percent":
        f.family = "percent"
    elif f.kind == "duration":
        f.family = "duration"
    else:
        f.family = "count" if f.unit is None and f.form in ("cardinal", "vague") else "other"
    return f


_B, _E = r"(?<![\w])", r"(?![\w])"
_FULL_MONTHS = [names.split()[0].capitalize() for names in _MONTH_NAMES]
_ABBREVIATED = [a.capitalize() for names in _MONTH_NAMES for a in names.split()[1:]]
_MONTH = r"(?P<month>" + _alt(_FULL_MONTHS + [a + "." for a in _ABBREVIATED] + _ABBREVIATED) + ")"
_MONTH_FULL = r"(?P<month>" + _alt(_FULL_MONTHS) + ")"
_NO_MONTH_NEXT = r"(?!\s+(?:of\s+)?(?:" + _alt(_FULL_MONTHS + _ABBREVIATED) + r")\b)"
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = rf"(?P<day>{_D})(?:st|nd|rd|th)?"
_DAY0 = rf"(?P<day0>{_D})"  # first day of a range
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WD = r"(?P<weekday>" + _alt([d.capitalize() for d in WEEKDAYS]) + ")"
_WD_PREFIX = rf"(?:{_WD},?\s+)?"
_RANGE = r"\s*(?:–|—|-|to|until|till)\s*"

# Date expressions, most specific first; each yields DateParts from its named groups.
DATE_PATTERNS = [re.compile(p) for p in (
    rf"{_B}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}}){_E}",                      # 2020-08-15
    rf"{_B}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}}){_E}",                # 15.08.2020
    rf"{_B}{_DAY0}{_RANGE}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?{_E}",                # 9–15 August
    rf"{_B}{_MONTH}\s+{_DAY0}{_RANGE}{_DAY}(?:,?\s+{_YEAR})?{_E}{_NO_MONTH_NEXT}",            # August 9–15
    rf"{_B}{_WD_PREFIX}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?{_E}",                               # August 14, 2020
    rf"{_B}{_WD_PREFIX}{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?{_E}",                    # 26 January
    rf"{_B}{_MONTH},?\s+(?:of\s+)?{_YEAR}{_E}",                                              # December 2024
    rf"{_B}(?:(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?|(?:early|mid|late)-){_YEAR}{_E}",  # summer 2020
    rf"{_B}(?P<decade>(?:1[89]|20)\d0)s{_E}",                                                # the 1990s
    rf"{_B}(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?{_WD}{_E}",                       # last Sunday
    rf"{_B}(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?{_MONTH_FULL}{_E}",               # September
)]

# A sentence that opens with its year ("In 2020, …") dates the year-less dates that follow in it.
_FRAMING_YEAR = re.compile(rf"\s*(?:(?:Back\s+)?[Ii]n|During|By)\s+{_YEAR}\b")
_EXCLUDED = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#]\w+")
_CLOCK = re.compile(r"(?<![\w:.,])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s?[ap]\.m\.)"
                    r"(?![\w:])", re.IGNORECASE)
_RANK = re.compile(rf"{_B}(?:No\.|no\.|Nr\.|[Nn]umber)\s?(?P<n>\d+|{_alt(UNITS)}){_E}")
_NUMWORD = _alt(CARDINAL_WORDS)
_FRACTION = re.compile(
    rf"{_B}(?:(?P<a>a|one)[\s-](?P<den>{_alt(FRACTIONS)})(?=\s+of\b)"
    rf"|(?P<num>{_alt(list(UNITS)[2:10])})[\s-](?P<dens>{_alt([d + 's' for d in FRACTIONS])})"
    rf"|(?P<half>half)(?=\s+of\b|\s+an?\s+(?:{_alt(SCALES)}|dozen)\b)"
    rf"|(?P<x>one|\d+)\s+(?:in|out\s+of)\s+(?P<y>{_alt(list(UNITS)[2:])}|\d{{1,3}})(?![\w.,]\d)){_E}",
    re.IGNORECASE)
_HALF_SCALE = re.compile(rf"\s+an?\s+({_alt(SCALES)}|dozen){_E}", re.IGNORECASE)
_MULTIPLIER = re.compile(rf"{_B}(?:(?P<w>twice|thrice)|(?P<n>{_NUMWORD}|\d+)-?fold){_E}", re.IGNORECASE)
_ORDINAL = re.compile(
    rf"{_B}(?:(?:(?P<tens>{_alt(TENS)})-)?(?P<word>{_alt(ORDINALS)})|(?P<digits>\d+)(?:st|nd|rd|th)){_E}",
    re.IGNORECASE)
_VAGUE = re.compile(rf"{_B}(?:(?P<of>tens|hundreds|dozens)\s+of\s+)?(?P<n>{_alt(VAGUE)}){_E}", re.IGNORECASE)
_WORD_RUN = re.compile(
    rf"(?<![\w-])(?:an?\s+(?=(?:{_alt(SCALES)}|dozen)\b))?(?:{_NUMWORD})(?:(?:\s+and\s+|\s+|-)(?:{_NUMWORD}))*{_E}",
    re.IGNORECASE)
# Plain spaces group thousands only with two or more groups ("5 818 955"); "2020 500" stays two numbers.
_DIGITS = re.compile(r"(?<![\w@#/\\.,:+])(?<![A-Za-z][-‐])"
                     r"(?:\d{1,3}(?: \d{3}){2,}(?![\d.,])|\d+(?:[.,\u00a0\u202f]\d+)*[¼-¾⅐-⅞]?|[¼-¾⅐-⅞])")
_SCALE_AFTER = re.compile(rf"^(?:[ \u00a0]*-?[ \u00a0]*({_alt(SCALES)})(?![\w])|({_alt(GLUED_SCALES)})(?![A-Za-z0-9]))",
                          re.IGNORECASE)


class _Taken:
    """Disjoint character intervals already claimed by a figure or by excluded text."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s)
        return (i == 0 or self.ends[i - 1] <= s) and (i == len(self.starts) or e <= self.starts[i])

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def _date_parts(m: re.Match) -> DateParts:
    g = {k: v for k, v in m.groupdict().items() if v}
    month = g.get("month")
    return DateParts(
        year=int(g.get("year") or g.get("decade") or 0) or None,
        month=(int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]) if month else None,
        day=int(g["day"]) if "day" in g else None,
        weekday=WEEKDAYS[g["weekday"].lower()] if "weekday" in g else None,
        rel=g["rel"].lower() if "rel" in g else None,
        decade="decade" in g)


def _previous_word(text: str, start: int) -> str:
    """The word right before ``start`` when only spaces separate them, else ''."""
    m = re.search(r"([A-Za-z][\w.’'-]*)[ \u00a0]+$", text[max(0, start - 40):start])
    return m.group(1) if m else ""


def _sentence_initial(text: str, start: int) -> bool:
    """True if only punctuation or quotes separate ``start`` from a sentence or line start.

    >>> _sentence_initial("He said: “Three died.”", 10), _sentence_initial("Group of Seven", 9)
    (True, False)
    """
    before = text[max(0, start - 60):start].rstrip(" \u00a0\t“”\"‘’'(«—–-")
    return not before or before[-1] in ".!?:;\n"


def _after_name(text: str, start: int) -> bool:
    """True if the word at ``start`` follows a capitalised word of a name ("Vision 2030", "Decree No. 5").

    >>> _after_name("under Vision 2030", 13), _after_name("In 2023", 3), _after_name("Russia’s 2", 9)
    (True, False, False)
    """
    word = _previous_word(text, start)
    if not word or not word[0].isupper() or _sentence_initial(text, text.rfind(word, 0, start)):
        return False
    return not word.endswith(("'s", "’s")) and word.lower().rstrip(".") not in (*MONTHS, *WEEKDAYS, *TIME_WORDS)


def _date_ok(text: str, m: re.Match) -> bool:
    """Reject a lone month or weekday that is part of a name (``Theresa May``, ``Good Friday``), and
    ``May``/``March`` alone unless a time word precedes them."""
    g = m.groupdict()
    if g.get("day") or g.get("year") or g.get("decade") or not (g.get("month") or g.get("weekday")):
        return True
    if _after_name(text, m.start()):
        return False
    if g.get("month") and g["month"].lower() in AMBIGUOUS_MONTHS and not g.get("rel"):
        prev = re.search(r"(\w+)\W*$", text[max(0, m.start() - 20):m.start()])
        return bool(prev) and prev.group(1).lower() in TIME_WORDS
    return True


def find_dates(text: str, taken: _Taken) -> Iterator[Figure]:
    """Date expressions (bare years are left to :func:`find_numbers`, which decides on them).

    >>> [(f.start, f.end, f.date.month, f.date.day) for f in find_dates("On 9–15 August, Friday.", _Taken())]
    [(3, 4, 8, 9), (5, 14, 8, 15), (16, 22, None, None)]
    """
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            if not taken.free(m.start(), m.end()) or not _date_ok(text, m):
                continue
            taken.add(m.start(), m.end())
            parts = _date_parts(m)
            if m.groupdict().get("day0"):  # a range: one row per endpoint, the first shares month and year
                first = DateParts(parts.year, parts.month, int(m["day0"]))
                yield Figure(m.start(), m.end("day0"), "date", date=first, notes=["range lower"])
                yield Figure(m.start("day"), m.end(), "date", date=parts, notes=["range upper"])
            else:
                yield Figure(m.start(), m.end(), "date", date=parts)


# --------------------------------------------------------------------------- numbers

def _clocks(text: str) -> Iterator[Figure]:
    for m in _CLOCK.finditer(text):
        yield Figure(m.start(), m.end(), "clock", kind="other", notes=["clock time"])


def _ranks(text: str) -> Iterator[Figure]:
    for m in _RANK.finditer(text):
        n = m["n"]
        value = float(n) if n.isdigit() else float(UNITS[n.lower()])
        yield Figure(m.start(), m.end(), "rank", value, "ordinal", "ordinal")


def _fractions(text: str) -> Iterator[Figure]:
    for m in _FRACTION.finditer(text):
        g = {k: v.lower() for k, v in m.groupdict().items() if v}
        if "half" in g:
            if _previous_word(text, m.start()).lower() in (*ORDINALS, "latter", "other"):
                continue  # "the second half of 2020" is a period, not a share
            scale = _HALF_SCALE.match(text, m.end())
            if scale:  # "half a million" is a count
                value = 0.5 * (SCALES.get(scale[1].lower()) or 12)
                yield Figure(m.start(), scale.end(), "cardinal", value, words=True)
                continue
            share = 50.0
        elif "den" in g:
            share = 100 / FRACTIONS[g["den"]]
        elif "dens" in g:
            share = UNITS[g["num"]] * 100 / FRACTIONS[g["dens"][:-1]]
        else:
            x, y = (float(v) if v.isdigit() else UNITS[v] for v in (g["x"], g["y"]))
            if not y:
                continue
            share = 100 * x / y
        yield Figure(m.start(), m.end(), "fraction", round(share, 2), "percent", notes=["fraction"])


def _multipliers(text: str) -> Iterator[Figure]:
    for m in _MULTIPLIER.finditer(text):
        w = (m["w"] or "").lower()
        value = 2.0 if w == "twice" else 3.0 if w == "thrice" else (
            float(m["n"]) if m["n"].isdigit() else words_value([m["n"]]))
        yield Figure(m.start(), m.end(), "multiplier", value, "times", "other")


def _ordinals(text: str) -> Iterator[Figure]:
    for m in _ORDINAL.finditer(text):
        if m["digits"]:
            value = int(m["digits"])
        else:
            value = ORDINALS[m["word"].lower()] + TENS.get((m["tens"] or "").lower(), 0)  # "twenty-first"
        yield Figure(m.start(), m.end(), "ordinal", float(value), "ordinal", "ordinal", words=not m["digits"])


def _vague(text: str) -> Iterator[Figure]:
    for m in _VAGUE.finditer(text):
        if m["n"].lower() == "tens":  # only in "tens of thousands"
            continue
        value = VAGUE[m["n"].lower()] * (VAGUE[m["of"].lower()] if m["of"] else 1)
        yield Figure(m.start(), m.end(), "vague", float(value), words=True,
                     notes=["vague plural numeral, value = scale word (lower bound)"])


def _word_numbers(text: str) -> Iterator[Figure]:
    """Runs of number words, split where they stop being one number ("two and three")."""
    for m in _WORD_RUN.finditer(text):
        toks = [(t.group(0), m.start() + t.start(), m.start() + t.end()) for t in re.finditer(r"[A-Za-z]+", m.group())]
        i = 0
        while i < len(toks):
            for j in range(len(toks), i, -1):
                value = words_value([w for w, _, _ in toks[i:j]])
                if value is not None:
                    yield Figure(toks[i][1], toks[j - 1][2], "cardinal", value, words=True)
                    i = j
                    break
            else:
                i += 1


def _digit_numbers(text: str) -> Iterator[Figure]:
    """Numerals in digits with their scale word ("7 million", "1.2bn")."""
    for m in _DIGITS.finditer(text):
        value = digits_value(m.group())
        if value is None or re.match(r"0\d", m.group()):  # "007", "000": codes, not quantities
            continue
        end, year_like = m.end(), bool(re.fullmatch(r"1[89]\d\d|20\d\d|2100", m.group()))
        scale = _SCALE_AFTER.match(text[end:end + 20])
        if scale:
            value *= SCALES.get((scale[1] or "").lower()) or GLUED_SCALES[scale[2].lower()]
            end, year_like = end + scale.end(), False
        yield Figure(m.start(), end, "cardinal", value, year_like=year_like)


FINDERS = (_clocks, _ranks, _fractions, _multipliers, _ordinals, _vague, _digit_numbers, _word_numbers)


def find_numbers(text: str, taken: _Taken) -> Iterator[Figure]:
    """Numerals not inside ``taken``, most specific form first (a rank before its digits).

    >>> text = "No. 1 or a third of 7 million and Thousands"
    >>> [(text[f.start:f.end], f.form, f.value) for f in find_numbers(text, _Taken())]  # doctest: +NORMALIZE_WHITESPACE
    [('No. 1', 'rank', 1.0), ('a third', 'fraction', 33.33), ('Thousands', 'vague', 1000.0),
     ('7 million', 'cardinal', 7000000.0)]
    """
    for finder in FINDERS:
        for f in finder(text):
            if taken.free(f.start, f.end):
                taken.add(f.start, f.end)
                yield f


def attach_units(text: str, f: Figure, rules: Sequence[Rule]) -> bool:
    """Extend a cardinal over its currency and unit ("$4.5m", "770-mile", "86.8 percent").

    Returns False when letters stay glued to the number ("5G", "24/7"): then it is not a figure.

    >>> text = "a 770-mile border"
    >>> f = Figure(2, 5, "cardinal", 770.0)
    >>> attach_units(text, f, load_rules()), text[f.start:f.end], f.unit, f.kind
    (True, '770-mile', 'miles', 'distance')
    """
    if f.form != "cardinal":
        return True
    for r in rules:
        if r.where == "prefix" and (m := r.pattern.search(text[max(0, f.start - 8):f.start])):
            f.start -= len(m.group())
            f.unit, f.kind, f.measured = r.unit, r.kind, True
            break
    units = [r for r in rules if r.where == "unit" and (f.kind != "money" or r.kind == "money")]  # "$5 million"
    for r in units:
        if m := r.pattern.match(text[f.end:f.end + 40]):
            f.end += m.end()
            f.unit, f.kind, f.value, f.factor, f.measured = r.unit, r.kind, f.value * r.factor, r.factor, True
            if r.factor != 1:
                f.notes.append(f"value × {r.factor:g} (unit normalised)")
            break
    return not re.match(r"[A-Za-z0-9]|/\d", text[f.end:f.end + 2])


# --------------------------------------------------------------------------- dates

def resolve_date(p: DateParts, published: date | None, future: bool = False) -> tuple[str | None, str | None]:
    """The ISO date of ``p`` (precision as written) and a note on how it was resolved.

    A missing year comes from the publication date: the latest occurrence on or
    before it, or in future context the earliest on or after it (gold guide §11).

    >>> resolve_date(DateParts(month=2, day=3), date(2025, 1, 28), future=True)
    ('2025-02-03', 'year from publication date; future context')
    >>> resolve_date(DateParts(weekday=6, rel="last"), date(2020, 8, 15))
    ('2020-08-09', 'weekday resolved from publication date')
    >>> resolve_date(DateParts(month=1, day=26), None)
    (None, 'unresolved: no publication date')
    """
    if p.decade:
        return None, "decade: no single date"
    if p.year is not None:
        iso = _iso(p.year, p.month, p.day)
        return iso, None if iso else "not a valid date"
    if published is None:
        return None, "unresolved: no publication date"
    if p.month is None:
        return _weekday(p, published, future).isoformat(), "weekday resolved from publication date"
    forward = future or p.rel in ("next", "coming")
    note = "year from publication date" + ("; future context" if forward else "")
    if p.day is None:
        strict = p.rel in ("last", "past", "next", "coming")
        if p.rel == "this":
            year = published.year
        elif forward:
            year = published.year + (p.month < published.month or (strict and p.month == published.month))
        else:
            year = published.year - (p.month > published.month or (strict and p.month == published.month))
        return f"{year:04d}-{p.month:02d}", note
    for year in (published.year, published.year + (1 if forward else -1)):
        iso = _iso(year, p.month, p.day)
        if iso and (iso >= published.isoformat() if forward else iso <= published.isoformat()):
            return iso, note
    return None, "not a valid date"


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        return date(year, month or 1, day or 1).isoformat()[: 4 + 3 * (month is not None) + 3 * (day is not None)]
    except ValueError:
        return None


def _weekday(p: DateParts, published: date, future: bool) -> date:
    back = (published.weekday() - p.weekday) % 7
    ahead = (p.weekday - published.weekday()) % 7
    if p.rel in ("next", "coming"):
        return published + timedelta(days=ahead or 7)
    if p.rel in ("last", "past"):
        return published - timedelta(days=back or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=back)


# --------------------------------------------------------------------------- context

def _person_ids() -> frozenset[str]:
    df = actors.load_actors()
    return frozenset(df.loc[df["kind"] == "person", "actor_id"]) if "kind" in df.columns else frozenset()


def _published(article: Mapping) -> date | None:
    value = article.get("published")
    try:
        return None if value is None or pd.isna(value) else pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


@dataclass
class _Context:
    """One parsed article and what every figure of it needs to be classified."""

    doc: Doc
    text: str
    segments: list[tuple[int, int]]  # sentences, cut further at line breaks and semicolons
    segment_starts: list[int]
    persons: list[tuple[int, int, str]]  # person mentions: start, end, actor_id
    token_starts: list[int]
    published: date | None
    election: object
    rules: tuple[Rule, ...]
    qualifiers: Qualifiers

    @classmethod
    def build(cls, view: ArticleView, article: Mapping) -> _Context:
        doc, text = view.doc, view.text
        segments = []
        for sent in doc.sents:
            cuts = [sent.start_char, *(sent.start_char + m.end() for m in re.finditer(r"[\n;]", sent.text)),
                    sent.end_char]
            segments += [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
        persons = [(s, e, a) for s, e, a, _ in actors.actor_index().mentions(text) if a in _person_ids()]
        return cls(doc, text, segments, [a for a, _ in segments], persons, view.token_starts, _published(article),
                   article.get("election"), load_rules(), load_qualifiers())

    def segment(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.segment_starts, pos) - 1
        return self.segments[max(i, 0)] if self.segments else (0, len(self.text))

    def token(self, pos: int) -> Token | None:
        i = bisect.bisect_right(self.token_starts, pos) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None


def _noun_phrase(ctx: _Context, end: int) -> str:
    """The counted noun phrase after a figure: "four other candidates, …" -> "other candidates".

    Skips a partitive "of (the)" ("hundreds of peaceful protestors"); stops at the sentence end.
    """
    i = bisect.bisect_left(ctx.token_starts, end)
    toks = list(ctx.doc[i:i + 10])
    if toks and toks[0].lower_ == "of":
        toks = toks[1:]
        while toks and toks[0].pos_ == "DET":
            toks = toks[1:]
    last = None
    for n, tok in enumerate(toks):
        if n and tok.is_sent_start:
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            last = n
        elif not (tok.pos_ == "ADJ" or tok.tag_ in ("VBG", "VBN") or tok.text in "-‐"):
            break
    return ctx.text[toks[0].idx:toks[last].idx + len(toks[last])].lstrip("-‐ ") if last is not None else ""


def _set_rooms(figures: Sequence[Figure], length: int) -> None:
    """Record, for each figure, where its neighbours of the same family end and start."""
    last: dict[str, Figure] = {}
    for f in figures:
        prev = last.get(f.family)
        f.room = (prev.end if prev else 0, length)
        if prev:
            prev.room = (prev.room[0], f.start)
        last[f.family] = f


def _windows(ctx: _Context, f: Figure) -> tuple[int, int]:
    """Where a figure's cue words may be: its sentence segment, cut at neighbours of the same family."""
    lo, hi = ctx.segment(f.start)
    return max(lo, f.room[0]), min(hi, f.room[1])


def _match_rule(ctx: _Context, f: Figure, lo: int, hi: int, noun: str) -> Rule | None:
    """The first cue rule (noun/before/after/clause) of ``f``'s family that matches."""
    left, right = ctx.text[lo:f.start], ctx.text[f.end:hi]
    targets = {"noun": (noun,), "before": (left,), "after": (right,), "clause": (left, right)}
    for r in ctx.rules:
        if r.where in targets and f.family in r.applies_to and any(r.pattern.search(t) for t in targets[r.where]):
            return r
    return None


# --------------------------------------------------------------------------- classification

def _is_name_number(ctx: _Context, f: Figure) -> bool:
    """Numbers that name rather than measure: "Vision 2030", "Nordic-Baltic Eight", "Article 23"."""
    if f.family not in ("count", "ordinal"):
        return False
    first, headline = ctx.text[f.start], _title_case(ctx.text, f.start)
    if f.words and first.isupper() and not headline and not _sentence_initial(ctx.text, f.start):
        return True
    if f.form == "ordinal" and not first.islower() and not headline and re.match(
            r"\s+[A-Z]", ctx.text[f.end:f.end + 2]):
        return True  # "Second World War" at the start of a sentence, "1st Mechanized Brigade"
    tok = ctx.token(f.start)
    inside_name = tok is not None and tok.ent_type_ in NAME_ENTS and tok.ent_iob_ == "I"
    return inside_name or (not f.words and _after_name(ctx.text, f.start))


def _title_case(text: str, pos: int) -> bool:
    """True inside a headline: a line without a final full stop whose other words are mostly capitalised.

    >>> _title_case("Lukashenko Wins Seventh Term in Office", 16), _title_case("The Group of Seven Met Today.", 13)
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos) % (len(text) + 1)  # -1 (last line) -> len(text)
    line = text[start:end]
    words = [m.group() for m in re.finditer(r"[A-Za-z][\w’'-]*", line)
             if len(m.group()) > 3 and start + m.start() != pos]  # the number word itself does not count
    return (not line.rstrip(" ”’\"'").endswith(".") and len(words) >= 3
            and sum(w[0].isupper() for w in words) >= 0.8 * len(words))


def _is_attributive_ordinal(ctx: _Context, f: Figure, noun: str) -> bool:
    """An ordinal that modifies a noun, stated or elided ("seventh term", "the seventh"), not "first came"."""
    tok = ctx.token(f.start)
    if tok is not None and tok.pos_ == "ADV":
        return False
    return bool(noun) or _previous_word(ctx.text, f.start).lower() in ("the", "in")


def _appositive_age(ctx: _Context, f: Figure) -> tuple[bool, str | None]:
    """Whether a bare number is the age of the person named just before it, and that person's actor id:
    "Lukashenko, 70, ran" -> (True, "lukashenko"); a person not in actors.csv gives (True, None)."""
    if f.unit is not None or not f.value or f.value > 120 or f.value != int(f.value):
        return False, None
    if not re.match(r"\s*[,);.]", ctx.text[f.end:f.end + 3]) or not (
            m := re.search(r"[,(]\s*$", ctx.text[max(0, f.start - 3):f.start])):
        return False, None
    name_end = f.start - len(m.group())
    for s, e, actor in ctx.persons:
        if e == name_end:
            return True, actor
    tok = ctx.token(name_end - 1)
    return tok is not None and tok.ent_type_ == "PERSON", None


def _subject(ctx: _Context, f: Figure, lo: int, mode: str) -> str | None:
    """The actor a figure belongs to (gold guide §10), by ``mode`` (see figure_kinds.csv).

    "80 percent (voted) for X" names X; otherwise the nearest person before the
    figure, the antecedent of a he/his/she/her before it, or the nearest after it.
    """
    seg_lo, seg_hi = ctx.segment(f.start)
    right = [p for p in ctx.persons if f.end <= p[0] and p[1] <= seg_hi]
    if right and _FOR_ACTOR.fullmatch(ctx.text[f.end:right[0][0]]):
        return right[0][2]
    left = [p for p in ctx.persons if lo <= p[0] and p[1] <= f.start]
    if left:
        return left[-1][2]
    pronouns = list(PRONOUNS.finditer(ctx.text, seg_lo, f.start))
    if pronouns:
        at = pronouns[-1].start()
        before = [p for p in ctx.persons if at - 600 <= p[0] and p[1] <= at]
        if before:
            return before[-1][2]
    if right and (mode == "sentence" or not re.search(r"[,;]", ctx.text[f.end:right[0][0]])):
        return right[0][2]
    return None


def _qualifier(ctx: _Context, f: Figure) -> str | None:
    """The qualifier framing ``f`` ("almost", "more than", "or so"), lower case, or None."""
    lo, hi = ctx.segment(f.start)
    q = ctx.qualifiers
    m = q.before.search(ctx.text[max(lo, f.start - 30):f.start]) or q.after.match(ctx.text[f.end:min(hi, f.end + 20)])
    return " ".join(m.group(1).lower().split()) if m else None


def _classify(ctx: _Context, f: Figure) -> bool:
    """Decide kind, unit, subject and date of ``f`` in place; False if it is not a figure after all."""
    lo, hi = _windows(ctx, f)
    noun = _noun_phrase(ctx, f.end) if f.family in ("count", "ordinal") else ""
    if f.family == "date":
        rule = _match_rule(ctx, f, lo, hi, noun)
        framed = _FRAMING_YEAR.match(ctx.text, ctx.segment(f.start)[0])
        if framed and f.date.year is None and f.date.month is not None and framed.end() <= f.start:
            f.date.year = int(framed["year"])  # "In 2020, … on 16 August": the sentence states the year
            f.notes.append("year from the sentence")
        iso, note = resolve_date(f.date, ctx.published, future=bool(rule and rule.kind == "future"))
        f.kind, f.unit, f.iso_date = "date", "date", iso
        f.notes += [note] if note else []
        return True
    if _is_name_number(ctx, f):
        return False
    if f.family == "ordinal" and f.form == "ordinal" and not _is_attributive_ordinal(ctx, f, noun):
        return False
    is_age, actor = _appositive_age(ctx, f) if f.family == "count" else (False, None)
    if is_age:
        f.kind, f.unit, f.subject = "age", "years", actor
        return True
    rule = _match_rule(ctx, f, lo, hi, noun)
    if rule and rule.kind == "skip":
        return False
    if f.year_like and f.family == "count" and not (
            rule and rule.unit in ("people", "votes") and _previous_word(ctx.text, f.start).lower() not in TIME_WORDS):
        f.form, f.family, f.kind, f.unit, f.iso_date = "date", "date", "date", "date", f"{int(f.value):04d}"
        return True
    if rule:
        f.kind, f.unit = rule.kind, rule.unit or f.unit
        f.subject = _subject(ctx, f, lo, rule.subject) if rule.subject else None
    if f.kind is None:
        f.kind = "count" if f.family == "count" else "other"
    if f.kind in ("count", "electorate", "turnout", "against_all", "vote_share") and f.unit is None:
        f.unit = "items"
    if f.unit in ("people", "items", "votes") and noun:
        f.counted = noun
    return True


def _is_pronoun_one(ctx: _Context, f: Figure, qualifier: str | None) -> bool:
    """"one" standing for "a"/"someone" ("no one", "One potential explanation"), not a count (§3)."""
    if not (f.words and ctx.text[f.start:f.end].lower() == "one"):
        return False
    return not (qualifier or f.unit == "people" or (f.measured and f.family != "duration"))


def _inherit_ranges(ctx: _Context, figures: Sequence[Figure]) -> None:
    """"10 to 15 people": the lower endpoint takes unit, kind and noun of the upper one (gold guide §4)."""
    for a, b in zip(figures, figures[1:]):
        joint = ctx.text[a.end:b.start]
        between = re.search(r"\bbetween\s+$", ctx.text[max(0, a.start - 10):a.start], re.IGNORECASE)
        if a.form == b.form == "cardinal" and not a.measured and (
                re.fullmatch(r"\s*(?:–|—|-|to)\s*", joint) or (between and re.fullmatch(r"\s+and\s+", joint))):
            a.unit, a.kind, a.counted, a.subject, a.value = b.unit, b.kind, b.counted, b.subject, a.value * b.factor
            a.notes.append("range lower")
            b.notes.append("range upper")


def _continue_lists(ctx: _Context, figures: Sequence[Figure]) -> None:
    """"X received 10.12%, Y 1.68%", "80% for X and 10% for Y": a percent with no cue of its own
    that follows a vote share in the same sentence and has an owner is that owner's vote share."""
    previous = None
    for f in (f for f in figures if f.family == "percent"):
        if (previous is not None and previous.kind == "vote_share" and f.kind == "other"
                and ctx.segment(previous.start) == ctx.segment(f.start)):
            owner = _subject(ctx, f, previous.end, "clause")
            if owner:
                f.kind, f.subject = "vote_share", owner
        previous = f


# --------------------------------------------------------------------------- extractor

@lru_cache(maxsize=256)
def _lookup(stamp: str, election: int | None, published: date | None, measure: str, actor_id: str | None
            ) -> tuple[float, str] | None:
    # ``stamp`` (the reference file's content version) keeps an edited or overridden file from being served stale.
    return reference.lookup(reference.load_reference(), election, published, measure, actor_id)


def _reference(ctx: _Context, f: Figure) -> tuple[float | None, str | None]:
    measure = reference.measure_of(f.kind, f.unit)
    if measure is None or (measure == "vote_share" and not f.subject) or pd.isna(ctx.election):
        return None, None
    found = _lookup(version(reference.reference_path()), int(ctx.election), ctx.published, measure, f.subject if measure == "vote_share" else None)
    return found if found else (None, None)


def _record(ctx: _Context, starts: list[int], f: Figure, qualifier: str | None) -> dict:
    ref_value, stage = _reference(ctx, f)
    return spans.record(
        ctx.text, starts, f.start, f.end,
        value=None if f.kind == "date" else f.value, unit=f.unit, qualifier=qualifier,
        qualifier_class=ctx.qualifiers.classes.get(qualifier), kind=f.kind, subject=f.subject,
        iso_date=f.iso_date, reference_value=ref_value,
        deviation=None if ref_value is None else round(f.value - ref_value, 10),
        reference_stage=stage, counted=f.counted, note="; ".join(f.notes) or None)


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """Yield one record per figure of the article (columns: the ``figures`` table of :mod:`schema`)."""
    ctx = _Context.build(view, article)
    taken = _Taken()
    for m in _EXCLUDED.finditer(ctx.text):
        taken.add(m.start(), m.end())
    found = [*find_dates(ctx.text, taken), *find_numbers(ctx.text, taken)]
    figures = sorted((set_family(f) for f in found if attach_units(ctx.text, f, ctx.rules)), key=lambda f: f.start)
    _set_rooms(figures, len(ctx.text))
    kept = [f for f in figures if _classify(ctx, f)]
    _inherit_ranges(ctx, kept)
    _continue_lists(ctx, kept)
    starts = view.sentence_starts
    for f in kept:
        qualifier = _qualifier(ctx, f) if f.kind != "date" else None
        if not _is_pronoun_one(ctx, f, qualifier):
            yield _record(ctx, starts, f, qualifier)


EXTRACTOR = Extractor("figures", extract, needs=("token.tag", "doc.sents", "doc.ents"))
