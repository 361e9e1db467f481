"""One article as every extractor sees it, built once and shared.

Before this view each extractor rebuilt its own context from the Doc (token offsets,
sentence and paragraph starts) and two of them paired the quotation marks separately.
:class:`ArticleView` computes those once per article; the pipeline hands the same view
to every extractor.

>>> import belarus_analysis as ba
>>> v = ArticleView(ba.nlp.load_pipeline()("“We won,” he said.\\n\\nThen he left."))
>>> v.sentence_starts, v.paragraphs, [v.text[q.start:q.end] for q in v.quotes.quotes]
([0, 20], [(0, 18), (20, 33)], ['We won,'])
>>> v.token_at(21).text, v.para(25)
('Then', (20, 33))
>>> v.lower[:4], v.pos[-3:]
(['“', 'we', 'won', ','], ['PRON', 'VERB', 'PUNCT'])
>>> v.dep[5], v.heads[5], v.doc[5].head.i
('nsubj', 6, 6)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from .quotes import QuoteScan, find_quotes, paragraphs


# Token attribute value -> its string, for every value an article's tokens had (see _strings): a
# StringStore look-up costs several times a dict's, and words, lemmas, tags and labels recur across
# articles. A value is a hash of its string (or a spaCy symbol), the same in every vocab. Emptied
# past STRINGS_MEMO_SIZE entries (a few tens of MB), so a corpus's vocabulary cannot grow it for ever.
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}  # the same for lower-cased strings (lemma_lower), kept the same way
STRINGS_MEMO_SIZE = 200_000
# The token attributes the view gives as strings (the extractors read them all), taken in one pass.
COLUMNS = (LOWER, LEMMA, POS, DEP, ORTH, TAG, ENT_TYPE)


class ArticleView:
    """The cleaned text of one article, its parse (if any) and the indexes extractors share.

    Parameters
    ----------
    doc : spacy.tokens.Doc or None
        The parsed article; None when no extractor of the build needs a parse.
    text : str, optional
        The article text; defaults to ``doc.text``. Read it from here: ``Doc.text``
        re-joins every token on each access.

    Attributes
    ----------
    text : str
    doc : Doc or None
    token_starts : list of int
        Character offset of each token (``Token.idx``), for bisection.
    sentence_starts : list of int
        Character offset where each sentence starts (``sentence_id`` = index); ``[0]``
        when the pipeline sets no sentence boundaries.
    sentences : list of (int, int)
        ``(start_char, end_char)`` of each sentence of ``doc.sents`` (none when the pipeline
        sets no sentence boundaries): ``text[start:end]`` is the sentence's text, without
        making a Span.
    sentence_tokens : list of int
        Index of the first token of each of :attr:`sentences`.
    """

    def __init__(self, doc: Doc | None, text: str | None = None):
        self.doc = doc
        self.text = doc.text if text is None else text
        self.token_starts = doc.to_array(IDX).tolist() if doc is not None else []  # no Token objects
        parsed = doc is not None and len(doc) and doc.has_annotation("SENT_START")
        sents = list(doc.sents) if parsed else []
        self.sentences = [(s.start_char, s.end_char) for s in sents]
        self.sentence_starts = [a for a, _ in self.sentences] or [0]
        self.sentence_tokens = [s.start for s in sents]

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every paragraph: the non-blank lines, a line that a parsed sentence runs
        on into joined to the line before (a hard-wrapped sentence, ``'The board also\\nclaimed that …'``:
        ``nlp.layout_bounds`` starts no sentence there, and a cue's content must not stop at the break).

        >>> import belarus_analysis as ba
        >>> ArticleView(ba.nlp.load_pipeline()("Polls closed.\\nThe board also\\nclaimed a win.")).paragraphs
        [(0, 13), (14, 43)]
        """
        lines = paragraphs(self.text)
        if not self.sentences:  # (no parse: the lines)
            return lines
        starts = set(self.sentence_starts)
        joined = lines[:1]
        for a, b in lines[1:]:
            first = a + len(self.text[a:b]) - len(self.text[a:b].lstrip())
            if first not in starts and self.text.count("\n", joined[-1][1], a) == 1:
                joined[-1] = (joined[-1][0], b)
            else:
                joined.append((a, b))
        return joined

    @cached_property
    def para_starts(self) -> list[int]:
        return [a for a, _ in self.paragraphs]

    @cached_property
    def quotes(self) -> QuoteScan:
        """The paired quotation marks of the article (computed once)."""
        return find_quotes(self.text)

    @cached_property
    def _columns(self) -> dict[int, list[int]]:
        """The values of :data:`COLUMNS` for every token, from one ``Doc.to_array`` pass."""
        table = self.doc.to_array(list(COLUMNS))
        return dict(zip(COLUMNS, table.T.tolist()))

    def _strings(self, attr: int, *, lowered: bool = False) -> list[str]:
        """One token attribute of every token as strings (lower-cased with ``lowered``), from
        ``Doc.to_array`` (no Token objects)."""
        if self.doc is None:
            return []
        hashes = self._columns[attr] if attr in COLUMNS else self.doc.to_array(attr).tolist()
        memo = _LOWERED if lowered else _STRINGS
        try:
            return list(map(memo.__getitem__, hashes))
        except KeyError:  # values no article before had: each looked up once in the StringStore
            if len(memo) > STRINGS_MEMO_SIZE:
                memo.clear()
            strings = self.doc.vocab.strings
            for h in set(hashes).difference(memo):
                memo[h] = strings[h].lower() if lowered else strings[h]
            return list(map(memo.__getitem__, hashes))

    @cached_property
    def lower(self) -> list[str]:
        """``Token.lower_`` of every token, in token order."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """``Token.lemma_`` of every token (as spaCy gives it: proper nouns keep their case)."""
        return self._strings(LEMMA)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``Token.lemma_.lower()`` of every token (lemmas of proper nouns keep their case in spaCy)."""
        return self._strings(LEMMA, lowered=True)

    @cached_property
    def pos(self) -> list[str]:
        """``Token.pos_`` of every token."""
        return self._strings(POS)

    @cached_property
    def dep(self) -> list[str]:
        """``Token.dep_`` of every token."""
        return self._strings(DEP)

    @cached_property
    def heads(self) -> list[int]:
        """``Token.head.i`` of every token (a root is its own head)."""
        if self.doc is None:
            return []
        # HEAD is stored as an offset from the token, in an unsigned array: cast back to signed
        return (np.arange(len(self.doc)) + self.doc.to_array(HEAD).astype(np.int64)).tolist()

    @cached_property
    def orth(self) -> list[str]:
        """``Token.text`` of every token."""
        return self._strings(ORTH)

    @cached_property
    def tag(self) -> list[str]:
        """``Token.tag_`` of every token."""
        return self._strings(TAG)

    @cached_property
    def ent_type(self) -> list[str]:
        """``Token.ent_type_`` of every token ('' outside entities)."""
        return self._strings(ENT_TYPE)

    @cached_property
    def is_punct(self) -> list[bool]:
        """``Token.is_punct`` of every token."""
        return self._flags(IS_PUNCT)

    @cached_property
    def is_space(self) -> list[bool]:
        """``Token.is_space`` of every token."""
        return self._flags(IS_SPACE)

    def _flags(self, attr: int) -> list[bool]:
        return [] if self.doc is None else self.doc.to_array(attr).astype(bool).tolist()

    @cached_property
    def children(self) -> list[list[int]]:
        """``[c.i for c in Token.children]`` of every token (in token order), from :attr:`heads`:
        a walk over the tree reads lists, not Python Token objects made one child at a time."""
        kids: list[list[int]] = [[] for _ in self.heads]
        for i, h in enumerate(self.heads):
            if h != i:
                kids[h].append(i)
        return kids

    def sentence_of_token(self, i: int) -> int:
        """Index in :attr:`sentences` of the sentence holding token ``i`` (``Token.sent``, without
        making the Span)."""
        if not self.sentence_tokens:  # as Token.sent: no sentence without boundaries
            raise ValueError("the pipeline sets no sentence boundaries (add a parser or senter)")
        return bisect_right(self.sentence_tokens, i) - 1

    def sentence_token_span(self, i: int) -> tuple[int, int]:
        """``(Token.sent.start, Token.sent.end)`` of token ``i``."""
        k = self.sentence_of_token(i)
        return self.sentence_tokens[k], (self.sentence_tokens[k + 1] if k + 1 < len(self.sentence_tokens)
                                         else len(self.doc))

    def subtree_size(self, i: int) -> int:
        """``len(list(Token.subtree))`` of token ``i``, counted on :attr:`children`."""
        size, stack = 0, [i]
        while stack:
            size += 1
            stack += self.children[stack.pop()]
        return size

    def end(self, i: int) -> int:
        """Character offset where token ``i`` ends (``Token.idx + len(Token.text)``)."""
        return self.token_starts[i] + len(self.orth[i])

    def para(self, char: int) -> tuple[int, int]:
        """The paragraph containing ``char`` (the whole text when there is none)."""
        k = bisect_right(self.para_starts, char) - 1  # (asked tens of thousands of times per 100k words)
        return self.paragraphs[k if k > 0 else 0] if self.paragraphs else (0, len(self.text))

    def token_at(self, char: int) -> Token | None:
        """The token that starts at or before ``char`` (None before the first token)."""
        k = bisect_right(self.token_starts, char) - 1
        return self.doc[k] if 0 <= k < len(self.token_starts) else None

    def tokens(self, a: int, b: int) -> Iterator[Token]:
        """The tokens starting in ``[a, b)``."""
        return (self.doc[i] for i in range(bisect_left(self.token_starts, a), bisect_left(self.token_starts, b)))

    @cached_property
    def _spans(self) -> dict[tuple[int, int], Span | None]:
        return {}

    def span(self, start: int, end: int) -> Span | None:
        """The smallest span of tokens covering ``[start, end)`` (``Doc.char_span`` with
        ``alignment_mode="expand"``), made once per article and range: the marker rules ask for the
        tokens of one hit many times, and a Span costs as much as a look-up in the doc."""
        span = self._spans.get((start, end), False)
        if span is False:
            span = self._spans[start, end] = self.doc.char_span(start, end, alignment_mode="expand")
        return span

    def token_text(self, a: int, b: int) -> str:
        """``Doc[a:b].text`` (the text of tokens ``a`` to ``b - 1``, without the whitespace after the last),
        read from the token offsets, without making the Span and its Tokens."""
        return self.text[self.token_starts[a]:self.end(b - 1)] if b > a else ""
