"""Literal prefilters for regular expressions: skip a pattern on a text it cannot match.

Most lexicon regex rows match nothing in most articles, yet each scans the whole text.
:func:`required_literals` reads a pattern's syntax tree (Python's own ``re`` parser) and
returns lower-case strings one of which every match must contain; :class:`Prefilter`
runs the pattern only on texts that contain one of them. This is the literal-prefilter
idea of RE2 and Rust's ``regex`` crate; Python's ``re`` has no such step for a pattern
that starts with ``\\b`` or an alternation.

The filter never skips a match: a pattern with no usable literal (a character class, an
optional part, a back-reference, a non-ASCII letter) is always run.

>>> sorted(required_literals(r"\\b(?:free and fair|transparent) (?:vote|election)s?\\b"))
['free and fair', 'transparent']
>>> required_literals(r"\\b(?:was|were) reported\\b(?! by)")
frozenset({' reported'})
>>> required_literals(r"\\w+ed"), required_literals(r"[A-Z]\\w+(?:said)?")
(frozenset({'ed'}), None)
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser

# Letters that Python's case-insensitive matching equates with an ASCII letter: mapped before
# lower-casing the text, so that a skipped text can hold no case-insensitive match.
_ASCII_FOLD = str.maketrans({"ſ": "s", "K": "k", "İ": "i", "ı": "i"})
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)  # consume nothing: a literal run goes on across them


def _alternatives(items, ignore_case: bool) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None."""
    best: frozenset[str] | None = None
    run = ""

    def keep(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run += chr(av).lower() if ignore_case else chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue
        keep(frozenset({run}) if run else None)
        run = ""
        if op is C.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE == 0:  # a group that switches case handling gives nothing
                keep(_alternatives(av[-1], ignore_case))
        elif op is C.ATOMIC_GROUP:
            keep(_alternatives(av, ignore_case))
        elif op is C.BRANCH:
            branches = [_alternatives(b, ignore_case) for b in av[1]]
            if all(branches):
                keep(frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            keep(_alternatives(av[2], ignore_case))
    keep(frozenset({run}) if run else None)
    return best


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Strings (lower-case under ``re.IGNORECASE``) one of which every match of ``pattern``
    contains, or None when the pattern gives none (it must then always be run)."""
    tree = _parser.parse(pattern, flags)
    ignore_case = bool(tree.state.flags & re.IGNORECASE)
    return _alternatives(tree, ignore_case)


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
        self.literals = [required_literals(p.pattern, p.flags) for p in patterns]
        self.ignore_case = [bool(p.flags & re.IGNORECASE) for p in patterns]

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that may match ``text`` (the others cannot)."""
        folded = text.translate(_ASCII_FOLD).lower()
        return [i for i, (lits, ic) in enumerate(zip(self.literals, self.ignore_case))
                if lits is None or any(s in (folded if ic else text) for s in lits)]
