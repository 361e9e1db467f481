"""Classification: the kind, unit, subject and qualifier of each figure, from the parse and the rules."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

import pandas as pd
from spacy.tokens import Doc, Token

from ...nlp import NAME_ENTS
from .. import actors
from ..markers.lexicons import load_lexicons
from ..prefilter import Prefilter
from ..trie import fold_case
from ..view import ArticleView
from .core import TIME_WORDS, Figure, after_name, previous_word, sentence_initial
from .dates import FRAMING_YEAR, resolve_date
from .lexicons import (PREVIOUS, Qualifiers, Rule, Source, indexed, load_qualifiers, load_rules, load_scopes,
                       load_sources)
from .numbers import TENS, UNITS
from .reference import election_days, measure_of

# Between a share and its number of votes: "1.68% (97,926 votes)".
_OPENING = re.compile(r"\s*\(\s*")
# Kinds whose lists continue without a repeated cue (see continue_lists).
LISTED = ("vote_share", "turnout", "against_all")
# Between two shares of one owner: "won 80 percent in 2020 and 86.8 percent in 2025" (years, connectives).
_SAME_OWNER = re.compile(r"(?:[\s,;]|\b(?:in|and|to|from|then|up|down|rising|falling|after|before|(?:19|20)\d\d)\b)*")
# A clause whose subject is "it", referring back to the measure of the previous figure across a sentence
# or semicolon: "Turnout was 85.7 percent. In the Gomel region it was 89.8 percent"; "…; on Thursday it rose to".
_IT_REFERS = re.compile(r"\bit(?:\s+(?:has|had|then|later|also|again|only))?\s+(?:was|is|stood|rose|fell|dropped|"
                        r"climbed|reached|grew|increased|decreased|amounted|came|jumped)\b[^.;:]{0,40}$", re.IGNORECASE)
PRONOUNS = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
# Between a share and its owner: "80 percent of the vote for X", "80 percent voted for X".
# An apposition may sit between them: "4,100,000 people, or 80.23 percent, voted for X"; another
# figure may not ("80.1 percent against 10.12 percent for Y": the 80.1 is not Y's). The voters the share is of
# count as one word, and so does the casting of ballots ("86.82 percent of those who voted, cast their ballots for X").
_FOR_ACTOR = re.compile(r"(?:,?\s+(?:or\s+[\d.,]+\s*(?:percent|per\s+cent|%)|of\s+(?:those|people|citizens|voters)\s+"
                        r"who\s+(?:voted|took\s+part|participated)|[^\W\d][\w’'.-]*)){0,5}?,?\s+"
                        r"(?:cast(?:ing)?\s+(?:their\s+|a\s+)?(?:ballots?|votes?)\s+)?(?:for|supported|backed|chose)\s+(?:the\s+)?",
                        re.IGNORECASE)


# Where a sentence segment ends: a semicolon or a line break, unless the next line goes on in lower case (a
# text stored with hard-wrapped lines: "the official exit poll\nannounced Petrov's victory with 79.7 percent").
_SEGMENT_END = re.compile(r";|\n(?![^\S\n]*[a-z])")
CUE_PLACES = ("noun", "before", "after", "clause")  # where a cue rule looks (figure_kinds.csv: where)


def _person_ids() -> frozenset[str]:
    return actors.actor_index().persons


def _published(article: Mapping) -> date | None:
    value = article.get("published")
    try:
        return None if value is None or pd.isna(value) else pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


@dataclass
class Context:
    """One parsed article and what every figure of it needs to be classified."""

    doc: Doc
    text: str
    segments: list[tuple[int, int]]  # sentences, cut further at line breaks and semicolons
    segment_starts: list[int]
    token_starts: list[int]
    published: date | None
    election: object
    rules: tuple[Rule, ...]
    qualifiers: Qualifiers
    sources: tuple[Source, ...]
    scopes: tuple[Source, ...]
    polling_day: date | None  # of the article's election
    view: ArticleView  # the token arrays (no Token objects where a rule reads only attributes)
    # (segment start, end) -> the source cues in it (see source_matches)
    source_cues: dict[tuple[int, int], list[tuple[int, int, int]]] = field(default_factory=dict)
    rule_filter: Prefilter = field(init=False, repr=False)  # of rules (see _rule_index)
    source_filter: Prefilter = field(init=False, repr=False)  # of sources
    # family -> (index, rule) of the cue rules (see _match_rule) that apply to it, in file order
    cue_rules: dict[str, list[tuple[int, Rule]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rule_filter, self.cue_rules = indexed(self.rules, _rule_index)
        self.source_filter = indexed(self.sources, _source_filter)

    @classmethod
    def build(cls, view: ArticleView, article: Mapping) -> Context:
        doc, text = view.doc, view.text
        segments = []
        breaks = [m.end() for m in _SEGMENT_END.finditer(text)]  # one scan, not one per sentence
        for start, end in view.sentences:  # offsets, not Spans (Span.text re-joins its tokens)
            # the breaks inside the sentence: a break character at start <= p < end ends at p + 1
            cuts = [start, *breaks[bisect.bisect_right(breaks, start):bisect.bisect_right(breaks, end)], end]
            segments += [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
        election = article.get("election")
        polling_day = None if election is None or pd.isna(election) else election_days().get(int(election))
        return cls(doc, text, segments, [a for a, _ in segments], view.token_starts, _published(article),
                   election, load_rules(), load_qualifiers(), load_sources(), load_scopes(), polling_day, view)

    @cached_property
    def persons(self) -> list[tuple[int, int, str]]:
        """Person mentions ``(start, end, actor_id)``, in text order (one regex scan), found when a figure
        first asks: in many articles none does (dates, counts without an owner)."""
        person_ids = _person_ids()
        return [(s, e, a) for s, e, a, _ in actors.actor_index().mentions(self.text) if a in person_ids]

    @cached_property
    def person_starts(self) -> list[int]:
        return [s for s, _, _ in self.persons]

    def person_after(self, pos: int, hi: int) -> tuple[int, int, str] | None:
        """The first person mention starting at or after ``pos`` and ending by ``hi`` (bisection:
        a long article holds many persons, and every figure asks)."""
        for j in range(bisect.bisect_left(self.person_starts, pos), len(self.persons)):
            p = self.persons[j]
            if p[0] > hi:
                return None
            if p[1] <= hi:
                return p
        return None

    def person_before(self, lo: int, pos: int) -> tuple[int, int, str] | None:
        """The last person mention starting at or after ``lo`` and ending by ``pos``."""
        for j in range(bisect.bisect_right(self.person_starts, pos) - 1, -1, -1):
            p = self.persons[j]
            if p[0] < lo:
                return None
            if p[1] <= pos:
                return p
        return None

    def person_at(self, pos: int) -> str | None:
        """The actor of the person mention covering ``pos`` (one regex scan found them: they do not
        overlap, so only the last one starting by ``pos`` can)."""
        j = bisect.bisect_right(self.person_starts, pos) - 1
        return self.persons[j][2] if j >= 0 and pos < self.persons[j][1] else None

    def persons_between(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The person mentions starting at or after ``lo`` and ending by ``hi``, in text order."""
        window = self.persons[bisect.bisect_left(self.person_starts, lo):bisect.bisect_right(self.person_starts, hi)]
        return [p for p in window if p[1] <= hi]

    def segment(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.segment_starts, pos) - 1
        return self.segments[max(i, 0)] if self.segments else (0, len(self.text))

    def source_matches(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """``(order, start, end)`` of every match of every source cue (``sources[order]``) in the
        segment ``[lo, hi)``; searched once per segment, which the figures of a sentence share."""
        found = self.source_cues.get((lo, hi))
        if found is None:
            possible = self.source_filter.candidates(self.text[lo:hi])  # most cues' words are absent
            found = self.source_cues[lo, hi] = [(order, m.start(), m.end()) for order in possible
                                                for m in self.sources[order].pattern.finditer(self.text, lo, hi)]
        return found

    def token(self, pos: int) -> Token | None:
        i = bisect.bisect_right(self.token_starts, pos) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None


def _rule_index(rules: tuple[Rule, ...]) -> tuple[Prefilter, dict[str, list[tuple[int, Rule]]]]:
    """The literal filter of ``rules`` (:class:`~belarus_analysis.extract.prefilter.Prefilter`: which
    rows can match in a stretch of text, a literal every match needs occurring in it) and, by family,
    ``(index, rule)`` of the cue rules that apply to it."""
    cue_rules: dict[str, list[tuple[int, Rule]]] = {}
    for k, r in enumerate(rules):
        if r.where in CUE_PLACES:
            for family in r.applies_to:
                cue_rules.setdefault(family, []).append((k, r))
    return Prefilter(tuple(r.pattern for r in rules)), cue_rules


def _source_filter(sources: tuple[Source, ...]) -> Prefilter:
    """The literal filter of ``sources`` (as :func:`_rule_index`'s of the rules)."""
    return Prefilter(tuple(s.pattern for s in sources))


def _noun_phrase(ctx: Context, end: int) -> str:
    """The counted noun phrase after a figure: "four other candidates, …" -> "other candidates".

    Skips a partitive "of (the|their …)" ("hundreds of peaceful protestors", "15 of our citizens"); stops at
    the sentence end.
    """
    v = ctx.view  # token attributes from the arrays: a figure reads up to ten tokens
    i = bisect.bisect_left(ctx.token_starts, end)
    toks = list(range(i, min(i + 10, len(ctx.token_starts))))
    if toks and v.lower[toks[0]] == "of":
        toks = toks[1:]
        while toks and (v.pos[toks[0]] == "DET" or v.tag[toks[0]] == "PRP$"):
            toks = toks[1:]
    last = None
    for n, k in enumerate(toks):
        if n and v.sentence_token_span(k)[0] == k:  # Token.is_sent_start
            break
        if v.pos[k] in ("NOUN", "PROPN"):
            last = n
        elif not (v.pos[k] == "ADJ" or v.tag[k] in ("VBG", "VBN") or v.orth[k] in "-‐"):
            break
    return ctx.text[v.token_starts[toks[0]]:v.end(toks[last])].lstrip("-‐ ") if last is not None else ""


def set_rooms(figures: Sequence[Figure], length: int) -> None:
    """Record, for each figure, where its neighbours of the same family end and start."""
    last: dict[str, Figure] = {}
    for f in figures:
        prev = last.get(f.family)
        f.room = (prev.end if prev else 0, length)
        if prev:
            prev.room = (prev.room[0], f.start)
        last[f.family] = f


def _windows(ctx: Context, f: Figure) -> tuple[int, int]:
    """Where a figure's cue words may be: its sentence segment, cut at neighbours of the same family."""
    lo, hi = ctx.segment(f.start)
    return max(lo, f.room[0]), min(hi, f.room[1])


def _match_rule(ctx: Context, f: Figure, lo: int, hi: int, noun: str) -> Rule | None:
    """The first cue rule (noun/before/after/clause) of ``f``'s family that matches."""
    return next(_matching_rules(ctx, f, lo, hi, noun), None)


# The lower end of a range and its joint, right before the upper end: "between 50 and ", "50 to ", "50–"
_RANGE_LEFT = re.compile(r"(?:\bbetween\s+)?\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b)?\s*(?:–|—|-|\bto\b|(?<=\d)\s+and\b)\s*$",
                         re.IGNORECASE)


def _matching_rules(ctx: Context, f: Figure, lo: int, hi: int, noun: str) -> Iterator[Rule]:
    """The cue rules (noun/before/after/clause) of ``f``'s family that match, in file order, each searched
    when asked for: :func:`_match_rule` takes the first, a date the kinds of all (one pass over its rules,
    not one per kind it asks about)."""
    left, right = ctx.text[lo:f.start], ctx.text[f.end:hi]
    # a qualifier between a cue and the number is not part of the cue ("put her share at no more than 30
    # percent"): a "before" row anchored at the number also sees the text before the qualifier
    q = ctx.qualifiers.before.search(left, max(0, len(left) - 30))
    lefts = (left, left[:q.start()]) if q else (left,)
    # the upper end of a range sees the cue before its lower end ("put her share at between 50 and 56
    # percent"); the lower end takes the upper end's kind (inherit_ranges)
    r = _RANGE_LEFT.search(lefts[-1], max(0, len(lefts[-1]) - 40))
    lefts = (*lefts, lefts[-1][:r.start()]) if r else lefts
    targets = {"noun": (noun,), "before": lefts, "after": (right,), "clause": (left, right)}
    folded = {t: fold_case(t) for t in (noun, *lefts, right)}
    may_match = ctx.rule_filter.may_match
    for k, r in ctx.cue_rules.get(f.family, ()):  # a rule whose words are absent is not searched (most are)
        for t in targets[r.where]:  # a loop, not any() over a generator: asked for a dozen rules per figure
            if may_match(k, t, folded[t]) and r.pattern.search(t):
                yield r
                break


def source_cue(ctx: Context, f: Figure, *, claimed: Sequence[tuple[int, int]] = ()) -> Source | None:
    """Where ``f`` comes from: the row of ``figure_sources.csv`` whose cue is nearest to it in
    its sentence segment ("won 79.7 percent, according to a state exit poll" -> exit_poll), one in the
    figure's own clause first ("Exit polls showed X winning 80%, while independent polls suggested Y won
    71%": 80% exit_poll, 71% independent_count), or None. A cue outside ``f``'s own clause but inside
    one of the ``claimed`` stretches (those of the other result figures, see :func:`result_stretches`)
    is that figure's: in "X received 10.1 percent, while her campaign claimed she won 60 percent" the
    campaign is the source of the 60 percent only. The row's ``kind`` is the figure's ``source_kind``, its
    ``stage`` the official stage the sentence names ('according to preliminary results'), if any. A member
    of a list (:func:`continue_lists`) with no cue in its own clause takes the source of the member it
    continues."""
    lo, hi = ctx.segment(f.start)
    a, b = _stretch(ctx, f)
    best: tuple[bool, int, int] | None = None
    for order, start, end in ctx.source_matches(lo, hi):
        distance = start - f.end if start >= f.end else max(f.start - end, 0)
        outside = not (a <= start and end <= b)  # a cue in the figure's own clause comes first
        if outside and any(c <= start and end <= d for c, d in claimed if (c, d) != (a, b)) and not (
                _same_verb(ctx, start, f.start)):
            continue
        key = (outside, distance, order)
        best = min(best, key) if best else key
    if best is None or (best[0] and f.listed_after is not None):
        # a list member with no cue in its own clause comes from where its list does ('a poll showed 78.5%
        # voting for X and only 6% for Y')
        return source_cue(ctx, f.listed_after, claimed=claimed) if f.listed_after is not None else None
    found = ctx.sources[best[2]]
    return _antecedent(ctx, lo) if found.kind == PREVIOUS else found


def _verb_over(ctx: Context, char: int) -> Token | None:
    """The verb the token at ``char`` depends on (itself if a verb), or None."""
    tok = ctx.token(char)
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _same_verb(ctx: Context, cue: int, figure: int) -> bool:
    """Do a source cue and a figure depend on one verb? Then the cue is the source of every figure of
    that verb, also of a later member of an elliptical list ("An exit poll gave X 79.7 percent and Y 6.8
    percent": the exit poll's two shares), while a cue in another clause stays that clause's ("X received
    10.1 percent, while her campaign claimed she won 60 percent")."""
    verb, other = _verb_over(ctx, cue), _verb_over(ctx, figure)
    return verb is not None and other is not None and verb.i == other.i


def _antecedent(ctx: Context, before: int) -> Source | None:
    """The source named last before ``before`` ('Lukashenko won 79.7%, according to an official exit poll.
    X came second with 6.8%, according to the poll': the exit poll), or None."""
    last: tuple[int, int] | None = None
    for order, src in enumerate(ctx.sources):
        if src.kind == PREVIOUS:
            continue
        for m in src.pattern.finditer(ctx.text, 0, before):
            last = max(last, (m.start(), -order)) if last else (m.start(), -order)
    return ctx.sources[-last[1]] if last else None


def result_stretches(ctx: Context, figures: Sequence[Figure]) -> list[tuple[int, int]]:
    """The own stretches (:func:`_stretch`) of the figures compared with an official result."""
    return [_stretch(ctx, f) for f in figures if measure_of(f.kind, f.unit)]


# Punctuation that closes the stretch of a sentence a figure's own scope words may be in.
_CLAUSE_BREAK = re.compile(r"[,:;(–—]")


def _stretch(ctx: Context, f: Figure) -> tuple[int, int]:
    """Where the text about ``f`` starts and ends (``text[a:f.start]``, ``text[f.end:b]``): from the
    last clause break after the previous figure of its family (the start of the sentence for the first
    one) to the first clause break after it."""
    lo, hi = _windows(ctx, f)
    if lo > ctx.segment(f.start)[0]:  # a previous figure of the family: start after its clause
        breaks = list(_CLAUSE_BREAK.finditer(ctx.text, lo, f.start))
        lo = breaks[-1].end() if breaks else lo
    after = _CLAUSE_BREAK.search(ctx.text, f.end, hi)
    return lo, after.start() if after else hi


def _sides(ctx: Context, f: Figure) -> tuple[str, str]:
    a, b = _stretch(ctx, f)
    return ctx.text[a:f.start], ctx.text[f.end:b]


def scope_of(ctx: Context, f: Figure) -> str | None:
    """The scope of ``f`` (``figure_scopes.csv``: a region's or a city's figure, an intermediate one of
    polling day), or None for a national result. Its scope words are in its own stretch of the sentence
    (see :func:`_stretch`): "Turnout was 84.05 percent: in the Gomel region it was 89.81 percent" -> only
    89.81 is regional."""
    sides = _sides(ctx, f)
    return next((s.kind for s in ctx.scopes for part in sides if s.pattern.search(part)), None)


# How many sentences after its own a paragraph-reaching cue covers: a text stored without paragraph breaks
# is one paragraph, and a partial count named in its opening must not reach the final result further on.
REACH_SENTENCES = 2


def _reaches(ctx: Context, figures: Sequence[Figure]) -> list[tuple[int, int, str]]:
    """``(start, end, scope)`` of the stretches a paragraph-reaching scope cue covers (``figure_scopes.csv``,
    ``reach``): from the start of the cue's sentence to the end of its paragraph, at most ``REACH_SENTENCES``
    sentences further ("… said after getting data from all closed polling stations": the shares of that
    sentence and of the next ones of its paragraph are a partial count). A cue whose sentence reports no figure
    of ``figures`` (other than a date or an ordinal) names no count whose figures follow ("Closed polling
    stations were a concern for observers."): it covers its own sentence only. The rows are tried only near
    their words (:meth:`Prefilter.matches <belarus_analysis.extract.prefilter.Prefilter.matches>`): their
    patterns open with ``\\b``, which gives ``re`` no first character to skip ahead to, and a plain scan of
    the text tried every position of it."""
    out = []
    cues, filtered = indexed(ctx.scopes, _paragraph_cues)
    sentences, starts = ctx.view.sentences, ctx.view.sentence_starts
    counts = sorted(f.start for f in figures if f.kind not in ("date", "ordinal"))  # bisected: a long article has many
    for k, m in filtered.matches(ctx.text):  # row by row, each one's matches those of its finditer
        i = max(bisect.bisect_right(starts, m.start()) - 1, 0)
        j = bisect.bisect_left(counts, sentences[i][0])
        counted = j < len(counts) and counts[j] < sentences[i][1]
        last = sentences[min(i + REACH_SENTENCES, len(sentences) - 1) if counted else i][1]
        out.append((min(sentences[i][0], m.start()), min(ctx.view.para(m.start())[1], last), cues[k].kind))
    return out


def _paragraph_cues(scopes: tuple[Source, ...]) -> tuple[tuple[Source, ...], Prefilter]:
    """The paragraph-reaching rows of ``scopes``, in file order, and their literal filter (see :func:`indexed`)."""
    cues = tuple(s for s in scopes if s.reach == "paragraph")
    return cues, Prefilter(tuple(s.pattern for s in cues))


# Between two members of one list: a separator and, at most, the bare name of the next member
# ("Brest 92.1%, Vitebsk 90.4%, …, Minsk city 66.1%").
_LIST_MEMBER = re.compile(r"\s*(?:,|;|and|,\s*and)\s*(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z]+\s+)?")


def scope_lists(ctx: Context, figures: Sequence[Figure]) -> None:
    """Set each figure's ``scope`` (:func:`scope_of`); a member of a list whose earlier member has a
    scope ("Regional turnout: Brest 92.1%, Vitebsk 90.4%") takes it when only a separator and the
    member's bare name stand between them: the list's heading scopes all of it. So does a member that
    continues the previous sentence's figure through "it" (:func:`continue_lists`: "Early-voting turnout
    was 5.1 percent; on Wednesday it climbed to 6.3 percent"), "it" being that figure's measure. A result
    figure with no scope of its own takes that of a paragraph-reaching cue before it (:func:`_reaches`)."""
    previous = None
    reaches: list[tuple[int, int, str]] | None = None
    for f in (f for f in figures if f.family == "percent"):
        f.scope = scope_of(ctx, f)
        if f.scope is None and measure_of(f.kind, f.unit):
            reaches = _reaches(ctx, figures) if reaches is None else reaches
            f.scope = next((kind for a, b, kind in reaches if a <= f.start < b), None)
            if f.scope:
                f.notes.append("a partial count named in its paragraph")
        same = previous is not None and ctx.segment(previous.start) == ctx.segment(f.start)
        if (f.scope is None and previous is not None and previous.scope and f.kind == previous.kind
                and (same and _LIST_MEMBER.fullmatch(ctx.text[previous.end:f.start])
                     or not same and f.listed_after is previous)):
            f.scope = previous.scope
            f.notes.append(f"{f.scope} scope continued from a list")
        previous = f


# "the 2015 election", "in the 2015 presidential vote": a year naming an election.
_ELECTION_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:presidential\s+|parliamentary\s+)?"
                            r"(?:elections?|votes?|polls?|ballots?|race|campaign)\b", re.IGNORECASE)
# "the presidential election in 2020", "the vote held in 2015": an election named by the year after it.
_ELECTION_IN_YEAR = re.compile(r"\b(?:elections?|votes?|polls?|ballots?|race)\s+(?:(?:held|staged|conducted)\s+)?"
                               r"in\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "won 80 percent in 2020": a year in the figure's own clause.
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "In 2015, X won 83.5 percent", "Five years earlier, in 2015, X won …": a fronted adverbial of time,
# closed by its comma, frames the clause after it; only at the start of the figure's stretch (after at
# most one other fronted phrase), so "X, who came to power in 1994, won 87 percent" names no election.
_FRONTED_YEAR = re.compile(r"^\s*(?:[^,]*,\s*)?(?:back\s+)?in\s+((?:19|20)\d\d)\s*,", re.IGNORECASE)
# "more votes than in 2015, when he won 83.5 percent": a when clause dated by the year right before it.
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d)\s*,?\s+when\b[^.;,]*$", re.IGNORECASE)

# "Five years ago X claimed 80.1 percent", "four years earlier": a year counted back from the publication date.
_YEARS_AGO = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
                        r"\s+years?\s+(?:ago|earlier|before)\b", re.IGNORECASE)


def stated_election(ctx: Context, f: Figure) -> int | None:
    """The election year a result figure's own stretch names ("In the 2015 election, X won 83.5
    percent", "80 percent in 2020 and 86.8 percent in 2025", "In 2015, X won 83.5 percent", "When
    Belarus last staged a presidential election in 2020, X was declared the winner with 80%", "Five years ago X
    claimed 80.1 percent" in a text of 2025, "more votes than in 2015, when he won 83.5 percent"), or None; a
    year after the figure wins."""
    left, right = _sides(ctx, f)
    left_clause = _CLAUSE_BREAK.split(left)[-1]
    for rx, text in ((_ELECTION_YEAR, right), (_IN_YEAR, right), (_ELECTION_YEAR, left), (_ELECTION_IN_YEAR, left),
                     (_IN_YEAR, left_clause), (_FRONTED_YEAR, left), (_YEAR_WHEN, left)):
        found = rx.findall(text)
        if found:
            return int(found[0] if text is right else found[-1])
    if ctx.published is None:
        return None
    # a year counted back from the publication date, when it dates the figure's own verb ("Five years ago, turnout
    # was 84 percent"; not 'X, who came to power 31 years ago, won …'), also one of no studied vote ("Ten years
    # ago he won 83.5 percent" in 2025: the 2015 result, compared with none)
    starts = ((f.start - len(left), left), (f.end, right))
    ago = next((m for at, side in starts for m in _YEARS_AGO.finditer(side) if _same_verb(ctx, at + m.end() - 1, f.start)),
               None)
    if ago is not None:
        n = ago[1].lower()
        return ctx.published.year - (int(n) if n.isdigit() else UNITS[n] if n in UNITS else TENS[n])
    return None


def _classify_date(ctx: Context, f: Figure, lo: int, hi: int) -> None:
    """Resolve a date (gold guide §11): a year stated by the sentence, the polling day of the
    article's election in a sentence about the vote, else the publication date."""
    framed = FRAMING_YEAR.match(ctx.text, ctx.segment(f.start)[0])
    if framed and f.date.year is None and f.date.month is not None and framed.end() <= f.start:
        f.date.year = int(framed["year"])  # "In 2020, … on 16 August": the sentence states the year
        f.notes.append("year from the sentence")
    day = ctx.polling_day
    cued = {r.kind for r in _matching_rules(ctx, f, lo, hi, "")}
    if (f.date.year is None and day is not None and (f.date.month, f.date.day) == (day.month, day.day)
            and "election_day" in cued):
        f.date.year = day.year  # "As the House will recall, on 9 August …" in a text of 2021
        f.notes.append("year from the election's polling day")
    future = "future" in cued or _in_campaign(ctx, f)
    iso, note = resolve_date(f.date, ctx.published, future=future)
    f.kind, f.unit, f.iso_date = "date", "date", iso
    f.notes += [note] if note else []
    f.announces = "announced" in cued


def _in_campaign(ctx: Context, f: Figure) -> bool:
    """Does a year-less day fall in the days left before the article's polling day ('early voting runs until
    Saturday, January 25' in a text of 21 January, 'a meeting on 21 July' dated 20 July, three weeks before
    the vote)? Read back into last year it would date the campaign a year early: a text written before its
    vote counts these days forward (gold guide §11, future context)."""
    p, published, day = f.date, ctx.published, ctx.polling_day
    if p.year is not None or p.month is None or p.day is None or published is None or day is None:
        return False
    ahead, _ = resolve_date(p, published, future=True)
    return published <= day and ahead is not None and ahead <= day.isoformat()


def announcement_day(ctx: Context, f: Figure, announcing: Sequence[Figure]) -> date | None:
    """The day a result figure's sentence names as the announcement of the results it reports ("the
    authorities declared election results on August 10 which saw X gaining over 80 percent"), when
    after the election's polling day and before the publication date: the figure is compared with what
    was announced by that day (§15 Stage); else None. ``announcing``: the article's dates with ``announces`` set. A
    day of something that followed the announcement ("protests started late on August 9, after the commission
    announced the results") dates it too; the polling day itself dates the announcement of that night, the
    preliminary results the commission publishes after midnight, so the next day's stage is compared."""
    segment = ctx.segment(f.start)
    for d in announcing:
        if d.iso_date and len(d.iso_date) == 10 and ctx.segment(d.start) == segment:
            day = date.fromisoformat(d.iso_date)
            # a day before the polling day announced no result of this election (a year-less date read
            # back from the article's date), and one after the article's date changes nothing
            if (ctx.polling_day is None or day >= ctx.polling_day) and (ctx.published is None or day < ctx.published):
                return day + timedelta(days=1) if day == ctx.polling_day else day
    return None


# --------------------------------------------------------------------------- classification

def _is_name_number(ctx: Context, f: Figure) -> bool:
    """Numbers that name rather than measure: "Vision 2030", "Nordic-Baltic Eight", "Article 23"."""
    if f.family not in ("count", "ordinal"):
        return False
    first, headline = ctx.text[f.start], _title_case(ctx.text, f.start)
    if f.words and first.isupper() and not headline and not sentence_initial(ctx.text, f.start):
        return True
    if f.form == "ordinal" and not first.islower() and not headline and re.match(
            r"\s+[A-Z]", ctx.text[f.end:f.end + 2]):
        return True  # "Second World War" at the start of a sentence, "1st Mechanized Brigade"
    tok = ctx.token(f.start)
    inside_name = tok is not None and tok.ent_type_ in NAME_ENTS and tok.ent_iob_ == "I"
    return inside_name or (not f.words and after_name(ctx.text, f.start))


def _noun_unit(ctx: Context, f: Figure, noun: str) -> str | None:
    """The unit the counted noun gives when the deciding rule names none ("608 people monitored the
    early voting": people; "at 191 polling stations": none, so items)."""
    return next((r.unit for r in ctx.rules if r.where == "noun" and f.family in r.applies_to and r.unit
                 and r.pattern.search(noun)), None) if noun else None


def _plural(ctx: Context, f: Figure, noun: str) -> bool:
    """Is the noun counted by ``f`` plural? A year before a singular noun names the event ("the
    disputed 2020 presidential vote", "Belarus's 2020 vote"), it counts nothing; "2020 votes" or
    "2020 people voted" (the noun of an 'after' cue) can be a count."""
    at = ctx.text.find(noun, f.end) if noun else -1
    tok = ctx.token(at + len(noun) - 1) if at >= 0 else ctx.token(f.end + 1)
    return tok is not None and tok.tag_ in ("NNS", "NNPS")


def _title_case(text: str, pos: int) -> bool:
    """True inside a headline: a line without a final full stop whose other words are mostly capitalised.

    >>> _title_case("Lukashenko Wins Seventh Term in Office", 16), _title_case("The Group of Seven Met Today.", 13)
    (True, False)
    """
    start, end = _line(text, pos)
    line = text[start:end]
    if line.rstrip(" ”’\"'").endswith("."):
        return False  # a sentence (most lines of an article: their words are not read)
    words = [m.group() for m in re.finditer(r"[A-Za-z][\w’'-]*", line)
             if len(m.group()) > 3 and start + m.start() != pos]  # the number word itself does not count
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_attributive_ordinal(ctx: Context, f: Figure, noun: str) -> bool:
    """An ordinal that modifies a noun, stated or elided ("seventh term", "the seventh"), not "first came"."""
    tok = ctx.token(f.start)
    if tok is not None and tok.pos_ == "ADV":
        return False
    return bool(noun) or previous_word(ctx.text, f.start).lower() in ("the", "in")


def _appositive_age(ctx: Context, f: Figure) -> tuple[bool, str | None]:
    """Whether a bare number is the age of the person named just before it, and that person's actor id:
    "Lukashenko, 70, ran" -> (True, "lukashenko"); a person not in actors.csv gives (True, None)."""
    if f.unit is not None or not f.value or f.value > 120 or f.value != int(f.value):
        return False, None
    if not re.match(r"\s*[,);.]", ctx.text[f.end:f.end + 3]) or not (
            m := re.search(r"[,(]\s*$", ctx.text[max(0, f.start - 3):f.start])):
        return False, None
    name_end = f.start - len(m.group())
    named = ctx.person_before(0, name_end)
    if named is not None and named[1] == name_end:
        return True, named[2]
    tok = ctx.token(name_end - 1)
    return tok is not None and tok.ent_type_ == "PERSON", None


def _subject(ctx: Context, f: Figure, lo: int, mode: str) -> str | None:
    """The actor a figure belongs to (gold guide §10), by ``mode`` (see figure_kinds.csv).

    "80 percent (voted) for X", "N voters supported X" name X (nobody when X is not in actors.csv);
    otherwise the nearest person before the
    figure, the antecedent of a he/his/she/her before it, or the nearest after it.
    """
    seg_lo, seg_hi = ctx.segment(f.start)
    right = ctx.person_after(f.end, seg_hi)
    if right and _FOR_ACTOR.fullmatch(ctx.text[f.end:right[0]]):
        return right[2]
    owner = _FOR_ACTOR.match(ctx.text, f.end, seg_hi)
    if owner and ctx.text[owner.end():owner.end() + 1].isupper():
        return None  # "574,312 voters supported Tijanovskaya": a name not in actors.csv, not the person before
    described = _described(ctx, owner.end()) if owner else None
    if described:
        return described  # "90 percent voted for the dictator", "… for the incumbent"
    owner = _grammatical_owner(ctx, f, lo)
    if owner is not None:
        return owner or None
    left = ctx.person_before(lo, f.start)
    if left:
        return left[2]
    pronouns = list(PRONOUNS.finditer(ctx.text, seg_lo, f.start))
    if pronouns:
        at = pronouns[-1].start()
        before = ctx.person_before(at - 600, at)
        if before:
            return before[2]
    if right and (mode == "sentence" or not re.search(r"[,;]", ctx.text[f.end:right[0]])):
        return right[2]
    return None


def _described(ctx: Context, at: int) -> str | None:
    """The person (a candidate) a noun at ``at`` refers to by description ("the incumbent",
    ``actors.csv``) or by a label of the marker lexicons ("the dictator": its ``refers_to``), or None
    (also for a group: "voted for the opposition" names no candidate)."""
    tok = ctx.token(at)
    if tok is None or tok.pos_ != "NOUN" or tok.idx != at:
        return None
    index = actors.actor_index()
    found = index.resolve(f"the {tok.text}")
    if not found:
        label = next((t for t in load_lexicons().terms if t.lexicon == "actor_label" and t.refers_to
                      and t.match in ("lemma", "phrase") and t.pattern.lower() == tok.lemma_.lower()), None)
        found = index.resolve(label.refers_to) if label else None
    return found if found in _person_ids() else None


# Who holds a result figure in its clause: the recipient of 'handed/gave X … 80%', else the subject
# ('X, who is Y's closest ally, was declared the winner with 86.82%': X, not the Y named nearer).
_OWNER_DEPS = ("dative", "nsubj", "nsubjpass")
# Modifiers that make a plural subject a group of several, whose shares belong to no one actor.
GROUP_WORDS = {"other", "all", "remaining", "both"}


def _grammatical_owner(ctx: Context, f: Figure, lo: int) -> str | None:
    """The actor of the recipient or subject of the verb a figure depends on, named after ``lo`` (the
    previous figure of its family); '' when that word is a person's name not in ``actors.csv``
    ('Berg, who became his main rival, took 9.9%': not the 'his') or a group of several ('the four other
    candidates won between 1.7 and 3.2 percent'); None when the clause names no owner that way (a pronoun, a
    noun such as 'results', no verb)."""
    verb = _verb_over(ctx, f.start)
    if verb is None:
        return None
    for dep in _OWNER_DEPS:
        for c in verb.children:
            # the subject comes before the figure, or after it when the figure is fronted ('With 80.1
            # percent of the vote, X extended his rule')
            if c.dep_ != dep or c.idx < lo or (c.idx >= f.start and verb.idx < f.start):
                continue
            found = ctx.person_at(c.idx)
            if found is None:
                found = _appositive(ctx, c)  # 'The leader of the X Party, Oleg Petrov, received …'
            if found is None and c.pos_ == "PROPN":
                found = _titled(ctx, c)  # 'The incumbent President of Belarus Alexander Lukashenko received …'
            if found is None and c.pos_ == "NOUN":
                found = _described(ctx, c.idx)  # 'results showed the 70-year-old autocrat winning 86 percent'
            if found is not None:
                return found
            if c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", ""):  # a name, not a country or a body
                return ""
            if c.tag_ == "NNS" and any(d.dep_ in ("nummod", "poss") or d.lower_ in GROUP_WORDS for d in c.children):
                # 'the four other candidates won between 1.7 and 3.2 percent', "Lukashenko's rivals together won
                # 10 percent": a group's shares (§10), not its possessor's
                return ""
    return None


def _titled(ctx: Context, head: Token) -> str | None:
    """The person a title names when the parser makes the title the subject and the name its object ("The
    incumbent President of Belarus Alexander Lukashenko received 80.23 %"): the one person of ``actors.csv``
    in the title's phrase before any comma (a relative clause or apposition after it may name others)."""
    end = head.right_edge.idx + len(head.right_edge)
    comma = ctx.text.find(",", head.idx, end)
    found = {a for _, _, a in ctx.persons_between(head.idx, comma if comma >= 0 else end)}
    return found.pop() if len(found) == 1 else None


def _appositive(ctx: Context, head: Token) -> str | None:
    """The person a name in apposition to a title or description names ("The First Secretary of the X Party,
    Ivan Petrov, received 3.2 percent", "Her rival, Petrov, took 10%"): the actor of the first appositive
    person's name in the phrase of ``head`` (a subject); '' for a person's name not in ``actors.csv`` (not the
    person named before the phrase); None when no apposition names a person."""
    for t in head.subtree:
        if t.dep_ == "appos" and t.ent_type_ == "PERSON":
            return ctx.person_at(t.idx) or ""
    return None


# A possessor right before a figure: "Lukashenko's 80.1 percent", "his 80 percent" (a qualifying word between).
_POSSESSED = re.compile(r"(?:(?P<pronoun>\b(?:his|her))|['’]s)\s+(?:(?:official|claimed|reported|declared|announced|"
                        r"purported|alleged|landslide|winning)\s+)?$", re.IGNORECASE)


def _possessor(ctx: Context, f: Figure) -> str | None:
    """The person owning a percent no cue classified: a name in ``actors.csv`` with 's ("Lukashenko's 80.1
    percent"), or a his/her whose antecedent is found ("his 80 percent"; '' when none is): that person's share
    of the votes. None when no person owns it ("the country's 2 percent growth") or the percent modifies a
    noun after it ("X's 10 percent pension increase": the person owns the increase, not a percent)."""
    last = ctx.token(f.end - 1)
    if last is not None and last.head.i > last.i and last.head.pos_ == "NOUN":
        return None
    lo = ctx.segment(f.start)[0]
    m = _POSSESSED.search(ctx.text, max(lo, f.start - 40), f.start)
    if m is None:
        return None
    if m.group("pronoun"):
        before = ctx.person_before(m.start() - 600, m.start())
        return before[2] if before else ""
    person = ctx.person_before(lo, m.start() + 2)  # a name mention may hold its 's
    return person[2] if person and m.start() <= person[1] <= m.start() + 2 else None


# Between a name and the percent it labels in a list of results: "Lukashenko – 86.82%", "Petrov: 80.1%",
# "Petrov (80.1%)", the bare space of a results line ("Final results: Petrov 86.8%, Ivanov 3.2%") and the
# possessive or British "on" of wire copy ("Petrov had 86.8 percent", "Ivanov on 3.2%").
# (a hyphen right before the number is its minus sign: "Petrov -5%" is a change, not a share)
_LABEL = re.compile(r"[^\S\n]*(?:[–—:(]|-{1,2}(?=[^\S\n])|\b(?:had|has|on|with)\b)?[^\S\n]*")
_POSSESSIVE = re.compile(r"['’]s?$")


def _labelled(ctx: Context, f: Figure) -> str | None:
    """The person a percent no cue classified is listed against: a name in ``actors.csv`` right before it,
    joined only by a dash, a colon, an opening parenthesis, a space, ``had`` or ``on`` ("The results:
    Lukashenko – 86.82%, Syrankov – 3.21%", the tabular form of the commission's announcements): that
    person's share of the votes."""
    person = ctx.person_before(ctx.segment(f.start)[0], f.start)
    # a possessive name modifies a noun phrase the percent is part of ("X's 2 percent pension increase")
    return person[2] if person and _LABEL.fullmatch(ctx.text, person[1], f.start) and not _POSSESSIVE.search(
        ctx.text, person[0], person[1]) and not _of_a_whole(ctx, f) else None


def _of_a_whole(ctx: Context, f: Figure) -> bool:
    """The percent names its own whole ("with Petrov 86% of the time", "gave Petrov 86% of its airtime",
    "a 5% discount"): an "of" or a common noun right after it. A results line's share ends its item (a
    comma, "and", the next name); "of the vote" is a cue row's, classified before a label is looked for."""
    return _followed_by(ctx, f.end, words=("of",))


def _followed_by(ctx: Context, at: int, *, tags: tuple[str, ...] = (), words: tuple[str, ...] = ()) -> bool:
    """Is the token starting at or after character ``at`` a common noun, or of one of ``tags`` or
    ``words`` (lower case)? Read on the view's arrays."""
    v = ctx.view
    i = bisect.bisect_left(ctx.token_starts, at)
    return i < len(ctx.token_starts) and (v.pos[i] == "NOUN" or v.tag[i] in tags or v.lower[i] in words)


def _share_for(ctx: Context, f: Figure) -> str | None:
    """The person a cue-less percent is "for" ("the claimed 86.8 per cent for Petrov"), or None."""
    person = ctx.person_after(f.end, ctx.segment(f.start)[1])
    if not person or not _FOR_ACTOR.fullmatch(ctx.text, f.end, person[0]) or _measures_another(ctx, f):
        return None  # ("a 20% tariff for X": the percent measures its own noun)
    # a name owning or modifying a noun is not who the percent is for ("15% for X's supporters",
    # "10% of seats for X loyalists")
    if _POSSESSIVE.search(ctx.text, person[0], person[1]) or ctx.text.startswith(("'s", "’s"), person[1]) or \
            _followed_by(ctx, person[1]):
        return None
    return person[2]


def qualifier_of(ctx: Context, f: Figure) -> str | None:
    """The qualifier framing ``f`` ("almost", "more than", "or so"), lower case, or None."""
    lo, hi = ctx.segment(f.start)
    q = ctx.qualifiers
    m = q.before.search(ctx.text[max(lo, f.start - 30):f.start]) or q.after.match(ctx.text[f.end:min(hi, f.end + 20)])
    return " ".join(m.group(1).lower().split()) if m else None


def classify(ctx: Context, f: Figure) -> bool:
    """Decide kind, unit, subject and date of ``f`` in place; False if it is not a figure after all."""
    lo, hi = _windows(ctx, f)
    noun = _noun_phrase(ctx, f.end) if f.family in ("count", "ordinal") else ""
    if f.family == "date":
        _classify_date(ctx, f, lo, hi)
        return True
    if _is_name_number(ctx, f):
        return False
    if f.family == "ordinal" and f.form == "ordinal" and not _is_attributive_ordinal(ctx, f, noun):
        return False
    is_age, actor = _appositive_age(ctx, f) if f.family == "count" else (False, None)
    if is_age:
        f.kind, f.unit, f.subject = "age", "years", actor
        return True
    rule = _match_rule(ctx, f, lo, hi, noun)
    if rule and rule.kind == "skip":
        return False
    if f.year_like and f.family == "count" and not (
            rule and rule.unit in ("people", "votes") and previous_word(ctx.text, f.start).lower() not in TIME_WORDS
            and _plural(ctx, f, noun)):
        f.form, f.family, f.kind, f.unit, f.iso_date = "date", "date", "date", "date", f"{int(f.value):04d}"
        return True
    if rule:
        f.kind, f.unit, f.cued = rule.kind, rule.unit or f.unit or _noun_unit(ctx, f, noun), True
        f.subject = _subject(ctx, f, lo, rule.subject) if rule.subject else None
    if not f.cued and f.family == "percent" and (owner := _possessor(ctx, f)) is not None:
        f.kind, f.subject, f.cued = "vote_share", owner or None, True
        f.notes.append("a percent owned by a person")
    if not f.cued and f.family == "percent" and (owner := _labelled(ctx, f)) is not None:
        f.kind, f.subject, f.cued = "vote_share", owner, True
        f.notes.append("a percent labelled with a person")
    if f.kind is None:
        f.kind = "count" if f.family == "count" else "other"
    if f.kind in ("count", "electorate", "turnout", "against_all", "vote_share", "threshold") and f.unit is None:
        f.unit = "items"
    if f.unit in ("people", "items", "votes") and noun:
        f.counted = noun
    return True


def is_pronoun_one(ctx: Context, f: Figure, qualifier: str | None) -> bool:
    """"one" standing for "a"/"someone" ("no one", "One potential explanation"), not a count (§3)."""
    if not (f.words and ctx.text[f.start:f.end].lower() == "one"):
        return False
    return not (qualifier or f.unit == "people" or (f.measured and f.family != "duration"))


# "between 10 and 15", "10 to 15", "10–15": the words around the two ends of a range
_BETWEEN, _RANGE_JOINT, _AND = (re.compile(r"\bbetween\s+$", re.IGNORECASE), re.compile(r"\s*(?:–|—|-|to)\s*"),
                                re.compile(r"\s+and\s+"))


def inherit_ranges(ctx: Context, figures: Sequence[Figure]) -> None:
    """"10 to 15 people": the lower endpoint takes unit, kind and noun of the upper one (gold guide §4)."""
    for a, b in zip(figures, figures[1:]):
        joint = ctx.text[a.end:b.start]
        between = _BETWEEN.search(ctx.text[max(0, a.start - 10):a.start])
        if a.form == b.form == "cardinal" and not a.measured and (
                _RANGE_JOINT.fullmatch(joint) or (between and _AND.fullmatch(joint))):
            a.unit, a.kind, a.counted, a.subject, a.value = b.unit, b.kind, b.counted, b.subject, a.value * b.factor
            a.notes.append("range lower")
            b.notes.append("range upper")


# Between the members of a coordination of numbers: "80.1 and 10.1 percent", "80.1, 10.1 and 1.7 percent".
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def coordinated_percents(ctx: Context, figures: Sequence[Figure]) -> None:
    """"won 80.1 and 10.1 percent": a bare number coordinated with a percent after it shares the unit
    written once, and its kind (a range's lower end does the same, :func:`inherit_ranges`); a list of
    them passes the unit back member by member ("80.1, 10.1 and 1.7 percent")."""
    for a, b in reversed(list(zip(figures, figures[1:]))):
        if (a.form == b.form == "cardinal" and not a.measured and not a.year_like and a.unit in (None, "items")
                and b.unit == "percent" and _COORDINATION.fullmatch(ctx.text[a.end:b.start])
                and ctx.segment(a.start) == ctx.segment(b.start)):
            a.unit, a.family, a.kind, a.cued, a.measured, a.counted = "percent", "percent", b.kind, b.cued, True, None
            a.notes.append("unit of the coordinated percent after it")


def respective_owners(ctx: Context, figures: Sequence[Figure]) -> None:
    """"Lukashenko and Tsikhanouskaya won 80.1 and 10.1 percent (respectively)": coordinated vote shares
    go, in order, to as many coordinated persons named before them in the sentence, each to its own."""
    shares = [f for f in figures if f.kind == "vote_share" and f.unit == "percent"]
    i = 0
    while i < len(shares):
        group = [shares[i]]
        while i + len(group) < len(shares):
            nxt = shares[i + len(group)]
            if ctx.segment(group[-1].start) != ctx.segment(nxt.start) or not _COORDINATION.fullmatch(
                    ctx.text[group[-1].end:nxt.start]):
                break
            group.append(nxt)
        i += len(group)
        if len(group) < 2:
            continue
        lo = ctx.segment(group[0].start)[0]
        persons = ctx.persons_between(lo, group[0].start)
        run = persons[-1:]
        for p in reversed(persons[:-1]):  # the coordination of names that ends last before the shares
            if not _COORDINATION.fullmatch(ctx.text[p[1]:run[0][0]]):
                break
            run.insert(0, p)
        if len(run) == len(group):
            for f, p in zip(group, run):
                f.subject = p[2]
                f.notes.append("owner by the order of a coordination")


def parenthesised_votes(ctx: Context, figures: Sequence[Figure]) -> None:
    """"got 1.68% (97,926 votes)", "1,13% (65,078)": a bare number in parentheses right after a vote
    share is that candidate's number of votes."""
    for share, f in zip(figures, figures[1:]):
        if (share.kind == "vote_share" and share.unit == "percent" and f.family == "count" and not f.measured
                and f.unit in (None, "items", "votes") and _OPENING.fullmatch(ctx.text[share.end:f.start])):
            f.kind, f.unit, f.subject = "vote_share", "votes", share.subject


def _continues(ctx: Context, previous: Figure, f: Figure) -> bool:
    """Whether ``f`` may continue the list of ``previous``: in the same sentence segment, or in the next
    one when ``f``'s clause says "it" of the previous figure's measure ("Turnout was 85.7 percent. In the
    Gomel region it was 89.8 percent")."""
    own, here = ctx.segment(f.start), ctx.segment(previous.start)
    if here == own:
        return True
    it = _IT_REFERS.search(ctx.text, own[0], f.start) if here == ctx.segment(own[0] - 1) else None
    # only an "it" opening its clause after adjuncts ("In the Brest region it was …"): a verb before it
    # makes it the pronoun of that clause's own topic ("Unemployment stayed low, and it was 5 percent",
    # "Asked about inflation, the minister said it was 5 percent")
    return it is not None and not _has_verb(ctx, own[0], it.start())


def _line(text: str, pos: int) -> tuple[int, int]:
    """The line of ``text`` holding ``pos``: (start, end), the end before its line break."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _heading(ctx: Context, f: Figure, first: Mapping[int, Figure]) -> tuple[str, Figure | None] | None:
    """The heading of the list ``f``'s line belongs to, and the member on the line before ``f``'s (None for
    the first): the nearest line above ending with a colon, when every non-blank line between holds a percent
    (``first``: line start -> the first percent on it); None when ``f``'s line is no list member's: a line
    with a verb is a sentence of its own ("Inflation reached 6 percent."), and a list does not run on
    across one."""
    start, end = _line(ctx.text, f.start)
    if _has_verb(ctx, start, end):
        return None
    above = None
    while start > 0:
        start, end = _line(ctx.text, start - 1)
        line = ctx.text[start:end].strip()
        if line.endswith(":"):
            return line, above
        if line and (start not in first or _has_verb(ctx, start, end)):
            return None
        above = above or first.get(start)
    return None


def _has_verb(ctx: Context, start: int, end: int) -> bool:
    """Does the text from ``start`` to ``end`` hold a verb (a tagged VERB or AUX)?"""
    v = ctx.view
    return any(v.pos[i] in ("VERB", "AUX") for i in range(bisect.bisect_left(ctx.token_starts, start),
                                                       bisect.bisect_left(ctx.token_starts, end)))


def headed_lists(ctx: Context, figures: Sequence[Figure]) -> None:
    """"The turnout by regions is as follows:\nIn Brest region 8.95 per cent;\nIn Minsk - 8.54%.": a percent no
    cue classified, on a line of a list under a heading (:func:`_heading`) that a vote-share, turnout or
    against-all cue row matches, takes that kind; it continues the member on the line before (whose scope
    and source it keeps: :func:`source_cue`); with no scope of its own it takes the heading's ("Turnout by
    region:"), else that member's. The members stand on lines of their own, which cut the sentence segments a
    cue is looked for in. Runs after :func:`scope_lists`."""
    percents = [f for f in figures if f.family == "percent"]
    first: dict[int, Figure] = {}
    for f in percents:
        first.setdefault(_line(ctx.text, f.start)[0], f)
    for f in percents:
        if f.kind != "other" or f.cued or (found := _heading(ctx, f, first)) is None:
            continue
        heading, above = found
        rule = next((r for _, r in ctx.cue_rules.get(f.family, ()) if r.kind in LISTED
                     and r.where in ("before", "clause") and r.pattern.search(heading)), None)
        if rule is not None:
            f.kind, f.listed_after = rule.kind, above
            f.notes.append(f"{f.kind} from the heading of its list")
            if f.scope is None:
                f.scope = next((c.kind for c in ctx.scopes if c.pattern.search(heading)), above and above.scope)


def _measures_another(ctx: Context, f: Figure) -> bool:
    """A percent that modifies a noun or a comparative after it ("with a 3% margin of error", "a 5 percent
    rise", "5 percent colder than"): a measure of its own or a difference, never the next item of a list."""
    return _followed_by(ctx, f.end, tags=("JJR", "RBR"))


def continue_lists(ctx: Context, figures: Sequence[Figure]) -> None:
    """"X received 10.12%, Y 1.68%", "80% for X and 10% for Y", "turnout in Minsk was 66.1%, in Gomel
    89.8%": a percent with no cue of its own that follows a vote share, turnout or against-all figure in
    the same sentence continues its list and takes its kind; a vote share takes the owner named next
    to it, or the previous share's owner when only years and connectives separate them ("won 80
    percent in 2020 and 86.8 percent in 2025"), else none. A percent that continues no list but is "for" a
    person ("the claimed 86.8 per cent for X") is that person's vote share: after the lists, so that a
    list member keeps the scope and source of its list ("an exit poll abroad showed 78.5% for X and 6% for Y")."""
    previous = None
    for f in (f for f in figures if f.family == "percent"):
        if (previous is not None and previous.kind in LISTED and f.kind == "other" and not f.cued
                and _continues(ctx, previous, f) and not _measures_another(ctx, f)):
            f.kind, f.listed_after = previous.kind, previous
            if f.kind == "vote_share":
                f.subject = _subject(ctx, f, previous.end, "clause") or (
                    previous.subject if _SAME_OWNER.fullmatch(ctx.text[previous.end:f.start]) else None)
            f.notes.append(f"{f.kind} continued from a list")
        elif f.kind == "other" and not f.cued and (owner := _share_for(ctx, f)) is not None:
            f.kind, f.subject = "vote_share", owner
            f.notes.append("a percent for a person")
        previous = f
