"""Literal prefilters for regular expressions: skip a pattern on a text it cannot match.

Most lexicon regex rows match nothing in most articles, yet each scans the whole text.
:func:`required_literals` reads a pattern's syntax tree (Python's own ``re`` parser) and
returns lower-case strings one of which every match must contain; :class:`Prefilter`
runs the pattern only on texts that contain one of them. This is the literal-prefilter
idea of RE2 and Rust's ``regex`` crate; Python's ``re`` has no such step for a pattern
that starts with ``\\b`` or an alternation.

The filter never skips a match: a pattern with no usable literal (a character class, an
optional part, a back-reference, a non-ASCII letter) is always run.

:meth:`Prefilter.matches` goes further where a pattern's matches have a bounded length
(:func:`reach`): a match contains one of the literals, so it starts at most that length
before an occurrence of one. The pattern is searched only in those windows of start
positions (``Pattern.search`` with ``pos`` and ``endpos``, the whole text still visible
behind ``pos`` for look-behinds and ``\\b``, and ``endpos`` past everything a match attempt
from the window reads), so it no longer walks the rest of the article. The matches are
exactly those of ``Pattern.finditer``. Where every match starts with one of a set of strings
(:func:`starts_of`: '\\b(?:re-?)?elections?' starts with 'election', 're-election' or 'reelection'),
the pattern is tried only at their occurrences, one ``Pattern.match`` each; where they occur
often ('election'), only at those inside the windows of a literal the match needs ('complied').
The literals of all patterns are found in one pass of an Aho–Corasick automaton (``pyahocorasick``).

>>> sorted(required_literals(r"\\b(?:free and fair|transparent) (?:vote|election)s?\\b"))
['free and fair election', 'free and fair vote', 'transparent election', 'transparent vote']
>>> sorted(required_literals(r"\\b(?:was|were) reported\\b(?! by)"))
['was reported', 'were reported']
>>> required_literals(r"\\w+ed"), required_literals(r"[A-Z]\\w+(?:said)?")
(frozenset({'ed'}), None)
>>> reach(r"\\bno (?:free|fair) votes?\\b(?! by)"), reach(r"\\w+ed")
((13, 16), None)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser

import ahocorasick

from .trie import fold_case

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)  # consume nothing: a literal run goes on across them


def _alternatives(items, ignore_case: bool, bounded: bool = False) -> tuple[frozenset[str] | None, int | None]:
    """Strings one of which every match of the sequence ``items`` contains (or None), and how far
    from the match's start such a string ends at the most (None: no bound); with ``bounded``, only
    strings that end a bounded distance from the start are considered."""
    best: tuple[frozenset[str] | None, int | None] = (None, None)
    run = ""
    offset: int | None = 0  # the most characters the items so far consume

    def keep(found: frozenset[str] | None, lead: int | None) -> None:
        nonlocal best
        if found and (lead is not None or not bounded) and (
                best[0] is None or min(map(len, found)) > min(map(len, best[0]))):
            best = found, lead

    def after(lead: int | None) -> int | None:
        return None if offset is None or lead is None else offset + lead

    for n, (op, av) in enumerate(items):
        if op is C.LITERAL and av < 128:
            run += chr(av).lower() if ignore_case else chr(av)
            offset = after(1)
            continue
        if op in _ZERO_WIDTH:
            continue
        keep(frozenset({run}) if run else None, offset)
        if (run or op in (C.BRANCH, C.SUBPATTERN)) and (heads := _heads(items[n:], ignore_case, LITERAL_MAX)):
            # Python's parser pulls the common start out of an alternation ('won|win' is 'w(?:on|in)'):
            # the literal before it, the start of each branch and the literal after it are one string ('won',
            # 'win'; '(?:compliance|line) with' needs 'compliance with' or 'line with', rarer than ' with ')
            keep(frozenset(run + h for h in heads), after(max(map(len, heads))))
        run = ""
        if op is C.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE == 0:  # a group that switches case handling gives nothing
                keep(*_shift(_alternatives(av[-1], ignore_case, bounded), offset))
        elif op is C.ATOMIC_GROUP:
            keep(*_shift(_alternatives(av, ignore_case, bounded), offset))
        elif op is C.BRANCH:
            branches = [_alternatives(b, ignore_case, bounded) for b in av[1]]
            if all(found for found, _ in branches):
                leads = [lead for _, lead in branches]
                keep(frozenset().union(*(found for found, _ in branches)),
                     None if None in leads or offset is None else offset + max(leads))
        elif op in _REPEATS and av[0] >= 1:  # the first repetition holds one
            keep(*_shift(_alternatives(av[2], ignore_case, bounded), offset))
        width = _reach([(op, av)])
        offset = after(width and width[0])
    keep(frozenset({run}) if run else None, offset)
    return best


def _heads(items, ignore_case: bool, limit: int = 1 << 30) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with (the literal run at
    its start, through groups, alternations and optional parts, each followed by what comes after
    it), at most ``limit`` characters long; None when some match may start otherwise."""
    items = list(items)
    run = ""
    for n, (op, av) in enumerate(items):
        if len(run) >= limit:
            break
        if op is C.LITERAL and av < 128:
            run += chr(av).lower() if ignore_case else chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue
        rest, left = items[n + 1:], limit - len(run)
        inner = None
        if op is C.SUBPATTERN and (av[1] | av[2]) & re.IGNORECASE == 0:
            inner = _heads([*av[-1], *rest], ignore_case, left)
        elif op is C.BRANCH:
            branches = [_heads([*b, *rest], ignore_case, left) for b in av[1]]
            inner = None if None in branches else frozenset().union(*branches)
        elif op in _REPEATS and av[0] >= 1:  # the first repetition starts the match
            inner = _heads(av[2], ignore_case, left)
        elif op in _REPEATS and av[1] == 1:  # an optional part ('(?:re-?)?elect'): present or not
            first, after = _heads([*av[2], *rest], ignore_case, left), _heads(rest, ignore_case, left)
            inner = None if first is None or after is None else first | after
        if inner is not None:
            return frozenset(run + h for h in inner)
        break
    return frozenset({run}) if run else None


# A one-letter start occurs in most words: a match attempt at
# each of its occurrences costs more than a scan of the text.
HEAD_MIN = 2
HEAD_MAX = 12  # longer starts add little and multiply along the alternations of a pattern
# The longest string an alternation and what follows it give as required literals: long enough for the rare
# wordings of a formula ('in compliance with the'), short enough not to multiply along its alternations.
LITERAL_MAX = 24
# Below this many starts a match attempt at each costs less than finding the windows of a pattern's literals.
WINDOWED_STARTS = 32


def starts_of(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Strings (lower-case under ``re.IGNORECASE``, at most ``HEAD_MAX`` long) one of which every match of
    ``pattern`` starts with, or None when a match may start elsewhere (or only one letter is known).

    >>> sorted(starts_of(r"\\b(?:re-?)?elect(?:ed|ion)"))
    ['elected', 'election', 're-elected', 're-election', 'reelected', 'reelection']
    """
    return _usable_heads(_heads(_parser.parse(pattern, flags), bool(flags & re.IGNORECASE), HEAD_MAX))


def _usable_heads(heads: frozenset[str] | None) -> frozenset[str] | None:
    """``heads`` (:func:`_heads`) if none is shorter than ``HEAD_MIN``, else None."""
    return heads if heads and min(map(len, heads)) >= HEAD_MIN else None


def _shift(found: tuple[frozenset[str] | None, int | None], offset: int | None
           ) -> tuple[frozenset[str] | None, int | None]:
    return found[0], None if found[1] is None or offset is None else offset + found[1]


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Strings (lower-case under ``re.IGNORECASE``) one of which every match of ``pattern``
    contains, or None when the pattern gives none (it must then always be run)."""
    return _literals_and_lead(pattern, flags)[0]


def _literals_and_lead(pattern: str, flags: int, bounded: bool = False) -> tuple[frozenset[str] | None, int | None]:
    """:func:`required_literals` and the most characters from a match's start to the end of
    the literal it contains (None: no bound); with ``bounded``, the best literals with a bound."""
    tree = _parser.parse(pattern, flags)
    return _alternatives(tree, bool(tree.state.flags & re.IGNORECASE), bounded)


_ONE_CHAR = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY)


def _reach(items) -> tuple[int, int] | None:
    """``(consumed, read)`` of the sequence ``items``: the most characters a match of it consumes and
    the most characters after its start that an attempt to match it reads (look-aheads and ``\\b``
    read past what they consume); None when either is unbounded or not known."""
    consumed = read = 0
    for op, av in items:
        if op in _ONE_CHAR:
            part = (1, 1)
        elif op is C.AT:
            part = (0, 1)  # \b, $ … look at the character at the position
        elif op is C.SUBPATTERN:
            part = _reach(av[-1])
        elif op is C.ATOMIC_GROUP:
            part = _reach(av)
        elif op is C.BRANCH:
            parts = [_reach(b) for b in av[1]]
            part = None if None in parts else (max(c for c, _ in parts), max(r for _, r in parts))
        elif op in _REPEATS:
            inner = _reach(av[2])
            if inner is None or av[1] == C.MAXREPEAT:
                return None
            part = (av[1] * inner[0], (av[1] - 1) * inner[0] + inner[1]) if av[1] else (0, 0)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            inner = _reach(av[1])  # a look-behind starts before the position: it reads no further ahead
            part = None if inner is None else (0, inner[1])
        else:  # back-references, conditionals: no bound known
            return None
        if part is None:
            return None
        read = max(read, consumed + part[1])
        consumed += part[0]
    return consumed, read


def reach(pattern: str, flags: int = re.IGNORECASE) -> tuple[int, int] | None:
    """``(consumed, read)`` of ``pattern``: the most characters a match consumes and the most
    characters after a match's start that an attempt to match there reads; None when unbounded."""
    return _reach(_parser.parse(pattern, flags))


class Prefilter:
    """Which of several compiled patterns can match a text.

    Parameters
    ----------
    patterns : sequence of re.Pattern
        Compiled patterns; each may be case-sensitive or ``re.IGNORECASE``.

    Examples
    --------
    >>> rx = [re.compile(r"\\bsham\\b", re.I), re.compile(r"\\d+ percent")]
    >>> Prefilter(rx).candidates("A SHAM vote.")
    [0]
    """

    def __init__(self, patterns) -> None:
        self.patterns = list(patterns)
        found = [_literals_and_lead(p.pattern, p.flags) for p in self.patterns]
        self.literals = [lits for lits, _ in found]
        self.ignore_case = [bool(p.flags & re.IGNORECASE) for p in self.patterns]
        # Windows need a non-empty match (an empty one contains no literal) and a bound on how far
        # before an occurrence of a literal a match can start. The rarest literals (``literals``,
        # which decide whether a pattern runs at all) may end unboundedly far from the start
        # ('\\b(?:lack|absence of)\\s+(?:legitimacy|…)'): the windows then come from literals nearer it.
        self.windowing = [(lits, lead) if lead else _literals_and_lead(p.pattern, p.flags, bounded=True)
                          for p, (lits, lead) in zip(self.patterns, found)]
        self.lead = [lead if lits and lead and _parser.parse(p.pattern, p.flags).getwidth()[0] > 0 else None
                     for p, (lits, lead) in zip(self.patterns, self.windowing)]
        self.read = [r and r[1] for r in (reach(p.pattern, p.flags) for p in self.patterns)]
        # the strings every match starts with (:func:`starts_of`): a pattern is then tried only where one occurs
        self.heads = [starts_of(p.pattern, p.flags) for p in self.patterns]
        # one pass per case handling finds every literal (rows share many), not one scan per literal
        by_case: dict[bool, set[str]] = {}
        for lits, (near, _), heads, ic in zip(self.literals, self.windowing, self.heads, self.ignore_case):
            # a pattern with starts is tried at them, inside the windows of its literals near the start
            by_case.setdefault(ic, set()).update(lits or (), heads or (), near or ())
        self.scans = {ic: _LiteralScan(lits) for ic, lits in by_case.items()}
        # ignore case? -> start -> the patterns it starts: a text's found literals name the patterns to try
        self.started: dict[bool, dict[str, list[int]]] = {ic: {} for ic in by_case}
        for k, (heads, ic) in enumerate(zip(self.heads, self.ignore_case)):
            for h in heads or ():
                self.started[ic].setdefault(h, []).append(k)
        # ignore case? -> literal -> the patterns needing it: a text's found literals name the patterns that
        # may match, not a test of every pattern's literals per text
        self.needing: dict[bool, dict[str, list[int]]] = {ic: {} for ic in by_case}
        for k, (lits, ic) in enumerate(zip(self.literals, self.ignore_case)):
            for lit in lits or ():
                self.needing[ic].setdefault(lit, []).append(k)
        self.unfiltered = [k for k, lits in enumerate(self.literals) if lits is None]

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that may match ``text`` (the others cannot)."""
        return self._possible(self._occurrences(text))

    def _possible(self, found: dict[bool, dict[str, list[int]]]) -> list[int]:
        """The patterns, ascending, that need no literal or one of whose literals occurs in ``found``."""
        possible = set(self.unfiltered)
        for ic, at in found.items():
            needing = self.needing[ic]
            for lit in at:
                possible.update(needing.get(lit, ()))
        return sorted(possible)

    def _occurrences(self, text: str) -> dict[bool, dict[str, list[int]]]:
        """Ignore case? -> literal -> where it occurs in ``text`` (:class:`_LiteralScan`), one pass each."""
        folded = fold_case(text)
        return {ic: scan.occurrences(folded if ic else text) for ic, scan in self.scans.items()}

    def may_match(self, k: int, text: str, folded: str) -> bool:
        """Can pattern ``k`` match in ``text`` (``folded``: its :func:`fold_case`)? For a short text a
        substring test per literal costs less than :meth:`candidates`' scan.

        >>> Prefilter([re.compile(r"\\bsham\\b", re.I)]).may_match(0, "A SHAM", "a sham")
        True
        """
        lits = self.literals[k]
        hay = folded if self.ignore_case[k] else text
        return lits is None or any(map(hay.__contains__, lits))  # no generator frame per literal

    def matches(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """``(k, match)`` for every match of every pattern ``k`` in ``text``: pattern by pattern,
        each one's matches exactly those of ``patterns[k].finditer(text)``, found by trying the
        pattern only where an occurrence of a required literal allows a match to start
        (module docstring).

        >>> rx = [re.compile(r"\\b(?:free|fair) vote\\b(?! count)", re.I), re.compile(r"\\d+%")]
        >>> [(k, m.group()) for k, m in Prefilter(rx).matches("A free vote; a fair vote count; 80%.")]
        [(0, 'free vote'), (1, '80%')]
        """
        found = self._occurrences(text)
        possible = self._possible(found)  # the others lack a literal every match needs
        wanted = set(possible)
        # of the possible patterns with starts, those a start occurs of (most starts found, 'election' above all,
        # start patterns that lack another literal they need)
        starts_of_pattern: dict[int, set[int]] = {}
        for ic, at in found.items():
            for lit, positions in at.items():
                for k in self.started[ic].get(lit, ()):
                    if k in wanted:
                        starts_of_pattern.setdefault(k, set()).update(positions)
        for k in possible:
            rx, heads = self.patterns[k], self.heads[k]
            if heads is not None and k not in starts_of_pattern:
                continue  # no start: no match
            lead, read, at = self.lead[k], self.read[k], found[self.ignore_case[k]]
            near = self.windowing[k][0]
            if heads is not None:
                starts = sorted(starts_of_pattern[k])
                if lead is not None and len(starts) > WINDOWED_STARTS:  # 'election' starts many places, few near a 'comply'
                    starts = _inside(starts, _windows(at, near, lead, 0))
                # a match attempt per start costs less than a scan, unless nearly every word is a start
                tried = _started(rx, text, starts) if len(starts) <= len(text) // 8 else rx.finditer(text)
                yield from ((k, m) for m in tried)
                continue
            # Windows (about lead characters per occurrence) about as long as the text: one plain scan
            # costs less, above all where each position is tried on its own (no bound on what is read).
            if lead is None or lead * sum(len(at.get(lit, ())) for lit in near) > len(text) // (4 if read else 8):
                yield from ((k, m) for m in rx.finditer(text))
                continue
            windows = _windows(at, near, lead, read or 0)
            if read is None:
                yield from ((k, m) for m in _tried(rx, text, windows))
            else:
                yield from ((k, m) for m in _searched(rx, text, windows, read))


class _LiteralScan:
    """Where many literals occur in a text, in one pass of an Aho–Corasick automaton.

    ``pyahocorasick`` walks the text once in C and reports every occurrence of every literal,
    overlapping ones too; a ``re`` look-ahead over a trie of a few thousand literals tried
    every position in turn and cost several times more.

    >>> sorted(_LiteralScan({"lack", "lack of", "of", "ack"}).occurrences("lack of it, a lack").items())
    [('ack', [1, 15]), ('lack', [0, 14]), ('lack of', [0]), ('of', [5])]
    """

    def __init__(self, literals: set[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for lit in literals:
            self.automaton.add_word(lit, (lit, len(lit) - 1))  # the automaton reports where a literal ends
        self.automaton.make_automaton()

    def occurrences(self, hay: str) -> dict[str, list[int]]:
        """Literal -> the positions where it starts in ``hay`` (overlapping ones too), ascending;
        absent: no key."""
        found: dict[str, list[int]] = {}
        if len(self.automaton):
            for last, (lit, back) in self.automaton.iter(hay):
                found.setdefault(lit, []).append(last - back)
        return found


def _windows(occurrences: dict[str, list[int]], literals: frozenset[str], lead: int, gap: int
             ) -> list[tuple[int, int]]:
    """Merged ranges ``(first, last)`` of the positions where a match that contains an occurrence
    of one of ``literals`` (``occurrences``: where each starts, see :class:`_LiteralScan`), ending at
    most ``lead`` characters after the match's start, can start; ranges less than ``gap`` apart are
    joined (scanning a short gap costs less than another search)."""
    ranges = sorted((max(at + len(lit) - lead, 0), at) for lit in literals for at in occurrences.get(lit, ()))
    merged: list[list[int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1] + gap + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _inside(positions: list[int], windows: list[tuple[int, int]]) -> list[int]:
    """The ``positions`` (ascending) that lie in one of ``windows`` (``(first, last)``, ascending, apart).

    >>> _inside([1, 4, 6, 9, 12], [(3, 6), (9, 10)])
    [4, 6, 9]
    """
    inside, j = [], 0
    for p in positions:
        while j < len(windows) and windows[j][1] < p:
            j += 1
        if j == len(windows):
            break
        if windows[j][0] <= p:
            inside.append(p)
    return inside


def _searched(rx: re.Pattern, text: str, windows: list[tuple[int, int]], read: int) -> Iterator[re.Match]:
    """The matches of ``rx.finditer(text)``, given that none starts outside ``windows`` and that an
    attempt to match reads at most ``read`` characters from where it starts.

    ``finditer`` takes, from each position on, the leftmost match; a search from inside a window
    with ``endpos`` past every character an attempt from the window reads (``+ 1``: ``$`` looks one
    further) finds the same leftmost match when it starts inside the window."""
    pos = 0
    for a, b in windows:
        at, end = max(a, pos), min(b + read + 1, len(text))
        while at <= b:
            m = rx.search(text, at, end)
            if m is None or m.start() > b:
                break
            yield m
            pos = at = m.end()  # non-empty: every windowed pattern consumes a literal


def _started(rx: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """The matches of ``rx.finditer(text)``, given that each starts at one of ``starts`` (ascending):
    ``finditer`` takes, from each position on, the leftmost match, which is the first match at one
    of the starts."""
    pos = 0
    for at in starts:
        if at >= pos and (m := rx.match(text, at)) is not None:
            yield m
            pos = m.end()  # non-empty: it consumed its start literal


def _tried(rx: re.Pattern, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match]:
    """The matches of ``rx.finditer(text)``, given that none starts outside ``windows``, for a
    pattern whose reading has no bound (``\\w+``): a match attempt at each position of the windows."""
    pos = 0
    for a, b in windows:
        at = max(a, pos)
        while at <= b:
            m = rx.match(text, at)
            if m is None:
                at += 1
            else:
                yield m
                pos = at = m.end()
