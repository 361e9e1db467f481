"""Statements: putting one article's statements together, resolving their actors, and the
output record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .. import spans
from ..actors import ActorIndex
from .context import Ctx, Cue, Found, Speaker, _overlap
from .cues import _find_cues
from .lexicon import AUTHOR_PRONOUNS, RELATIVES, SUBJECT_DEPS
from .quoted import _blocks, _continue, _partials, _quote_kind, _quote_statements, _shared, _tweets
from .resolve import Resolver, _on_behalf
from .speakers import _speaker_of


def _outlet_voice(article: Mapping, ctx: Ctx, sp: Speaker | None) -> bool:
    """Is the speaker the outlet itself or the writer ('I', 'you')?"""
    if sp is None:
        return False
    text = ctx.text[sp.start:sp.end].strip()
    outlet = str(article.get("outlet") or "")
    return text.lower() in AUTHOR_PRONOUNS or (len(outlet) > 2 and outlet.lower() in text.lower())


def _statements(ctx: Ctx, article: Mapping) -> list[Found]:
    """All statements of one parsed article, with their actors."""
    tweets = _tweets(ctx)
    ctx.block((f.start, f.end) for f in tweets)
    ctx.block((q.start, q.end) for q in ctx.quotes if _quote_kind(ctx, q, set()) is not None)
    cues = _find_cues(ctx) if ctx.doc.has_annotation("DEP") else []
    blocks, intro = _blocks(ctx, cues)
    ctx.block((f.start, f.end) for f in blocks if f.kind == "direct")
    cues = [c for c in cues if not ctx.is_blocked(c.head.idx)]
    quotes = _quote_statements(ctx, cues, [*blocks, *tweets])
    indirect = []
    for cue in cues:
        if cue.content is None or (cue.speaker is None and not cue.agentless) or id(cue) in intro:
            continue
        if _mostly_quoted(cue.content, quotes):  # it attributes a direct quote, reported no further
            continue
        if cue.entry.condition == "document-subject" and not (
                cue.speaker and cue.speaker.head is not None
                and cue.speaker.head.lemma_.lower() in ctx.lex.documents):
            continue
        f = Found("indirect", *cue.content, cue, cue.speaker)
        indirect += [f, *_shared(ctx, cue, f)]
    found = [*tweets, *blocks, *quotes]
    _partials(ctx, found, indirect, cues)
    found += indirect
    _continue(ctx, found)
    found = [f for f in found if not _outlet_voice(article, ctx, f.speaker)]
    return _resolve(ctx, found, cues)


def _mostly_quoted(span: tuple[int, int], quotes: Sequence[Found]) -> bool:
    inside = sum(_overlap(span, (q.start, q.end)) for q in quotes if q.kind == "direct")
    return inside >= 0.5 * (span[1] - span[0])


def _resolve(ctx: Ctx, found: list[Found], cues: Sequence[Cue]) -> list[Found]:
    """Actor ids for every statement, in text order (so 'previous' and documents see
    the statements before them); drop reporting nested in the same speaker's content."""
    subjects = [c.speaker for c in cues if c.speaker is not None]
    subjects += [_speaker_of(ctx, t, t.head) for t in ctx.doc if t.dep_ in SUBJECT_DEPS
                 and t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ not in RELATIVES]
    res = Resolver(ctx, subjects)
    found.sort(key=lambda f: (f.start, f.kind != "indirect"))
    for f in sorted(found, key=lambda f: f.cue.head.idx if f.cue else f.start):
        if f.speaker is None:
            continue
        f.actor, f.resolution = res.resolve(f.speaker, _on_behalf(f.speaker, ctx))
        if f.via == "previous":
            f.resolution = "previous"
        if f.cue is not None:
            res.statements.append((f.cue.head.idx, f.cue.entry.lemma, f.actor))
    keep = []
    for f in found:
        nested = f.kind == "indirect" and f.cue is not None and f.via != "shared" and any(
            g is not f and g.kind == "indirect" and g.start <= f.cue.head.idx < g.end and (
                g.actor and g.actor == f.actor or f.cue.entry.condition == "document-subject")
            for g in found)
        if not nested:
            keep.append(f)
    return keep


def _record(text: str, starts: Sequence[int], f: Found, idx: ActorIndex) -> dict:
    """The output row of a statement."""
    sp, cue = f.speaker, f.cue
    cue_s, cue_e = cue.text_span if cue is not None else (None, None)
    return spans.record(
        text, starts, f.start, f.end, kind=f.kind,
        speaker=text[sp.start:sp.end] if sp else None,
        speaker_start=sp.start if sp else None, speaker_end=sp.end if sp else None,
        actor_id=f.actor, actor_group=idx.group(f.actor),
        cue=text[cue_s:cue_e] if cue is not None else None,
        cue_lemma=cue.entry.lemma if cue is not None else None,
        cue_class=cue.entry.cls if cue is not None else None,
        cue_start=cue_s, cue_end=cue_e, quote_marks=f.marks,
        speaker_resolution=f.resolution if sp else "none")



def _nest(records: list[dict], article_id: str) -> list[dict]:
    """Set ``parent_statement_id``: the smallest other row whose span contains the row's
    (a partial quote inside a reported clause, an 'according to' inside another
    statement); NA for top-level rows, the speech acts. Rows with the same span share
    one parent. Ids are those the pipeline gives (``<article>:S<nnn>``, numbered in
    (char_start, char_end) order, ties in yield order), so the id is computed here from
    that order; ``tests/extract/test_statements_kinds.py`` checks it against the table.
    One sweep over rows sorted by start (longest first) with a stack of open spans."""
    order = sorted(range(len(records)), key=lambda i: (records[i]["char_start"], records[i]["char_end"]))
    ids = {i: f"{article_id}:S{n:03d}" for n, i in enumerate(order)}
    stack: list[int] = []
    for i in sorted(order, key=lambda i: (records[i]["char_start"], -records[i]["char_end"])):
        r = records[i]
        while stack and records[stack[-1]]["char_end"] < r["char_end"]:
            stack.pop()
        parent = None
        if stack:
            top = records[stack[-1]]
            same = (top["char_start"], top["char_end"]) == (r["char_start"], r["char_end"])
            parent = top["parent_statement_id"] if same else ids[stack[-1]]
        r["parent_statement_id"] = parent
        stack.append(i)
    return records
