"""Character intervals looked up by bisection instead of all-pairs loops.

An article has hundreds of lexicon matches, statements and quotation marks; asking, for
each match, "which statement contains it?" by scanning them all is quadratic. These
two structures answer overlap and containment queries in logarithmic time plus the
number of intervals that actually reach the query.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import itemgetter
from typing import Generic, TypeVar

T = TypeVar("T", bound=Sequence)
_SPAN = itemgetter(0, 1)  # (start, end) of an interval: the sort key, made in C rather than by a lambda per item


class Intervals(Generic[T]):
    """A fixed set of half-open intervals ``(start, end, *payload)``, sorted once.

    ``max_end[j]`` is the largest end among the first ``j + 1`` intervals in start order:
    walking down from the last interval that starts early enough, the walk stops as soon
    as no earlier interval can reach the query.

    >>> iv = Intervals([(0, 10, "a"), (2, 4, "b"), (20, 30, "c")])
    >>> iv.overlaps(4, 5), iv.overlaps(10, 20), iv.contains(3, 4), iv.innermost(3, 4)
    (True, False, True, (2, 4, 'b'))
    >>> [v[2] for v in iv.overlapping(3, 25)]
    ['a', 'b', 'c']
    """

    def __init__(self, items: Iterable[T]) -> None:
        self.items: list[T] = sorted(items, key=_SPAN)
        self.starts = [v[0] for v in self.items]
        self.max_end = list(accumulate((v[1] for v in self.items), max))

    def _reaching(self, last: int, bound: int, strict: bool) -> Iterable[T]:
        """Intervals ``items[:last]`` whose end passes ``bound``, latest start first."""
        for j in range(last - 1, -1, -1):
            if self.max_end[j] < bound or (strict and self.max_end[j] == bound):
                return
            end = self.items[j][1]
            if end > bound or (not strict and end == bound):
                yield self.items[j]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any interval shares a character with ``[start, end)``."""
        last = bisect.bisect_left(self.starts, end)
        return last > 0 and self.max_end[last - 1] > start

    def overlapping(self, start: int, end: int) -> list[T]:
        """Every interval sharing a character with ``[start, end)``, in start order."""
        return sorted(self._reaching(bisect.bisect_left(self.starts, end), start, True), key=_SPAN)

    def contains(self, start: int, end: int) -> bool:
        """Whether some interval contains ``[start, end)``."""
        return next(iter(self._reaching(bisect.bisect_right(self.starts, start), end, False)), None) is not None

    def innermost(self, start: int, end: int) -> T | None:
        """The shortest interval containing ``[start, end)`` (the earliest on a tie), or None."""
        inside = self._reaching(bisect.bisect_right(self.starts, start), end, False)
        return min(inside, key=lambda v: (v[1] - v[0], v[0]), default=None)


class Disjoint:
    """A growing set of pairwise disjoint intervals (the matches already kept).

    >>> d = Disjoint()
    >>> d.add(5, 9); d.free(0, 5), d.free(8, 12)
    (True, False)
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no interval of the set."""
        i = bisect.bisect_right(self.starts, start)
        return (i == 0 or self.ends[i - 1] <= start) and (i == len(self.starts) or end <= self.starts[i])

    def add(self, start: int, end: int) -> None:
        """Add an interval (the caller checked that it is :meth:`free`)."""
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
