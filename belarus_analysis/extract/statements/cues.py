"""Statements: finding reporting cues (verbs, 'according to', speech nouns) in the parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import negative_subject
from .content import CueIndex, _content, _cut, _gerund_of, inverted_subject
from .context import Ctx, Cue, _has_that, _verbal
from .lexicon import IRREALIS, MODALS, SUBJECT_DEPS, Lexicon
from .speakers import _attach_speaker


def _particle(t: Token, word: str) -> Token | None:
    """The child (or the mark of a clausal child) of ``t`` spelled ``word``, right of ``t``."""
    near = [c for c in t.children if c.i > t.i]
    near += [g for c in near if c.dep_ in ("advcl", "ccomp", "xcomp") for g in c.children if g.dep_ == "mark"]
    for c in sorted(near, key=lambda c: c.i):
        if word in (c.lower_, c.lemma_.lower()):
            return c
    return None


def _match_cue(t: Token, lex: Lexicon) -> Cue | None:
    """The cue that ``t`` heads, if any (multi-word entries first)."""
    low, lemma = t.lower_, t.lemma_.lower()
    for first, kind in ((low, "prep"), (lemma, "verb")):
        for rest, entry in lex.multi.get(first, ()):
            p = _particle(t, rest)
            if p is None:
                continue
            # A prepositional cue the parser took for the sentence's verb ('According to X, …',
            # sentence-initial, a participle) still is one.
            misread = t.dep_ == "ROOT" and t.tag_ == "VBG" and t.i == t.sent.start
            if kind == "prep" and t.dep_ != "prep" and t.pos_ != "ADP" and not misread:
                continue
            if kind == "verb" and not _verbal(t):
                continue
            if kind == "prep" and p.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in p.children):
                continue  # 'in his view', 'in the view of X'; 'in view of the protests' means 'because of
            if p.pos_ in ("NOUN", "PROPN") and p.dep_ == "dobj" and not any(
                    c.dep_ in ("acl", "ccomp") for c in p.children):
                continue  # 'express confidence' needs the clause; plain 'express' takes over
            return Cue((t, p), entry, kind)
    # (a verb read as the modifier of the speaker after it, 'CLAUSE, noted observers from X', is one)
    if lemma in lex.single and _verbal(t) and (t.dep_ not in ("amod", "compound") or inverted_subject(t) is not None):
        return Cue((t,), lex.single[lemma], "verb")
    if t.pos_ == "NOUN" and lemma in lex.noun_cues and (any(
            c.dep_ in ("acl", "ccomp") and (_has_that(c) or _infinitive(c)) for c in t.children) or _gerund_of(t)):
        return Cue((t,), lex.noun_cues[lemma], "noun")  # 'X's claim that …', '… to have won …', '… of winning …'
    return None


def _infinitive(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _performative(t: Token) -> bool:
    """A speech act performed by saying it: present tense or a first-person subject
    ('We encourage', 'The UK encourages'), not a narrated past action."""
    return t.tag_ in ("VBP", "VBZ") or any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("i", "we") for c in t.children)


def _unreal(t: Token) -> bool:
    """Negated, modal or planned speech is not a statement ('has not reported', 'nobody said',
    'plans to announce')."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS)
           or (c.dep_ in SUBJECT_DEPS and negative_subject(c)) for c in t.children):
        return True
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in IRREALIS


def _asks_anonymity(cue: Cue) -> bool:
    """'a worker, who asked not to be named, said …': a negated passive infinitive with no
    subject of its own, under the cue, is the source's own condition, not something said."""
    return cue.kind == "verb" and any(
        c.dep_ in ("xcomp", "ccomp") and _infinitive(c) and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "auxpass" for g in c.children) and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in cue.head.children)


def _find_cues(ctx: Ctx) -> list[Cue]:
    """Every reporting cue outside quotes and headlines, with speaker and content."""
    cues = []
    lex, doc = ctx.lex, ctx.doc
    for i, (low, lemma) in enumerate(zip(ctx.view.lower, ctx.view.lemma_lower)):
        # Only a word some cue entry starts with can head a cue (the look-ups of _match_cue):
        # the other tokens are never made into Token objects.
        if low not in lex.multi and lemma not in lex.multi and lemma not in lex.single and lemma not in lex.noun_cues:
            continue
        t = doc[i]
        if t.is_space or ctx.is_blocked(t.idx):
            continue
        cue = _match_cue(t, lex)
        if cue is None or (cue.kind == "verb" and _unreal(t)):
            continue
        if cue.entry.condition == "performative" and not _performative(t):
            continue
        if cue.entry.condition == "quote" and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            continue  # 'the announcement was issued as a post': no one attributes a quotation in the passive
        cues.append(cue)
    # A verb in the to-infinitive a cue governs is that cue's content, not a speech act of its
    # own ('asked the crowd to welcome the governor', 'vowed to denounce …').
    heads = {c.head.i for c in cues}
    cues = [c for c in cues if not (c.kind == "verb" and c.head.head.i != c.head.i and c.head.head.i in heads
                                    and c.head.dep_ in ("xcomp", "advcl", "ccomp") and _infinitive(c.head))]
    by_token = {c.head.i: c for c in cues}
    for cue in cues:
        _attach_speaker(ctx, cue, by_token)
    for cue in cues:
        cue.content = None if _asks_anonymity(cue) else _content(ctx, cue)
        if cue.content and cue.entry.condition == "no-office" and ctx.idx.words.titles(ctx.text[slice(*cue.content)]):
            cue.content = None  # 'named X prime minister': an appointment
    index = CueIndex(cues)
    for cue in cues:
        cue.content = _cut(ctx, cue, index)
    return cues

