"""What every stage of the figures extractor shares: the figure being built, the claimed
character intervals, calendar words and small look-arounds in the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field



# Word boundaries that also hold next to punctuation and digits.
B, E = r"(?<![\w])", r"(?![\w])"
# Spaces between a number and its unit or between digit groups: space, no-break space, narrow
# no-break space (U+202F, French and Russian typography: "86,8 %") and thin space (U+2009).
SPACE = "[ \u00a0\u202f\u2009]"
GROUP_SPACE = "[\u00a0\u202f\u2009]"  # a plain space groups digits only in "5 818 955" (see numbers)

MONTH_NAMES = ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sept sep", "october oct", "november nov", "december dec"]
MONTHS = {name: i for i, names in enumerate(MONTH_NAMES, 1) for name in names.split()}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# Month names that are also ordinary words: alone they are dates only after a time word.
AMBIGUOUS_MONTHS = {"may", "march"}
TIME_WORDS = {"in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "through",
              "last", "next", "this", "early", "mid", "late", "the", "that", "on", "to", "between", "and"}


class Starts(dict):
    """Where a figure may start in a text: kind of start -> positions, ascending (see :func:`starts`)."""

    def at(self, kinds: Iterable[str]) -> list[int]:
        """The positions of all of ``kinds``, ascending."""
        kinds = tuple(kinds)
        return self[kinds[0]] if len(kinds) == 1 else sorted(p for k in kinds for p in self[k])


def starts(scan: re.Pattern, text: str) -> Starts:
    """Where a figure may start in ``text``: the start of every match of ``scan``, by the name of
    the group that matched (each branch of ``scan`` a named group).

    The date and number patterns open with a look-behind (:data:`B`), which gives ``re`` no
    first character to skip ahead to: each of them would try every position of an article. One
    scan for the word starts they can begin with, then :func:`matches_at` there, reads the text
    once.

    >>> found = starts(re.compile(r"(?<!\\w)(?:(?P<digit>\\d)|(?P<word>one|two))"), "one in 20, 3two, two")
    >>> found, found.at(["digit", "word"])
    ({'digit': [7, 11], 'word': [0, 17]}, [0, 7, 11, 17])
    """
    found = Starts({k: [] for k in scan.groupindex})
    for m in scan.finditer(text):
        found[m.lastgroup].append(m.start())
    return found


def matches_at(pattern: re.Pattern, text: str, positions: Sequence[int]) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, given every position where one may start
    (ascending), for a pattern whose matches are never empty: leftmost first, each search going
    on after the previous match, as ``finditer`` does. ``Pattern.match`` at a position still
    sees the text before it (look-behinds).

    >>> [m.group() for m in matches_at(re.compile(r"(?<!\\w)\\d+"), "7 a8 90", [0, 5])]
    ['7', '90']
    """
    end = 0
    for s in positions:
        if s >= end and (m := pattern.match(text, s)):
            yield m
            end = m.end()



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
    cued: bool = False  # a cue rule decided the kind (a cue-less percent may continue a list)
    scope: str | None = None  # figure_scopes.csv: regional, intermediate; None for a national figure
    listed_after: Figure | None = None  # the list member this cue-less percent continues (continue_lists)
    announces: bool = False  # a date named as the day results were announced (figure_kinds.csv: announced)
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



_LAST_WORD = re.compile(rf"([A-Za-z][\w.’'-]*){SPACE}+$")  # compiled once: asked for at most figures


def previous_word(text: str, start: int) -> str:
    """The word right before ``start`` when only spaces separate them, else ''."""
    m = _LAST_WORD.search(text[max(0, start - 40):start])
    return m.group(1) if m else ""


def sentence_initial(text: str, start: int) -> bool:
    """True if only punctuation or quotes separate ``start`` from a sentence or line start.

    >>> sentence_initial("He said: “Three died.”", 10), sentence_initial("Group of Seven", 9)
    (True, False)
    """
    before = text[max(0, start - 60):start].rstrip(" \u00a0\u202f\u2009\t“”\"‘’'(«—–-")
    return not before or before[-1] in ".!?:;\n"


def after_name(text: str, start: int) -> bool:
    """True if the word at ``start`` follows a capitalised word of a name ("Vision 2030", "Decree No. 5").

    >>> after_name("under Vision 2030", 13), after_name("In 2023", 3), after_name("Russia’s 2", 9)
    (True, False, False)
    """
    word = previous_word(text, start)
    if not word or not word[0].isupper() or sentence_initial(text, text.rfind(word, 0, start)):
        return False
    return not word.endswith(("'s", "’s")) and word.lower().rstrip(".") not in (*MONTHS, *WEEKDAYS, *TIME_WORDS)

