"""Numerals: English number words, digits with their separators and scale words, ordinals,
fractions, vague plurals, ranks, clock times, and the units attached to them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from ..intervals import Disjoint
from ..trie import alternation
from .core import B as _B
from .core import E as _E
from .core import GROUP_SPACE, SPACE, Figure, Starts, matches_at, previous_word
from .core import starts as scan_starts
from .lexicons import Rule, indexed

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
# Abbreviated scale words that may also stand after a space ("6.8 mln", "2.4 bln roubles", "3 bn").
SCALE_ABBREVIATIONS = {"mln": 10**6, "bln": 10**9, "mn": 10**6, "bn": 10**9, "trn": 10**12}
CARDINAL_WORDS = [*UNITS, *TENS, *SCALES, "dozen"]


def words_value(words: Sequence[str]) -> float | None:
    """The value of a run of English number words, or None if it is not one number.

    >>> words_value(["twenty", "five"]), words_value(["a", "hundred"]), words_value(["seven", "million"])
    (25.0, 100.0, 7000000.0)
    >>> words_value(["one", "hundred", "and", "five"]), words_value(["two", "three"])
    (105.0, None)
    >>> words_value(["one", "point", "two", "million"]), words_value(["point", "two"])
    (1200000.0, None)
    """
    lowered = [w.lower() for w in words]
    if "point" in lowered:
        return _decimal_words(lowered)
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


def _decimal_words(words: Sequence[str]) -> float | None:
    """"one point two (million)": a whole number, "point", digit words, an optional scale word."""
    i = words.index("point")
    whole = words_value(words[:i])
    digits = [w for w in words[i + 1:] if w in UNITS and UNITS[w] < 10]
    rest = words[i + 1 + len(digits):]
    if whole is None or whole != int(whole) or not digits or len(rest) > 1 or (rest and rest[0] not in SCALES):
        return None
    value = float(f"{int(whole)}.{''.join(str(UNITS[w]) for w in digits)}")
    return value * (SCALES[rest[0]] if rest else 1)


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_EURO_DECIMAL = re.compile(r"\d+,\d{1,2}")
_EURO_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_SPACED = re.compile(rf"\d{{1,3}}(?:(?: |{GROUP_SPACE})\d{{3}})+")
# A stray space inside the decimals of a percent glued to its sign ("1.6 8%", a typesetting slip of "1.68%"):
# the digits written are one number (figures.md §14), never a count 1.6 and a share 8%.
_STRAY_SPACE = re.compile(r"\d+\.\d+ \d{1,2}")


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
        return float(re.sub(rf"[, ]|{GROUP_SPACE}", "", s)) + frac
    if _STRAY_SPACE.fullmatch(s):
        return float(s.replace(" ", "")) + frac
    if _PLAIN.fullmatch(s):
        return float(s) + frac
    if _EURO_DECIMAL.fullmatch(s):
        return float(s.replace(",", ".")) + frac
    if _EURO_THOUSANDS.fullmatch(s):
        return float(s.replace(".", "").replace(",", ".")) + frac
    return None


_CLOCK = re.compile(r"(?<![\w:.,])(?:(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?:\s?(?P<half>[ap])\.?m\.?)?"
                    r"|(?P<h12>1[0-2]|0?[1-9])\s?(?P<half12>[ap])\.m\.)(?![\w:])", re.IGNORECASE)
_RANK = re.compile(rf"{_B}(?:No\.|no\.|Nr\.|[Nn]umber)\s?(?P<n>\d+|{alternation(UNITS)}){_E}")
_NUMWORD = alternation(CARDINAL_WORDS)
_FRACTION = re.compile(
    rf"{_B}(?:(?P<a>a|one)[\s-](?P<den>{alternation(FRACTIONS)})(?=\s+of\b)"
    rf"|(?P<num>{alternation(list(UNITS)[2:10])})[\s-](?P<dens>{alternation([d + 's' for d in FRACTIONS])})"
    rf"|(?P<half>half)(?=\s+of\b|\s+an?\s+(?:{alternation(SCALES)}|dozen)\b)"
    # ('the top two in five regions': a rank and a count, not a ratio)
    rf"|(?<!\btop\s)(?<!\bbottom\s)(?P<x>{alternation(list(UNITS)[1:])}|\d+)\s+(?:in|out\s+of)\s+(?P<y>{alternation(list(UNITS)[2:])}|\d{{1,3}})(?![\w.,]\d)){_E}",
    re.IGNORECASE)
_HALF_SCALE = re.compile(rf"\s+an?\s+({alternation(SCALES)}|dozen){_E}", re.IGNORECASE)
_MULTIPLIER = re.compile(rf"{_B}(?:(?P<w>twice|thrice)|(?P<n>{_NUMWORD}|\d+)-?fold){_E}", re.IGNORECASE)
_ORDINAL = re.compile(
    rf"{_B}(?:(?:(?P<tens>{alternation(TENS)})-)?(?P<word>{alternation(ORDINALS)})|(?P<digits>\d+)(?:st|nd|rd|th)){_E}",
    re.IGNORECASE)
_VAGUE = re.compile(rf"{_B}(?:(?P<of>tens|hundreds|dozens)\s+of\s+)?(?P<n>{alternation(VAGUE)}){_E}", re.IGNORECASE)
_WORD_RUN = re.compile(
    rf"(?<![\w-])(?:an?\s+(?=(?:{alternation(SCALES)}|dozen)\b))?(?:{_NUMWORD})(?:(?:\s+and\s+|\s+point\s+|\s+|-)(?:{_NUMWORD}))*{_E}",
    re.IGNORECASE)
# Plain spaces group thousands only with two or more groups ("5 818 955") or in round thousands ("over 6 000
# people", "100 000"); "2020 500" and "20 500" stay two numbers.
_DIGITS = re.compile(r"(?<![\w@#/\\.,:+])(?<![A-Za-z][-‐])"
                     rf"(?:\d+\.\d+ \d{{1,2}}(?=%)|\d{{1,3}}(?: \d{{3}}){{2,}}(?![\d.,])|\d{{1,3}} 000(?![\d.,])|\d+(?:(?:[.,]|{GROUP_SPACE})\d+)*[¼-¾⅐-⅞]?|[¼-¾⅐-⅞])")
# Where a numeral can start (core.starts): every pattern above starts at a word start with a digit or
# a vulgar fraction, or with one of these words (case-insensitive as the patterns are; the words
# are matched within their word, so that no start hides another).
_OPENING_WORDS = [*CARDINAL_WORDS, *ORDINALS, *VAGUE, "half", "twice", "thrice", "number"]
# 'a', 'an' open a figure only before a space or hyphen ('a third', 'a million'), 'no', 'nr' only before a
# full stop ('No. 5'): as bare word starts they would start at every 'about', 'and', 'not' (most starts).
_OPENING_ARTICLES = r"an?(?=[\s-])|n[or](?=\.)"
# (the branches are also read by the figures' one scan for numerals and dates: figures._STARTS)
START_BRANCHES = rf"(?P<digit>[\d¼-¾⅐-⅞])|(?P<word>(?i:{alternation(_OPENING_WORDS)}|{_OPENING_ARTICLES}))"
_STARTS = re.compile(rf"{_B}(?:{START_BRANCHES})")
# The kinds of start each pattern's matches begin with.
_KINDS = {_CLOCK: ["digit"], _DIGITS: ["digit"], _RANK: ["word"], _VAGUE: ["word"], _WORD_RUN: ["word"],
          _FRACTION: ["digit", "word"], _MULTIPLIER: ["digit", "word"], _ORDINAL: ["digit", "word"]}


def _matches(pattern: re.Pattern, text: str, starts: Starts) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only where its kinds of start (:data:`_KINDS`) are."""
    return matches_at(pattern, text, starts.at(_KINDS[pattern]))


_SCALE_AFTER = re.compile(rf"^(?:{SPACE}*-?{SPACE}*({alternation([*SCALES, *SCALE_ABBREVIATIONS])})(?![\w])"
                          rf"|({alternation(GLUED_SCALES)})(?![A-Za-z0-9]))",
                          re.IGNORECASE)



def _clocks(text: str, starts: Starts) -> Iterator[Figure]:
    for m in _matches(_CLOCK, text, starts):
        yield Figure(m.start(), m.end(), "clock", value=hour_of_day(m), unit="hours", kind="other",
                     notes=["clock time"])


def hour_of_day(m: re.Match) -> float:
    """The hour of the day a :data:`_CLOCK` match names, on the 24-hour clock with minutes as a fraction
    (gold guide §8 ``other``: '8 p.m.' = 20, '2:30' = 2.5, '12 a.m.' = 0).

    >>> [hour_of_day(_CLOCK.search(t)) for t in ("8:00 p.m.", "17:00", "2:30", "11 a.m.", "12 p.m.", "12 a.m.")]
    [20.0, 17.0, 2.5, 11.0, 12.0, 0.0]
    """
    hour, half = int(m["h"] or m["h12"]), (m["half"] or m["half12"] or "").lower()
    hour = hour % 12 + 12 * (half == "p") if half else hour
    return hour + int(m["min"] or 0) / 60


def _ranks(text: str, starts: Starts) -> Iterator[Figure]:
    for m in _matches(_RANK, text, starts):
        n = m["n"]
        value = float(n) if n.isdigit() else float(UNITS[n.lower()])
        yield Figure(m.start(), m.end(), "rank", value, "ordinal", "ordinal")


def _fractions(text: str, starts: Starts) -> Iterator[Figure]:
    for m in _matches(_FRACTION, text, starts):
        g = {k: v.lower() for k, v in m.groupdict().items() if v}
        if "half" in g:
            if previous_word(text, m.start()).lower() in (*ORDINALS, "latter", "other"):
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


def _multipliers(text: str, starts: Starts) -> Iterator[Figure]:
    for m in _matches(_MULTIPLIER, text, starts):
        w = (m["w"] or "").lower()
        value = 2.0 if w == "twice" else 3.0 if w == "thrice" else (
            float(m["n"]) if m["n"].isdigit() else words_value([m["n"]]))
        yield Figure(m.start(), m.end(), "multiplier", value, "times", "other")


def _ordinals(text: str, starts: Starts) -> Iterator[Figure]:
    for m in _matches(_ORDINAL, text, starts):
        if m["digits"]:
            value = int(m["digits"])
        else:
            value = ORDINALS[m["word"].lower()] + TENS.get((m["tens"] or "").lower(), 0)  # "twenty-first"
        yield Figure(m.start(), m.end(), "ordinal", float(value), "ordinal", "ordinal", words=not m["digits"])


def _vague(text: str, starts: Starts) -> Iterator[Figure]:
    for m in _matches(_VAGUE, text, starts):
        if m["n"].lower() == "tens":  # only in "tens of thousands"
            continue
        value = VAGUE[m["n"].lower()] * (VAGUE[m["of"].lower()] if m["of"] else 1)
        yield Figure(m.start(), m.end(), "vague", float(value), words=True,
                     notes=["vague plural numeral, value = scale word (lower bound)"])


def _word_numbers(text: str, starts: Starts) -> Iterator[Figure]:
    """Runs of number words, split where they stop being one number ("two and three")."""
    for m in _matches(_WORD_RUN, text, starts):
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


_LEADING_ZERO, _YEAR_LIKE = re.compile(r"0\d"), re.compile(r"1[89]\d\d|20\d\d|2100")


def _digit_numbers(text: str, starts: Starts) -> Iterator[Figure]:
    """Numerals in digits with their scale word ("7 million", "1.2bn")."""
    for m in _matches(_DIGITS, text, starts):
        value = digits_value(m.group())
        if value is None or _LEADING_ZERO.match(m.group()):  # "007", "000": codes, not quantities
            continue
        end, year_like = m.end(), bool(_YEAR_LIKE.fullmatch(m.group()))
        scale = _SCALE_AFTER.match(text[end:end + 20])
        if scale:
            word = (scale[1] or "").lower()
            value *= SCALES.get(word) or SCALE_ABBREVIATIONS.get(word) or GLUED_SCALES[scale[2].lower()]
            end, year_like = end + scale.end(), False
        found = Figure(m.start(), end, "cardinal", value, year_like=year_like)
        if _STRAY_SPACE.fullmatch(m.group()):
            found.notes.append("a space inside the number read as a typesetting slip")
        yield found


FINDERS = (_clocks, _ranks, _fractions, _multipliers, _ordinals, _vague, _digit_numbers, _word_numbers)


def find_numbers(text: str, taken: Disjoint, *, starts: Starts | None = None) -> Iterator[Figure]:
    """Numerals not inside ``taken``, most specific form first (a rank before its digits); ``starts``:
    where they may start (``core.starts(_STARTS, text)``, scanned when not given).

    >>> text = "No. 1 or a third of 7 million and Thousands"
    >>> [(text[f.start:f.end], f.form, f.value) for f in find_numbers(text, Disjoint())]  # doctest: +NORMALIZE_WHITESPACE
    [('No. 1', 'rank', 1.0), ('a third', 'fraction', 33.33), ('Thousands', 'vague', 1000.0),
     ('7 million', 'cardinal', 7000000.0)]
    """
    starts = scan_starts(_STARTS, text) if starts is None else starts
    for finder in FINDERS:
        for f in finder(text, starts):
            if taken.free(f.start, f.end):
                taken.add(f.start, f.end)
                yield f


_GLUED = re.compile(r"[A-Za-z0-9]|/\d")  # letters or '/digit' right after a number: not a figure


def _by_place(rules: Sequence[Rule]) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The prefix rules and the unit rules of ``rules``, each in file order."""
    return tuple(r for r in rules if r.where == "prefix"), tuple(r for r in rules if r.where == "unit")


def attach_units(text: str, f: Figure, rules: Sequence[Rule]) -> bool:
    """Extend a cardinal over its currency and unit ("$4.5m", "770-mile", "86.8 percent").

    Returns False when letters stay glued to the number ("5G", "24/7"): then it is not a figure.

    >>> from belarus_analysis.extract.figures.lexicons import load_rules
    >>> text = "a 770-mile border"
    >>> f = Figure(2, 5, "cardinal", 770.0)
    >>> attach_units(text, f, load_rules()), text[f.start:f.end], f.unit, f.kind
    (True, '770-mile', 'miles', 'distance')
    """
    prefixes, units = indexed(rules, _by_place)
    after = text[f.end:f.end + 40]
    if f.form == "fraction":
        # "a quarter of a century": a fraction of a period is a duration (percent of a century = years)
        for r in units:
            if r.kind == "duration" and "percent" in r.applies_to and (m := r.pattern.match(after)):
                f.end += m.end()
                f.unit, f.kind, f.value, f.measured = r.unit, r.kind, round(f.value * r.factor, 2), True
                break
        return True
    if f.form != "cardinal":
        return True
    before = text[max(0, f.start - 8):f.start]
    for r in prefixes:
        if m := r.pattern.search(before):
            f.start -= len(m.group())
            f.unit, f.kind, f.measured = r.unit, r.kind, True
            break
    for r in units:
        if f.kind == "money" and r.kind != "money":
            continue  # "$5 million"
        if m := r.pattern.match(after):
            if f.year_like and r.kind == "duration" and m.group().lstrip(" -\u00a0\u202f\u2009")[:1].isupper():
                break  # "the 2022 Year of Historical Memory": a year in a name, not 2022 years
            f.end += m.end()
            f.unit, f.kind, f.value, f.factor, f.measured = r.unit, r.kind, f.value * r.factor, r.factor, True
            if r.factor != 1:
                f.notes.append(f"value × {r.factor:g} (unit normalised)")
            break
    return not _GLUED.match(text, f.end)


