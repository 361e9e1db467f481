"""Statements: the speaker of a cue, from the parse (subject, ``by``-agent, possessor,
relative-pronoun antecedent, shared or inherited subject)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ..quotes import MARKS
from ..view import ArticleView
from .content import (_as_source, _hung, _possessor, finite_participle, inverted_subject, passive_subject, relative_complement,
                      small_clause_after, source_apposition)
from .context import Ctx, Cue, Speaker, _end, _first_token_at, _has_that, _in_quote, _verbal
from ..syntax import RELATIVES
from .lexicon import SUBJECT_DEPS, TIME_ENTS


def _np_span(i: int, ctx: Ctx) -> tuple[int, int]:
    """The speaker expression headed by token ``i``: determiners, titles and coordination kept;
    relative clauses, adjuncts, 'including …' and appositions after a name left out."""
    # read off the view's token arrays: every subject of the article is walked, Token objects would be made by the thousand
    v = ctx.view
    dep, lower, orth, kids = v.dep, v.lower, v.orth, v.children

    def named() -> bool:  # (asked only about an apposition: most heads have none)
        return v.ent_type[i] in ("PERSON", "ORG", "GPE", "NORP") or ctx.idx.resolve(orth[i]) is not None

    def keep(c: int) -> bool:
        if dep[c] in ("relcl", "acl", "advcl", "dep"):
            return False
        if dep[c] == "prep":  # 'the head of X'; 'a spokesperson for X' (a title: who they speak for);
            # 'a report by X', 'a statement from X' (a document: who issued it)
            # 'the Organization for Security and Co-operation in Europe', 'the Committee on Foreign
            # Affairs': a preposition before a name inside an organisation's name is part of it
            return c > i and (lower[c] == "of" or lower[c] == "for" and ctx.idx.words.titles(orth[i])
                              or lower[c] in ("by", "from") and v.lemma_lower[i] in ctx.lex.documents
                              or v.ent_type[i] == "ORG" and lower[c] in ("for", "on", "in")
                              and any(v.pos[g] == "PROPN" and dep[g] == "pobj" for g in kids[c]))
        if dep[c] == "appos":  # kept: '(CEC)', 'The CEC Chairman, Ihar Karpenka', 'Canada, the EU and Britain'
            inside_parens = c > 0 and orth[c - 1] == "("
            return inside_parens or not named() or any(dep[g] == "conj" for g in kids[c]) or possessed(c)
        return True

    def possessed(c: int) -> bool:
        # 'Belarus’ Central Election Commission': the parser read the apostrophe of an s-final possessive as
        # a closing quotation mark and the possessed noun as an apposition of the name; it is the speaker
        return c > i + 1 and orth[i][-1:] in "sS" and orth[i + 1] in ("’", "'") and v.token_starts[i + 1] == v.end(i) \
            and not any(orth[k] == "," for k in range(i + 1, c))

    toks = {i}
    stack = [i]
    while stack:
        h = stack.pop()
        for c in kids[h]:
            if keep(c) if h == i else dep[c] not in ("relcl", "acl", "advcl", "appos"):
                toks.add(c)
                stack.append(c)
    lo, hi = i, i
    while lo - 1 in toks:
        lo -= 1
    while hi + 1 in toks:
        hi += 1
    punct, space = v.is_punct, v.is_space
    while lo < hi and (punct[lo] or space[lo] or dep[lo] == "cc"):
        lo += 1
    while hi > lo and (punct[hi] and orth[hi] not in ")" or space[hi]):
        hi -= 1
    lo = _list_start(v, lo)
    # A speaker never starts inside someone's quotation ('‹…,› Berg said': not 'it,› Berg').
    while lo < i and (_in_quote(ctx, v.token_starts[lo]) or punct[lo] or orth[lo][-1:] in MARKS):
        lo += 1
    a, b = v.para(v.token_starts[i])
    start, end = max(v.token_starts[lo], a), min(v.end(hi), b)
    return (start, end) if start < end else (v.token_starts[i], v.end(i))


def _list_start(v: ArticleView, lo: int) -> int:
    """If token ``lo`` is the last item of a comma list of names the parser attached
    elsewhere ('…, Canada, New Zealand, and Britain issued'), where the list starts."""
    lower, orth = v.lower, v.orth
    j = lo - 1
    if j < 0 or lower[j] not in ("and", "or"):
        return lo
    commas = 0
    while j >= 0 and (v.pos[j] == "PROPN" or lower[j] in ("and", "or", "the", ",")):
        commas += orth[j] == ","
        j -= 1
    start = j + 1
    while start < lo and orth[start] in (",", "and", "or"):
        start += 1
    return start if commas >= 2 else lo


def _speaker_of(ctx: Ctx, t: Token, verb: Token | None) -> Speaker:
    """A speaker NP headed by ``t``; a relative pronoun stands for its antecedent (see :func:`_speaker_at`)."""
    return _speaker_at(ctx, t.i, verb.i if verb is not None else -1)


def _personal_antecedent(v, i: int, head: int) -> int:
    """'remarks by candidate Jane Doe who said …': 'who' stands for a person, so a person's name right
    before it (a comma between them or not) is its antecedent when the parser hung the relative clause
    on a noun further left that names no person (the pronoun ``i``, the parsed antecedent ``head``)."""
    k = i - 1 if v.lower[i - 1] != "," else i - 2
    if v.lower[i] != "who" or k <= head or v.ent_type[k] != "PERSON" or v.ent_type[head] == "PERSON":
        return head
    return k


def _speaker_at(ctx: Ctx, i: int, verb: int) -> Speaker:
    """:func:`_speaker_of` of token ``i`` and verb token ``verb`` (-1: none), on the view's arrays. Found
    once per word and verb (``ctx.speakers``): a cue's subject is also one of the antecedents the
    resolver collects from every subject of the article (Token objects only for a new speaker)."""
    key = (i, verb)
    found = ctx.speakers.get(key)
    if found is None:
        v, head = ctx.view, i
        if v.lower[i] in RELATIVES and v.tag[i] in ("WP", "WDT", "IN") and verb >= 0:
            # the nearest relative clause at or above the verb (Token.ancestors, on the head array)
            a = verb
            for _ in range(len(v.heads)):
                if v.dep[a] == "relcl":
                    head = v.heads[a]
                    break
                if v.heads[a] == a:
                    break
                a = v.heads[a]
            if head == i and relative_complement(v, verb):
                # 'reported poll data … that duly declared …' hung on 'reported': its object before the pronoun
                head = next((c for c in v.children[v.heads[verb]] if v.dep[c] == "dobj" and c < i), i)
            head = _personal_antecedent(v, i, head)
        found = ctx.speakers[key] = Speaker(*_np_span(head, ctx), ctx.doc[head], ctx.doc[verb] if verb >= 0 else None)
    return found


def _explicit_subject(ctx: Ctx, v: Token, passive_ok: bool = False) -> tuple[Speaker | None, bool]:
    """(speaker, agentless) from ``v``'s own subject or ``by``-agent; a passive subject
    speaks only for a participle that inherits it ('X was quoted as saying')."""
    # (asked for every cue and for the verbs it inherits from: the child walks read the view's arrays)
    view, doc = ctx.view, v.doc
    dep, kids = view.dep, view.children[v.i]
    if not any(dep[c] in SUBJECT_DEPS for c in kids):  # 'We were concerned by X': the parser may hang 'We' on 'were'
        kids = [*kids, *(g for c in kids if dep[c] in ("aux", "auxpass") for g in view.children[c] if dep[g] in SUBJECT_DEPS)]
    hung = _hung(ctx, v)  # 'condemned as rigged by critics': the agent hung on the complement
    by = [c for c in kids if dep[c] == "agent"] or ([hung.i] if hung is not None else [])
    agent = next((g for c in by for g in view.children[c] if dep[g] == "pobj"), None)
    # a 'by' phrase of a verb with an active subject is a means, not an agent ('deputies adopted a
    # resolution by a majority vote, calling on …': the deputies call)
    if agent is not None and not any(dep[c] == "nsubj" for c in kids):
        return _speaker_of(ctx, doc[agent], v), False
    # A closing quotation mark the parser took for the subject ('«…,» Berg said') is none, nor is
    # a word of the quotation the cue attributes ('“… Full panic mode,” said X').
    starts = view.token_starts
    outside = not _in_quote(ctx, starts[v.i])
    subjs = [c for c in kids if dep[c] in SUBJECT_DEPS and not view.is_punct[c] and view.orth[c] not in MARKS
             and not (outside and _in_quote(ctx, starts[c]))]
    # Two subjects are a mis-parse of a dateline or fronted word ('MINSK — The opposition
    # accused …'): the one nearest the verb on its left is the subject.
    before = [c for c in subjs if c < v.i]
    subj = doc[before[-1]] if len(subjs) > 1 and before else doc[subjs[0]] if subjs else None
    # ... except the object of a participle that modifies the subject before it ('A statement
    # criticising X said …': X is what the statement criticised, not who said it)
    if len(before) > 1 and any(c.dep_ == "acl" and c.tag_ == "VBG" and not any(g.dep_ == "dobj" for g in c.children)
                               and c.right_edge.i + 1 == subj.left_edge.i for c in doc[before[-2]].children):
        subj = doc[before[-2]]
    if subj is None or view.para(starts[subj.i]) != view.para(starts[v.i]):
        return None, False
    if dep[subj.i] == "nsubjpass" and not passive_ok:
        expletive = view.lower[subj.i] == "it" and any(dep[c] == "ccomp" for c in kids)
        return None, expletive
    if not any(dep[c] == "appos" for c in view.children[subj.i]):  # (the rules below read appositions)
        return _speaker_of(ctx, subj, v), False
    # 'After meeting X, Czech Prime Minister Andrej Babis has called': a fronted phrase glued to the subject.
    appos = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < v.i
             and not any(g.dep_ == "conj" for g in c.children)]
    if appos and any(x.text == "," for x in v.doc[subj.i:appos[-1].left_edge.i]) and not any(
            x.text == "," for x in v.doc[appos[-1].i + 1:v.i]):
        subj = appos[-1]
    # 'Central Election Commission (CEC) Jane Doe said': a body glued to a person's name (no comma
    # between) is her title; the person speaks.
    person = [c for c in subj.children if c.dep_ == "appos" and subj.i < c.i < v.i and (c.ent_type_ == "PERSON" or (
              c.pos_ == "PROPN" and not c.ent_type_ and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)))
              and not any(x.text == "," for x in v.doc[subj.i:c.i])]
    if person and subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON":
        return Speaker(_speaker_of(ctx, subj, v).start, _end(person[-1]), person[-1], v), False
    return _speaker_of(ctx, subj, v), False


def _left_subject(ctx: Ctx, v: Token) -> Token | None:
    """Fallback when the parse gives a finite reporting verb no subject: the noun phrase
    just before it, skipping auxiliaries, adverbs, a relative clause and an adjunct PP."""
    doc, lo = v.doc, ctx.view.para(v.idx)[0]
    j = v.i - 1
    while j >= 0 and doc[j].idx >= lo:
        t = doc[j]
        # 'X, Minister of Foreign Affairs, today issued': a time word before the verb is no subject
        if t.is_space or t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.tag_ in ("MD", "RB") or (
                t.dep_ == "npadvmod" and t.ent_type_ in TIME_ENTS):
            j -= 1
            continue
        if t.text == ",":
            named = _appositive_head(doc, j)
            if named is not None:
                return named
            opener = next((k for k in range(j - 1, max(_first_token_at(ctx, lo), j - 40) - 1, -1)
                           if doc[k].text == "," and k + 1 < j and doc[k + 1].lower_ in ("who", "which")), None)
            if opener is None:
                return None
            j = opener - 1
            continue
        if t.dep_ in ("nummod", "compound", "case") and t.head.i < v.i:
            t = t.head
        if t.pos_ not in ("NOUN", "PROPN", "PRON") or t.lower_ in RELATIVES:
            return None
        p = t.head if t.dep_ == "pobj" else None
        if p is not None and p.i < t.i and p.lower_ in ("in", "on", "at", "during", "from", "through", "via") \
                and p.i > 0 and doc[p.i - 1].pos_ in ("NOUN", "PROPN", "NUM"):
            j = p.i - 1
            continue
        return t
    return None


def _appositive_head(doc: Doc, comma: int) -> Token | None:
    """The noun an apposition ending at ``doc[comma]`` describes ('The Honourable Jane Doe,
    Minister of Foreign Affairs,' -> 'Doe'), when the parser hung the name elsewhere."""
    a = doc[comma - 1] if comma > 0 else None
    while a is not None and a.dep_ in ("pobj", "prep", "compound", "amod") and a.head.i < comma and a.head is not a:
        a = a.head
    if a is None or a.dep_ != "appos" or a.head.i >= a.i or a.head.pos_ not in ("PROPN", "NOUN"):
        return None
    return a.head if a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == "," else None


def _attach_speaker(ctx: Ctx, cue: Cue, by_token: Mapping[int, Cue], depth: int = 0) -> None:
    """Fill ``cue.speaker`` (or ``agentless``)."""
    if cue.speaker is not None or cue.agentless or depth > 8:
        return
    t = cue.head
    if cue.kind in ("prep", "noun"):
        holder = cue.words[-1]
        if holder.lower_ == "to":  # according to X
            src = next((c for c in holder.children if c.dep_ == "pobj"), None)
            verbal = next((c for c in holder.children if c.dep_ == "pcomp"), None)
            obj = next((c for c in verbal.children if c.dep_ == "dobj"), None) if verbal is not None else None
            if src is None and obj is not None:  # 'according to show insiders' parsed as a verb phrase
                s, e = _np_span(obj.i, ctx)
                cue.speaker = Speaker(min(verbal.left_edge.idx, s), e, obj)
                return
        else:  # in X's words / in the words of X; X's claim / the claim by X
            # (a noun's source may also be a name before it: 'a Daily Ledger report that …')
            src = _possessor(holder, "of") if cue.kind == "prep" else _possessor(holder, "by", "from") or next(
                (c for c in holder.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        cue.speaker = _speaker_of(ctx, src, None) if src is not None else None
        subject = source_apposition(cue) if cue.speaker is not None else None
        if subject is not None:  # the reported clause's subject is no part of the source
            comma = ctx.doc[subject.left_edge.i - 1]
            cue.speaker.end = min(cue.speaker.end, comma.idx)
        return
    if cue.entry.condition == "as-source":  # '…, as follows from an exit poll': the particle's object
        src = next((c for c in cue.words[-1].children if c.dep_ == "pobj"), None)
        cue.speaker = _speaker_of(ctx, src, None) if src is not None else None
        return
    src = _as_source(ctx, t)
    if src is not None:  # 'The harbour, as X pointed out, rarely freezes': X, not the harbour
        cue.speaker = _speaker_of(ctx, src, t)
        return
    cue.speaker, cue.agentless = _explicit_subject(ctx, t)
    if cue.agentless or cue.speaker is None and _subjectless_as_participle(t):
        # 'It is stressed in the declaration that …', 'As noted in the ministry's report, …': the
        # document the passive names speaks
        doc = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "by") for g in c.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in ctx.lex.documents), None)
        if doc is not None:
            cue.speaker, cue.agentless = _speaker_of(ctx, doc, t), False
    if cue.speaker is not None or cue.agentless:
        return
    if _unattributed(cue):
        cue.unattributed = True
        return
    cue.speaker = _appended_subject(t)
    if cue.speaker is None and t.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < t.i for c in t.head.children):
        # a conjunct with no 'and' before it is a misparse, not a second predicate sharing the subject
        cue.speaker = _trailing_speaker(ctx, t)
    inverted = inverted_subject(t) if cue.speaker is None else None
    if inverted is not None and (inverted.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                 or ctx.idx.is_agent_word(inverted.lemma_) or inverted.lemma_.lower() in ctx.lex.documents):
        # 'CLAUSE, noted observers from Chile.' (the noun, not the clause hung on it, when the verb is its
        # modifier); after the speakers the parser hung before the cue ('CLAUSE, Jane Doe, an adviser, told BelTA')
        cue.speaker = _speaker_of(ctx, inverted, t) if t.dep_ != "amod" else Speaker(
            ctx.doc[t.i + 1].idx, _end(inverted), inverted, t)
    if cue.speaker is not None:
        return
    donor = _donor(ctx, t, by_token)
    if isinstance(donor, Cue):
        _attach_speaker(ctx, donor, by_token, depth + 1)
        cue.speaker = donor.speaker
    elif isinstance(donor, Token):
        cue.speaker = _speaker_of(ctx, donor, t) if donor.pos_ in ("NOUN", "PROPN", "PRON") else \
            _explicit_subject(ctx, donor, passive_ok=True)[0]
    elif _finite(t):
        subj = _left_subject(ctx, t)
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == t.i:
            # an agentless passive's own subject is what was reported, not who: 'injuries were reported' reports
            # an event (§1); with a small clause it names nobody's judgement ('what is criticised as a sham')
            # (not an 'it': 'meaning it has been declared valid' is a comment inside a clause, no personal passive)
            cue.unattributed = subj.lower_ != "it" and small_clause_after(t, cue)
        else:
            cue.speaker = _speaker_of(ctx, subj, t) if subj is not None else _trailing_speaker(ctx, t)
    if cue.entry.condition == "document-subject" and t.tag_ == "VBG" and (
            cue.speaker is None or cue.speaker.head is None
            or cue.speaker.head.lemma_.lower() not in ctx.lex.documents):
        document = _document_before(ctx, t)
        cue.speaker = _speaker_of(ctx, document, t) if document is not None else cue.speaker


def _subjectless_as_participle(t: Token) -> bool:
    """'As stated in the report, …': a past participle opening an 'as' clause, with no subject of its
    own, is a passive whose agent can only be the document an 'in'/'by' phrase names."""
    return t.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) and not any(
        c.dep_ in SUBJECT_DEPS for c in t.children)


def _document_before(ctx: Ctx, t: Token) -> Token | None:
    """'… since the release of the results, showing X winning', '… after the results were released,
    showing …': a participle set off by a comma after a document describes that document (the parser
    hangs it on the sentence's verb). The nearest document noun before the comma with no verb between,
    or the document subject of the verb just before the comma; else None."""
    doc, lex = t.doc, ctx.lex
    j = t.i - 1
    if j <= t.sent.start or doc[j].text != ",":
        return None
    for k in range(j - 1, t.sent.start - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX"):
            v = doc[k] if doc[k].dep_ not in ("aux", "auxpass") else doc[k].head
            return next((c for c in v.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in lex.documents), None)
        if doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in lex.documents:
            return doc[k]
    return None


def _unattributed(cue: Cue) -> bool:
    """'Lukashenko was declared the winner', 'an election that was decried as neither free nor
    fair': a past personal passive of a cue with a predicate
    after it (a small clause: the noun or 'as' phrase) and no agent reports what nobody named said;
    it is a statement without a speaker (statements.md, unattributed). A bare passive ('The results
    were announced') has no such predicate and is no statement; a to-infinitive ('He was asked to
    resign') names the addressee of a request, not a claim."""
    v = cue.head
    if passive_subject(v) is None or cue.entry.condition == "quote":
        return False
    # a past event ('was declared', 'has been declared'), not a generic rule ('a candidate who receives 50 percent is declared the winner', 'what is called
    # a sham') nor a demand ('be declared invalid')
    # (a reduced relative with no agent, 'individuals recognized as political prisoners', is a
    # designation, not a report: only a finite passive counts)
    past = any(c.dep_ == "auxpass" and (c.tag_ == "VBD" or c.lower_ == "been") for c in v.children)
    return past and small_clause_after(v, cue)


def _trailing_speaker(ctx: Ctx, v: Token) -> Speaker | None:
    """'CLAUSE, Jane Doe, an adviser to the X Committee, told reporters.' or 'After a month of
    protests, Jane Doe, in power since 1994, maintains that …' with the parser hanging the speaker
    inside the clause or adverbial before it (a conjunct or apposition of its last noun) and leaving
    the cue with no subject: a cue that ends its clause or has its that-clause after it has its
    speaker in the comma-set phrase just before it. That phrase starts after the leftmost comma with
    no verb between it and the cue, and must start with a person's name or a name of actors.csv
    ('Jane Doe, an adviser …') or a person's title whose phrase a description resolves ('Deputy
    Chairman of the Election Commission, Jane Doe'); else no speaker (a clause's own trailing
    phrase, 'higher than in Russia', is not one)."""
    doc, sent = v.doc, v.sent
    # the cue ends its clause: no verb follows before the next comma ('…, told the media, the Agency learned');
    # or its content follows it ('But after a month of protests, Jane Doe, in power since 1994, maintains
    # that …', the name parsed as a conjunct of the adverbial)
    rest = next((j for j in range(v.i + 1, sent.end) if doc[j].text == ","), sent.end)
    ends = not any(t.pos_ in ("VERB", "AUX") for t in doc[v.i + 1:rest])
    if v.i - 2 <= sent.start or doc[v.i - 1].text != "," or _in_quote(ctx, v.idx) or not (
            ends or any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)):
        return None
    for k in range(sent.start + 1, v.i - 1):
        if doc[k].text != ",":
            continue
        seg = doc[k + 1:v.i - 1]
        if any(t.pos_ in ("VERB", "AUX") for t in seg):
            continue
        people = [e for e in doc.ents if e.label_ == "PERSON" and seg.start <= e.start and e.end <= seg.end]
        chunk = doc[seg.start:next((j for j in range(seg.start, seg.end) if doc[j].text == ","), seg.end)]
        if people and people[0].start == seg.start or ctx.idx.lookup(chunk.text).how == "name":
            return Speaker(seg.start_char, seg.end_char, people[0].root if people else chunk.root, v)
        if ctx.idx.words.titles(doc[chunk.start:chunk.root.i + 1].text) and ctx.idx.lookup(seg.text).group:
            return Speaker(seg.start_char, seg.end_char, people[-1].root if people else chunk.root, v)
        return None
    return None


def _appended_subject(v: Token) -> Speaker | None:
    """'CLAUSE, Chairman of the Election Commission Jane Doe told reporters' parsed with the
    attribution's subject as an apposition of the clause's last noun and the cue as a verb
    coordinated with the clause's verb: the phrase from the comma to the cue, headed by its last
    word (the name, so that the title beside it does not hide the person)."""
    doc = v.doc
    last = doc[v.i - 1] if v.i > 0 else None
    if v.dep_ != "conj" or last is None or last.pos_ not in ("PROPN", "NOUN"):
        return None
    comma = next((k for k in range(last.i - 1, v.sent.start - 1, -1) if doc[k].text == ","), None)
    if comma is None or v.head.i >= comma:
        return None
    top = last
    while top.head is not top and comma < top.head.i < v.i:
        top = top.head
    if top.head.i >= comma or top.left_edge.i != comma + 1 or top.dep_ not in ("appos", "npadvmod", "dep", "conj"):
        return None
    return Speaker(top.left_edge.idx, _end(last), last, v)


def _finite(t: Token) -> bool:
    """A verb that needs a subject of its own (not a participle or an infinitive)."""
    if t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in t.children):
        return True
    return t.tag_ == "VBN" and t.dep_ in ("advcl", "conj", "ROOT") and not any(c.dep_ == "auxpass" for c in t.children)


def _donor(ctx: Ctx, t: Token, by_token: Mapping[int, Cue]) -> Cue | Token | None:
    """Where a subjectless cue gets its speaker: the cue or verb it shares a subject with,
    or the noun a participle modifies ('demonstrators calling for …')."""
    participle = t.tag_ == "VBG" or finite_participle(t)  # (the noun it modifies is its subject)
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
    if t.dep_ == "conj":
        head = t.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT":
            return head  # 'Tikhanovskaya, who …, called for … but insisted …'
        if _in_quote(ctx, head.idx):  # attached to a verb inside a quote: use the reporter's cue
            return _previous_cue(t, by_token)
        if head.dep_ == "ccomp" and head.head.i in by_token and (
                any(c.dep_ == "nsubjpass" for c in head.children) or _has_that(head) and any(
                    _has_that(c) for c in t.children if c.dep_ == "ccomp")):
            # 'X said the vote had been rigged and accused Y of …': a passive subject of the reported
            # clause accuses no one; 'X noted that Y did A and stressed that B': two parallel
            # that-clauses are both X's. The cue joins the reporting verb's subject.
            return by_token[head.head.i]
        reporter = _reporting_cue(head, by_token)
        if reporter is not None and t.tag_ == "VBD" and _unshared_tense(head):
            # 'X said he would run again and called the vote a farce', 'the ministry said it will not recognise
            # the result and urged …': a past verb cannot share the reported clause's modal or present tense;
            # it is the speaker's second speech act (§4: two cues, two rows). 'X said he had spoken to Y and
            # expressed support' may share 'had': one report (set dev)
            return reporter
        if reporter is not None and _mute_subject(ctx, head):
            # 'X has expressed her belief that the strength of a state comes from its people and is urging Y
            # to …': a thing that cannot speak urges no one; the reporting verb's speaker does
            return reporter
        nonfinite = head.tag_ == "VBG" or t.tag_ in ("VBD", "VBZ") and _infinitive_verb(head)
        if head.i not in by_token and nonfinite and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
            # 'rejected any chance of repeating the vote, lashing out at X and declaring …': participles
            # the parser coordinated with a gerund inside the object share the subject above it; so does
            # a finite verb it coordinated with an infinitive ('called for X to be freed and appealed for …')
            donor = _ancestor_donor(head, by_token)
            # a finite verb shares a clause's subject, not a speech noun's possessor ('challenged X's
            # claim to have won and demanded …')
            while isinstance(donor, Cue) and donor.kind == "noun" and t.tag_ in ("VBD", "VBZ"):
                donor = _ancestor_donor(donor.head, by_token)
            return donor
        return by_token.get(head.i) or (head if _verbal(head) else None)
    if participle and t.dep_ == "acl":
        noun = t.sent.root if finite_participle(t) else t.head
        if noun.lemma_.lower() in ctx.lex.documents and _verbal(noun.head) and noun.head is not noun:
            return by_token.get(noun.head.i) or noun.head
        if noun.lemma_.lower() in ctx.lex.events:  # 'she said at a news conference announcing …'
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            return (by_token.get(verb.i) or verb) if _verbal(verb) and verb is not noun else None
        # '…, Germany voicing doubts about the vote and Poland calling for …': the parser coordinated the
        # absolute clause's subject with the noun before it; the conjunct right before the participle speaks
        last = next((c for c in noun.children if c.dep_ == "conj" and c.right_edge.i == t.i - 1
                     and c.pos_ in ("PROPN", "NOUN")), None)
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if last is None and noun.dep_ in ("dobj", "pobj") and noun.tag_ == "NN" and governor.dep_ not in ("acl", "relcl") \
                and not any(c.dep_ == "prep" for c in noun.children) and not _may_speak(ctx, noun):
            # 'refused to accept the defeat saying …', 'adopted a resolution by a majority vote calling
            # on …': the parser hangs the participle on an object that names no one (a singular common
            # noun, no person's title, body or group, nor a phrase naming whose it is: 'the voice of the
            # citizens calling for …'); the clause's subject speaks (not the subject above a modifier:
            # 'a man holding a banner demanding …')
            return _ancestor_donor(t, by_token)
        return last if last is not None else noun
    if participle or (infinitive and t.dep_ in ("xcomp", "advcl")):  # 'went on to say'
        return _ancestor_donor(t, by_token)
    return None


def _reporting_cue(clause: Token, by_token: Mapping[int, Cue]) -> Cue | None:
    """The cue whose reported clause ``clause`` is: its complement ('said the count was slow') or the
    clause of its fixed object ('expressed confidence that …'), else None."""
    if clause.dep_ not in ("ccomp", "acl"):
        return None
    gov = clause.head
    if gov.i not in by_token and gov.dep_ == "dobj":
        gov = gov.head
    cue = by_token.get(gov.i)
    return cue if cue is not None and cue.kind == "verb" else None


def _unshared_tense(v: Token) -> bool:
    """Is the reported clause ``v`` in a tense a coordinated past verb cannot share: a modal ('would
    run') or the present ('is ready', 'does not recognise'; not the perfect: 'has spoken and expressed')?"""
    return v.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP")
                                                                 and c.lemma_ != "have") for c in v.children)


def _mute_subject(ctx: Ctx, v: Token) -> bool:
    """Is the subject of ``v`` a common noun that cannot name a speaker ('the strength of a state'; not
    an official, a body, a group or a document: :func:`_may_speak`)?"""
    subj = next((c for c in v.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and subj.pos_ == "NOUN" and not _may_speak(ctx, subj) \
        and subj.lemma_.lower() not in ctx.lex.documents


def _may_speak(ctx: Ctx, noun: Token) -> bool:
    """Can the common noun ``noun`` name a speaker: a named or known entity, an official's or
    institution's word ('the ministry', 'a spokesman'), a person's title, or a word of a group?"""
    words = ctx.idx.words
    return bool(noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or ctx.idx.is_agent_word(noun.lemma_)
                or words.titles(noun.text) or words.group(noun.text))


def _infinitive_verb(t: Token) -> bool:
    """Is ``t`` a to-infinitive ('to be freed')?"""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in t.children)


def _ancestor_donor(t: Token, by_token: Mapping[int, Cue]) -> Cue | Token | None:
    """The nearest verb above ``t`` with a (non-expletive) subject. A participle after a
    comma inside a reported clause ('X wrote that Y, adding: …') shares the reporting
    verb's subject instead."""
    if t.head.lower_ == "as" and t.head.dep_ == "prep":  # 'TASS quoted X as saying': X speaks
        # (also in the passive: 'X was quoted by TASS as saying')
        obj = next((c for c in t.head.head.children if c.dep_ == "dobj"), None) or next(
            (c for c in t.head.head.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
        if obj is not None:
            return obj
    if t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children):
        # 'X is reported to have said …': the passive's raised subject made the speech act
        raised = next((c for c in t.head.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
        if raised is not None:
            return raised
    near: Token | None = None
    chain: list[Token] = []
    after_comma = t.i > 0 and t.doc[t.i - 1].text == ","
    for a in t.ancestors:
        # Not clauses of their own: a possessor parsed as a subject ('X's claimed victory, dismissing
        # …') and, for a participle after a comma, a relative clause it follows ('… results that
        # gave Y a victory, telling reporters'): the participle belongs to the clause around them.
        if _possessive_subject(a) or after_comma and a.dep_ == "relcl":
            chain.append(a)
            continue
        if a.i in by_token:
            if near is None or after_comma and all(x.dep_ in ("ccomp", "conj") for x in chain):
                return by_token[a.i]
            break
        chain.append(a)
        if near is None and _verbal(a) and any(
                c.dep_ in SUBJECT_DEPS | {"agent"} and not _expletive(c) for c in a.children):
            near = a
    return near


def _possessive_subject(v: Token) -> bool:
    """Is ``v``'s subject a possessor ('Lukashenko's claimed victory' parsed as 'Lukashenko
    claimed')?"""
    return any(c.dep_ in SUBJECT_DEPS and any(g.dep_ == "case" and g.tag_ == "POS" for g in c.children)
               for c in v.children)


def _expletive(subj: Token) -> bool:
    """'there', or an 'it' that is no referent ('it is said', 'it seems'); 'it attacked X,
    saying …' is a source (a pronoun for an institution)."""
    v = subj.head
    return subj.lower_ == "there" or subj.lower_ == "it" and (
        v.lemma_ in ("be", "seem", "appear") or any(g.dep_ == "auxpass" for g in v.children))


def _previous_cue(t: Token, by_token: Mapping[int, Cue]) -> Cue | None:
    """The nearest cue before ``t`` in its sentence (a walk back over the sentence, not over every
    cue of the article: that made long articles quadratic)."""
    return next((by_token[i] for i in range(t.i - 1, t.sent.start - 1, -1) if i in by_token), None)

