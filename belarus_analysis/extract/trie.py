"""Alternations of many words as a trie-shaped regular expression.

Python's ``re`` tries the branches of ``a|b|c`` one after the other at every position of a
text; with dozens of words (number words, month names, actor names) that is most of a
pattern's cost. Shaped as a trie (one branch per next character) a position is tried only
against the words that can start there. The matches are those of the words listed longest
first: only words of which one is a prefix of the other can both match at a position, and
along a branch the longer continuations are tried before the word that ends there.

>>> alternation(["ten", "tenth", "two", "twelve"])
't(?:en(?:th|)|w(?:elve|o))'
>>> import re
>>> [m.group() for m in re.finditer(alternation(["ten", "tenth", "twelve"]), "tenth ten twelve tent")]
['tenth', 'ten', 'twelve', 'ten']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Letters that Python's case-insensitive matching equates with an ASCII letter and that
# ``str.lower`` does not turn into it: mapped before lower-casing, so that the trie sees which
# branches IGNORECASE merges and the prefilter's skipped texts hold no case-insensitive match.
# (The Kelvin sign lower-cases to 'k' by itself; a plain 'K' here would send nearly every article
# through the slow ``str.translate``.)
_ASCII_FOLD = str.maketrans({"ſ": "s", "İ": "i", "ı": "i"})
_FOLDED_LETTERS = tuple(chr(c) for c in _ASCII_FOLD)


def fold_case(text: str) -> str:
    """``text`` lower-cased, the letters of ``_ASCII_FOLD`` mapped first; of the same length as
    ``text`` (positions carry over). ``str.translate`` runs only when one of them occurs: it is
    many times slower than ``str.lower``."""
    if text.isascii():  # (most texts; a test in C, where the look-up below makes a generator per call)
        return text.lower()
    return text.translate(_ASCII_FOLD).lower() if any(c in text for c in _FOLDED_LETTERS) else text.lower()


def alternation(words: Iterable[str], unit: Callable[[str], str] = re.escape) -> str:
    """A regex matching exactly what ``|``-joined ``words``, longest first, match.

    ``unit`` turns one character into its regex (default: the character itself, escaped).
    Under ``re.IGNORECASE`` two words must not differ by case only where they branch (``"Apr"``
    and ``"april"``): their branches would no longer exclude each other, so such word lists
    get the plain longest-first alternation.
    """
    words = set(words)
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(unit(ch), {})
        node[""] = {}  # a word ends here
    if _case_branches(trie):
        return "|".join(sorted(("".join(map(unit, w)) for w in words), key=len, reverse=True))
    return _alternation(trie)


def _case_branches(node: dict) -> bool:
    """Does some node branch on two units that are the same letter in another case (as
    ``re.IGNORECASE`` folds them: 'ſ' is 's', 'ı' and 'İ' are 'i')?"""
    lowered = [fold_case(u) for u in node if u]
    return len(set(lowered)) < len(lowered) or any(_case_branches(child) for child in node.values())


def _alternation(node: dict) -> str:
    alts = [unit + _alternation(child) for unit, child in sorted(node.items()) if unit]
    if len(alts) == 1 and "" not in node:
        return alts[0]
    return "(?:" + "|".join(alts + ([""] if "" in node and alts else [])) + ")" if alts else ""
