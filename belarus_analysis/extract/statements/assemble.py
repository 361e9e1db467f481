"""Statements: putting one article's statements together, resolving their actors, and the
output record."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from .. import spans
from ..quotes import MARKS
from ..intervals import Intervals
from ..actors import ActorIndex, Lookup, outlet_actor
from .context import Ctx, Cue, Found, _overlap
from .cues import _find_cues
from ..syntax import RELATIVES
from .lexicon import AUTHOR_PRONOUNS, MODALS, OUTLET_PRONOUNS, SUBJECT_DEPS
from .quoted import _blocks, _continue, _named_term, _partials, _quote_kind, _quote_statements, _shared, _tweets
from .resolve import Resolver, _on_behalf
from .speakers import _speaker_at


def _outlet_voice(ctx: Ctx, f: Found, outlet_actor: Lookup | None,
                  outlet_names: Sequence[tuple[re.Pattern, set[str]]]) -> bool:
    """Is the speaker of ``f`` the outlet itself (its name in the metadata, also a republisher's
    credit: 'News.Az reports citing TASS' in 'TASS (via News.Az)') or the writer ('I', 'you'), or the
    outlet's own 'we' when the outlet is not an actor (a newspaper's editorial 'we')? ``outlet_actor``:
    :func:`_outlet_actor` of the article; ``outlet_names``: :func:`_outlet_names` of the article, each
    as a whole-word pattern with its words (both found once per article, not per statement)."""
    sp = f.speaker
    if sp is None:
        return False
    text = ctx.text[sp.start:sp.end].strip()
    if outlet_actor is not None:  # a press office naming itself speaks as an actor (§1), in its performatives
        low = text.lower()
        return (low in AUTHOR_PRONOUNS or low in OUTLET_PRONOUNS) and not _own_performative(text, f)
    if text.lower() in OUTLET_PRONOUNS or text.lower() in AUTHOR_PRONOUNS:
        return True
    low = text.lower()
    if low.startswith("our ") and ctx.idx.lookup(text).group == "media":
        return True  # 'Our correspondent reports that …': the outlet's own reporter, its voice as a credit line
    if not outlet_names:
        return False
    said = set(_WORDS.findall(low)) - {"the"}
    # the outlet named in the speaker, or the speaker a word of the outlet's name that names nobody else (a
    # parse that split 'News.Az' gives the speaker 'Az'; 'Kyiv said' in The Kyiv Independent is Ukraine); the
    # name as whole words ('UNN' is not in 'Ambassador Dunn', nor 'TASS' in 'Tassos')
    return any(name.search(low) or said and said <= words and not ctx.idx.lookup(text).group
               for name, words in outlet_names)


def _outlet_names(article: Mapping) -> list[str]:
    """The outlet's names in its metadata, lower-cased: the outlet before its parenthesis and a
    republisher the parenthesis credits ('TASS (via News.Az)', 'X, republished by Y')."""
    outlet = str(article.get("outlet") or "")
    names = [outlet.split(" (")[0]] + [m.group(1) for m in _CREDITED.finditer(outlet)]
    return [n.strip().lower() for n in names if len(n.strip()) > 2]


_CREDITED = re.compile(r"\b(?:via|republished by|relayed by)\s+([^(),;]+)")


def _own_performative(said: str, f: Found) -> bool:
    """'I call on the authorities …', 'We strongly encourage X to …', 'we continue to call for …' in a
    release its publisher speaks in: the first person of a present-tense speech act is the publisher
    performing it (§1, §1.1); 'We had already expressed our concern' narrates, 'I said' too."""
    if said.strip().lower() not in ("i", "we") or f.cue is None or f.cue.kind != "verb":
        return False
    v = f.cue.head
    if v.tag_ == "VBG" and v.dep_ == "pcomp":  # 'We stand united in condemning …', 'We join X in calling for …':
        v = v.head.head  # the verb the gerund's preposition hangs on carries the tense ('united': its adjective)
        v = v.head if v.dep_ == "acomp" else v
        v = next((c for c in v.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP"), v)  # 'we are united in'
    # (an aspectual verb carries the tense: 'we continue to call for'; a bare form coordinated with no 'to'
    # or modal is present: 'We were concerned by X and call for …')
    return v.tag_ == "VBP" or v.tag_ == "VB" and (v.dep_ == "xcomp" and v.head.tag_ == "VBP" or v.dep_ == "conj" and not any(
        c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in MODALS) for g in (v, v.head) for c in g.children))


def _outlet_actor(ctx: Ctx, article: Mapping) -> Lookup | None:
    """The actor that publishes the article, if its outlet is one ('GOV.UK (Foreign Office
    press release)' -> uk_government): its first-person 'we' is the outlet speaking. An outlet in no
    row of actors.csv that names a state's institution or office holder ('Cabinet of Ministers of X',
    'Office of the Prime Minister of X', 'X Delegation to the OSCE': an office or official term of
    ``speaker_groups.csv`` with a country) publishes as that state's group, no actor; a newspaper's
    name holds no such term."""
    aid = outlet_actor(article, ctx.idx)
    if aid:
        return Lookup(aid, ctx.idx.group(aid), "outlet")
    name = _ADDRESSEE.split(str(article.get("outlet") or "").split(" (")[0].split(" / ")[0])[0]
    words = ctx.idx.words
    terms = {" ".join(m.group(0).lower().split()) for m in words.pattern.finditer(name)} if words.pattern else set()
    # (a country and an office or title: 'The Daily Observer' names a body word but no state; a body word that
    # is also a person's title names no office either: 'Pakistan Observer' is a paper, 'Norwegian Helsinki
    # Committee' a rights group, the longer body term winning over 'committee')
    country = any(t in words.countries for t in terms)
    group = words.group(name) if country and terms & words.officials - words.bodies.keys() else None
    return Lookup(None, group, "outlet") if group and group != "media" else None


_ADDRESSEE = re.compile(r"\s+(?:to|in|at)\s+")  # 'X Delegation to the OSCE': the body it speaks to is not its own
_WORDS = re.compile(r"[^\W\d_]+")


def _published(article: Mapping) -> str | None:
    """The article's date as ISO text (dated roles are resolved on it), or None."""
    when = article.get("published")
    try:
        return None if when is None or pd.isna(when) else pd.Timestamp(when).date().isoformat()
    except (TypeError, ValueError):
        return None


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
    named = {id(c): s for c in cues if (s := _named_term(ctx, c)) is not None}  # (asked again below)
    terms = set(named.values())
    indirect = []
    direct = Intervals((q.start, q.end) for q in quotes if q.kind == "direct")
    # Cues that attribute a direct quote before them ('“…,” X said, “but …”'): a quotation
    # after them is the quote's next piece, not content reported in the cue's own words.
    interrupting = {id(q.cue) for q in quotes if q.kind == "direct" and q.cue is not None and q.end < q.cue.head.idx}
    for cue in cues:
        if cue.content is None or (cue.speaker is None and not (cue.agentless or cue.unattributed)) or id(cue) in intro:
            continue
        if id(cue) in named:
            continue
        if _mostly_quoted(cue.content, direct):  # it attributes a direct quote, reported no further
            continue
        if id(cue) in interrupting and ctx.text[cue.content[0]] in MARKS:
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
    # A quoted fragment nobody says is a scare quote (a markers row), not a statement.
    # A quoted fragment nobody says is a scare quote (a markers row), not a statement; so is
    # the term a speaker names ('call it “ghosting”').
    found = [f for f in found if not (f.kind == "partial" and (f.speaker is None or f.start in terms))]
    outlet = _outlet_actor(ctx, article)
    names = [(re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), set(_WORDS.findall(name))) for name in _outlet_names(article)]
    found = [f for f in found if not _outlet_voice(ctx, f, outlet, names)]
    title = article.get("title")
    return _resolve(ctx, found, cues, _published(article), outlet, title if isinstance(title, str) else None)


def _mostly_quoted(span: tuple[int, int], direct: Intervals) -> bool:
    """Is at least half of ``span`` inside the direct quotes ``direct``?"""
    inside = sum(_overlap(span, q) for q in direct.overlapping(*span))
    return inside >= 0.5 * (span[1] - span[0])


def _resolve(ctx: Ctx, found: list[Found], cues: Sequence[Cue], on: str | None = None,
             outlet: Lookup | None = None, title: str | None = None) -> list[Found]:
    """Actor ids and groups for every statement, in text order (so 'previous' and
    documents see the statements before them); dated roles on date ``on``; the outlet's
    own 'we' is ``outlet``; the article's ``title`` is context for descriptions. Drops
    reporting nested in the same speaker's content."""
    subjects = [c.speaker for c in cues if c.speaker is not None]
    # antecedents: subjects and the agents of passives ('a statement was issued by the ministers')
    # (chosen on the view's token arrays: Token objects only for the few that are antecedents)
    dep, heads, pos, lower = ctx.view.dep, ctx.view.heads, ctx.view.pos, ctx.view.lower
    subjects += [_speaker_at(ctx, i, heads[i]) for i, d in enumerate(dep) if (d in SUBJECT_DEPS or (
        d == "pobj" and dep[heads[i]] == "agent")) and pos[i] in ("NOUN", "PROPN", "PRON") and lower[i] not in RELATIVES]
    # A medium's report ('…, Reuters reported') narrates: its subjects stay antecedents.
    reported = [c.content for c in cues if c.content and c.speaker is not None
                and ctx.idx.lookup(ctx.text[c.speaker.start:c.speaker.end]).group != "media"]
    res = Resolver(ctx, subjects, on, contents=reported, outlet=outlet, title=title)
    found.sort(key=lambda f: (f.start, f.kind != "indirect"))
    for f in sorted(found, key=lambda f: f.cue.head.idx if f.cue else f.start):
        if f.speaker is None:
            if f.cue is not None and f.cue.agentless:
                # 'The mission issued its conclusions. It was noted that …': an impersonal passive
                # continues the subject of its own or the previous sentence (no speaker is written)
                f.actor, f.group, f.resolution = res.impersonal(f.cue.head.idx)
            continue
        said = ctx.text[f.speaker.start:f.speaker.end].strip().lower()
        found_as = outlet if outlet and (said in OUTLET_PRONOUNS or _own_performative(said, f)) else res.resolve(
            f.speaker, _on_behalf(f.speaker, ctx), content=(f.start, f.end))
        f.actor, f.group, f.resolution = found_as
        if f.via == "previous":
            f.resolution = "previous"
        if f.cue is not None:
            res.statements.append((f.cue.head.idx, f.cue.entry.lemma, f.actor))
    reported = Intervals((g.start, g.end, g) for g in found if g.kind == "indirect")
    cued = Intervals((g.cue.head.idx, g.cue.head.idx + 1, g) for g in found if g.kind == "indirect" and g.cue)
    return [f for f in found if not (_nested(f, reported) or _relayed(ctx, f, reported, cued)) or _cites_document(ctx, f)]


def _relayed(ctx: Ctx, f: Found, reported: Intervals, cued: Intervals) -> bool:
    """Is ``f`` an 'according to X' or an 'as reported by X' whose X is a news medium, attached to another
    speaker's indirect statement ('Officials said turnout was 85%, according to Reuters'; 'X said, according
    to Reuters, that …'; 'This was announced by X, as reported by Y'; the parser may hang the phrase on the
    reporting clause, whose cue then lies in ``f``)? The medium relays the statement (coding guide §7,
    §10.13): no row of its own; a phrase that closes the relayed clause is no part of it. ``reported``: the
    indirect statements by span, ``cued``: by cue position."""
    if f.kind != "indirect" or f.cue is None or f.group != "media":
        return False
    v = f.cue.head
    # ('as reported by X': a passive as-clause whose by-agent is the medium)
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if f.cue.kind != "prep" and not (mark is not None and any(c.dep_ == "agent" for c in v.children)):
        return False
    at = mark.idx if f.cue.kind != "prep" else f.cue.words[0].idx
    near = [g for _, _, g in reported.overlapping(f.start, f.end)] + [g for _, _, g in cued.overlapping(f.start, f.end)]
    outer = next((g for g in near if g is not f and g.cue is not None and g.cue.kind != "prep" and g.speaker is not None
                  and g.group != "media" and (g.start <= at < g.end or f.start <= g.cue.head.idx < f.end
                                              or min(f.end, g.end) - max(f.start, g.start)
                                              >= 0.5 * min(f.end - f.start, g.end - g.start))), None)
    if outer is None:
        return False
    if outer.start < at < outer.end and f.speaker is not None and not ctx.text[f.speaker.end:outer.end].strip(" .,;"):
        outer.end = len(ctx.text[:at].rstrip(" ,"))
    return True


def _cites_document(ctx: Ctx, f: Found) -> bool:
    """'X said A won 80 percent, according to preliminary results': a document the speaker cites is a
    source of its own (coding guide §10.15), not the speaker reporting again inside their own words."""
    sp = f.speaker
    return f.cue is not None and f.cue.kind == "prep" and sp is not None and sp.head is not None \
        and sp.head.lemma_.lower() in ctx.lex.documents


def _nested(f: Found, reported: Intervals) -> bool:
    """Is ``f`` a report inside another indirect statement's content by the same actor
    (or a document-subject cue inside any)? ``reported``: the indirect statements, so the
    candidates are only those whose content contains the cue (bisection, not all pairs)."""
    if f.kind != "indirect" or f.cue is None or f.via == "shared":
        return False
    pos = f.cue.head.idx
    return any(g is not f and (g.actor and g.actor == f.actor or f.cue.entry.condition == "document-subject")
               for _, _, g in reported.overlapping(pos, pos + 1))


def _record(text: str, starts: Sequence[int], f: Found, idx: ActorIndex) -> dict:
    """The output row of a statement."""
    sp, cue = f.speaker, f.cue
    cue_s, cue_e = cue.text_span if cue is not None else (None, None)
    return spans.record(
        text, starts, f.start, f.end, kind=f.kind,
        speaker=text[sp.start:sp.end] if sp else None,
        speaker_start=sp.start if sp else None, speaker_end=sp.end if sp else None,
        actor_id=f.actor, actor_group=f.group or idx.group(f.actor),
        cue=text[cue_s:cue_e] if cue is not None else None,
        cue_lemma=cue.entry.lemma if cue is not None else None,
        cue_class=cue.entry.cls if cue is not None else None,
        cue_start=cue_s, cue_end=cue_e, quote_marks=f.marks,
        speaker_resolution=f.resolution if sp or f.actor or f.group else "none")



def _nest(records: list[dict], article_id: str, pieces: Mapping[int, int | None] | None = None) -> list[dict]:
    """Set ``parent_statement_id``: the smallest other row whose span contains the row's
    (a partial quote inside a reported clause, an 'according to' inside another
    statement), or for a later piece of an interrupted quotation ('“…,” X said. “…”',
    ``pieces``: row -> row of its first piece) that first piece; NA for top-level rows,
    the speech acts. Rows with the same span share one parent. Ids are those the pipeline gives (``<article>:S<nnn>``, numbered in
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
        if parent is None and (pieces or {}).get(i) is not None:
            parent = ids[pieces[i]]
        r["parent_statement_id"] = parent
        stack.append(i)
    return records
