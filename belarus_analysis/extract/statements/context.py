"""Statements: the per-article context the rules share (the :class:`ArticleView` plus blocked
and quoted characters) and the small records they pass around (cues, speakers, found statements)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..actors import ActorIndex, actor_index
from ..quotes import MARKS, Quote
from ..view import ArticleView
from .lexicon import CueWord, Lexicon, lexicon


@dataclass
class Speaker:
    start: int
    end: int
    head: Token | None  # head word of the speaker NP (None for a tweet signature)
    verb: Token | None = None  # the verb it is the subject of (for 'on behalf of')


@dataclass
class Cue:
    words: tuple[Token, ...]
    entry: CueWord
    kind: str  # verb | prep | noun
    speaker: Speaker | None = None
    agentless: bool = False  # "it was announced that …"
    unattributed: bool = False  # "X was declared the winner": a personal passive naming no one (no speaker)
    content: tuple[int, int] | None = None
    head: Token = field(init=False)  # words[0], the word the cue hangs on (an attribute: every rule asks)

    def __post_init__(self) -> None:
        self.head = self.words[0]

    @cached_property
    def text_span(self) -> tuple[int, int]:
        """The cue as written: all its words if contiguous ('called for'), else the
        noun of a prepositional cue ('words' in 'In X's words') or the verb ('made').
        (Found once: the quotes' attribution and every output row ask; a cue's words never change.)"""
        a, b = self.words[0], self.words[-1]
        if b.i == a.i + len(self.words) - 1:
            return a.idx, _end(b)
        w = b if self.kind == "prep" else a
        return w.idx, _end(w)


@dataclass
class Found:
    """A statement before actor resolution."""

    kind: str
    start: int
    end: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    marks: str | None = None
    via: str = ""  # '' or 'previous' (continuation) or 'shared'
    actor: str | None = None
    resolution: str = "none"
    group: str | None = None  # the actor's group, or the group a description implies
    part_of: Found | None = None  # the first piece of an interrupted quotation this piece continues


@dataclass
class Ctx:
    """The shared article view plus what the statements rules add to it."""

    view: ArticleView
    lex: Lexicon
    idx: ActorIndex
    headlines: list[tuple[int, int]] = field(default_factory=list)
    headline_starts: list[int] = field(default_factory=list)
    # Quotation marks, for _balance: offsets of opening and closing marks, and the running
    # maximum of quote ends over the start-sorted quotes (quotes before the first index
    # whose running end passes a span's start cannot touch the span).
    opens: frozenset[int] = frozenset()
    closes: frozenset[int] = frozenset()
    quote_reach: list[int] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)  # of the start-sorted quotes: quote_at bisects
    blocked: bytearray = field(default_factory=bytearray)  # 1 = inside a quote, post or headline
    quoted: bytearray = field(default_factory=bytearray)  # 1 = between a pair of marks
    hung: dict[int, Token | None] = field(default_factory=dict)  # verb -> its agent hung on a complement (content._hung)
    speakers: dict[tuple[int, int], Speaker] = field(default_factory=dict)  # (word, verb) -> speakers._speaker_of

    @property
    def doc(self) -> Doc:
        return self.view.doc

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def paras(self) -> list[tuple[int, int]]:
        return self.view.paragraphs

    @property
    def quotes(self) -> list[Quote]:
        return self.view.quotes.quotes

    def quote_at(self, start: int, end: int | None = None) -> Quote | None:
        """The first quote whose words start at ``start`` (and end at ``end``, if given), or None
        (a bisection: rules ask per cue and per post, and a long article holds many quotes)."""
        k = bisect_left(self.quote_starts, start)
        while k < len(self.quote_starts) and self.quote_starts[k] == start:
            if end is None or self.quotes[k].end == end:
                return self.quotes[k]
            k += 1
        return None

    def block(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark text that is someone's words (or a headline): no reporting cues there."""
        for a, b in spans:
            self.blocked[a:b] = b"\x01" * (b - a)

    def is_headline(self, char: int) -> bool:
        """Is ``char`` inside a headline paragraph (bisect over the sorted headline spans)?"""
        k = bisect_right(self.headline_starts, char) - 1
        return k >= 0 and char < self.headlines[k][1]

    def is_blocked(self, char: int) -> bool:
        return 0 <= char < len(self.blocked) and self.blocked[char] == 1


def _end(t: Token) -> int:
    return t.idx + len(t.text)


_SIGNED = re.compile(r"[.!?…][" + re.escape(MARKS) + r"]\s*[—–―]")  # see _is_headline
_QUOTE_THEN_WORDS = re.compile(r"[.!?…,][" + re.escape(MARKS) + r"]\s+\w")  # see _is_headline
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _is_headline(line: str) -> bool:
    """A short title-case line without final punctuation (subheading, 'Notes to Editors'), or
    with a final period when it is very short ('All Bets Are Off.': some feeds end every
    paragraph, headings too, with one) and holds no quoted sentence with words after it."""
    core = line.strip().rstrip(MARKS + " ")
    if len(core.split(None, 12)) > 12:  # (most paragraphs: over twelve words, no heading, told before the scans)
        return False
    if _SIGNED.search(core):
        return False  # '“…” — Foreign Minister Anna Berg': a signed quotation
    if core.endswith(".") and not core.endswith("..") and len(core.split()) <= 6:
        if _QUOTE_THEN_WORDS.search(core):
            return False  # '“Long live Belarus!” Kell said.': a short quotation and its attribution
        core = core[:-1]
    if not core or core[-1] in ".!?:;,…" or len(core.split()) > 12:
        return False
    words = [w for w in _WORD.findall(core) if len(w) > 1]
    caps = [w for w in words if w[0].isupper()]
    return bool(words) and len(caps) >= 0.6 * len(words)


def _sentence_bounds(ctx: Ctx, char: int) -> tuple[int, int]:
    """The parser's sentence around ``char``, cut to its paragraph."""
    lo, hi = ctx.view.para(char)
    t = ctx.view.token_at(char)
    if t is None or not ctx.doc.has_annotation("SENT_START"):
        return lo, hi
    start, end = ctx.view.sentences[ctx.view.sentence_of_token(t.i)]
    return max(lo, start), min(hi, end)


def _to_infinitive(view: ArticleView, i: int) -> bool:
    """Is token ``i`` a to-infinitive ('to welcome', 'to have won'): has it 'to' as an auxiliary?"""
    return any(view.dep[c] == "aux" and view.lower[c] == "to" for c in view.children[i])


def _verbal(t: Token) -> bool:
    """Is ``t`` a verb, also one the tagger took for a noun ('…, the Agency reports.', '…, rights groups
    report.': a noun has no nominal subject before it)?"""
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or any(
        c.dep_ == "ccomp" or c.dep_ == "nsubj" and (t.tag_ == "NNS" or t.tag_ == "NN" and c.i < t.i)
        for c in t.children)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _first_token_at(ctx: Ctx, char: int) -> int:
    """Index of the first token at or after ``char``."""
    return bisect_left(ctx.view.token_starts, char)


def _in_quote(ctx: Ctx, char: int) -> bool:
    return 0 <= char < len(ctx.quoted) and ctx.quoted[char] == 1


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _same_title(line: str, title: str | None) -> bool:
    """Is the paragraph the article's title as written in its metadata (a headline in sentence
    case, 'EU calls on X to release all detainees', that the capitals test misses)?"""
    if not title:
        return False
    def key(s: str) -> str:
        return " ".join(s.split()).strip(" .").casefold()
    return bool(key(title)) and key(line) == key(title)


def _context(view: ArticleView, title: str | None = None) -> Ctx:
    text = view.text
    ctx = Ctx(view, lexicon(), actor_index())
    ctx.quoted = bytearray(len(text))
    for q in ctx.quotes:
        ctx.quoted[q.start:q.end] = b"\x01" * (q.end - q.start)
    ctx.headlines = [(a, b) for a, b in ctx.paras if _is_headline(text[a:b]) or _same_title(text[a:b], title)]
    ctx.headline_starts = [a for a, _ in ctx.headlines]
    ctx.blocked = bytearray(len(text))
    ctx.block(ctx.headlines)
    ctx.opens = frozenset(q.start - 1 for q in ctx.quotes)
    ctx.closes = frozenset(q.end for q in ctx.quotes if q.close)
    ctx.quote_reach = list(accumulate((q.end for q in ctx.quotes), max))
    ctx.quote_starts = [q.start for q in ctx.quotes]
    return ctx

