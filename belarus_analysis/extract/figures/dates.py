"""Date expressions: finding them (``9–15 August``, ``Jan. 26``, ``the 1990s``, ``last Sunday``)
and resolving them to ISO dates against the publication date (gold guide §11)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from ..intervals import Disjoint
from ..trie import alternation
from .core import (AMBIGUOUS_MONTHS, MONTH_NAMES, MONTHS, TIME_WORDS, WEEKDAYS, DateParts, Figure, Starts, after_name,
                   matches_at)
from .core import starts as scan_starts
from .core import B as _B
from .core import E as _E

_FULL_MONTHS = [names.split()[0].capitalize() for names in MONTH_NAMES]
_ABBREVIATED = [a.capitalize() for names in MONTH_NAMES for a in names.split()[1:]]
_MONTH = r"(?P<month>" + alternation(_FULL_MONTHS + [a + "." for a in _ABBREVIATED] + _ABBREVIATED) + ")"
_MONTH_FULL = r"(?P<month>" + alternation(_FULL_MONTHS) + ")"
_NO_MONTH_NEXT = r"(?!\s+(?:of\s+)?(?:" + alternation(_FULL_MONTHS + _ABBREVIATED) + r")\b)"
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = rf"(?P<day>{_D})(?:st|nd|rd|th)?"
_DAY0 = rf"(?P<day0>{_D})"  # first day of a range
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WD = r"(?P<weekday>" + alternation([d.capitalize() for d in WEEKDAYS]) + ")"
_WD_PREFIX = rf"(?:{_WD},?\s+)?"
_RANGE = r"\s*(?:–|—|-|to|until|till)\s*"
_REL = r"(?i:last|next|this|coming|past)"
_SEASONS, _PARTS = "spring|summer|autumn|fall|winter", "early|mid|late"
_SEASON = rf"(?:(?:{_SEASONS})\s+(?:of\s+)?|(?:{_PARTS})-)"

# Where a date can start (core.starts): every pattern below starts at a word start (_B) with a digit,
# a month or weekday name (case-sensitive; its initial alone would start at most capitalised words), a
# relative word or a season word. (Each start is matched within its word, so that no start hides another.)
_NAMES = alternation([*_FULL_MONTHS, *_ABBREVIATED, *(d.capitalize() for d in WEEKDAYS)])
# (the word branches are also read by the figures' one scan for numerals and dates: figures._STARTS)
WORD_STARTS = rf"(?P<initial>{_NAMES})|(?P<rel>{_REL})|(?P<season>{_SEASONS}|{_PARTS})"
_STARTS = re.compile(rf"{_B}(?:(?P<digit>\d)|{WORD_STARTS})")

# Date expressions, most specific first, each with the kinds of _STARTS a match of it starts with;
# each yields DateParts from its named groups.
DATE_PATTERNS = [(re.compile(p), kinds) for p, kinds in (
    (rf"{_B}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}}){_E}", {"digit"}),                # 2020-08-15
    (rf"{_B}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}}){_E}", {"digit"}),          # 15.08.2020
    (rf"{_B}{_DAY0}{_RANGE}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?{_E}", {"digit"}),          # 9–15 August
    (rf"{_B}{_MONTH}\s+{_DAY0}{_RANGE}{_DAY}(?:,?\s+{_YEAR})?{_E}{_NO_MONTH_NEXT}", {"initial"}),    # August 9–15
    (rf"{_B}{_WD_PREFIX}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?{_E}", {"initial"}),                       # August 14, 2020
    # 'scheduled for August, 9.', 'said on August, 2.' (a comma inside, as some outlets write): only after a
    # preposition of time and before the clause's end, since 'In August, 9 people were detained' counts people
    (rf"(?:(?<=\bon )|(?<=\bfor )|(?<=\bby )|(?<=\buntil )){_MONTH},\s+{_DAY}(?=\s*[.;:)]|\s*$)", {"initial"}),
    (rf"{_B}{_WD_PREFIX}{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?{_E}", {"initial", "digit"}),   # 26 January
    (rf"{_B}{_MONTH},?\s+(?:of\s+)?{_YEAR}{_E}", {"initial"}),                                      # December 2024
    (rf"{_B}{_SEASON}{_YEAR}{_E}", {"season"}),                                                      # summer 2020
    (rf"{_B}(?P<decade>(?:1[89]|20)\d0)s{_E}", {"digit"}),                                          # the 1990s
    (rf"{_B}(?:(?P<rel>{_REL})\s+)?{_WD}{_E}", {"rel", "initial"}),                                  # last Sunday
    (rf"{_B}(?:(?P<rel>{_REL})\s+)?{_MONTH_FULL}{_E}", {"rel", "initial"}),                          # September
)]

YEAR_RANGE = re.compile(rf"{_B}(?P<y0>1[89]\d\d|20\d\d)[–—-](?P<y1>\d\d)(?![\w–—-])")
# A sentence that opens with its year ("In 2020, …") dates the year-less dates that follow in it.
FRAMING_YEAR = re.compile(rf"\s*(?:(?:Back\s+)?[Ii]n|During|By)\s+{_YEAR}\b")


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



def _date_ok(text: str, m: re.Match) -> bool:
    """Reject a lone month or weekday that is part of a name (``Theresa May``, ``Good Friday``), and
    ``May``/``March`` alone unless a time word precedes them."""
    g = m.groupdict()
    if g.get("day") or g.get("year") or g.get("decade") or not (g.get("month") or g.get("weekday")):
        return True
    if after_name(text, m.start()):
        return False
    if g.get("month") and g["month"].lower() in AMBIGUOUS_MONTHS and not g.get("rel"):
        prev = re.search(r"(\w+)\W*$", text[max(0, m.start() - 20):m.start()])
        return bool(prev) and prev.group(1).lower() in TIME_WORDS
    return True


def find_dates(text: str, taken: Disjoint, *, starts: Starts | None = None) -> Iterator[Figure]:
    """Date expressions (bare years are left to :func:`find_numbers`, which decides on them); ``starts``:
    where they may start (``core.starts(_STARTS, text)``, scanned when not given).

    >>> [(f.start, f.end, f.date.month, f.date.day) for f in find_dates("On 9–15 August, Friday.", Disjoint())]
    [(3, 4, 8, 9), (5, 14, 8, 15), (16, 22, None, None)]
    >>> [(f.start, f.end, f.date.year) for f in find_dates("the crackdown of 2020-21", Disjoint())]
    [(17, 21, 2020), (22, 24, 2021)]
    """
    starts = scan_starts(_STARTS, text) if starts is None else starts
    yield from _year_ranges(text, taken, starts.at(["digit"]))
    for pat, kinds in DATE_PATTERNS:
        for m in matches_at(pat, text, starts.at(kinds)):
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


def _year_ranges(text: str, taken: Disjoint, digits: list[int]) -> Iterator[Figure]:
    """"2020-21", "1994–95": two years, the second abbreviated to its last two digits (not the count 21);
    ``digits``: where the digits of a word start in ``text`` (the matches start there)."""
    for m in matches_at(YEAR_RANGE, text, digits):
        first, last = int(m["y0"]), int(m["y1"])
        last += first - first % 100
        if last <= first or not taken.free(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        yield Figure(m.start("y0"), m.end("y0"), "date", date=DateParts(year=first), notes=["year range lower"])
        yield Figure(m.start("y1"), m.end("y1"), "date", date=DateParts(year=last), notes=["year range upper"])


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
