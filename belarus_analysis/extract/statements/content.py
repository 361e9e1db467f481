"""Statements: the reported content of a cue (clause, object, small clause, the clause an
'according to' attaches to), trimmed and cut where another cue takes over."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence

from spacy.tokens import Doc, Token

from ..quotes import MARKS
from ..view import ArticleView
from .context import Ctx, Cue, Speaker, _end, _first_token_at, _has_that, _sentence_bounds, _to_infinitive, _verbal
from ..syntax import RELATIVES
from .lexicon import CLAUSE_DEPS, COMPLEMENTIZERS, DEMONSTRATIVES, SUBJECT_DEPS, TIME_ENTS, TIME_PREPS


def passive_subject(v: Token) -> Token | None:
    """The subject of ``v`` as a personal passive, not an expletive 'it' ('It was announced that …'):
    its own ('The vote was declared …', 'who was declared …'), the subject of the verb it is
    coordinated with ('… which saw X claim victory but has been condemned as …': the relative), or
    the noun a reduced relative participle modifies ('an election widely denounced as …').

    Parameters
    ----------
    v : a verb token (a reporting cue).

    Returns
    -------
    spacy.tokens.Token or None
        The subject token, or None if ``v`` is no personal passive.
    """
    if v.tag_ == "VBN" and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
        return None if finite_participle(v) else v.head
    if not any(c.dep_ == "auxpass" for c in v.children):
        return None
    own = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if own is None and v.dep_ == "conj":
        own = next((c for c in v.head.children if c.dep_ in SUBJECT_DEPS), None)
    return own if own is not None and own.lower_ != "it" else None


def inverted_subject(v: Token) -> Token | None:
    """'CLAUSE, noted observers from Chile.', 'CLAUSE, stressed the head of the mission.': a reporting
    verb after the clause's comma with the speaker after it, which the parser read as the verb's
    object (or the verb as the speaker's modifier). The verb is finite with no subject of its own, a
    verb stands before the comma, and the noun phrase (with phrases on it or on the verb) ends the
    sentence.

    Parameters
    ----------
    v : a verb token.

    Returns
    -------
    spacy.tokens.Token or None
        The head of the noun phrase that is the speaker, or None if ``v`` is not such a verb.
    """
    doc = v.doc
    # (asked for most verb cues, up to three times: the comma test first spares making the sentence)
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < 3 or doc[v.i - 1].text != ",":
        return None
    sent = v.sent
    if v.i - 2 <= sent.start or any(c.dep_ in SUBJECT_DEPS for c in v.children):
        return None
    if v.dep_ == "amod":  # 'noted observers': the verb read as the noun's modifier
        np = v.head if v.head.i > v.i and v.head.dep_ == "ROOT" else None
    else:
        np = next((c for c in v.children if c.dep_ in ("dobj", "attr") and c.left_edge.i == v.i + 1), None)
    if np is None or np.pos_ not in ("NOUN", "PROPN") or not any(
            t.pos_ in ("VERB", "AUX") for t in doc[sent.start:v.i - 1]):
        return None
    end = sent.end - 1
    while end > v.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    # after the noun phrase only phrases hung on the verb ('added the observer from Peru')
    on_verb = {t.i for c in v.children if c.dep_ == "prep" and c.i > np.i for t in c.subtree}
    after = range(max(np.right_edge.i, v.i) + 1, end + 1)
    return np if all(i in on_verb for i in after) else None


def finite_participle(v: Token) -> bool:
    """'X's press service reported on Telegram that …', 'The party — which boycotted the vote — called
    the result a farce' parsed as a noun phrase: the sentence's root is a noun, and the cue is a
    participle modifying a noun inside it that takes a that-clause or a direct object (which no passive
    participle has; 'called a farce' has one predicate, 'called the result a farce' two). A sentence has
    a verb, and no other is left, so the participle is the finite verb and the root noun its subject
    (not a reduced passive).

    Parameters
    ----------
    v : a verb token (a reporting cue).

    Returns
    -------
    bool
        Whether ``v`` is such a participle.
    """
    root = v.sent.root
    if not (v.tag_ == "VBN" and v.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and v.head.pos_ in ("NOUN", "PROPN")):
        return False
    # (an object and its predicate the parser may label as two predicates: 'called the result a farce')
    objects = [c for c in v.children if c.dep_ in ("dobj", "oprd")]
    return any(c.dep_ == "ccomp" and _has_that(c) for c in v.children) or len(objects) > 1 or any(
        c.dep_ == "dobj" for c in objects)


def as_clause_agent(v: Token) -> Token | None:
    """'The vote was condemned as rigged by critics', 'was described as harsh by the ombudsman':
    the parser hangs the passive's by-phrase inside its 'as' complement; it is the agent of ``v``.

    Parameters
    ----------
    v : a verb token (a reporting cue).

    Returns
    -------
    spacy.tokens.Token or None
        The 'by' token, or None if ``v`` is no personal passive or has its own agent.
    """
    if passive_subject(v) is None or any(c.dep_ == "agent" for c in v.children):
        return None
    return next((b for c in v.children if c.i > v.i and (
        c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
            g.dep_ in ("mark", "advmod") and g.lower_ == "as" and g.i < c.i for g in c.children))
        for b in c.subtree if b.lower_ == "by" and b.dep_ in ("agent", "prep") and any(
            g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in b.children)), None)


def subject_as_source(v: Token) -> Token | None:
    """'The harbour, as one of the advisers pointed out, rarely freezes': the parser may make the cue
    of an 'as' clause inside a clause the sentence's verb, with the rest of the clause its complement
    after a comma, and hang the 'as' on the clause's subject or on the cue (the speaker its object
    or a second subject of the cue). The attribution is the 'as' clause (statements.md §1.2,
    `as X put it`): its speaker speaks and the whole clause is the content.

    Parameters
    ----------
    v : the cue's verb, the parse's root of the interrupted clause.

    Returns
    -------
    spacy.tokens.Token or None
        The speaker's head, or None for any other shape ('The senator, as a lawyer, said …' has a
        comma before the cue: an apposition of the speaker, not this).
    """
    doc = v.doc
    subjs = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    if not subjs:
        return None
    first = subjs[0]
    prep = next((c for c in (*first.children, *v.children) if c.lower_ == "as" and c.dep_ in ("prep", "mark")
                 and first.i < c.i < v.i and doc[c.i - 1].text == ","), None)
    if prep is None:
        return None
    src = next((g for g in prep.children if g.dep_ == "pobj"), None) or next((c for c in subjs if c.i > prep.i), None)
    end = max(prep.right_edge.i, src.right_edge.i) if src is not None else v.i
    if src is None or any(t.head.i != v.i or t.dep_ not in ("aux", "neg", "advmod") for t in doc[end + 1:v.i]):
        return None
    k = v.i + 1
    while k < len(doc) and doc[k].head.i == v.i and doc[k].dep_ == "prt":
        k += 1
    if k + 1 >= len(doc) or doc[k].text != "," or not any(
            c.dep_ in ("ccomp", "advcl") and c.left_edge.i == k + 1 for c in v.children):
        return None
    return src


def _hung(ctx: Ctx, v: Token) -> Token | None:
    """:func:`as_clause_agent` of ``v``, found once per verb: the cue's speaker, content parts, object
    complements and content span all ask."""
    if v.i not in ctx.hung:
        ctx.hung[v.i] = as_clause_agent(v) if _maybe_passive(ctx.view, v.i) else None
    return ctx.hung[v.i]


def _as_source(ctx: Ctx, v: Token) -> Token | None:
    """:func:`subject_as_source` of ``v``, asked only when a comma and 'as' stand between the verb's
    first subject and the verb (told on the view's arrays: the speaker and the content of every cue ask,
    and few sentences have the shape)."""
    view = ctx.view
    first = next((c for c in view.children[v.i] if view.dep[c] == "nsubj"), v.i)
    lower = view.lower
    if not any(lower[j] == "as" and lower[j - 1] == "," for j in range(first + 1, v.i)):
        return None
    return subject_as_source(v)


def _maybe_passive(view: ArticleView, i: int) -> bool:
    """Can verb ``i`` have a :func:`passive_subject` (a participle modifying a word, or a verb with a
    passive auxiliary)? Most cues cannot: told on the view's arrays, without Token objects."""
    return view.tag[i] == "VBN" and view.dep[i] == "acl" or any(view.dep[c] == "auxpass" for c in view.children[i])


def _object_complements(view: ArticleView, v: Token, obj: Token | None, clausal: bool, preps: frozenset[str],
                        reporting: Container[str] = (), *, hung: Token | None) -> list[Token]:
    """PPs completing the object: accuse X *of* Y, describe X *as* Y, condition X *by* Y,
    for the prepositions the cue's lexicon row lists (so 'claimed responsibility *for* …'
    and 'reported a profit *of* …' stay plain noun phrases); the parser may hang them on
    the object ('of' there only without a that-clause). (Every verb cue with an object asks:
    the tests read the view's arrays, Token objects only for the complements returned.)"""
    if obj is None:
        return []
    dep, lower, below = view.dep, view.lower, view.children
    on_verb = [c for c in below[v.i] if dep[c] == "prep" and lower[c] in preps and c > v.i]
    # 'condemned by X as rigged': the parser makes 'as rigged' a clause marked by 'as' (no subject
    # of its own, so not the temporal 'as she left'; not an attribution, 'as reported by Y'); with an
    # adverb inside ('as massively rigged') it reads 'as' as an adverb of the participle
    # (``hung``: the verb's own agent, hung on its complement: the complement stays)
    on_verb += [c for c in below[v.i] if dep[c] == "advcl" and c > v.i and "as" in preps and any(
        dep[g] in ("mark", "advmod") and lower[g] == "as" and g < c for g in below[c]) and not any(
        dep[g] in SUBJECT_DEPS or dep[g] == "agent" and (hung is None or g != hung.i) for g in below[c])
        and view.lemma_lower[c] not in reporting]
    # 'was described by X as Y': the parser hangs the small clause's 'as' phrase on the by-agent's noun
    on_verb += [a for c in below[v.i] if dep[c] == "agent" and "as" in preps for g in below[c] if dep[g] == "pobj"
                for a in below[g] if dep[a] == "prep" and lower[a] == "as"]
    # 'described X as more A than B': the parser hangs the comparative's 'than' phrase on the verb
    on_verb += [c for c in below[v.i] if dep[c] == "prep" and lower[c] == "than" and any(
        p < c and any(t.tag_ in ("JJR", "RBR") for t in v.doc[p].subtree) for p in on_verb)]
    on_obj = []
    if not clausal and obj.dep_ == "dobj":
        # (on the object or on its last conjunct: 'praised X, Y and Z for …' hangs 'for' on 'Z')
        heads = [obj.i]
        for h in heads:
            heads += [c for c in below[h] if dep[c] == "conj"]
        on_obj = [c for h in heads for c in below[h] if dep[c] == "prep" and lower[c] in preps
                  and lower[c] in ("of", "as", "for") and c > h]
    # 'declared the vote a sham', 'named it the worst year': the parser makes the predicate noun of
    # the small clause an apposition of the object; with no comma between it is no apposition
    # ('condemned the vote, a sham' is one) but completes the object like 'as a sham'
    on_obj += [] if clausal or obj.dep_ != "dobj" else [
        c for c in below[obj.i] if dep[c] == "appos" and c > obj.i and view.pos[c] == "NOUN" and "as" in preps
        and not any(view.is_punct[k] and view.orth[k] not in MARKS for k in range(obj.i + 1, v.doc[c].left_edge.i))]
    # 'declared the vote on 26 January a sham': the parser makes the small clause's predicate noun an apposition
    # of the date after the object (no comma between); the time phrase and the predicate complete the object
    dated = [] if clausal or "as" not in preps else [
        c for c in below[v.i] if dep[c] == "prep" and c > obj.i and lower[c] in TIME_PREPS and any(
            dep[a] == "appos" and view.pos[a] == "NOUN" and a > g and not any(view.orth[k] == "," for k in range(g, a))
            for g in below[c] if dep[g] == "pobj" for a in below[g])]
    return [v.doc[c] for c in on_verb + on_obj if not any(view.ent_type[g] in TIME_ENTS for g in below[c])] + [
        v.doc[c] for c in dated]


def _parts(ctx: Ctx, cue: Cue) -> list[Token]:
    """The dependents of a verb cue that make up its content, by the cue's frame."""
    v, words = cue.head, {w.i for w in cue.words}
    p = cue.words[1] if len(cue.words) > 1 else None
    # (every verb cue asks: the frame's tests read the view's arrays, Token objects only for the parts)
    view, doc = ctx.view, ctx.doc
    dep, lower, below = view.dep, view.lower, view.children
    kids = [c for c in (*below[v.i], *(below[p.i] if p is not None else ())) if c not in words]
    if p is not None and p.dep_ == "mark":  # 'called for elections to be held': 'for' marks the clause
        return [p.head]
    if p is not None and p.dep_ == "dobj":  # 'expressed confidence (that) …'
        return [c for c in p.children if c.dep_ in ("acl", "ccomp")]
    if any(dep[c] == "prep" and lower[c] == "as" and _reporting_gerund(ctx, c) is not None for c in kids):
        return []  # 'X was cited by Y as saying …': the gerund reports the words (its own cue), 'as saying' is none
    # (a to-infinitive fronted before the cue and its subject is a purpose adjunct, 'To understand X,
    # the monitor said, one should …', not the content a request or a vow takes after the cue)
    clause = [c for c in kids if dep[c] in CLAUSE_DEPS or (dep[c] in ("advcl", "acl") and _to_infinitive(view, c)
                                                           and not (dep[c] == "advcl" and c < v.i))
              or dep[c] == "advcl" and _bare_clause(doc[c], v)]
    clause = [c for c in clause if not _attribution_clause(ctx, c, v) and not (c < v.i and _fronted_cue(ctx, c))
              and not relative_complement(view, c)]
    # 'reported 65 remain imprisoned': a finite verb the parser read as the object heads a bare clause
    clause += [c for c in kids if dep[c] == "dobj" and c > v.i and view.tag[c] in ("VBP", "VBZ", "VBD")]
    # 'labelled the vote a farce': the parser reads a small clause's predicate noun as a second object
    # or an adverbial noun right after the object; for a cue whose small clause takes 'as' (label X (as) Y)
    # it is the predicate, as 'oprd' would be (not a time: 'called the vote a farce last week')
    first = next((c for c in kids if dep[c] == "dobj" and c > v.i), None)
    second = [c for c in kids if first is not None and c > first and dep[c] in ("dobj", "npadvmod")
              and doc[c].left_edge.i == doc[first].right_edge.i + 1 and doc[c].pos_ == "NOUN"
              and doc[c].ent_type_ not in ("DATE", "TIME")][:1] if "as" in cue.entry.preps else []
    fragment = _fragment_before(ctx, v, kids) if view.heads[v.i] == v.i else []  # (a root cue: see _content)
    clause += second + fragment + (_interrupted_predicates(ctx, v, kids) if fragment else [])
    if p is not None and p.dep_ in ("ccomp", "oprd", "acomp", "xcomp"):  # 'made X clear': X is said
        clause += [c for c in below[p.i] if dep[c] in ("nsubj", "ccomp")]
    if not clause and v.dep_ == "xcomp" and _to_infinitive(view, v.i):
        # 'CLAUSE, X went on to say': the parser hangs the fronted clause on the governing verb
        top = view.heads[v.i]
        # (or as an adverbial clause: one with a subject of its own and no subordinator, 'Before the
        # vote, the mission intends to …, the statement goes on to say')
        clause = [c for c in below[top] if c < top and (dep[c] in ("ccomp", "parataxis") or dep[c] == "advcl"
                  and any(dep[g] in SUBJECT_DEPS for g in below[c]) and not any(dep[g] == "mark" for g in below[c]))]
    if not clause and dep[v.i] == "pcomp" and _reporting_gerund(ctx, view.heads[v.i]) == v.i:
        # 'CLAUSE, X was cited as saying': the parser hangs the fronted clause on the verb that 'as' modifies
        top = view.heads[view.heads[v.i]]
        clause = [c for c in below[top] if c < top and dep[c] in ("ccomp", "parataxis")]
    if not clause:  # 'said in a statement that …', 'told a meeting of leaders that …': the parser
        # hangs the clause on a noun (a that-clause, 'that' a complementizer, never a relative pronoun)
        nouns = [g for c in kids if dep[c] == "prep" for g in below[c] if dep[g] == "pobj"]
        nouns += [g for c in kids if dep[c] in ("dobj", "dative") for g in (c, *(
            o for q in below[c] if dep[q] == "prep" for o in below[q] if dep[o] == "pobj"))]
        clause = [k for g in nouns for k in below[g] if dep[k] in ("acl", "ccomp", "relcl") and (
            _has_that(doc[k]) or _that_beside_subject(doc[k]))][:1]
    if not clause:  # 'called on those who lost the vote to accept …': the object with its request
        clause = [c for c in kids if dep[c] in ("dobj", "pobj") and _relative_request(view, c)][:1]
    expletive = any(dep[c] == "ccomp" for c in kids)  # 'made it clear that …'
    # ('called Friday for a recount': a bare date the parser made the verb's object is no object)
    objects = [c for c in kids if dep[c] in ("dobj", "pobj", "pcomp") and not (expletive and lower[c] == "it")
               and not (dep[c] == "dobj" and view.ent_type[c] in TIME_ENTS and not below[c])]
    passive = passive_subject(v) if _maybe_passive(view, v.i) else None
    if any(dep[c] == "agent" for c in kids) or _hung(ctx, v) is not None:  # 'the results were announced by the CEC'
        objects += [c for c in kids if dep[c] == "nsubjpass" and lower[c] != "it"]
        if passive is not None and passive.i not in objects and small_clause_after(v, cue):
            # 'an election widely denounced as … by X', '… but has been condemned as … by X': the
            # small clause's subject is the modified noun or the shared subject; the predicate is the content
            objects.append(passive.i)
    elif passive is not None and cue.unattributed:
        # 'X was declared the winner', 'the vote was decried as …': the subject is the small
        # clause's subject; the predicate after the participle (parsed as its object) is the content
        objects.append(passive.i)
        # (a predicate noun the parser made the subject of a clause: 'declared the winner of elections
        # widely viewed as forged')
        clause += [c for c in kids if dep[c] in ("dobj", "attr") and c > v.i or dep[c] == "ccomp" and c > v.i
                   and not any(dep[g] == "mark" for g in below[c])]
    largest = max(objects, key=view.subtree_size, default=None)
    clause, objects = [doc[c] for c in clause], [doc[c] for c in objects]
    obj = doc[largest] if largest is not None else None
    # (_shifted_as needs an 'as' after the verb: most cues have none, told on the arrays)
    if obj is None and "as" in cue.entry.preps and passive is None and any(
            dep[c] == "prep" and lower[c] == "as" and c > v.i for c in kids):
        shifted = _shifted_as(v, [doc[c] for c in kids])
        if shifted is not None:
            return [shifted]
    comps = _object_complements(view, v, obj, any(c.dep_ == "ccomp" for c in clause), cue.entry.preps, ctx.lex.single,
                                hung=_hung(ctx, v))
    comps += _interrupted_predicate(ctx, cue, obj)
    predicative = [c for c in clause if c.dep_ in ("xcomp", "oprd", "advcl", "acl") or c.i in second]
    frame = cue.entry.frame
    if clause or comps:
        small = objects if obj is not None and (predicative or comps) else []
        clausal = clause + comps + small
        if frame in ("clause", "both") and (clause or small):
            return clausal
    # a bare pronoun object is no content ('condemned it'), but the subject of a small clause is
    # ('denounced it as a sham')
    if frame in ("np", "both") and obj is not None and not (
            obj.pos_ == "PRON" and obj.n_lefts + obj.n_rights == 0 and not comps):
        if cue.entry.condition == "speech-object" and not comps and obj.lemma_.lower() not in ctx.lex.speech_objects:
            return []  # 'dismissed the minister', 'denied entry'; but 'dismissed the protests as …'
        if not comps and (_is_target(ctx, obj) or obj.lemma_.lower() in ctx.lex.topics):
            return []  # 'criticised the prime minister', 'emphasised the importance of …': no proposition
        # 'called for female contestants to wear …': the infinitive the parser hung on the cue completes the object
        return objects + comps + [c for c in clause if c.i > obj.i and c.dep_ in ("advcl", "xcomp") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return []


def _relative_request(view: ArticleView, o: int) -> bool:
    """'called on the candidates who had lost the vote to accept their defeat': the parser hangs the
    request's to-infinitive on the addressee's relative clause, as its last word after that clause's
    own object or predicate. Such an infinitive is the request's (a purpose infinitive of the
    relative verb follows no object: 'the observers who came to watch')."""
    dep, below = view.dep, view.children  # (the object's few dependents, on the view's arrays)
    for r in below[o]:
        if dep[r] != "relcl":
            continue
        kids = [k for k in below[r] if not view.is_punct[k]]
        filled = [k for k in kids if dep[k] in ("dobj", "attr", "acomp")]
        last = max(kids, default=r)
        if filled and last > max(filled) and dep[last] in ("advcl", "xcomp") and view.tag[last] == "VB" \
                and _to_infinitive(view, last) and not any(dep[g] in SUBJECT_DEPS for g in below[last]):
            return True
    return False


def _interrupted_predicate(ctx: Ctx, cue: Cue, obj: Token | None) -> list[Token]:
    """'showing X, in power for 26 years, winning 80 percent': a comma-set phrase inside the small
    clause makes the parser coordinate its predicate with the cue. For a cue that takes a clause, a
    subjectless -ing form after the object and such a phrase (two commas, no verb between), that is
    no cue itself, is the predicate of the object ('criticised the decision, lashing out at X' has no
    phrase between: a second act; 'criticise' takes no clause)."""
    v, lex = cue.head, ctx.lex
    if obj is None or obj.dep_ != "dobj" or cue.entry.frame not in ("clause", "both"):
        return []
    doc, view = v.doc, ctx.view
    dep, below = view.dep, view.children  # (every verb cue with an object asks: the view's arrays)
    out = []
    for c in below[v.i]:
        if dep[c] == "conj" and view.tag[c] == "VBG" and c > obj.i and not any(dep[g] in SUBJECT_DEPS for g in below[c]) \
                and view.lemma_lower[c] not in lex.single and view.lemma_lower[c] not in lex.multi:
            between = range(obj.right_edge.i + 1, doc[c].left_edge.i)
            if sum(view.orth[t] == "," for t in between) >= 2 and not any(
                    view.pos[t] in ("VERB", "AUX", "CCONJ") for t in between):
                out.append(doc[c])
    return out


def _that_beside_subject(k: Token) -> bool:
    """'said at a briefing that turnout had exceeded …' parsed as a relative clause of 'briefing' with
    'that' as its subject, 'said at the time that the count was rigged' with 'that' as its adverb (the
    time's 'when'): a clause with a subject besides 'that' has 'that' as its complementizer."""
    subjects = [g for g in k.children if g.dep_ in SUBJECT_DEPS]
    return any(g.lower_ == "that" for g in subjects) and any(g.lower_ != "that" for g in subjects) or any(
        g.lower_ == "that" and g.dep_ == "advmod" and g.i < k.i for g in k.children) and bool(subjects)


def small_clause_after(v: Token, cue: Cue) -> bool:
    """Does a predicate follow the participle ``v`` (a small clause: a noun or the cue's 'as'
    phrase, 'X was declared the winner', '… denounced as neither free nor fair')?

    Parameters
    ----------
    v : the cue's verb token.
    cue : the cue (its lexicon row gives the prepositions of its small clause).

    Returns
    -------
    bool
    """
    # (a predicate noun the parser made the subject of a clause with no conjunction of its own counts;
    # 'asked whether …' is a question, 'a film called Svaboda Slova' a title, neither a predicate)
    return any(c.i > v.i and (c.dep_ in ("oprd", "dobj", "attr") and c.pos_ != "PROPN"
                              or c.dep_ == "ccomp" and not any(g.dep_ == "mark" for g in c.children)
                              and not any(g.tag_ in ("WDT", "WP", "WRB") for g in c.children)
                              or c.dep_ == "prep" and c.lower_ in cue.entry.preps
                              or c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ == "as"
                                                           for g in c.children))
               for c in v.children)


def _shifted_as(v: Token, kids: Sequence[Token]) -> Token | None:
    """'dismissed as fraudulent a presidential election that …', 'described as "sheep" those
    protesting': a heavy object shifted after its 'as' predicate, which the parser puts inside the
    'as' phrase right after the verb. The phrase holds two noun phrases: an adjective before the
    object's determiner ('fraudulent a …'), or a second nominal hung on the predicate noun ('sheep
    those …'). That phrase is the small clause."""
    c = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i), None)
    if c is None or any(t.dep_ != "advmod" for t in v.doc[v.i + 1:c.i]):
        return None
    noun = next((g for g in c.children if g.dep_ == "pobj"), None)
    if noun is None:
        return None
    dets = [g.i for g in noun.children if g.dep_ == "det" and g.i < noun.i]
    fronted = dets and any(g.dep_ == "amod" and g.i < min(dets) for g in noun.children)
    second = any(g.dep_ in ("dobj", "appos", "npadvmod") and g.i > noun.i and g.pos_ in ("NOUN", "PROPN", "PRON")
                 for g in noun.children)
    return c if fronted or second else None


def relative_complement(view: ArticleView, c: int) -> bool:
    """'X reported poll data on Monday that duly declared Y the winner': a clause whose subject is a
    relative pronoun ('that' tagged WDT, never the complementizer, a mark) is a relative clause on an
    earlier noun that the parser hung on the verb as its complement or conjunct: no content of the verb.

    Parameters
    ----------
    view : the article's view.
    c : index of the clause's head token.

    Returns
    -------
    bool
        Whether the clause is such a relative clause.
    """
    if view.dep[c] not in ("ccomp", "conj"):
        return False
    gov = view.heads[c]
    # the pronoun stands after the governing verb and its object, right after a noun (its antecedent or a
    # word after it, 'poll data on Monday that'): not 'which he said were …', where the cue is inside the
    # relative clause, nor 'joked that, …', a complementizer the tagger took for a pronoun
    return any(view.dep[g] == "nsubj" and view.tag[g] == "WDT" and gov < g < c and view.pos[g - 1] in ("NOUN", "PROPN", "NUM")
               for g in view.children[c]) and any(view.dep[o] == "dobj" and o < c for o in view.children[gov])


def _attribution_clause(ctx: Ctx, c: int, v: Token) -> bool:
    """'The minister answered the question, the Agency reports.' parsed with 'the Agency reports' as
    the complement of 'answered': a clause (token ``c``) after a comma that is only a subject and a
    reporting verb is the sentence's inverted attribution (its own cue reports the clause before), not
    content. (Every clause of a verb cue asks: the view's arrays.)"""
    view = ctx.view
    dep, below = view.dep, view.children
    subj = next((g for g in below[c] if dep[g] == "nsubj"), None)
    if c <= v.i or subj is None or view.lemma_lower[c] not in ctx.lex.single:
        return False
    edge = ctx.doc[subj].left_edge.i
    return edge > 0 and view.orth[edge - 1] == "," and all(
        dep[g] in ("nsubj", "punct", "advmod", "npadvmod") for g in below[c])


def _bare_clause(c: Token, v: Token) -> bool:
    """A finite clause after the cue with its own subject and no subordinator, which the
    parser took for an adverbial ('said after the meeting he would resign': 'after' read
    as the clause's conjunction). A clause opened by a time or place adverb is the occasion of speaking
    ('said when she resigned', 'called when she was sick': the parser makes 'when' an adverb, not a mark)
    unless the parser hung the reported clause inside it ('said when the count ends the board will …')."""
    kids = list(c.children)
    occasion = any(g.tag_ == "WRB" and g.i == c.left_edge.i and g.lower_ in OCCASION_ADVERBS for g in kids) and not any(
        g.dep_ == "ccomp" for g in kids)
    return c.dep_ == "advcl" and c.i > v.i and any(g.dep_ == "nsubj" for g in kids) and not occasion and not any(
        g.dep_ == "mark" for g in kids) and any(g.dep_ == "aux" or g.tag_ in ("VBD", "VBZ", "VBP") for g in (c, *kids))


OCCASION_ADVERBS = frozenset({"when", "whenever", "where", "wherever"})  # (not 'how', 'why': 'explained how …' is content)


def _is_target(ctx: Ctx, obj: Token) -> bool:
    """Is a noun-phrase object a person, group or institution (the target of criticism or
    praise), not something said? Named entities of those types, person pronouns, known
    actors and the official and institution words of ``data/speaker_groups.csv``."""
    if obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.lower_ in ("him", "her", "them", "us", "me"):
        return True
    # The head with its compound and adjective modifiers ('the prime minister', 'Foreign Minister
    # Berg'), not a possessor ('Tsikhanouskaya’s claim' is a claim).
    first = min([obj, *(c for c in obj.lefts if c.dep_ in ("compound", "amod"))], key=lambda c: c.i)
    named = ctx.idx.lookup(ctx.text[first.idx:_end(obj)])
    # (an occasion named after a body is no target: 'an emergency EU summit' is a meeting to call for)
    return named.how == "name" and obj.lemma_.lower() not in ctx.lex.events or ctx.idx.is_agent_word(obj.lemma_)


def _np_end(view: ArticleView, obj: Token) -> int:
    """Right edge of an object NP, leaving out a trailing time adjunct ('… during a meeting')."""
    # '… any chance of repeating the vote, lashing out at X': a participle after a comma coordinated with
    # a gerund inside the object is the sentence's adverbial the parser hung there, not the object's
    # (the object's subtree walked on the view's arrays: every object asks)
    dep, tag, heads, below = view.dep, view.tag, view.heads, view.children
    hung, stack = [], [obj.i]
    while stack:
        t = stack.pop()
        stack += below[t]
        if dep[t] == "conj" and tag[t] == "VBG" and tag[heads[t]] == "VBG" and heads[t] > obj.i:
            edge = obj.doc[t].left_edge.i
            if obj.doc[edge - 1].text == ",":
                hung.append((t, edge))
    if hung:
        return min(hung)[1] - 2
    trailing = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i]
    for c in sorted(trailing, key=lambda c: c.i):
        if c.lower_ in TIME_PREPS and (c.lower_ not in ("on", "in", "at") or any(
                g.ent_type_ in TIME_ENTS for g in c.children)) and c.right_edge.i == obj.right_edge.i:
            return c.i - 1
    return obj.right_edge.i


def _answered_clause(view: ArticleView, v: int) -> tuple[int, int] | None:
    """'X said the vote was rigged, which the authorities deny' ('— which the police denied —'): a cue
    whose object is a 'which' after a comma or dash, in a clause hung on a verb before it, reports that
    verb's clause (§1.5: no part of the other speaker's content); ``(first, last)`` token, or None."""
    which = next((c for c in view.children[v] if view.dep[c] == "dobj" and view.lower[c] == "which"
                  and view.tag[c] == "WDT"), None)
    host = view.heads[v]
    if which is None or which == 0 or view.orth[which - 1] not in (",", "—", "–") or not (
            host < which and view.pos[host] in ("VERB", "AUX") and view.dep[v] in ("advcl", "ccomp", "relcl")):
        return None
    return view.doc[host].left_edge.i, which - 2


def _content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """Character span of what the cue reports (before cutting at other cues)."""
    doc, v = ctx.doc, cue.head
    if cue.entry.condition == "quote":  # 'She continued: “…”': it attributes quotations only
        return None
    if cue.kind == "prep":
        return _prep_content(ctx, cue)
    if cue.entry.condition in ("as-source", "as-clause"):  # only as an 'as' clause: the clause it modifies
        return _as_content(ctx, cue)
    if cue.kind == "noun":
        clause = [c for c in v.children if c.dep_ in ("acl", "ccomp")] or _gerund_of(v) or detached_that_clause(v)
        return _trim(ctx, (clause[0].left_edge.i, clause[-1].right_edge.i), v) if clause else None
    if _anaphoric_passive(ctx.view, v, ctx.lex.speech_objects):
        return _previous_sentence(ctx, v)
    answered = _answered_clause(ctx.view, v.i)
    if answered is not None:
        return _trim(ctx, answered, v)
    # 'CLAUSE, noted observers from Chile.': the clause before (an inverted speaker stands after its verb)
    spoken = cue.speaker.head if cue.speaker is not None else None
    if spoken is not None and spoken.i > v.i and spoken.i == getattr(inverted_subject(v), "i", None):
        return _trim(ctx, (v.sent.start, v.i - 1), v)
    host = ctx.view.heads[v.i]
    if ctx.view.dep[v.i] == "advcl" and host != v.i and _fronted_cue(ctx, host) == v.i:
        # 'While he acknowledged funding was short, Ham noted …' parsed with the subordinate clause inside the
        # clause it introduces: the rest of that clause is the subordinate cue's content
        return _trim(ctx, (v.right_edge.i + 1, doc[host].right_edge.i), v)
    if ctx.view.dep[v.i] in ("csubj", "csubjpass") and v.tag_ == "VBG" and v.i == v.sent.start and host > v.i:
        # 'Claiming the criticism is designed to X, Berg told …' with the participle made the subject of
        # the clause it introduces: the rest of that clause is the participle's content
        return _trim(ctx, (v.i + 1, doc[host].right_edge.i), v)
    if host > v.i and ctx.view.dep[host] == "ROOT" and not any(
            ctx.view.dep[g] in SUBJECT_DEPS for g in ctx.view.children[host]):
        fronted = _fragment_before(ctx, v, ctx.view.children[v.i])
        if fronted:  # 'These clerks, Kell explained earlier, were well paid' with the cue under the predicate
            return _trim(ctx, (doc[fronted[0]].left_edge.i, doc[host].right_edge.i), v)
    if ctx.view.dep[v.i] == "parataxis" and host < v.i and _open_before(doc, _first_word(doc, v.left_edge.i)):
        # 'The count was — X said — entirely fair' with the rest of the interrupted clause made the cue's
        # complement: the whole clause, as with the rest hung on the cue as a predicate (_interrupted_rest)
        interrupted = _inverted_content(ctx, cue)
        if interrupted is not None:
            return interrupted
    src = _as_source(ctx, v)
    if src is not None:  # 'The harbour, as X pointed out, rarely freezes': the whole clause
        return _trim(ctx, (v.left_edge.i, v.right_edge.i), v)
    parts = _parts(ctx, cue)
    right = [c for c in parts if c.i > v.i]
    side = right or [c for c in parts if c.i < v.i]
    if not side:
        return _as_content(ctx, cue) or _inverted_content(ctx, cue) or _appended_content(ctx, cue) \
            or _quoted_complement(ctx, cue) or _that_host(ctx, cue)
    lo = min(c.left_edge.i for c in side)
    hi = max(_np_end(ctx.view, c) if c.dep_ in ("dobj", "pobj") else c.right_edge.i for c in side)
    left = [c for c in parts if c.i < v.i]
    if right and left and set(_interrupted_predicates(ctx, v, [c.i for c in right])) == {c.i for c in right}:
        # 'The museum, Berg said on Monday, would make …': the subject before the attribution and the
        # predicate after it are one interrupted clause, the attribution inside (§1.2)
        return _trim(ctx, (min(c.left_edge.i for c in left), hi), v)
    hung = _hung(ctx, v)
    if hung is not None and lo < hung.i <= hi:  # 'condemned as rigged by critics …': the agent speaks
        hi = hung.i - 1
    if right:
        words = {w.i for w in cue.words}
        lo = max(lo, v.i + 1)
        while lo in words:
            lo += 1
        lo = _past_parenthetical(ctx.view, lo, hi)
        hi = _noun_complement(ctx, v, side, hi)
        if side[-1].dep_ == "dobj":
            # 'expressed concern at the fact the monitors were not invited': the clause completing the
            # object's last noun, hung on the verb right after the object, is part of the object
            view = ctx.view  # (the verb's children on the view's arrays: Token objects for the few that fit)
            dep, below, ent = view.dep, view.children, view.ent_type
            hi = max([hi, *(doc[c].right_edge.i for c in below[v.i] if dep[c] == "ccomp" and doc[c].left_edge.i == hi + 1)])
            # 'condemning the vote on 26 January and the violence by the police': a second object the
            # parser coordinated with the date of a time phrase right after the first
            hi = max([hi, *(doc[g].right_edge.i for c in below[v.i] if dep[c] == "prep" and c == hi + 1
                            for d in below[c] if dep[d] == "pobj" and ent[d] in TIME_ENTS
                            for g in below[d] if dep[g] == "conj" and ent[g] not in TIME_ENTS
                            and view.pos[g] == "NOUN")])
            if cue.entry.condition == "speech-object":
                hi = _colon_elaboration(view, v, hi)
        hi = _coordinated_clause(ctx, v, side, hi)
        hi = _semicolon_series(ctx, side, hi)
        hi = _extend_list(ctx.view, hi, v, gerunds=ctx.view.tag[lo] == "VBG")
        inner = [w for w in cue.words[1:] if lo <= w.i <= hi]
        if inner:  # 'made X (emphatically) clear': the content stops before the cue's last word
            hi = inner[0].i - 1
            while hi >= lo and doc[hi].head.i == inner[0].i and doc[hi].dep_ == "advmod":
                hi -= 1
    else:
        hi = _title_tail(ctx, cue, lo, hi)
        attribution = min([v.i, *(c.left_edge.i for c in v.children if c.dep_ in SUBJECT_DEPS and c.i > hi)])
        if any(doc[i].text == ";" for i in range(hi + 1, attribution)):
            # 'Rain threatens to dampen turnout; officials threatened to …': a clause the parser hung on the
            # cue across a semicolon is a sentence of its own, not what the attribution after it reports
            return None
        if attribution == hi + 2:  # 'X has been, Y stated, spoiled by …' read as 'CLAUSE, Y stated'
            hi = _interrupted_rest(v, attribution) or hi
    return _trim(ctx, (lo, hi), v)


def _colon_elaboration(view: ArticleView, v: Token, hi: int) -> int:
    """'published data on the first day: 7.8% of voters came to the polls': a colon after a speech object
    (and adjuncts of the verb, no verb or punctuation between) opens a clause that spells out what was made
    known; the content runs to the end of the sentence. Else ``hi``, the object's last token."""
    end = view.sentence_token_span(v.i)[1]
    k = hi + 1
    while k < end and view.orth[k] != ":" and not view.is_punct[k] and view.pos[k] not in ("VERB", "AUX"):
        k += 1
    if k >= end or view.orth[k] != ":" or not any(view.pos[j] in ("VERB", "AUX") for j in range(k + 1, end)):
        return hi
    return end - 1


def _anaphoric_passive(view: ArticleView, v: Token, said: Container[str] = ()) -> bool:
    """'This was stated by X', 'That was announced by the ministry': a passive cue with an agent whose
    subject is a bare demonstrative reports the sentence before it ('This is confirmed by the fact that
    …': a fact with its clause is evidence, not a source); so does a demonstrative with a noun of ``said``
    (speech objects: 'These preliminary data were published on Monday by X'). (Every verb cue asks: the
    view's arrays.)"""
    dep, below = view.dep, view.children
    agents = [g for c in below[v.i] if dep[c] == "agent" for g in below[c] if dep[g] == "pobj"]
    return any(not any(dep[k] in ("acl", "ccomp") and _has_that(v.doc[k]) for k in below[g]) for g in agents) and any(
        dep[c] == "nsubjpass" and (view.lower[c] in ("this", "that") and not below[c] or view.lemma_lower[c] in said
                                   and any(dep[d] == "det" and view.lower[d] in DEMONSTRATIVES for d in below[c]))
        for c in below[v.i])



def _previous_sentence(ctx: Ctx, v: Token) -> tuple[int, int] | None:
    """The sentence before ``v``'s (in its paragraph, or the last one of the paragraph before) without
    its final punctuation, or None when there is none."""
    start = v.sent.start
    if start == 0:
        return None
    prev = ctx.doc[start - 1]
    while prev.is_space and prev.i > 0:
        prev = ctx.doc[prev.i - 1]
    if prev.is_space:
        return None
    return _trim(ctx, (prev.sent.start, prev.i), prev)


# Prepositions that introduce the complement of an attitude or speech noun ('concern about X',
# 'outrage over X'), not an adjunct of the reporting event. 'at' and 'with' only after a bare
# (determiner-less) noun: 'solidarity with X', 'dismay at X' are attitudes; 'condemned the vote with
# colleagues', 'spoke at the embassy' are the event's company and place.
NOUN_COMPLEMENT_PREPS = frozenset({"about", "over", "regarding", "concerning", "toward", "towards"})
BARE_NOUN_PREPS = frozenset({"with", "at"})


def _noun_complement(ctx: Ctx, v: Token, side: Sequence[Token], hi: int) -> int:
    """'expressed concern over the arrests of …', 'expressed serious concern Monday about the
    vote': the parser hangs the object noun's complement on the verb (PP attachment); it belongs to
    the object, so the content runs to its end. Only right after the object (a time word between
    may stay), and never a time, a place or an occasion of speaking ('about' a meeting)."""
    if not side or side[-1].dep_ != "dobj" or side[-1].pos_ not in ("NOUN", "PROPN"):
        return hi
    view = ctx.view  # (the words between, on the view's arrays: no Span)
    for c in sorted((c for c in v.children if c.i > hi), key=lambda c: c.i):
        between = range(hi + 1, c.i)
        if any(view.ent_type[k] not in TIME_ENTS and not view.is_punct[k] for k in between) \
                or any(view.orth[k] == "," for k in between):
            break
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.ent_type_ in TIME_ENTS or any(g.ent_type_ in TIME_ENTS for g in objs):
            continue  # 'Monday', 'on Monday' between the object and its complement
        obj = side[-1]
        # a singular common noun with no determiner (the tagger may call a lower-case 'solidarity' a name)
        bare = (obj.tag_ == "NN" or obj.tag_ == "NNP" and obj.text.islower()) and not any(
            g.dep_ in ("det", "poss", "nummod") for g in obj.children)
        if c.dep_ != "prep" or not (c.lower_ in NOUN_COMPLEMENT_PREPS or bare and c.lower_ in BARE_NOUN_PREPS) \
                or not objs or any(
                g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in ctx.lex.events for g in objs):
            break
        hi = c.right_edge.i
    return hi


def _coordinated_clause(ctx: Ctx, v: Token, side: Sequence[Token], hi: int) -> int:
    """Reported content that the parser cut at a coordination, hanging the next conjunct on the
    reporting verb instead of the reported one:

    - 'X noted that A, but B': a clause with a subject of its own after a clause opened by 'that'
      continues it ('X said A, and police detained him', without 'that', is narration);
    - 'X called on Y to A, B and C', 'urged Y to A, end B and start C': a bare infinitive with no
      subject after a to-infinitive continues the list.

    A conjunct that is a reporting verb itself is another statement; the next sentence is never part."""
    if not side:
        return hi
    last = max(side, key=lambda c: c.i)  # the content's last part ('X to A': the infinitive)
    that = last.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in last.children)
    infinitive = _to_infinitive(ctx.view, last.i)
    # 'reported 65 remain imprisoned and 58 unaccounted for': a conjunct with a subject and no verb of its own
    # shares the content clause's verb (gapping); narration after the content has a verb
    gapped = last.tag_ in ("VBP", "VBZ", "VBD") and not that
    if not (that or infinitive or gapped):
        return hi
    view = ctx.view  # (the words between, on the view's arrays: no Span)
    for c in sorted((c for c in v.children if c.dep_ == "conj" and c.i > hi), key=lambda c: c.i):
        # ('continue' attributes quotations only: 'vowed to stay and continue to fight' is one list)
        if any(not (view.is_punct[k] or view.dep[k] == "cc") for k in range(hi + 1, c.left_edge.i)) \
                or ctx.view.sentence_of_token(c.i) != ctx.view.sentence_of_token(v.i) \
                or c.lemma_.lower() in ctx.lex.single and ctx.lex.single[c.lemma_.lower()].condition != "quote":
            break
        subject = any(g.dep_ in SUBJECT_DEPS or g.dep_ == "expl" for g in c.children)
        bare = c.tag_ in ("VB", "VBP") and not subject and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        verbless = subject and c.pos_ not in ("VERB", "AUX") and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        if not (that and subject or infinitive and bare or gapped and verbless):
            break
        hi = c.right_edge.i
    return hi


def _semicolon_series(ctx: Ctx, side: Sequence[Token], hi: int) -> int:
    """'X added that A won 60%; B, 20%; and C, 9%': a that-clause cut at a semicolon continues through a
    series of clauses the semicolons separate when the series closes with '; and' / '; or' (a list; the
    parser hangs the cue on a later item); the content runs to the end of the sentence. A series holding
    a reporting verb of its own is someone else's attribution; with no closing conjunction a clause after
    a semicolon may be the outlet's own sentence. Else ``hi``."""
    view = ctx.view
    if not side or hi + 1 >= len(view.orth) or view.orth[hi + 1] != ";" or not any(
            g.dep_ == "mark" and g.lower_ == "that" for g in max(side, key=lambda c: c.i).children):
        return hi
    end = view.sentence_token_span(hi)[1] - 1
    while end > hi and view.is_punct[end]:
        end -= 1
    rest = range(hi + 1, end)
    closed = any(view.orth[k] == ";" and view.lower[k + 1] in ("and", "or") for k in rest)
    reported = any(view.pos[k] == "VERB" and view.lemma_lower[k] in ctx.lex.single for k in rest)
    return end if closed and not reported else hi


def _past_parenthetical(view: ArticleView, lo: int, hi: int) -> int:
    """'said, citing the CEC, that …', 'said, in a statement on Monday, that …': a comma-set phrase
    with no finite verb between the cue and the complementizer is not content (the parser may hang
    it on the clause); the content starts at the complementizer."""
    orth, tag = view.orth, view.tag  # (every verb cue's content asks: the view's arrays)
    j = lo
    while j < hi and view.is_punct[j]:
        j += 1
    if not (tag[j] == "VBG" or view.dep[j] == "prep"):
        return lo
    k = next((k for k in range(j + 1, hi) if orth[k] == ","), None)
    if k is None or view.lower[k + 1] != "that" or any(tag[m] in ("VBD", "VBZ", "VBP", "MD") for m in range(j, k)):
        return lo
    return k + 1


def _fronted_cue(ctx: Ctx, c: int) -> int | None:
    """A clause ``c`` hung before a later verb whose first words are a subordinate clause ('While he
    acknowledged', 'Though she insisted') headed by a clause-taking cue with no clause or object of its own:
    the parser made the reported clause the host of the cue that reports it. That cue's index, else None."""
    view = ctx.view
    dep, below, lex = view.dep, view.children, ctx.lex.single
    if dep[c] != "ccomp" or view.heads[c] < c:
        return None
    first = ctx.doc[c].left_edge.i
    # (no comma after the cue: 'Though she insisted, the count was fair, X said' has the clause X's)
    return next((a for a in below[c] if dep[a] == "advcl" and ctx.doc[a].left_edge.i == first
                 and not view.is_punct[ctx.doc[a].right_edge.i + 1]
                 and view.lemma_lower[a] in lex and lex[view.lemma_lower[a]].frame != "np"
                 and any(dep[m] == "mark" for m in below[a])
                 and not any(dep[g] in ("ccomp", "xcomp", "dobj") for g in below[a])), None)


def _that_host(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """'X continues to insist, most recently in an interview, that …' parsed upside down: the cue's clause
    (the cue, or the verb whose to-infinitive it is) made the complement of the reported clause's verb after
    it, whose 'that' follows the cue's clause and a comma. The span from after 'that' to that verb's end."""
    view, v = ctx.view, cue.head.i
    dep, heads, below = view.dep, view.heads, view.children
    top = heads[v] if dep[v] == "xcomp" and _to_infinitive(view, v) else v
    host = heads[top]
    if dep[top] != "ccomp" or host <= top or dep[host] != "ROOT":
        return None
    end = ctx.doc[top].right_edge.i
    that = next((m for m in below[host] if dep[m] == "mark" and view.lower[m] == "that" and end < m), None)
    if that is None or not view.orth[that - 1] == ",":
        return None
    return _trim(ctx, (that + 1, ctx.doc[host].right_edge.i), cue.head)


def _fragment_before(ctx: Ctx, v: Token, kids: Sequence[int]) -> list[int]:
    """'Not a chance, the minister said.', 'People like Kell, he said.': a verbless fragment opening the
    sentence, set off by a comma from the cue's own subject, which the parser hung on the cue as a second
    subject (or an unlabelled dependent). It is what was said: its head, else nothing. (Not a time:
    'Last year, Berg said …'.)"""
    view, doc = ctx.view, ctx.doc
    dep = view.dep
    subject = max((c for c in kids if dep[c] == "nsubj" and c < v.i), default=None)
    first = min((c for c in kids if dep[c] in ("nsubj", "dep", "npadvmod") and c < v.i), default=None)
    if subject is None or first is None or first == subject:
        return []
    f = doc[first]
    comma = f.right_edge.i + 1
    if f.left_edge.i != view.sentence_token_span(v.i)[0] or doc[comma].text not in (",", *_DASHES) \
            or doc[subject].left_edge.i != comma + 1 or f.ent_type_ in TIME_ENTS:
        return []
    return [first]


def _interrupted_predicates(ctx: Ctx, v: Token, kids: Sequence[int]) -> list[int]:
    """The predicates after the cue's closing comma that have no subject of their own ('…, Berg said on
    Monday, would make …', '…, X explained earlier, were well paid'): the parser hung the rest of a clause
    the attribution interrupts on the cue."""
    view = ctx.view
    dep, below, pos = view.dep, view.children, view.pos
    return [c for c in kids if c > v.i and dep[c] in ("ccomp", "conj") and pos[c] in ("VERB", "AUX")
            and view.orth[ctx.doc[c].left_edge.i - 1] in (",", *_DASHES) and not any(dep[g] in SUBJECT_DEPS for g in below[c])]


def _reporting_gerund(ctx: Ctx, prep: int) -> int | None:
    """The reporting gerund an 'as' hangs on a verb ('cited as saying', 'quoted as stating'): the
    gerund's index, else None (``prep`` indexes the view)."""
    view = ctx.view
    return next((g for g in view.children[prep] if view.dep[g] == "pcomp" and view.tag[g] == "VBG"
                 and view.lemma_lower[g] in ctx.lex.single and ctx.lex.single[view.lemma_lower[g]].frame != "np"),
                None) if view.lower[prep] == "as" else None


def _gerund_of(noun: Token) -> list[Token]:
    """'X's claim of receiving 80% of the vote': the gerund after a speech noun's 'of', its content
    (as 'X's claim to have received …' has the infinitive)."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def detached_that_clause(noun: Token) -> list[Token]:
    """'despite warnings from her lawyer that the hearing was pointless': the parser may hang a speech
    noun's that-clause on a verb above the noun when a source phrase stands between; the clause that
    starts right after that 'by'/'from' phrase, with 'that' as its complementizer, is the noun's content.

    Parameters
    ----------
    noun : a speech noun token.

    Returns
    -------
    list of spacy.tokens.Token
        The clause's verb, or nothing (also when the clause hangs on the noun itself, or 'that' is a
        relative pronoun).
    """
    doc, r = noun.doc, noun.right_edge.i
    if r + 1 >= len(doc) or doc[r + 1].lower_ != "that" or doc[r + 1].dep_ != "mark" or not any(
            c.dep_ == "prep" and c.lower_ in ("by", "from") and c.right_edge.i == r for c in noun.children):
        # (without a source phrase before it the clause is the verb's: 'stressed in its statement that …')
        return []
    h = doc[r + 1].head
    if h.dep_ not in ("advcl", "ccomp") or h.left_edge.i != r + 1 or not any(a.i == h.head.i for a in noun.ancestors):
        return []
    return [h]


def _title_tail(ctx: Ctx, cue: Cue, lo: int, hi: int) -> int:
    """'CLAUSE, head of the country's Election Commission Jane Doe said': the parser ends the
    clause with an apposition ('head of the country's') that runs into the speaker with no
    punctuation between; it is the start of the speaker's title. Move it to the speaker and
    return the clause's new last token."""
    sp, doc = cue.speaker, ctx.doc
    first = _first_token_at(ctx, sp.start) if sp is not None else -1
    if lo < first <= hi and sp.head is not None and lo < sp.head.i <= hi:
        # 'CLAUSE, Jane Doe, an adviser, told reporters' with the speaker parsed inside the clause
        # (speakers._trailing_speaker): the clause ends before the speaker's comma
        return first - 2 if doc[first - 1].text == "," else first - 1
    if sp is None or first != hi + 1:
        return hi
    comma = next((k for k in range(hi, lo, -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 > hi or doc[comma + 1].dep_ != "appos" or doc[comma + 1].head.i >= comma:
        return hi
    cue.speaker = Speaker(doc[comma + 1].idx, sp.end, sp.head, sp.verb)
    return comma - 1


def _as_content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """'As noted by the CIS mission, the vote was transparent', 'The country, as X said, will
    not bow': an 'as'-clause attribution reports the clause it modifies (the attribution
    inside it when it stands in the middle, one contiguous span as in §3)."""
    v = cue.head
    if v.dep_ not in ("advcl", "acl") or not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
        return None
    h = v.head
    if h.dep_ in SUBJECT_DEPS and h.head.i > v.right_edge.i:
        # 'The vote - as X said - was a farce': the parser may hang the 'as' clause on the subject before it
        # (as an adverbial or a noun's clause); it interrupts the subject's clause, not ends it
        h = h.head
    elif v.dep_ == "acl":
        return None  # a noun's own 'as' clause elsewhere ('a vote as the law defines it') reports nothing
    lo, hi = v.left_edge.i, v.right_edge.i
    last = h.right_edge.i  # the clause's last word: its final period is not one after the 'as' clause
    while last > hi and (v.doc[last].is_punct or v.doc[last].is_space):
        last -= 1
    if lo <= h.left_edge.i:  # fronted: the clause after it
        return _trim(ctx, (hi + 1, h.right_edge.i), v)
    if hi >= last:  # trailing: the clause before it
        return _trim(ctx, (h.left_edge.i, lo - 1), v)
    return _trim(ctx, (h.left_edge.i, h.right_edge.i), v)


def _quoted_complement(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """A cue followed directly by a quotation the parser left unattached
    ('crediting “[t]hanks to …” and …'): the rest of the sentence from the mark."""
    last = cue.words[-1]
    nxt = last.i + 1
    if nxt >= len(ctx.doc) or ctx.doc[nxt].idx not in ctx.opens:
        return None
    _, e = _sentence_bounds(ctx, ctx.doc[nxt].idx)
    return _trim(ctx, (nxt, _first_token_at(ctx, e) - 1), last)


def _inverted_content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """'CLAUSE, X said' parsed with the cue under the clause: the clause before it. An
    attribution set off by commas inside the clause ('The museum, X said, celebrated …',
    'The plan failed, X said, because …') does not end it: the content is the whole
    clause, the parenthetical attribution inside (one contiguous span, coding guide §3)."""
    v, doc = cue.head, cue.head.doc
    # 'CLAUSE ending in a noun, X said on Monday.' parsed as a reduced relative clause of that noun:
    # no relative word, a comma before its subject, and the sentence's verb before it
    appended = v.dep_ == "relcl" and v.sent.root.i < v.i and not any(  # 'all of whom supported' has one
        c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in doc[v.left_edge.i:v.i])
    if v.dep_ not in ("parataxis", "ccomp", "advcl", "conj") and not appended or not any(
            c.dep_ in SUBJECT_DEPS for c in v.children):
        return None
    # The attribution starts at its subject (a fronted clause the parser hung on the cue,
    # 'Though X was slow, he said, …', is content); its head is the clause's verb, also when
    # the parser hung it on the clause's subject ('The difference now, he told me, is …').
    start = min(v.i, *(c.left_edge.i for c in v.children if c.dep_ in SUBJECT_DEPS))
    stop, h = v.right_edge.i, v.sent.root if appended else v.head
    start = _first_word(doc, start, stop=v.i)  # the parser may hang the commas on the cue
    if h.dep_ in SUBJECT_DEPS and h.head.i > v.i:
        h = h.head
    mark = doc[start - 1].text if start else ""
    if mark not in (",", "”", '"', "’", "'", *_DASHES):
        return None
    # Set off by a pair of plain commas or of dashes ('The vote — X said — was rigged'); '“…,” X said,
    # “…”' is a quotation interrupted, not this.
    set_off = mark in (",", *_DASHES) and (doc[stop].text == mark or stop + 1 < len(doc) and doc[stop + 1].text == mark)
    if h.i > v.i:
        # ('The count was, X said, entirely honest' with the attribution hung on the predicate
        # after it: the clause is the predicate's verb's)
        while h.pos_ not in ("VERB", "AUX") and h.dep_ in ("acomp", "attr", "oprd") and h.head.i < v.i:
            h = h.head
        return _trim(ctx, (h.left_edge.i, h.right_edge.i), v) if v.dep_ == "parataxis" and set_off else None
    rest = _interrupted_rest(v, start)
    if rest is not None:
        return _trim(ctx, (h.left_edge.i, rest), v)
    if set_off and h.dep_ == "advcl" and h.head.i > stop:
        # 'Though the count was quick, he said, a new count would be harder': the attribution hung on
        # a fronted subordinate clause interrupts the sentence whose main clause follows it
        return _trim(ctx, (h.head.left_edge.i, h.head.right_edge.i), v)
    # Only dependents that continue the clause itself, not a coordinated clause of its own.
    after = [c.right_edge.i for c in h.children if c.i > stop and c.dep_ not in ("conj", "cc", "punct")]
    return _trim(ctx, (h.left_edge.i, max(after) if set_off and after else start - 1), v)


# Dashes that set off an attribution inside a clause as a pair of commas does (em, en, a spaced hyphen).
_DASHES = ("—", "–", "-")


# Words a clause cannot stop at: an auxiliary or copula, an article, a preposition, 'to', a
# conjunction, a possessive. A comma after one interrupts the clause; it does not end it.
_OPEN_ENDS = frozenset({"DT", "PDT", "IN", "TO", "CC", "PRP$", "MD", "WDT"})


def _first_word(doc: Doc, i: int, *, stop: int | None = None) -> int:
    """The first token from ``i`` that is no punctuation mark (at most ``stop``)."""
    stop = len(doc) - 1 if stop is None else stop
    while i < stop and doc[i].is_punct:
        i += 1
    return i


def _open_before(doc: Doc, start: int) -> bool:
    """Does a comma before token ``start`` follow a word no clause ends with (``_OPEN_ENDS``, an
    auxiliary or copula): is the phrase from ``start`` inside a clause it interrupts?"""
    return start >= 2 and doc[start - 1].text in (",", *_DASHES) and (
        doc[start - 2].pos_ == "AUX" or doc[start - 2].tag_ in _OPEN_ENDS)


def _interrupted_rest(v: Token, start: int) -> int | None:
    """'The vote was, the commission said, entirely fair', 'X has been, Y said, marred by …': an
    attribution set off by commas after a word no clause ends with (``_OPEN_ENDS``, an auxiliary);
    the parser hangs the rest of the interrupted clause on the attribution's verb. The last token
    of that rest (the cue's dependents after its closing comma, not a coordinated clause or a
    participle of the speaker, '…, adding …'), else None."""
    doc = v.doc
    if not _open_before(doc, start):
        return None
    comma = next((c.i for c in v.children if c.i > v.i and c.text in (",", *_DASHES)), None)
    rest = [c.right_edge.i for c in v.children if comma is not None and c.i > comma
            and c.dep_ not in ("conj", "cc", "punct") and c.tag_ != "VBG"]
    return max(rest) if rest else None


def _appended_content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """'CLAUSE, Chairman of X Jane Doe told reporters' with the speaker found as an apposition
    of the clause (speakers._appended_subject): the clause before the speaker's comma."""
    v, sp = cue.head, cue.speaker
    if sp is None or sp.head is None or v.dep_ != "conj" or sp.head.head.i == v.i:
        return None
    comma = _first_token_at(ctx, sp.start) - 1
    # the speaker ends at the cue ('…, Jane Doe told'), or at a comma before it ('…, Jane Doe, an adviser, told')
    ends = sp.head.i == v.i - 1 or ctx.doc[v.i - 1].text == "," and _first_token_at(ctx, sp.end) in (v.i - 1, v.i)
    if comma <= v.head.i or ctx.doc[comma].text != "," or not ends:
        return None
    return _trim(ctx, (v.head.left_edge.i, comma - 1), v)


def _extend_list(view: ArticleView, hi: int, v: Token, gerunds: bool = False) -> int:
    """Carry on through a list of bare verbs the parser hung elsewhere ('calls on X to hold
    elections, end the violence, release …'; with ``gerunds``, a list of -ing forms: 'calling
    for holding talks, ending the strike and …'). A base form the parser coordinated with a
    finite cue ('urged X to stop A, release B') is such an item: it cannot be a second
    predicate of the cue's subject."""
    sent_end = view.sentence_token_span(v.i)[1]
    forms = ("VB", "VBP", "VBG") if gerunds else ("VB", "VBP")
    orth, tag, dep, heads = view.orth, view.tag, view.dep, view.heads  # (the arrays: every content asks)
    while hi + 2 < sent_end and orth[hi + 1] in (",", "and", "or"):
        k = hi + 2
        while k < sent_end and (orth[k] in ("and", "or", ",") or tag[k] == "RB"):
            k += 1
        if k >= sent_end:
            break
        own_predicate = heads[k] == v.i and dep[k] == "conj" and not (
            tag[k] == "VB" and v.tag_ in ("VBD", "VBZ", "VBN"))
        if tag[k] not in forms or any(dep[c] in SUBJECT_DEPS for c in view.children[k]) \
                or _is_ancestor(heads, k, v.i) or own_predicate:
            break
        hi = max(hi, v.doc[k].right_edge.i)
    return hi


def _is_ancestor(heads: Sequence[int], a: int, i: int) -> bool:
    """Is token ``a`` above token ``i`` in the tree (``Token.is_ancestor``, on the head array)?"""
    while heads[i] != i:
        i = heads[i]
        if i == a:
            return True
    return False


def _prep_content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """The clause an 'according to X' / 'in X's words' phrase attaches to."""
    doc, pp = ctx.doc, cue.head
    # 'According to X, CLAUSE' parsed with the phrase as the verb, or hung on a verb of the paragraph
    # before (the parser ran the sentence over the paragraph break): the clause after X
    if pp.dep_ == "ROOT" or ctx.view.para(pp.head.idx) != ctx.view.para(pp.idx):
        s, e = _sentence_bounds(ctx, pp.idx)
        comma = ctx.text.find(",", cue.speaker.end if cue.speaker else _end(cue.words[-1]), e)
        return _trim(ctx, (_first_token_at(ctx, comma + 1), _first_token_at(ctx, e) - 1), pp) if comma >= 0 else None
    pp_lo, pp_hi = pp.left_edge.i, pp.right_edge.i
    h = pp.head
    subject = source_apposition(cue)
    if subject is not None:  # the clause starts at its subject, which the parser hung on the source
        pp_hi = subject.left_edge.i - 1
    rest = _clause_after_source(doc, pp_lo, pp_hi, h)
    if rest is not None:  # 'The turnout, according to X, made 84%': the phrase interrupts the clause
        return _trim(ctx, rest, pp)
    if not _verbal(h):
        s, e = _sentence_bounds(ctx, pp.idx)
        first = ctx.view.token_at(s)
        if first is not None and first.i >= pp_lo:  # sentence-initial: the rest of the sentence
            return _trim(ctx, (pp_hi + 1, _first_token_at(ctx, e) - 1), pp)
        return _trim(ctx, (_first_token_at(ctx, s), pp_lo - 1), pp)
    if pp_lo > h.i and _open_before(doc, pp_lo):
        # 'The vote was, according to X, a farce': the phrase interrupts the clause (the parser hangs
        # the predicate on the source as an apposition: source_apposition)
        return _trim(ctx, (h.left_edge.i, max(h.right_edge.i, pp_hi)), pp)
    if pp_lo > h.i:
        # 'Protests began after the vote, which X won, according to Y': the adjacent relative clause
        j = pp_lo - 1
        while j > h.i and (doc[j].is_punct or doc[j].is_space):
            j -= 1
        # (an infinitive the parser calls a relative clause is no clause of its own: 'took steps to improve
        # its standing, according to X' reports the whole clause)
        rel = next((a for a in [doc[j], *doc[j].ancestors] if a.dep_ == "relcl" and a.i > h.i
                    and not _to_infinitive(ctx.view, a.i)), None)
        if rel is not None:
            return _trim(ctx, (rel.left_edge.i, j), pp)
        lo = h.left_edge.i
        if doc[pp_lo - 1].text == "," and all(a.dep_ in MAIN_CLAUSE for a in [h, *h.ancestors]):
            # '…, according to X' after the main clause: all of it, even when the parser
            # split a word ('re-elected') and hung the phrase on part of it
            lo = min(lo, _first_token_at(ctx, _sentence_bounds(ctx, pp.idx)[0]))
        return _trim(ctx, (lo, pp_lo - 1), pp)
    if pp_hi < h.left_edge.i or pp_lo <= h.left_edge.i:
        top = h
        # 'According to X, A gained 1%, B gained 2%, and C gained 3%': the parser may make the first
        # clause of the list a complement of a later one (no reporting verb); the list is the content
        while top.dep_ in ("ccomp", "conj") and top.head.i > top.i and top.head.lemma_.lower() not in ctx.lex.single \
                and _verbal(top.head):
            top = top.head
        return _trim(ctx, (pp_hi + 1, max(h.right_edge.i, top.right_edge.i)), pp)
    return _trim(ctx, (h.left_edge.i, _own_clause_end(doc, h)), pp)


def _clause_after_source(doc: Doc, lo: int, hi: int, h: Token) -> tuple[int, int] | None:
    """'The turnout, according to X, made 84%', 'Their shares, according to X, were 2% and 1%': a source
    phrase (tokens ``lo``..``hi``) set off by commas after the clause's subject, which the parser hangs
    on that subject (or on the subject read as a verb, 'turnout' as 'turn out', with the predicate its
    conjunct): the clause the phrase interrupts, subject to predicate, as a token span; else None."""
    if h.i >= lo or lo < 1 or hi + 2 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return None
    v = doc[hi + 2]
    if v.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in v.children if c.i > v.i):
        return None
    own = h.dep_ in SUBJECT_DEPS and h.head.i == v.i  # the subject the predicate after the phrase has
    misread = v.dep_ == "conj" and v.head.i == h.i and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
    return (h.left_edge.i, _own_clause_end(doc, v)) if own or misread else None


def _own_clause_end(doc: Doc, v: Token) -> int:
    """The last token of the clause of ``v`` that a source phrase inside it attributes: up to a clause
    coordinated or subordinated after ``v`` with a subject of its own ('The turnout, according to X, reached
    84%, and the opposition rejected it', '…, while observers counted 40%': X said neither), without the
    comma and conjunction before it; else the end of ``v``'s subtree."""
    own = [c.left_edge.i - 1 for c in v.children if c.i > v.i and c.dep_ in ("conj", "advcl")
           and any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    if not own:
        return v.right_edge.i
    hi = min(own)
    while hi > v.i and doc[hi].dep_ in ("cc", "punct"):  # (by its relation: a '%' is_punct too)
        hi -= 1
    return hi


def _possessor(t: Token, *preps: str) -> Token | None:
    """The possessor of ``t`` ('X's claim') or the object of one of its ``preps`` phrases ('the claim
    by X', 'warnings from X')."""
    return next((c for c in t.children if c.dep_ == "poss"), None) or next(
        (g for c in t.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"), None)


def source_apposition(cue: Cue) -> Token | None:
    """'According to the commission, Jane Doe, leader of X, received 2%': the parser hangs the
    clause's subject on the source as an apposition after a comma, and the clause's verb before which
    it stands has no subject of its own. That apposition is the reported clause's subject, not part of
    the source.

    Parameters
    ----------
    cue : a prepositional cue ('according to X', 'in X's words').

    Returns
    -------
    spacy.tokens.Token or None
        The apposition's head, or None when the source has no such apposition.
    """
    pp, holder = cue.head, cue.words[-1]
    # ('according to X': the object of 'to'; 'in X's words', 'in the words of X': the possessor)
    src = next((c for c in holder.children if c.dep_ == "pobj"), None) if holder.lower_ == "to" else _possessor(holder, "of")
    h = pp.head
    if src is not None and cue.kind == "prep" and h.i < pp.i and _open_before(pp.doc, pp.left_edge.i):
        # 'The vote was, according to X, a farce': the apposition after the source is the predicate
        return next((c for c in src.children if c.dep_ == "appos" and c.i > src.i
                     and c.doc[c.left_edge.i - 1].text == ","), None)
    if src is None or cue.kind != "prep" or not _verbal(h) or h.i < src.i or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in h.children):
        return None
    return next((c for c in src.children if c.dep_ == "appos" and src.i < c.i < h.i
                 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","), None)


MAIN_CLAUSE = {"ROOT", "advcl", "conj", "xcomp"}  # dependencies that keep a verb in the main clause


def _separator(word: str) -> bool:
    """Sentence punctuation (not '%', brackets or quotation marks)."""
    return all(ch in ".,;:!?—–-…" for ch in word)


def _lead_junk(v: ArticleView, i: int, lo: int) -> bool:
    """Tokens a content span does not start with: punctuation, conjunctions,
    complementizers ('that', 'whether') and relative pronouns (token ``i`` of the view)."""
    demonstrative = v.tag[i] == "DT" and i + 1 < len(v.pos) and v.pos[i + 1] in ("VERB", "AUX")  # 'said that was wrong'
    return (v.token_starts[i] < lo or v.is_space[i] or _separator(v.orth[i]) or v.dep[i] == "cc"
            or v.lower[i] in COMPLEMENTIZERS and not demonstrative
            or v.lower[i] in RELATIVES and v.tag[i] in ("WDT", "WP") and v.dep[v.heads[i]] == "relcl")


def _tail_junk(v: ArticleView, i: int, hi: int) -> bool:
    return v.end(i) > hi or v.is_space[i] or v.dep[i] == "cc" or _separator(v.orth[i])


def _trim(ctx: Ctx, span: tuple[int, int], anchor: Token) -> tuple[int, int] | None:
    """Token span -> character span inside the anchor's paragraph, without leading
    complementizers or relative pronouns and without trailing punctuation."""
    view = ctx.view  # (every content is trimmed: the view's arrays, not Token objects)
    lo, hi = span
    a, b = view.para(anchor.idx)
    while lo <= hi and _lead_junk(view, lo, a):
        lo += 1
    while hi >= lo and _tail_junk(view, hi, b):
        hi -= 1
    # ('the action he is calling for today': a lone date word the parser made the object reports nothing)
    if lo > hi or lo == hi and view.ent_type[lo] in TIME_ENTS:
        return None
    return _balance(ctx, view.token_starts[lo], view.end(hi))


def _balance(ctx: Ctx, s: int, e: int) -> tuple[int, int] | None:
    """Never cut a quote in two: a span starting inside a quote starts at its opening
    mark, one ending inside it ends at its closing mark; then drop trailing punctuation
    and stray marks outside any pair."""
    text = ctx.text
    # Quotes are sorted by start: skip those ending before the span, stop at the first
    # opening at or after its (growing) end; neither can move a boundary. (Indexed, not a slice:
    # a copy of the quotes after the span would be quadratic in a long article.)
    quotes = ctx.quotes
    for k in range(bisect_right(ctx.quote_reach, s), len(quotes)):
        q = quotes[k]
        o, c = q.start - 1, q.end  # the marks' offsets
        if o >= e:
            break
        if o < s < c:
            s = o
        if s <= o < e <= c and q.close:
            e = c + 1
    while e > s and (text[e - 1] in " .,;:" or text[e - 1] in MARKS and e - 1 not in ctx.closes):
        e -= 1
    while s < e and (text[s].isspace() or text[s] in MARKS and s not in ctx.opens):
        s += 1
    return (s, e) if e > s else None


class CueIndex:
    """The cues of an article sorted by head and by speaker start, so that the cues
    inside a span are found by bisection instead of a scan over all of them."""

    def __init__(self, cues: Sequence[Cue]):
        self.by_head = sorted(cues, key=lambda c: c.head.idx)
        self.heads = [c.head.idx for c in self.by_head]
        self.by_speaker = sorted((c for c in cues if c.speaker is not None), key=lambda c: c.speaker.start)
        self.speakers = [c.speaker.start for c in self.by_speaker]

    def headed(self, lo: int, hi: int) -> list[Cue]:
        """Cues whose head starts strictly between ``lo`` and ``hi``."""
        return self.by_head[bisect_right(self.heads, lo):bisect_left(self.heads, hi)]

    def spoken(self, lo: int, hi: int) -> list[Cue]:
        """Cues whose speaker starts strictly between ``lo`` and ``hi``."""
        return self.by_speaker[bisect_right(self.speakers, lo):bisect_left(self.speakers, hi)]


def _comma_relative(doc: Doc, i: int) -> bool:
    """Is token ``i`` a relative pronoun after a comma ('…, which X denies', '…, who said …')?"""
    return i > 0 and doc[i - 1].text == "," and doc[i].lower_ in RELATIVES and doc[i].tag_ in ("WDT", "WP")


def _cut(ctx: Ctx, cue: Cue, index: CueIndex) -> tuple[int, int] | None:
    """End a content span where another cue takes over: a cue whose speaker is not
    inside the span (', adding …', 'and expressed confidence …'), or the subject of a
    later cue that the parser swallowed into the span."""
    if cue.content is None:
        return None
    s, e = cue.content
    lo = max(s, cue.head.idx)
    # (a cue that reports nothing is a word of the content, 'rejected any possibility of repeating the
    # vote', unless a comma sets it off: '…, citing the importance of X' is the reporting clause's own)
    stops = [o.head.i for o in index.headed(lo, e) if o is not cue and o.speaker is not None
             and (o.content is not None or o.head.i > 0 and ctx.doc[o.head.i - 1].text == ",")
             and not s <= o.speaker.start < e]
    # '…, which the authorities deny': a cue whose clause opens with a relative pronoun after a comma and
    # hangs on a verb (the antecedent is the clause before, not a noun: 'inmates, whom X qualify as …'
    # stays in) comments on that clause; another speaker answers it, it is no part of what was said
    stops += [o.head.left_edge.i for o in index.headed(lo, e) if o is not cue and o.speaker is not None
              and o.head.dep_ != "relcl" and o.head.head.pos_ in ("VERB", "AUX")
              and _comma_relative(ctx.doc, o.head.left_edge.i)]
    stops += [ctx.view.token_at(o.speaker.start).i for o in index.spoken(lo, e) if e <= o.head.idx or (
        o.speaker.head is not None and o.speaker.head.dep_ == "conj" and o.head.dep_ == "acl" and o.head.tag_ == "VBG"
        and o.speaker.head.right_edge.i == o.head.i - 1)]  # '… about the vote and Poland calling for …': a clause of its own
    if not stops:
        return cue.content
    doc = ctx.doc
    stop = min(stops)
    j = stop - 1
    # (the next cue's own auxiliaries and adverbs go with it, 'and then added', 'had already expressed': a content
    # cut down to them is none; an adverb of the content stays, 'he had fought it twice and called …')
    while j >= 0 and doc[j].idx >= s and (doc[j].is_punct or doc[j].dep_ == "cc" or doc[j].is_space
                                          or doc[j].dep_ in ("aux", "advmod") and doc[j].head.i >= stop):
        j -= 1
    tok = ctx.view.token_at(s)
    return _trim(ctx, (tok.i, j), cue.head) if tok is not None and j >= tok.i else None

