"""Statements: quotations (direct and partial), ``X said:`` blocks and embedded posts, and
how each is attributed (its cue, the previous statement, or nobody)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import accumulate

from ..intervals import Intervals
from ..quotes import MARKS, Quote
from ..spans import end_before_space
from .context import Ctx, Cue, Found, Speaker, _end, _in_quote, _is_headline, _overlap, _sentence_bounds
from .lexicon import BULLET, SIGNATURE, SUBJECT_DEPS, TWEET
from .speakers import _speaker_of


def _is_naming(text: str) -> bool:
    """Marks around a name or title ('the “Union State” treaty'), not someone's words; a title of
    two words or more keeps the sentence's period or comma inside the marks in American style
    ('on CNN's “State of the Union.”')."""
    words = text.split()
    end = text.rstrip()[-1:]
    if not 1 <= len(words) <= 8 or end in "!?;:…" or end in ".," and len(words) < 2:
        return False
    small = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "to", "a", "an", "with", "at", "by", "from", "or"}
    alpha = [w for w in words if w[0].isalpha()]
    return bool(alpha) and all(w[0].isupper() or w in small for w in alpha) and any(w[0].isupper() for w in alpha)


_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")  # 'C.', 'U.S.' just before a quote


# Dependencies through which words between a cue and a comma still belong to the cue:
# 'said sadly, “…”', 'told reporters, “…”', 'said on Monday, “…”'.
CUE_ADJUNCTS = {"advmod", "dobj", "dative", "npadvmod", "prep", "pobj", "det", "amod", "compound", "nummod", "poss"}


def _cue_before(ctx: Ctx, j: int, cue_heads: frozenset[int]) -> bool:
    """Does the word ending at character ``j`` belong to a reporting cue, directly or as
    one of its adjuncts?"""
    tok = ctx.view.token_at(j)
    while tok is not None and tok.i not in cue_heads and tok.dep_ in CUE_ADJUNCTS and tok.head is not tok:
        tok = tok.head
    return tok is not None and tok.i in cue_heads


def _opens_clause(ctx: Ctx, q: Quote, cue_ends: set[int], cue_heads: frozenset[int] = frozenset()) -> bool:
    """Does the quote stand as a sentence or clause of its own (direct)?"""
    text = ctx.text
    lo = ctx.view.para(q.start)[0]
    j = q.start - 2
    if q.open == "'" and j >= lo and text[j] == "'":  # an opening '' (two apostrophes as one mark)
        j -= 1
    while j >= lo and text[j].isspace():
        j -= 1
    if text[j] == "." and j >= lo and _INITIALS.search(text, lo, j + 1) and _is_naming(text[q.start:q.end]):
        return False  # 'Robert C. “Bobby” Scott', 'the U.S. “America First” policy': an initial's period ends nothing
    if j < lo or text[j] in ".!?:…—–" or not any(ch.isalnum() for ch in text[lo:j + 1]):
        return True
    if text[j] in MARKS:  # glued to a previous quote: 'ally.”“The'
        k = j - 1
        return k < lo or text[k] in ".!?…,"
    if text[j] != ",":
        # 'adding "I want peace."': a whole sentence in marks right after its cue, with no comma or colon
        inner = text[q.start:q.end].rstrip()
        return j + 1 in cue_ends and inner[:1].isupper() and inner[-1:] in ".!?…" and len(inner.split()) >= 3
    j -= 1
    while j >= lo and text[j].isspace():
        j -= 1
    # (the cue first: the sentence test walks the quotation's tokens)
    return (j + 1 in cue_ends or _cue_before(ctx, j, cue_heads)) and (
        text[q.start:q.start + 1].isupper() or _whole_sentence(ctx, q))


def _whole_sentence(ctx: Ctx, q: Quote) -> bool:
    """'X noted, "this confirms our ties."': a quotation whose first word is lower-case is still a
    sentence of its own when it ends in the sentence's final stop and holds a finite verb with its
    subject, both inside the marks and heading what they hold (a fragment, 'said, "a farce."', or one with
    a relative clause, '"a farce nobody believes."', has none)."""
    if ctx.text[q.start:q.end].rstrip()[-1:] not in ".!?…":
        return False
    inside = range(q.start, q.end)
    return any(t.head.idx not in inside and any(c.dep_ in SUBJECT_DEPS and c.idx in inside for c in t.children)
               and any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in (t, *t.children) if w.idx in inside)
               for t in ctx.view.tokens(q.start, q.end))


def _quote_kind(ctx: Ctx, q: Quote, cue_ends: set[int], cue_heads: frozenset[int] = frozenset()) -> str | None:
    """direct, partial, or None for naming quotes. A quote followed by a lower-case word
    ('“Sham” elections were …') is part of the reporter's sentence, not a clause."""
    inner = ctx.text[q.start:q.end]
    clause = _opens_clause(ctx, q, cue_ends, cue_heads)
    if not clause and _is_naming(inner):
        return None
    if not clause:
        return "partial"
    rest = ctx.text[q.end + 1:ctx.view.para(q.start)[1]] if q.close else ""
    after = rest.lstrip()[:1]
    ends_clause = inner.rstrip()[-1:] in ".,!?…;:" or not after or after in ",.!?;:—–" + MARKS or (
        after.isalpha() and not after.islower())
    return "direct" if ends_clause or len(inner.split()) >= 4 else "partial"


def _named_term(ctx: Ctx, cue: Cue) -> int | None:
    """'Critics call it “ghosting,”': a naming cue whose content is a pronoun plus a short
    quotation names a term; the quotation (its start is returned) is a scare quote and the
    cue reports no proposition."""
    if cue.content is None:
        return None
    first = ctx.view.token_at(cue.content[0])
    if first is None or first.lower_ not in ("it", "this", "that", "them") or first.pos_ != "PRON":
        return None
    rest = ctx.text[_end(first):cue.content[1]]
    mark = len(rest) - len(rest.lstrip())
    opening = _end(first) + mark
    q = ctx.quote_at(opening + 1)
    return q.start if q is not None and len(ctx.text[q.start:q.end].split()) <= 3 else None


def _tweets(ctx: Ctx) -> list[Found]:
    """Embedded posts: a paragraph ending '— Name (@handle) Month D, YYYY', and the post's earlier
    paragraphs before it, which a stored page separates by a wider gap than the article's usual one
    between paragraphs (empty lines of the embed): one direct row each, spoken by the signing name."""
    out = []
    gaps: list[int] | None = None  # newlines between consecutive paragraphs, counted once an article has a post
    for k, (a, b) in enumerate(ctx.paras):
        # the handle's '(@' first: a plain find, where the pattern's lazy body backtracks over the paragraph
        m = TWEET.match(ctx.text, a, b) if ctx.text.find("(@", a, b) >= 0 else None
        if not m:
            continue
        if gaps is None:
            gaps = [ctx.text.count("\n", p[1], n[0]) for p, n in zip(ctx.paras, ctx.paras[1:])]
            usual = Counter(gaps).most_common(1)[0][0] if gaps else 0
        s, e = m.start("body"), m.end("body")
        marks = None
        q = ctx.quote_at(s + 1, e - 1)
        if q is not None:
            s, e, marks = q.start, q.end, q.open + q.close
        name_s, name_e = m.start("name"), m.end("name")
        speaker = Speaker(name_s, name_e, ctx.view.token_at(name_e - 1))
        j = k
        while j > 0 and gaps[j - 1] > usual:
            j -= 1
            pa, pb = ctx.paras[j]
            body = ctx.text[pa:pb].strip()
            if body:
                start = pa + ctx.text[pa:pb].index(body)
                out.append(Found("direct", start, start + len(body), None, speaker, None))
        out.append(Found("direct", s, e, None, speaker, marks))
    return out


def _speech_like(ctx: Ctx, a: int, b: int) -> bool:
    """Could this paragraph still be the speaker's block quote (first person, or no
    narrative past-tense sentence with a third-person subject)?"""
    toks = list(ctx.view.tokens(a, b))
    if any(t.lower_ in ("i", "we", "our", "us", "my", "me") and t.pos_ == "PRON" for t in toks):
        return True
    for t in toks:
        if t.dep_ == "ROOT" and t.tag_ == "VBD" and any(
                c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in t.children):
            return False
    # narration ('The minister says …'): a reporting verb whose subject is someone, in the past or
    # (but for a verb that only introduces quotations: 'X continues a campaign') in the present
    return not any(c.dep_ in SUBJECT_DEPS and c.head.lemma_ in ctx.lex.single and (c.head.tag_ == "VBD" or (
        c.pos_ in ("PROPN", "PRON") or ctx.idx.is_agent_word(c.lemma_))
        and ctx.lex.single[c.head.lemma_].condition != "quote") for c in toks)


def _announced_text(ctx: Ctx, line: str, a: int) -> bool:
    """Does the paragraph ``line`` (starting at ``a``) announce 'the following statement (…):'? A text it
    announces runs to its end (a heading or a quotation mark ends it), its paragraphs' own narration
    ('They are demanding …') included: a press release's statement is one document (§1.1)."""
    m = re.search(r"\bfollowing\s+(\w+)\b[^:]*:$", line, re.IGNORECASE)
    noun = ctx.view.token_at(a + m.start(1)) if m else None
    return noun is not None and noun.lemma_.lower() in ctx.lex.documents


def _blocks(ctx: Ctx, cues: Sequence[Cue]) -> tuple[list[Found], set[int]]:
    """Paragraphs introduced by 'X said:' (direct) or 'X concluded that:' + bullets
    (indirect, one row per bullet); also the introducing cues, which report nothing else."""
    out: list[Found] = []
    intro: set[int] = set()
    by_head: list[int] = []  # the cues' indices by head position, sorted once a paragraph ends in ':'
    heads: list[int] = []
    for k, (a, b) in enumerate(ctx.paras):
        line = ctx.text[a:b].rstrip()
        if not line.endswith(":") or k + 1 >= len(ctx.paras):
            continue
        if not by_head:
            by_head = sorted(range(len(cues)), key=lambda n: cues[n].head.idx)
            heads = [cues[n].head.idx for n in by_head]
        # the paragraph's cues, in the cues' order (a bisection: a long article holds many cues)
        here = [c for n in sorted(by_head[bisect_left(heads, a):bisect_left(heads, b)])
                if (c := cues[n]).speaker or c.agentless]
        if not here:
            continue
        cue = here[-1]
        intro.update(id(c) for c in here)
        indirect = re.search(r"\bthat\s*:$", line, re.IGNORECASE) is not None
        announced = _announced_text(ctx, line, a)
        for n, (pa, pb) in enumerate(ctx.paras[k + 1:k + 8]):
            body = ctx.text[pa:pb]
            bullet = BULLET.match(body)
            if indirect and not bullet or body.lstrip()[:1] in MARKS or _is_headline(body):
                break
            if not indirect and n and (bullet is None) and not announced and not _speech_like(ctx, pa, pb):
                break
            s = pa + (bullet.end() if bullet else len(body) - len(body.lstrip()))
            e = pa + len(body.rstrip())
            if indirect:
                e = s + len(ctx.text[s:e].rstrip(".;, "))
            out.append(Found("indirect" if indirect else "direct", s, e, cue, cue.speaker,
                             via="previous" if n and not indirect else ""))
    return out, intro


def _quote_statements(ctx: Ctx, cues: Sequence[Cue], blocks: Sequence[Found]) -> list[Found]:
    """Direct and partial quotes, the direct ones with their attributing cue (or the
    name signing them: '“…” — Foreign Minister Anna Berg'). One pass over the quotes in
    text order: a quote inside one already taken (or inside a block) is skipped."""
    cue_ends = {c.text_span[1] for c in cues}
    cue_heads = frozenset(c.head.i for c in cues)
    taken = sorted((f.start, f.end) for f in blocks)
    taken_starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # furthest end among the blocks so far
    direct, partial = [], []
    outer_end = -1  # end of the last quote taken: later quotes inside it are nested
    for q in ctx.quotes:
        if ctx.is_headline(q.start) or q.end <= outer_end:
            continue
        k = bisect_right(taken_starts, q.start) - 1
        if k >= 0 and q.end <= reach[k]:
            continue
        kind = _quote_kind(ctx, q, cue_ends, cue_heads)
        if kind is None or not any(ch.isalnum() for ch in ctx.text[q.start:q.end]):
            continue
        outer_end = max(outer_end, q.end + 1)
        (direct if kind == "direct" else partial).append(
            Found(kind, q.start, q.end, marks=q.open + q.close))
    ordered = sorted((c for c in cues if c.speaker is not None or c.agentless), key=lambda c: c.head.idx)
    contents = Intervals((*c.content, i) for i, c in enumerate(ordered) if c.content)
    heads = [c.head.idx for c in ordered]
    for f in direct:
        cue = _attributing_cue(ctx, f, ordered, heads, contents)
        if cue is not None:
            f.cue, f.speaker = cue, cue.speaker
        else:
            f.speaker = _signature(ctx, f)
    _run_on_attribution(ctx, direct)
    return direct + partial


def _run_on_attribution(ctx: Ctx, direct: Sequence[Found]) -> None:
    """A quotation over several paragraphs attributed only at its end ('“A.¶“B,” X said.', also when
    the next paragraph does not reopen the marks): a piece running on into the next paragraph, with no
    attribution of its own, has the attribution of the piece that opens that paragraph (last first, so
    that a three-paragraph quote passes it back to its first paragraph)."""
    runs = {q.start for q in ctx.quotes if not q.close}
    for f, g in reversed(list(zip(direct, direct[1:]))):
        hi = ctx.view.para(f.start)[1]
        nxt = ctx.view.para(g.start)[0]  # g opens the paragraph right after f's
        opens_next = nxt > hi and not ctx.text[hi:nxt].strip() and not ctx.text[nxt:g.start].strip(MARKS + " ")
        if f.start in runs and f.cue is None and f.speaker is None and opens_next and g.speaker is not None:
            f.cue, f.speaker = g.cue, g.speaker


def _signature(ctx: Ctx, f: Found) -> Speaker | None:
    """'“…” — Foreign Minister Anna Berg': a dash and a name (or title and name) closing
    the paragraph after a quotation sign it."""
    hi = ctx.view.para(f.start)[1]
    m = SIGNATURE.match(ctx.text, f.end + 1, hi)
    if m is None:
        return None
    head = ctx.view.token_at(m.end("name") - 1)
    if head is None or head.pos_ not in ("PROPN", "NOUN"):
        return None
    return Speaker(m.start("name"), m.end("name"), head)


def _attributing_cue(ctx: Ctx, f: Found, speaking: Sequence[Cue], heads: Sequence[int], contents: Intervals
                     ) -> Cue | None:
    """The cue whose content is this quote, else the nearest cue in the rest of its
    sentence (after the quote first), else a short attribution right after a quote
    that closes its own sentence ('“…?” Berg asked.'), else the cue of a paragraph ending
    with ':'. ``speaking``: the cues with a speaker, in text order; ``heads``: their heads'
    offsets; ``contents``: their content spans ``(start, end, index in speaking)``, looked up
    by bisection (an article has hundreds of quotes and cues: testing every pair made long
    articles quadratic)."""
    inside = [speaking[i] for s, e, i in sorted(contents.overlapping(f.start, f.end), key=lambda v: v[2])
              if _overlap((s, e), (f.start, f.end)) >= 0.5 * (e - s)]
    if inside:
        return min(inside, key=lambda c: abs(c.head.idx - f.start))
    window = _after_window(ctx, f)
    k = bisect_right(heads, f.end)
    if k < len(speaking) and speaking[k].head.idx < window:
        return speaking[k]
    s, _ = _sentence_bounds(ctx, f.start)
    j = bisect_left(heads, f.start) - 1
    if j >= 0 and heads[j] >= s:
        return speaking[j]
    if k < len(speaking) and _trailing(ctx, f, speaking[k]):
        return speaking[k]
    if j >= 0 and _leading(ctx, f, speaking[j]):
        return speaking[j]
    lo = ctx.view.para(f.start)[0]
    n = bisect_left(ctx.view.para_starts, lo)
    if n and not ctx.text[lo:f.start - 1].strip() and ctx.text[slice(*ctx.paras[n - 1])].rstrip().endswith(":"):
        pa, pb = ctx.paras[n - 1]
        a, b = bisect_left(heads, pa), bisect_left(heads, pb)
        return speaking[b - 1] if b > a else None
    return None


def _trailing(ctx: Ctx, f: Found, cue: Cue) -> bool:
    """Is ``cue`` a bare attribution of its own right after the quote ('“…!” Berg said.',
    '“…?” asked Berg.'): same paragraph, no content of its own, at most a few words
    between the closing mark and the cue, and no sentence end or other quotation in between."""
    between = ctx.text[f.end + 1:cue.head.idx]
    return (cue.content is None and ctx.view.para(cue.head.idx) == ctx.view.para(f.start)
            and not re.search(r"[.!?…:;]", between) and len(between.split()) <= 6
            and 1 not in ctx.quoted[f.end + 1:cue.head.idx])


def _leading(ctx: Ctx, f: Found, cue: Cue) -> bool:
    """Is ``cue`` a bare attribution ending the sentence right before the quote ('X shouted
    to the crowd. “…”', 'X continued: “…”'): same paragraph, no content of its own, and
    nothing but the sentence end between it and the opening mark?"""
    if cue.content is not None or ctx.view.para(cue.head.idx) != ctx.view.para(f.start):
        return False
    _, end = _sentence_bounds(ctx, cue.head.idx)
    return end <= f.start - 1 and not ctx.text[end:f.start - 1].strip(" .:")


def _after_window(ctx: Ctx, f: Found) -> int:
    """Where an attribution after a quote can end: the end of the sentence the words
    after the quote belong to, or the next quote; nothing if the quote closed its own
    sentence and a new one starts ('… freedom.” Next …')."""
    _, hi = ctx.view.para(f.start)
    rest = ctx.text[f.end + 1:hi]
    word = re.search(r"\w", rest)
    if word is None or word.group().isupper() and ctx.text[f.start:f.end].rstrip()[-1:] in ".!?…":
        return f.end
    end = _sentence_bounds(ctx, f.end + 1 + word.start())[1]
    nxt = min((q.start - 1 for q in ctx.quotes if q.start - 1 > f.end), default=hi)
    return min(end, nxt, hi)


def _continue(ctx: Ctx, found: list[Found]) -> None:
    """A direct quote with no attribution of its own continues the statement before it:
    a direct quote earlier in its paragraph (same speaker and cue), else a statement in
    the sentence just before it, or in the last sentence of the previous paragraph when
    the quote opens its paragraph (same speaker, empty cue). Failing that, a floating quote
    takes the person the sentence before it is about (:func:`_context_speaker`).
    Otherwise it is an orphan."""
    found.sort(key=lambda f: (f.start, f.kind != "indirect"))
    last: Found | None = None
    quoted: Found | None = None  # the last attributed direct quote
    for f in found:
        if last is not None and _interrupted(ctx, last, f):
            # '“…,” X said, “…”' / '“…?” X said. “…”': the same attribution on both sides
            # of the cue, one speech act; a lower-case piece continues the quoted sentence.
            f.kind, f.part_of, f.via = "direct", last.part_of or last, "previous"
        elif f.kind == "direct" and f.speaker is None and f.cue is None and last is None:
            f.speaker = _context_speaker(ctx, f)
            f.via = "previous" if f.speaker is not None else ""
        elif f.kind == "direct" and f.speaker is None and f.cue is None:
            lo = ctx.view.para(f.start)[0]
            same = ctx.view.para(last.start)[0] == lo
            s, _ = _sentence_bounds(ctx, f.start)
            just_before = same and _sentence_bounds(ctx, last.end)[1] >= end_before_space(ctx.text, s)
            prev_lo, prev_hi = ctx.view.para(lo - 1) if lo else (-1, -1)
            follows = (ctx.view.para(last.start)[0] == prev_lo and _opens(ctx, lo, f.start - 1)
                       and _sentence_bounds(ctx, last.end)[1] >= end_before_space(ctx.text, prev_hi))
            if same and last.kind == "direct" or just_before or follows:
                f.speaker, f.via = last.speaker, "previous"
                f.cue = last.cue if same and last.kind == "direct" else None
                if same and last.kind == "direct" and last.cue is not None:
                    f.part_of = last.part_of or last  # '“…,” X said. “…”': one speech act in pieces
                elif same and _same_speaker(last, quoted) and ctx.view.para(quoted.start)[0] == lo:
                    # '“…,” said X, speaking of Y. “…”': the participle between the pieces shares
                    # the speaker; the quotation is still one speech act
                    f.cue, f.part_of = quoted.cue, quoted.part_of or quoted
            else:
                f.speaker = _context_speaker(ctx, f)
                f.via = "previous" if f.speaker is not None else ""
        if f.kind != "partial" and f.speaker is not None:
            last = f
        if f.kind == "direct" and f.cue is not None:
            quoted = f


# A page template's label before a quotation ('Quote: “…”'): one word and a colon.
LABEL = re.compile(r"\s*([A-Z][a-z]+):\s*")


def _opens(ctx: Ctx, lo: int, mark: int) -> bool:
    """Does the quotation whose opening mark is at ``mark`` open its paragraph (starting at ``lo``), alone
    or after a template label announcing a quotation (speech_nouns.csv, role label: 'Quote: “…”')? A name
    with a colon ('Berg: “…”') is a speaker, and another label ('Headline: “…”', 'Correction: “…”')
    announces no one's words: neither continues the statement before it."""
    before = ctx.text[lo:mark]
    if not before.strip():
        return True
    label = LABEL.fullmatch(before)
    return label is not None and label.group(1).lower() in ctx.lex.labels


def _same_speaker(a: Found, b: Found | None) -> bool:
    """Do two statements have the same speaker expression (one subject shared by two cues)?"""
    return b is not None and a.speaker is not None and b.speaker is not None and (
        (a.speaker.start, a.speaker.end) == (b.speaker.start, b.speaker.end))


# What may stand between an interrupting attribution and the quotation's next piece:
# adjuncts of the cue ending in a comma or a conjunction ('said during a rally in X, N.C., “but …”',
# 'he said, but “when …”'), never a sentence end.
PIECE_JOIN = re.compile(r"(?:,|\b(?:but|and|or))\s*$")
SENTENCE_END = re.compile(r"[!?;:]|\.\s+[A-Z" + re.escape(MARKS) + "]")


def _interrupted(ctx: Ctx, first: Found, f: Found) -> bool:
    """Is the quotation ``f`` the later piece of ``first``, interrupted by their common
    attribution: both quoted, one cue standing between them in one paragraph, and a
    lower-case piece only right after the attribution and its adjuncts ('“…,” X said, “you …”')?"""
    cue = f.cue
    if cue is None or cue is not first.cue or first.kind != "direct" or f.marks is None or f.kind == "indirect":
        return False
    if ctx.view.para(first.start) != ctx.view.para(f.start) or not first.end < cue.head.idx < f.start:
        return False
    between = ctx.text[_end(cue.words[-1]):f.start - 1]
    return f.kind == "direct" or (PIECE_JOIN.search(between) is not None and SENTENCE_END.search(between) is None)


def _context_speaker(ctx: Ctx, f: Found) -> Speaker | None:
    """A floating quote ('Berg spoke in Minsk. “We will never accept this result.”') opening
    its sentence: the person who is the subject of the sentence just before it (in its
    paragraph, or the last one of the previous paragraph when the quote opens its own),
    if that subject is a person's name or he/she."""
    lo = ctx.view.para(f.start)[0]
    s, _ = _sentence_bounds(ctx, f.start)
    label = ctx.text[s:f.start - 1].rstrip()
    if label.endswith(":"):
        return _label_speaker(ctx, s, s + len(label) - 1)
    if label:
        return None
    before = s - 1 if s > lo else (lo - 1 if not ctx.text[lo:f.start - 1].strip() else -1)
    while before > 0 and ctx.text[before].isspace():
        before -= 1
    tok = ctx.view.token_at(before) if before > 0 else None
    if tok is None or _in_quote(ctx, tok.idx):
        return None
    root = tok.sent.root
    plo = ctx.view.para(tok.idx)[0]
    if root.idx < plo:
        # a heading with no full stop ('What the opposition said') parsed into the paragraph's
        # sentence: the paragraph's own clause is the highest head of its first word inside it
        root = next(ctx.view.tokens(plo, tok.idx + 1), tok)
        while root.head is not root and root.head.idx >= plo:
            root = root.head
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # a person, or a name of actors.csv ('Lebedev spoke to journalists.' with the parser's entity missed)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she") or (
            subj.pos_ == "PROPN" and ctx.idx.resolve(subj.text) is not None)):
        return None
    return _speaker_of(ctx, subj, root)


def _label_speaker(ctx: Ctx, lo: int, colon: int) -> Speaker | None:
    """'Kallas: “This was not an election.”': a quote after a speaker's label opening its sentence
    (the label a person's name or a name of actors.csv, nothing else before the colon) is the
    label's; a label that names no one ('The verdict: “…”') gives no speaker."""
    toks = list(ctx.view.tokens(lo, colon))
    heads = [t for t in toks if not lo <= t.head.idx < colon or t.head.i == t.i]
    if len(heads) != 1:
        return None
    t = heads[0]
    if not (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and ctx.idx.resolve(t.text) is not None):
        return None
    found = _speaker_of(ctx, t, None)
    # the parser may hang a short quotation on the label's name ('Kallas: “no”'): the speaker is the label
    return found if found.end <= colon else replace(found, end=found.start + len(ctx.text[found.start:colon].rstrip()))


def _smallest_around(clauses: Sequence[tuple[int, Found]], starts: Sequence[int], f: Found,
                     longest: int) -> Found | None:
    """The shortest of ``clauses`` (``(cue order, clause)`` sorted by start, none longer than
    ``longest`` characters) that starts before ``f`` and ends at or after it, the earliest cue on a
    tie. Walks back from the last clause starting before ``f`` and stops once every earlier one must
    be longer than the best found, or than ``longest`` when none is found yet (a long article holds
    many clauses, and most partial quotes are in none)."""
    best: tuple[int, int] | None = None
    found = None
    for j in range(bisect_right(starts, f.start - 1) - 1, -1, -1):
        i, g = clauses[j]
        if f.end - g.start > (longest if best is None else best[0]):
            break  # this one and every earlier one are longer than the best (or than any clause)
        if f.end <= g.end and (best is None or (g.end - g.start, i) < best):
            best, found = (g.end - g.start, i), g
    return found


def _partials(ctx: Ctx, found: list[Found], indirect: Sequence[Found], cues: Sequence[Cue]) -> None:
    """A partial quote belongs to the smallest reported clause around it, else to the
    cue before it in its sentence (a later piece of that cue's reported clause, if it has
    one); otherwise it stays unattributed. Clauses and cues are
    sorted once and bisected (only those starting before the quote can hold it)."""
    clauses = sorted(enumerate(indirect), key=lambda ig: ig[1].start)  # ties keep the cue order
    starts = [g.start for _, g in clauses]
    longest = max((g.end - g.start for g in indirect), default=0)
    speaking = sorted((c for c in cues if c.speaker is not None), key=lambda c: c.head.idx)
    heads = [c.head.idx for c in speaking]
    reports = {id(g.cue): g for g in reversed(indirect)}  # each cue's (first) reported clause
    for f in found:
        if f.kind != "partial":
            continue
        g = _smallest_around(clauses, starts, f, longest)
        if g is not None:
            f.cue, f.speaker = g.cue, g.speaker
            continue
        s, _ = _sentence_bounds(ctx, f.start)
        k = bisect_left(heads, f.start) - 1
        if k >= 0 and heads[k] >= s:
            f.cue, f.speaker = speaking[k], speaking[k].speaker
            # 'X says she hopes …, but she knows that “…”': the quote continues the speech act
            # whose reported clause the parse ended before it (a piece of it, not a second act).
            g = reports.get(id(f.cue))
            if g is not None and g.end <= f.start:
                f.part_of = g


def _shared(ctx: Ctx, cue: Cue, f: Found) -> Iterator[Found]:
    """'dismissed the criticism, as did Moscow': a second speaker of the same content."""
    dep, below, doc = ctx.view.dep, ctx.view.children, ctx.doc  # (every indirect statement asks: the view's arrays)
    for c in below[cue.head.i]:
        if dep[c] == "advcl" and ctx.view.lemma_lower[c] in ("do", "have", "be") and doc[c].lemma_ in ("do", "have", "be") \
                and any(ctx.view.lower[g] == "as" for g in below[c]):
            subj = next((g for g in below[c] if dep[g] in SUBJECT_DEPS), None)
            if subj is not None:
                yield replace(f, speaker=_speaker_of(ctx, doc[subj], doc[c]), via="shared")

