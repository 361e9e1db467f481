"""Small helpers on character spans shared by the extractors.

>>> starts = [0, 10, 25]
>>> sentence_of(starts, 12)
1
>>> inside((3, 5), [(0, 4), (2, 9)])
1
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc


def sentence_starts(doc: Doc) -> list[int]:
    """Character offset where each sentence of ``doc`` starts (sentence_id = index)."""
    return [s.start_char for s in doc.sents]


def sentence_of(starts: Sequence[int], char: int) -> int:
    """The sentence_id of the sentence containing character ``char``."""
    return max(bisect_right(starts, char) - 1, 0)


def end_before_space(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, the end of the text before ``end`` without trailing whitespace,
    found without copying ``text[:end]`` (asked per quote: a copy is quadratic in article length).

    >>> end_before_space("It ended.   Next", 12), len("It ended.   Next"[:12].rstrip())
    (9, 9)
    """
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> int | None:
    """Index of the first of ``spans`` that contains ``span`` entirely, else None."""
    s, e = span
    for i, (a, b) in enumerate(spans):
        if a <= s and e <= b:
            return i
    return None


def record(text: str, starts: Sequence[int], start: int, end: int, **fields) -> dict:
    """A plain extractor record for ``text[start:end]`` with the common span columns.

    Takes the article text, not the Doc: ``Doc.text`` re-joins every token on each
    access, so reading it per row makes extraction quadratic in article length.

    >>> record("He said no.", [0], 8, 10, kind="x")
    {'sentence_id': 0, 'char_start': 8, 'char_end': 10, 'text': 'no', 'kind': 'x'}
    """
    return {"sentence_id": sentence_of(starts, start), "char_start": start, "char_end": end,
            "text": text[start:end], **fields}
