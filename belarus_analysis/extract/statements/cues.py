"""Statements: finding reporting cues (verbs, 'according to', speech nouns) in the parse."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import NEGATIVE_DETERMINERS, NEGATIVE_SUBJECTS, negative_subject
from ..view import ArticleView
from .content import CueIndex, _content, _cut, _gerund_of, detached_that_clause, inverted_subject, small_clause_after
from .context import Ctx, Cue, _has_that, _to_infinitive, _verbal
from .lexicon import IRREALIS, MODALS, SUBJECT_DEPS, Lexicon
from .speakers import _attach_speaker, _may_speak


def _particles(view: ArticleView, i: int) -> list[int]:
    """The children of token ``i`` right of it and the marks of its clausal ones, in text order: where
    the second word of a multi-word cue starting at ``i`` is looked for."""
    dep, below = view.dep, view.children  # (every multi-word cue's first word asks: the view's arrays)
    near = [c for c in below[i] if c > i]
    near += [g for c in near if dep[c] in ("advcl", "ccomp", "xcomp") for g in below[c] if dep[g] == "mark"]
    return sorted(near)


def _match_cue(view: ArticleView, t: Token, lex: Lexicon) -> Cue | None:
    """The cue that ``t`` heads, if any (multi-word entries first)."""
    low, lemma = view.lower[t.i], view.lemma_lower[t.i]
    near = None
    for first, kind in ((low, "prep"), (lemma, "verb")):
        for rest, entry in lex.multi.get(first, ()):
            if near is None:  # found once: the entries of a first word ('call for', 'call on' …) share it
                near = _particles(view, t.i)
            # the child (or the mark of a clausal child) spelled like the entry's second word
            p = next((t.doc[c] for c in near if rest in (view.lower[c], view.lemma_lower[c])), None)
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
    if lemma in lex.single and _verbal(t) and (view.dep[t.i] not in ("amod", "compound") or inverted_subject(t) is not None):
        return Cue((t,), lex.single[lemma], "verb")
    if view.pos[t.i] == "NOUN" and lemma in lex.noun_cues and (any(
            c.dep_ in ("acl", "ccomp") and (_has_that(c) or _to_infinitive(view, c.i)) for c in t.children) or _gerund_of(t)
            or detached_that_clause(t)):
        return Cue((t,), lex.noun_cues[lemma], "noun")  # 'X's claim that …', '… to have won …', '… of winning …'
    return None


def _performative(t: Token) -> bool:
    """A speech act performed by saying it: present tense or a first-person subject
    ('We encourage', 'The UK encourages'), not a narrated past action."""
    return t.tag_ in ("VBP", "VBZ") or any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("i", "we") for c in t.children)


def _completed(t: Token, preps: frozenset[str]) -> bool:
    """Does a phrase of one of its object's prepositions ``preps`` ('as') hang on a complement of the verb
    ``t`` ('refer to X as Y' may hang 'as' on 'X'; on the verb itself, see :func:`small_clause_after`)?"""
    return any(g.dep_ == "prep" and g.lower_ in preps for c in t.children for g in c.children)


def _unreal(view: ArticleView, t: Token) -> bool:
    """Negated, modal or planned speech is not a statement ('has not reported', 'nobody said',
    'plans to announce')."""
    dep, lower, below = view.dep, view.lower, view.children  # (every verb cue asks: the view's arrays)

    def negative(c: int) -> bool:
        # a Token for negative_subject only when the subject or a word on it is a negating word
        return (lower[c] in NEGATIVE_SUBJECTS or any(lower[g] in NEGATIVE_DETERMINERS for g in below[c])) \
            and negative_subject(t.doc[c])

    if any(dep[c] == "neg" or (dep[c] == "aux" and lower[c] in MODALS)
           or (dep[c] in SUBJECT_DEPS and negative(c)) for c in below[t.i]):
        return True
    head = view.heads[t.i]
    if dep[t.i] == "xcomp" and _adjective_infinitive(view, t.i):
        return True  # 'too early to tell whether …', 'it is hard to say who …', 'too close to call': nobody speaks
    return dep[t.i] == "xcomp" and view.lemma_lower[head] in IRREALIS


def _adjective_infinitive(view: ArticleView, i: int) -> bool:
    """Is the infinitive ``i`` the complement of an adjective with 'too' or of an adjective predicated of
    an expletive 'it' ('too early to tell', 'it is hard to say')? The parser hangs it on the adjective
    or on the copula beside it. (Not 'X was quick to say': a person's adjective.)"""
    dep, lower, below, pos = view.dep, view.lower, view.children, view.pos
    head = view.heads[i]
    adj, verb = (head, view.heads[head]) if pos[head] == "ADJ" else (
        next((c for c in below[head] if dep[c] == "acomp" and pos[c] == "ADJ" and c < i), None), head)
    if adj is None:
        return False
    return any(lower[c] == "too" for c in below[adj]) or dep[adj] == "acomp" and any(
        dep[c] in SUBJECT_DEPS and lower[c] == "it" for c in below[verb])


def _asks_anonymity(view: ArticleView, cue: Cue) -> bool:
    """'a worker, who asked not to be named, said …': a negated passive infinitive with no
    subject of its own, under the cue, is the source's own condition, not something said."""
    dep, below = view.dep, view.children  # (every cue asks: the view's arrays)

    def has(c: int, labels: tuple[str, ...] | set[str]) -> bool:
        return any(dep[g] in labels for g in below[c])

    return cue.kind == "verb" and any(
        dep[c] in ("xcomp", "ccomp") and _to_infinitive(view, c)
        and has(c, ("neg",)) and has(c, ("auxpass",)) and not has(c, SUBJECT_DEPS)
        for c in below[cue.head.i])


def _speaking_subject(ctx: Ctx, cue: Cue) -> bool:
    """Is the cue's speaker someone who can speak: a person's pronoun, a name, or a noun that can
    name a speaker (an official, an institution, a group; speakers._may_speak)?"""
    head = cue.speaker.head if cue.speaker is not None else None
    if head is None:
        return False
    return head.pos_ == "PROPN" or head.pos_ == "PRON" and head.lower_ != "it" or _may_speak(ctx, head)


def _reported_perfect(view: ArticleView, i: int) -> bool:
    """Is token ``i`` a perfect to-infinitive ('to have said') under a passive verb ('is reported to
    have said'): a past speech act that the passive attributes to its subject at second hand?"""
    dep, lower, below = view.dep, view.lower, view.children
    head = view.heads[i]
    return any(dep[c] == "aux" and lower[c] == "have" for c in below[i]) and any(
        dep[c] == "auxpass" for c in below[head]) and any(dep[c] == "nsubjpass" for c in below[head])


def _find_cues(ctx: Ctx) -> list[Cue]:
    """Every reporting cue outside quotes and headlines, with speaker and content."""
    cues = []
    lex, doc, view = ctx.lex, ctx.doc, ctx.view
    starts = lex.lemma_starts
    for i, (low, lemma) in enumerate(zip(view.lower, view.lemma_lower)):
        # Only a word some cue entry starts with can head a cue (the look-ups of _match_cue):
        # the other tokens are never made into Token objects.
        if lemma not in starts and low not in lex.multi:
            continue
        if view.is_space[i] or ctx.is_blocked(view.token_starts[i]):
            continue
        t = doc[i]
        cue = _match_cue(view, t, lex)
        if cue is None or (cue.kind == "verb" and _unreal(view, t)):
            continue
        if cue.entry.condition == "performative" and not _performative(t):
            continue
        if cue.entry.condition == "quote" and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            continue  # 'the announcement was issued as a post': no one attributes a quotation in the passive
        if cue.entry.condition == "small-clause" and not (small_clause_after(t, cue) or _completed(t, cue.entry.preps)):
            continue  # 'referred to the talks': a topic; only 'referred to X as Y' names X
        cues.append(cue)
    # A verb in the to-infinitive a cue governs is that cue's content, not a speech act of its
    # own ('asked the crowd to welcome the governor', 'vowed to denounce …').
    # A perfect infinitive under a passive cue is the speech act the passive reports ('X is reported
    # to have said that …', 'is understood to have told …'): it stays, with the raised subject.
    # (a cue that only attributes quotations takes no infinitive: 'continues to insist that …' is insisting)
    heads, above = {c.head.i for c in cues if c.entry.condition != "quote"}, view.heads
    cues = [c for c in cues if not (c.kind == "verb" and above[c.head.i] != c.head.i and above[c.head.i] in heads
                                    and view.dep[c.head.i] in ("xcomp", "advcl", "ccomp") and _to_infinitive(view, c.head.i)
                                    and not _reported_perfect(view, c.head.i))]
    by_token = {c.head.i: c for c in cues}
    for cue in cues:
        _attach_speaker(ctx, cue, by_token)
    for cue in cues:
        cue.content = None if _asks_anonymity(view, cue) else _content(ctx, cue)
        if cue.content and cue.entry.condition == "no-office" and ctx.idx.words.titles(ctx.text[slice(*cue.content)]):
            cue.content = None  # 'named X prime minister': an appointment
        if cue.content and cue.entry.condition == "agent-subject" and not _speaking_subject(ctx, cue):
            cue.content = None  # 'the crisis threatens to topple him': a verb of speech only with a speaker
    index = CueIndex(cues)
    for cue in cues:
        cue.content = _cut(ctx, cue, index)
    return cues

