"""Quotation marks: pairing them from the characters, once per article.

Pairing is done on the characters, not the tokens, so odd or mismatched marks never
break anything and apostrophes (``Lukashenko’s``, ``the '90s``) are not quotes. The
statements extractor attributes the pairs; the markers extractor finds scare quotes
among them; :class:`~belarus_analysis.extract.view.ArticleView` computes the scan once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

# Quotation marks. Glyph direction decides only when the context does not.
DOUBLE = '"“”„‟«»〝〞＂'
SINGLE = "'‘’‚‛‹›"
MARKS = DOUBLE + SINGLE
_DOUBLE_AT = re.compile("[" + re.escape(DOUBLE) + "]")
OPENERS = "“„‟«‘‚‛‹〝"
CLOSERS = "”»’›〞"


class Quote(NamedTuple):
    """A pair of quotation marks: ``text[start:end]`` is what lies between them."""

    start: int
    end: int
    open: str  # (a quote that runs in from the paragraph before without reopening it, _runs_on, starts at
    # its paragraph's first character and has the mark that opened it there)
    close: str  # '' when the quote runs on into the next paragraph (which reopens it, or only closes it)


class QuoteScan(NamedTuple):
    quotes: list[Quote]
    unpaired: list[int]  # offsets of marks that could not be paired


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line; spans never cross one.

    >>> paragraphs("A.\\n\\n B\\n")
    [(0, 2), (4, 6)]
    """
    # (the lines of one split, not a regex over every character: asked of every article)
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _marks_at(text: str) -> list[int]:
    """Offsets of every quotation mark of ``text``, in order: one ``str.find`` per mark the text holds
    (a character-class regex tests every character of the article, several times slower).

    >>> _marks_at("“A,” he said, 'b'.")
    [0, 3, 14, 16]
    """
    found = []
    for mark in MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """What the mark at ``i`` can be: open, close, weak (a closer that may be an
    apostrophe, as in ``Kallas’ visit``), either (undecided) or apostrophe."""
    c = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    single = c in SINGLE
    if single and (prev.isalnum() and nxt.isalnum() or re.match(r"\d0s\b", text[i + 1:i + 5])):
        return "apostrophe"  # don't, Lukashenko’s, the '90s
    left_open = not prev or prev.isspace() or prev in "([{<—–-/" or prev in MARKS
    right_open = bool(nxt) and not nxt.isspace() and nxt not in ",;:!?)]}"
    left_close = bool(prev) and not prev.isspace() and prev not in "([{"
    right_close = not nxt or nxt.isspace() or nxt in ",.;:!?)]}—–-/…" or nxt in MARKS
    can_open, can_close = left_open and right_open, left_close and right_close
    weak = "weak" if single and prev.isalpha() else "close"
    if can_open != can_close:
        return "open" if can_open else weak
    if c in OPENERS:
        return "open"
    return weak if c in CLOSERS else "either"


def _pair(text: str, marks: Sequence[int], lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int], int | None]:
    """Pair one family of marks left to right: (pairs, unpaired, opener left open).

    Openers stack: a quote of the same family inside a quote (``“I'd rather live in what he calls “hell”
    than here,”``) closes first and the outer quote's closer still finds its opener. Of the openers
    left at the paragraph's end, the innermost is the one left open (it may run on into the next
    paragraph); the ones before it were never closed."""
    pairs: list[tuple[int, int]] = []
    unpaired: list[int] = []
    opened: list[int] = []
    roles = [_role(text, i, lo, hi) for i in marks]
    for n, (i, role) in enumerate(zip(marks, roles)):
        if role == "apostrophe":
            continue
        if role == "weak" and opened and _closer_follows(roles[n + 1:]):
            continue  # "‘The voters’ choice was ignored,’": a plural possessive inside the quote
        if role == "open" or role == "either" and not opened:
            opened.append(i)
        elif opened:
            pairs.append((opened.pop(), i))
        elif role == "close":
            unpaired.append(i)
    unpaired += opened[:-1]
    return pairs, unpaired, opened[-1] if opened else None


def _closer_follows(roles: Sequence[str]) -> bool:
    """Does a sure closing mark come before any opening mark in ``roles``?"""
    for role in roles:
        if role == "close":
            return True
        if role in ("open", "either"):
            return False
    return False


def find_quotes(text: str) -> QuoteScan:
    """Pair the quotation marks of ``text``; report the marks that cannot be paired.

    Double marks pair within a paragraph; single marks pair within the same double
    quote (nested speech) or outside all of them; apostrophes are skipped. An opening
    mark left open at the end of a paragraph whose next paragraph reopens a quote is
    the multi-paragraph convention: the quote runs to the end of its paragraph. So it does when the next
    paragraph does not reopen it but closes it (:func:`_runs_on`); that paragraph's piece starts at its
    first character.

    >>> text = 'He said: “We won. ‘Sham’ they say," and Belarus’ leader left "early.'
    >>> scan = find_quotes(text)
    >>> [text[q.start:q.end] for q in scan.quotes], scan.unpaired
    (['We won. ‘Sham’ they say,', 'Sham'], [61])
    """
    quotes: list[Quote] = []
    unpaired: list[int] = []
    paras = paragraphs(text)
    marks_at = _marks_at(text)
    run_in: tuple[int, str] | None = None  # (closing mark, opening mark) of a quote running in from the paragraph before
    for k, (lo, hi) in enumerate(paras):
        here = marks_at[bisect_left(marks_at, lo):bisect_left(marks_at, hi)]
        if not here:
            continue  # no mark in the paragraph (most of them): nothing to pair, one scan of the text found that
        doubled, used = _doubled(text, lo, hi)
        closer, opener = run_in or (None, "")
        run_in = None
        marks = [i for i in sorted([i for i in here if text[i] in DOUBLE] + doubled) if i != closer]
        pairs, bad, left = _pair(text, marks, lo, hi)
        spans = pairs + ([(lo - 1, closer)] if closer is not None else [])
        regions: dict[int, list[int]] = {}  # single marks by the double quote they sit in (-1: none)
        for i in (i for i in here if text[i] in SINGLE):
            if i not in used:
                regions.setdefault(next((n for n, (a, b) in enumerate(spans) if a < i < b), -1), []).append(i)
        open_at_end = [left]
        for marks in regions.values():
            p, b, lft = _pair(text, marks, lo, hi)
            pairs += [(a, c) for a, c in p if c - a > 3]  # 'n' in rock 'n' roll is no quote
            bad += b
            open_at_end.append(lft)
        end = lo + len(text[lo:hi].rstrip())  # a paragraph is a non-blank line: never strips past lo
        for o in (o for o in open_at_end if o is not None):
            runs_on = _runs_on(text, paras, k, text[o]) if run_in is None else None
            if _reopens(text, paras, k, text[o]) or runs_on is not None:
                quotes.append(Quote(o + 1, end, text[o], ""))
                run_in = run_in if runs_on is None else (runs_on, text[o])
            else:
                bad.append(o)
        quotes += [Quote(a + 1, b, text[a], text[b]) for a, b in pairs]
        if closer is not None:  # from the paragraph's first character (a line may start with spaces)
            quotes.append(Quote(lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()), closer, opener, text[closer]))
        unpaired += bad
    return QuoteScan(sorted(quotes), sorted(unpaired))


def _doubled(text: str, lo: int, hi: int) -> tuple[list[int], set[int]]:
    """Two apostrophes used as one double mark (``''Yes,'' he said``, as in wire and
    archive copy): the position standing for each (the second of an opening pair, the
    first of a closing one, so the quote excludes both) and every character they use."""
    marks, used = [], set()
    if text.find("''", lo, hi) < 0:  # (most paragraphs: one find, not the pattern's scan)
        return marks, used
    for m in re.finditer(r"(?<!')''(?!')", text[lo:hi]):
        i = lo + m.start()
        marks.append(i + 1 if _role(text, i + 1, lo, hi) == "open" else i)
        used.update((i, i + 1))
    return marks, used


def _runs_on(text: str, paras: list[tuple[int, int]], k: int, mark: str) -> int | None:
    """A double quote left open at the end of paragraph ``k`` whose next paragraph does not reopen it
    but closes it (its first double mark is a closing one: '“We won.' / 'We will stay,” he said.'): the
    offset of that closing mark, else None. The quotation runs over the paragraph break; the next
    paragraph's piece starts at its first character (``Quote.open`` is the mark opening the quotation)."""
    if mark not in DOUBLE or k + 1 >= len(paras):
        return None
    a, b = paras[k + 1]
    first = next((m.start() for m in _DOUBLE_AT.finditer(text, a, b)), None)
    return first if first is not None and _role(text, first, a, b) == "close" else None


def _reopens(text: str, paras: list[tuple[int, int]], k: int, mark: str) -> bool:
    """Does the paragraph after ``k`` open with a mark of the same family as ``mark``?"""
    if k + 1 >= len(paras):
        return False
    a, b = paras[k + 1]
    j = a + len(text[a:b]) - len(text[a:b].lstrip())
    family = DOUBLE if mark in DOUBLE else SINGLE
    return j < b and text[j] in family and _role(text, j, a, b) in ("open", "either")
