"""Statements: quotations (direct and partial), ``X said:`` blocks and embedded posts, and
how each is attributed (its cue, the previous statement, or nobody)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..quotes import MARKS, Quote
from .context import Ctx, Cue, Found, Speaker, _is_headline, _overlap, _sentence_bounds
from .lexicon import BULLET, SUBJECT_DEPS, TWEET
from .speakers import _speaker_of


def _is_naming(text: str) -> bool:
    """Marks around a name or title ('the “Union State” treaty'), not someone's words."""
    words = text.split()
    if not 1 <= len(words) <= 8 or text.rstrip()[-1:] in ".,!?;:…":
        return False
    small = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "to", "a", "an"}
    alpha = [w for w in words if w[0].isalpha()]
    return bool(alpha) and all(w[0].isupper() or w in small for w in alpha) and any(w[0].isupper() for w in alpha)


def _opens_clause(ctx: Ctx, q: Quote, cue_ends: set[int]) -> bool:
    """Does the quote stand as a sentence or clause of its own (direct)?"""
    text = ctx.text
    lo = ctx.view.para(q.start)[0]
    j = q.start - 2
    while j >= lo and text[j].isspace():
        j -= 1
    if j < lo or text[j] in ".!?:…—–" or not any(ch.isalnum() for ch in text[lo:j + 1]):
        return True
    if text[j] in MARKS:  # glued to a previous quote: 'ally.”“The'
        k = j - 1
        return k < lo or text[k] in ".!?…,"
    if text[j] == ",":
        j -= 1
        while j >= lo and text[j].isspace():
            j -= 1
    return j + 1 in cue_ends and text[q.start:q.start + 1].isupper()


def _quote_kind(ctx: Ctx, q: Quote, cue_ends: set[int]) -> str | None:
    """direct, partial, or None for naming quotes."""
    inner = ctx.text[q.start:q.end]
    clause = _opens_clause(ctx, q, cue_ends)
    if not clause and _is_naming(inner):
        return None
    if not clause:
        return "partial"
    after = ctx.text[q.end + 1:q.end + 2] if q.close else ""
    ends_clause = inner.rstrip()[-1:] in ".,!?…;:" or not after.strip() or after in ",.!?;:" + MARKS
    return "direct" if ends_clause or len(inner.split()) >= 4 else "partial"


def _tweets(ctx: Ctx) -> list[Found]:
    """Embedded posts: a paragraph ending '— Name (@handle) Month D, YYYY'."""
    out = []
    for a, b in ctx.paras:
        m = TWEET.match(ctx.text, a, b)
        if not m:
            continue
        s, e = m.start("body"), m.end("body")
        marks = None
        q = next((q for q in ctx.quotes if q.start - 1 == s and q.end + 1 == e), None)
        if q is not None:
            s, e, marks = q.start, q.end, q.open + q.close
        name_s, name_e = m.start("name"), m.end("name")
        out.append(Found("direct", s, e, None, Speaker(name_s, name_e, ctx.view.token_at(name_e - 1)), marks))
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
    return not any(c.dep_ in SUBJECT_DEPS and c.head.lemma_ in ctx.lex.single for c in toks)


def _blocks(ctx: Ctx, cues: Sequence[Cue]) -> tuple[list[Found], set[int]]:
    """Paragraphs introduced by 'X said:' (direct) or 'X concluded that:' + bullets
    (indirect, one row per bullet); also the introducing cues, which report nothing else."""
    out: list[Found] = []
    intro: set[int] = set()
    for k, (a, b) in enumerate(ctx.paras):
        line = ctx.text[a:b].rstrip()
        if not line.endswith(":") or k + 1 >= len(ctx.paras):
            continue
        here = [c for c in cues if a <= c.head.idx < b and (c.speaker or c.agentless)]
        if not here:
            continue
        cue = here[-1]
        intro.update(id(c) for c in here)
        indirect = re.search(r"\bthat\s*:$", line, re.IGNORECASE) is not None
        for n, (pa, pb) in enumerate(ctx.paras[k + 1:k + 8]):
            body = ctx.text[pa:pb]
            bullet = BULLET.match(body)
            if indirect and not bullet or body.lstrip()[:1] in MARKS or _is_headline(body):
                break
            if not indirect and n and (bullet is None) and not _speech_like(ctx, pa, pb):
                break
            s = pa + (bullet.end() if bullet else len(body) - len(body.lstrip()))
            e = pa + len(body.rstrip())
            if indirect:
                e = s + len(ctx.text[s:e].rstrip(".;, "))
            out.append(Found("indirect" if indirect else "direct", s, e, cue, cue.speaker,
                             via="previous" if n and not indirect else ""))
    return out, intro


def _quote_statements(ctx: Ctx, cues: Sequence[Cue], blocks: Sequence[Found]) -> list[Found]:
    """Direct and partial quotes, the direct ones with their attributing cue."""
    cue_ends = {c.text_span[1] for c in cues}
    taken = [(f.start, f.end) for f in blocks]
    direct, partial = [], []
    outer: list[tuple[int, int]] = []
    for q in ctx.quotes:
        if any(a <= q.start < b for a, b in ctx.headlines) or any(a <= q.start - 1 and q.end <= b for a, b in outer):
            continue
        if any(a <= q.start and q.end <= b for a, b in taken):
            continue
        kind = _quote_kind(ctx, q, cue_ends)
        if kind is None or not any(ch.isalnum() for ch in ctx.text[q.start:q.end]):
            continue
        outer.append((q.start - 1, q.end + 1))
        (direct if kind == "direct" else partial).append(
            Found(kind, q.start, q.end, marks=q.open + q.close))
    for f in direct:
        cue = _attributing_cue(ctx, f, cues)
        if cue is not None:
            f.cue, f.speaker = cue, cue.speaker
    return direct + partial


def _attributing_cue(ctx: Ctx, f: Found, cues: Sequence[Cue]) -> Cue | None:
    """The cue whose content is this quote, else the nearest cue in the rest of its
    sentence (after the quote first), else the cue of a paragraph ending with ':'."""
    speaking = [c for c in cues if c.speaker is not None or c.agentless]
    inside = [c for c in speaking if c.content and _overlap(c.content, (f.start, f.end)) >= 0.5 * (
        c.content[1] - c.content[0])]
    if inside:
        return min(inside, key=lambda c: abs(c.head.idx - f.start))
    after = [c for c in speaking if f.end < c.head.idx < _after_window(ctx, f)]
    if after:
        return min(after, key=lambda c: c.head.idx)
    s, _ = _sentence_bounds(ctx, f.start)
    before = [c for c in speaking if s <= c.head.idx < f.start]
    if before:
        return max(before, key=lambda c: c.head.idx)
    lo = ctx.view.para(f.start)[0]
    k = ctx.view.para_starts.index(lo) if lo in ctx.view.para_starts else 0
    if k and not ctx.text[lo:f.start - 1].strip() and ctx.text[slice(*ctx.paras[k - 1])].rstrip().endswith(":"):
        pa, pb = ctx.paras[k - 1]
        prev = [c for c in speaking if pa <= c.head.idx < pb]
        return prev[-1] if prev else None
    return None


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
    the quote opens its paragraph (same speaker, empty cue). Otherwise it is an orphan."""
    found.sort(key=lambda f: (f.start, f.kind != "indirect"))
    last: Found | None = None
    for f in found:
        if f.kind == "direct" and f.speaker is None and f.cue is None and last is not None:
            lo = ctx.view.para(f.start)[0]
            same = ctx.view.para(last.start)[0] == lo
            s, _ = _sentence_bounds(ctx, f.start)
            just_before = same and _sentence_bounds(ctx, last.end)[1] >= len(ctx.text[:s].rstrip())
            prev_lo, prev_hi = ctx.view.para(lo - 1) if lo else (-1, -1)
            follows = (ctx.view.para(last.start)[0] == prev_lo and not ctx.text[lo:f.start - 1].strip()
                       and _sentence_bounds(ctx, last.end)[1] >= len(ctx.text[:prev_hi].rstrip()))
            if same and last.kind == "direct" or just_before or follows:
                f.speaker, f.via = last.speaker, "previous"
                f.cue = last.cue if same and last.kind == "direct" else None
        if f.kind != "partial" and f.speaker is not None:
            last = f


def _partials(ctx: Ctx, found: list[Found], indirect: Sequence[Found], cues: Sequence[Cue]) -> None:
    """A partial quote belongs to the smallest reported clause around it, else to the
    cue before it in its sentence; otherwise it stays unattributed."""
    for f in found:
        if f.kind != "partial":
            continue
        around = [g for g in indirect if g.start <= f.start - 1 and f.end <= g.end]
        if around:
            g = min(around, key=lambda g: g.end - g.start)
            f.cue, f.speaker = g.cue, g.speaker
            continue
        s, _ = _sentence_bounds(ctx, f.start)
        before = [c for c in cues if s <= c.head.idx < f.start and (c.speaker is not None)]
        if before:
            c = max(before, key=lambda c: c.head.idx)
            f.cue, f.speaker = c, c.speaker


def _shared(ctx: Ctx, cue: Cue, f: Found) -> Iterator[Found]:
    """'dismissed the criticism, as did Moscow': a second speaker of the same content."""
    for c in cue.head.children:
        if c.dep_ == "advcl" and c.lemma_ in ("do", "have", "be") and any(g.lower_ == "as" for g in c.children):
            subj = next((g for g in c.children if g.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                yield replace(f, speaker=_speaker_of(ctx, subj, c), via="shared")

