"""Matching and the context rules of markers.md: which lexicon matches are markers."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...nlp import NAME_ENTS
from .. import actors
from ..figures.reference import election_days
from ..intervals import Disjoint, Intervals
from ..syntax import RELATIVES, negative_subject
from ..view import ArticleView
from .lexicons import Hit, Lexicons, NameForm, Term
from .speech import Speech, Voice, between, voice_of

# Closed-class English, not vocabulary.
NEGATIONS = {"not", "n't", "never", "no"}
CONDITIONS = {"if", "unless", "provided"}
INVITING = {"can"}  # 'You can congratulate …': an invitation to recognise, not a forecast
# 'ensured that citizens could freely express their will': an ability a verb of enabling asserts was given
ABILITY, ENABLING = {"can", "could"}, {"ensure", "guarantee", "allow", "enable"}
QUESTIONS = {"whether"}  # 'Whether the vote was fair is doubtful': an embedded question asserts nothing
# Predicates of a prospect: the infinitive after them is a forecast, not a fact ('poised to secure a seventh
# term', 'is expected to win', 'set to be re-elected')
PROSPECTS = {"poised", "set", "expected", "likely", "about", "due", "bound", "tipped", "slated", "certain", "sure",
             "going", "predicted", "forecast", "projected"}
COMPLEMENTS = {"ccomp", "csubj", "csubjpass", "xcomp"}  # a clause that is the object or subject of a verb
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
POSSESSIVES = {"his": "he", "her": "she"}  # a possessive pronoun -> the actors.csv pronoun it fits
PLACES = {"NORP", "GPE", "ORG", "LOC"}  # entity types of a nationality, country or body attached to a title
PREDICATIVE = {"acomp", "attr", "oprd", "xcomp"}  # "was not fair": the negation sits on the copula
AUXILIARIES = {"aux", "auxpass"}
JOINED_CLAUSES = {"advcl", "conj", "parataxis"}
PERCENT_WORDS = {"percent", "%", "cent", "pct"}  # the head of a share: '10 percent', '6.8%', '10 per cent'
# A share below an absolute majority wins no presidential election (the Electoral Code of Belarus elects the
# candidate with more than half of the votes, figures.md §8 threshold): 'Y winning only 10 percent' is a defeat.
MAJORITY = 50.0
REFLEXIVES = {"himself", "herself", "themselves", "itself"}
PROCLAIMING = {"declare", "proclaim", "name", "crown", "announce"}  # 'declared himself the winner'  # a clause beside another, not governed by its words
# The words of a declaration: 'X was declared the winner', 'the declaration of X as the winner' (the lemma
# of a participle the tagger read as an adjective is the participle itself)
DECLARING = PROCLAIMING | {"declared", "named", "proclaimed", "declaration", "proclamation"}
DECLARED_REACH = 8  # tokens between a declaring word and the win it declares
SMALL_CLAUSE_VERBS = {"xcomp", "oprd"}  # 'considered [elected]': a participle or adjective completing a verb
SMALL_CLAUSE = {"ccomp"}  # 'consider [X the legitimate president]': a verbless clause is the verb's object
# Relations inside a predicate's object: "refused to acknowledge him as … legitimate leader".
OBJECT_PATH = {"dobj", "pobj", "prep", "amod", "compound", "poss", "attr", "oprd", "acomp", "xcomp", "appos",
               "conj", "nmod", "dative"}
# Naming and accusing predicates: in "call X Y", "accuse X of Y" the Y is the speaker's


# --------------------------------------------------------------------------- matching

def _hit(term: Term, s: int, e: int) -> Hit:
    return Hit(s, e, term.lexicon, term.category, term.polarity, term.pattern, term)


def _raw_hits(view: ArticleView, lex: Lexicons) -> Iterator[Hit]:
    """Every match of every lexicon row and name form, before the context rules."""
    doc = view.doc
    words, lemmas = lex.matchers(doc.vocab)
    matched = lex.matched(doc.vocab)
    found = list(words(doc)) + (list(lemmas(doc)) if doc.has_annotation("LEMMA") else [])
    starts, lower, pos = view.token_starts, view.lower, view.pos
    for match_id, s, e in found:  # offsets and words from the view's arrays: no Token per match
        entry, parts = matched[match_id]
        start, end = starts[s], view.end(e - 1)
        if type(entry) is NameForm:
            if not entry.given or (e < len(starts) and lower[e] in lex.surnames.get(entry.actor_id, ())):
                yield Hit(start, end, "name_form", entry.system, 0, entry.form, target=entry.actor_id)
            continue
        if parts and any(p and p != pos[j] for j, p in zip(range(s, e), parts)):
            continue  # a lemma row's part of speech
        yield _hit(entry, start, end)
    spans = lex.regex_spans
    for k, m in lex.prefilter.matches(view.text):
        group = next((g for g in spans[k] if m.start(g) >= 0), None)
        if group is not None and m.end(group) > m.start(group):
            yield _hit(lex.terms[lex.regexes[k][0]], m.start(group), m.end(group))


def _in_name(view: ArticleView, span: Span) -> bool:
    """A capitalised match inside a longer proper name: 'Human Rights' in an office's
    name or in 'Human Rights Watch' (titles are exempt: they are capitalised anyway); a name inside the
    match does not make it one."""
    if not view.orth[span.start][:1].isupper():
        return False  # a phrase that only ends in a name ('in compliance with the Constitution') is no name
    if not any(t.text[:1].isupper() and not t.is_sent_start for t in span):
        return False
    doc = span.doc
    # the span overlaps a named entity that reaches beyond it; a name wholly inside the match is part of
    # the term ('According to the Central Election Commission's official results')
    after = doc[span.end] if span.end < len(doc) else None
    if any(t is not None and t.ent_iob_ == "I" and t.ent_type_ in NAME_ENTS for t in (span[0], after)):
        return True
    return span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper()


def _negated(view: ArticleView, span: Span, *, through_objects: bool = False) -> bool:
    """A negation outside the match governs it: 'was not fair', 'Recognize … or not'; with
    ``through_objects`` (legitimising terms) also a negated predicate whose object or small clause
    holds it: 'do not consider Lukashenko the legitimate president', 'cannot consider this election as
    legitimate'. Not for delegitimising terms: 'We cannot ignore the facts of election fraud' asserts
    the fraud. (Read on the view's arrays: asked for every legitimacy and recognition term.)"""
    pos, dep, heads, lower = view.pos, view.dep, view.heads, view.lower
    root = span.root.i
    governing = [root, heads[root]] if dep[root] in PREDICATIVE else [root]
    t = root
    while through_objects and dep[t] in OBJECT_PATH | SMALL_CLAUSE and heads[t] != t and pos[t] not in ("VERB", "AUX"):
        if any(lower[c] == "such" for c in view.children[t]):
            break  # 'has never seen such a peaceful election': a superlative, no negation of the election
        t = heads[t]
        governing.append(t)
    # 'she considered herself the winner, not Lukashenko': a contrastive 'not' after a noun negates the
    # noun it introduces, not the term
    after_noun = pos[root] in NOMINAL
    return any(lower[c] in NEGATIONS and not span.start <= c < span.end and not (after_noun and c > root)
               for h in governing for c in view.children[h])


def attached_name(text: str, end: int) -> str | None:
    """The actor named right after a label or title (apposition or compound)."""
    for s, _, actor, kind in actors.actor_index().mentions(text[end:end + 80]):
        return actor if kind == "name" and not text[end:end + s].strip(" ,") else None
    return None


# Between a name and the label it modifies: nothing, or a possessive ending ("the Lukashenko regime",
# "Lukashenko's regime").
_NAME_TO_LABEL = re.compile(r"(?:['’]s?)?\s+")


def name_before(text: str, start: int) -> str | None:
    """The actor named right before a label that the name modifies, as a compound or a possessor ("the
    Lukashenko regime", "Alexander Lukashenko's regime"): the label and the name are one referring
    expression, the mirror of :func:`attached_name`."""
    lo = max(0, start - 80)
    found = None
    for s, e, actor, kind in actors.actor_index().mentions(text[lo:start]):
        found = (e, actor, kind)
    if found is None:
        return None
    e, actor, kind = found
    return actor if kind == "name" and _NAME_TO_LABEL.fullmatch(text[lo + e:start]) else None


def refers(description: str) -> str | None:
    # Not cached here: actor_index() is cached per actors-file content, so an override
    # of config.ACTORS changes the targets too.
    return actors.actor_index().resolve(description) if description else None


def _label_target(hit: Hit, text: str, span: Span) -> Hit | None:
    """Target of an actor label; a title of anyone but the contested office-holder is dropped."""
    default = refers(hit.term.refers_to)
    target = attached_name(text, hit.end) or default
    if hit.category == "official_title" and (target != default or _foreign_title(span, default)):
        return None
    return hit._replace(target=target)


@lru_cache(maxsize=16)
def _home_words(index_id: int, actor: str | None) -> frozenset[str]:
    """Lower-case words of the names and descriptions of ``actor`` and of the actor its group is named
    after ('belarusian', 'belarus', 'minsk' for the incumbent): a nationality or place attached to a
    title that is one of them names the contested office itself. ``index_id`` keys the cache on the
    actor file's version (``actor_index()`` is built once per version)."""
    df = actors.load_actors()
    group = actors.actor_index().group(actor)
    rows = df[df["actor_id"].isin([actor, group])]
    cells = " ".join(" ".join(rows[c].fillna("")) for c in ("canonical_name", "variants", "aliases"))
    return frozenset(_undoubled(w) for w in re.findall(r"[A-Za-z]+", cells))


def _undoubled(word: str) -> str:
    """Lower case with doubled letters single, so that spelling variants match ('Belarussian')."""
    return re.sub(r"(.)\1+", r"\1", word.lower())


def _place(t: Token) -> bool:
    """A capitalised word of a nationality, country or body ('Kazakh', 'U.S.', 'European Commission')."""
    return t.ent_type_ in PLACES and t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()


def _foreign_title(span: Span, default: str | None) -> bool:
    """A title of another office-holder (markers.md §4.3): a plural (`Presidents of Russia and China`),
    a title whose nationality or 'of' phrase names another country or body (`Kazakh President`, `the
    U.S. president`, `the president of the European Commission`), or a title right before the name
    of a person who is not the contested office-holder (`President Emmanuel Macron`)."""
    root, doc = span.root, span.doc
    if root.tag_ in ("NNS", "NNPS"):
        return True
    home = _home_words(id(actors.actor_index()), default)
    places = [t for t in doc[max(span.start - 4, 0):span.start] if t.head.i == root.i and _place(t)]
    places += [t for prep in root.children if prep.lower_ == "of" for t in prep.subtree if _place(t)]
    if places and not any(_undoubled(t.lower_.removesuffix("'s").removesuffix("’s")) in home for t in places):
        return True
    if span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "B":
        end = span.end + 1  # the entity's tokens, read from the IOB tags (doc.ents builds every entity)
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return not any(a == default for _, _, a, _ in actors.actor_index().mentions(doc[span.end:end].text))
    return False


def mandate_target(hit: Hit, view: ArticleView, voices: Intervals[Voice]) -> Hit:
    """Legitimacy is about the possessor when there is one: 'Lukashenko's victory' -> lukashenko;
    'his victory' -> the nearest person before it in its own clause whom the pronoun fits
    ('X congratulated Lukashenko on his victory, the Kremlin said' -> lukashenko), else the
    speaker ('her rightful victory' in her own claim)."""
    target = refers(hit.term.refers_to)
    root = view.span(hit.start, hit.end).root.i
    for c in view.children[root]:  # (the arrays: asked for every legitimacy and recognition term)
        if view.dep[c] == "poss" and view.pos[c] == "PROPN":
            target = actors.actor_index().resolve(view.orth[c]) or target
        elif view.dep[c] == "poss" and view.pos[c] == "PRON":
            target = _bound(view.doc[c], view.doc[_clause_head(view, root)]) or voice_of(hit, voices)[1] or target
    return hit._replace(target=target)


def _bound(pronoun: Token, clause: Token) -> str | None:
    """The person a possessive pronoun refers to inside its clause: the last actor of
    ``actors.csv`` named between the clause's start and the pronoun whose row's pronoun fits."""
    fits = POSSESSIVES.get(pronoun.lower_)
    if fits is None:
        return None
    idx = actors.actor_index()
    found = [a for _, _, a, _ in idx.mentions(between(clause.left_edge, pronoun)) if a and idx.pronouns.get(a) == fits]
    return found[-1] if found else None


def _longest(hits: Iterable[Hit]) -> list[Hit]:
    """Inside one lexicon spans never overlap: the longest match wins (then the earliest)."""
    kept: list[Hit] = []
    taken: dict[str, Disjoint] = {}
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        lexicon = taken.get(h.lexicon)
        if lexicon is None:  # (not setdefault: it would make a Disjoint per hit)
            lexicon = taken[h.lexicon] = Disjoint()
        if lexicon.free(h.start, h.end):
            lexicon.add(h.start, h.end)
            kept.append(h)
    return kept


def _reports_in_quote(span: Span, quoted: Intervals) -> bool:
    """A reporting verb with a subject inside a quotation ('it has exposed the fraud'):
    nested reporting is no statement of its own, but the verb is still the speaker's."""
    return quoted.contains(span.start_char, span.end_char) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children)


def term_hits(view: ArticleView, lex: Lexicons, speech: Sequence[Speech], own: str | None) -> list[Hit]:
    """Lexicon and name matches that pass the context rules of markers.md."""
    text = view.text
    # (cue start, cue end, statement order, actor): the first statement whose cue overlaps a term names it
    cues = Intervals([(*sp.cue, n, sp.actor) for n, sp in enumerate(speech) if sp.cue and not (own and sp.actor == own)])
    quoted = Intervals([(sp.start, sp.end) for sp in speech if sp.kind in ("direct", "partial")])
    kept = []
    for h in _raw_hits(view, lex):
        if h.lexicon == "name_form":
            kept.append(h)
            continue
        span = view.span(h.start, h.end)
        if span is None or len(span) == 0 or (h.lexicon != "actor_label" and _in_name(view, span)):
            continue
        if h.lexicon in ("legitimacy", "recognition") and _negated(view, span, through_objects=h.polarity > 0):
            continue
        if h.term.scope == "cue":
            cue = min(cues.overlapping(h.start, h.end), key=lambda c: c[2], default=None)
            if cue is not None:
                h = h._replace(target=cue[3] if h.lexicon == "attribution_verb" else None)
            elif not (h.lexicon == "attribution_verb" and _reports_in_quote(span, quoted)):
                continue
        if h.lexicon == "actor_label":
            h = _label_target(h, text, span)
            if h is None:
                continue
        kept.append(h)
    return _resolve_lexicons(view, _longest(kept))


def _foreign_winner(view: ArticleView, span: Span, default: str | None) -> bool:
    """The win of a person of another country ('Putin won the Russian presidential election'): the
    term is the verb of its clause and its subject names an actor whose country (``actors.csv``) is
    not the contested office-holder's."""
    head = span.root
    if _clause_head(view, head.i) != head.i:
        return False  # a noun ('congratulated Lukashenko on his victory'): its possessor is the winner
    countries = actors.actor_index().countries
    home = countries.get(default)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not home or subject is None:
        return False
    found = actors.actor_index().mentions(between(subject.left_edge, subject, inclusive=True))
    return any(countries.get(a) not in (None, home) for _, _, a, _ in found)


def _other_recipient(span: Span, default: str | None) -> bool:
    """Recognition of someone else: the object of 'congratulated' or 'recognised' names actors of
    ``actors.csv`` and none of them is the contested office-holder ('Lukashenko congratulated Putin
    on his re-election')."""
    objects = [c for c in span.root.children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return False
    found = {a for o in objects
             for _, _, a, _ in actors.actor_index().mentions(between(o.left_edge, o.right_edge, inclusive=True)) if a}
    return bool(found) and default not in found


def _of_other_recipient(span: Span, default: str | None) -> bool:
    """A win that is what someone else is congratulated or recognised on ('Lukashenko congratulated Putin
    on his re-election': Putin's re-election): the 'on' object of a verb whose recipient is not the
    contested office-holder (:func:`_other_recipient`); 'see X as the actual winner' is X's verdict, kept."""
    root = span.root
    if not (root.dep_ == "pobj" and root.head.lower_ in ("on", "upon") and root.head.head.pos_ == "VERB"):
        return False
    verb = root.head.head
    return _other_recipient(span.doc[verb.i:verb.i + 1], default)


def _minority_share(span: Span) -> bool:
    """A win verb whose object is a share below an absolute majority ('Y winning only 10 percent', 'His rival
    is winning 6.8% of votes'): the text reports the loser's share, not a win of the election (markers.md §4.1)."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    for obj in root.children:
        if obj.dep_ in ("dobj", "npadvmod") and obj.lower_ in PERCENT_WORDS:  # the parser's two readings of it
            number = next((c.text for c in obj.children if c.dep_ == "nummod"), "")
            try:
                return float(number.replace(",", ".")) < MAJORITY
            except ValueError:
                return False
    return False


def _embedded(root: Token, blocked: set[int]) -> bool:
    """Is ``root`` inside the object of a blocked predicate ('engineered his reelection')? A participle
    (or a past form: without a subject it can only be one) that the parser hung on the predicate as a
    clause is inside it too ('rejected X as Belarus’ duly elected president', 'elected' read as an
    adverbial clause)."""
    t = root
    while (t.dep_ in OBJECT_PATH or (t.dep_ == "advcl" and t.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children))) and t.head.i != t.i:
        t = t.head
        if t.i in blocked:
            return True
    return False


def _verbal(span: Span) -> bool:
    """A reporting word used as a verb: 'critics … claim' (even when tagged a noun: a
    singular noun needs a determiner), not 'her claim' or 'claims of fraud'."""
    root = span.root
    if root.pos_ not in NOMINAL:
        return True
    return root.tag_ not in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss") for c in root.children)


def _resolve_lexicons(view: ArticleView, hits: list[Hit]) -> list[Hit]:
    """Rules across lexicons (markers.md §3.4, §4.4, §4.5): legitimising terms in the object
    of a delegitimising or refusing predicate, or in a clause that is not asserted (a condition, an
    embedded question, the complement of a negative subject's verb, a modal, the aim of an action), are not coded; a reporting verb that is part
    of a legitimacy, recognition or weakened-attribution span is not coded again; a noun
    used as a reporting verb (the noun `claim` in 'critics … claim was unfair', a verb
    the tagger misread) is no distancing noun."""
    negative = [h for h in hits if h.lexicon in ("legitimacy", "recognition") and h.polarity < 0]
    blocked = {t.i for h in negative for t in view.span(h.start, h.end) or ()}
    stronger = Intervals([(h.start, h.end) for h in hits
                          if h.lexicon in ("legitimacy", "recognition") or (h.lexicon == "hedge" and h.term.scope == "cue")])
    out = []
    for h in hits:
        span = view.span(h.start, h.end)
        if h.lexicon in ("legitimacy", "recognition") and h.polarity > 0 and (
                _embedded(span.root, blocked) or _unasserted(view, span) or _sought(span.root) or _hypothetical(
                    view, span, inviting=h.lexicon == "recognition")
                or (h.lexicon == "legitimacy" and (_foreign_winner(view, span, refers(h.term.refers_to))
                                                   or _of_other_recipient(span, refers(h.term.refers_to))
                                                   or _minority_share(span)))
                or (h.lexicon == "recognition" and _other_recipient(span, refers(h.term.refers_to)))):
            continue
        if h.lexicon == "attribution_verb" and (
                not _verbal(span) or stronger.overlaps(h.start, h.end)):
            continue
        if h.lexicon == "hedge" and h.term.scope != "cue" and span.root.pos_ in NOMINAL and _verbal(span):
            continue  # a reporting verb read as a noun is not a distancing noun
        out.append(h)
    return out


# --------------------------------------------------------------------------- context polarity

def _clause_head(view: ArticleView, i: int) -> int:
    """The verb (or copula) of the clause token ``i`` is in: 'sham' in 'The autocrat won a sham election' -> won.
    (Walked on the view's arrays: asked for every word of every doubting term.)"""
    pos, dep, heads = view.pos, view.dep, view.heads
    while not (pos[i] == "VERB" or (pos[i] == "AUX" and dep[i] not in AUXILIARIES)) and heads[i] != i:
        i = heads[i]
    return i


def _hypothetical(view: ArticleView, span: Span, *, inviting: bool = False) -> bool:
    """A win, an election or an act of recognition stated under a modal, a condition or of a generic
    subject is a rule or a forecast, not a fact (markers.md §4.1, §4.2): 'a candidate must be elected by
    more than half', 'he will win', 'he is poised to secure a seventh term', 'valid if more than half take
    part', 'a candidate who secures … is declared the winner', 'will be considered elected if …', 'we will
    welcome a new election'. With ``inviting`` (acts of recognition) a modal of invitation performs the act:
    'You can congratulate the republic' is a congratulation. An ability in the clause of a verb of enabling is
    asserted: 'ensured that citizens could freely express their will' says they could."""
    root = span.root
    head = view.doc[_clause_head(view, root.i)]
    if root.i != head.i and root.dep_ not in PREDICATIVE:
        return False  # a noun inside the clause ('after a landslide victory') is judged by its own clause
    if head.dep_ == "xcomp" and head.head.lower_ in PROSPECTS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return True  # a forecast: 'poised to secure a seventh term', 'is expected to win'
    # a verdict in the small clause of a verb is as hypothetical as that verb: 'will be considered
    # elected if more than half …' (the modal and the condition hang on 'considered')
    while head.dep_ in SMALL_CLAUSE_VERBS and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    # coordinated verbs share the modal of the first: 'will participate in the voting and express their will'
    shared = [head.head] if head.dep_ == "conj" and not any(c.dep_ in AUXILIARIES for c in head.children) else []
    enabled = head.dep_ == "ccomp" and head.head.lemma_.lower() in ENABLING
    if any(c.tag_ == "MD" and not (inviting and c.lower_ in INVITING) and not (enabled and c.lower_ in ABILITY)
           for h in (head, *shared) for c in h.children) or any(
            _generic(c) for c in head.children):
        return True
    if head.dep_ == "relcl":  # 'new elections which meet international standards can be held'
        outer = _clause_head(view, head.head.i)
        if outer != head.i and any(c.tag_ == "MD" for c in view.doc[outer].children):
            return True
    # a condition: 'the elections are valid if more than half of the voters take part'
    return any(c.dep_ == "advcl" and any(m.lower_ in CONDITIONS for m in c.children if m.dep_ == "mark")
               for c in head.children)


def _sought(root: Token) -> bool:
    """A win that is the aim of an action, not a fact (markers.md §4.1): 'campaigned for Petrov's
    victory', 'worked for his re-election' – a noun governed by 'for' on a verb."""
    return root.pos_ in NOMINAL and root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "VERB"


def _unasserted(view: ArticleView, span: Span) -> bool:
    """Is the clause of ``span`` not asserted (markers.md §3.4, §4.1)? It is a condition ('If the vote
    had been fair, …'), an embedded question ('Whether the vote was fair is doubtful'), an infinitive of
    aim or right (:func:`_infinitive_of_aim`), the manner or verdict of an act someone is asked to do
    (:func:`_asked`), or the complement of a verb whose subject is negative
    ('Nobody believes the election was legitimate', 'nobody can say the election was fair') or that is
    negated itself ('you couldn't say that the election was fair'), at any depth of complement clauses."""
    head = view.doc[_clause_head(view, span.root.i)]
    if _infinitive_of_aim(head):
        return True
    # how the asked act is to be done, not what it is done to: 'urged X to hold the vote in a free manner' is a
    # demand, 'invited observers to monitor the transparent elections' describes the elections
    if _asked(head) and span.root.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return True
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS | QUESTIONS for c in head.children):
            return True
        # a negative subject inside the match is the formula's own ('no violations were recorded')
        if any(negative_subject(c) and not span.start <= c.i < span.end
               for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
            return True
        if head.dep_ not in COMPLEMENTS or head.head.i == head.i:
            return False
        if any(c.dep_ == "neg" for c in head.head.children):
            return True  # the complement of a negated verb: 'you couldn't say that the election was fair'
        head = view.doc[_clause_head(view, head.head.i)]


def _infinitive_of_aim(head: Token) -> bool:
    """An infinitive clause on a noun or of purpose states a right, an aim or a demand, not a fact: 'the
    right to elect and be elected', 'its unwillingness to meet its commitments', 'call for the results to
    reflect the will of the people' (a verb coordinated with the infinitive shares its 'to'); not 'went on
    to win'."""
    while head.dep_ == "conj" and head.head.i != head.i and not any(c.dep_ == "aux" for c in head.children):
        head = head.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    # an adverbial infinitive is a demand only in 'for X to Y' ('went on to win' asserts the win)
    return head.dep_ == "acl" or (head.dep_ == "advcl" and any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < head.i for c in head.head.children))


def _asked(head: Token) -> bool:
    """An infinitive whose subject is the object of the verb above is what someone is asked to do: 'urged
    the authorities to conduct the vote in a free and fair manner', 'called on Minsk to hold it in a
    transparent manner'; not after a verb of enabling ('allowed voters to freely express their will' says
    they could) nor 'to be' ('found the elections to be fair')."""
    verb = head.head
    return head.dep_ == "xcomp" and head.lemma_ != "be" and verb.pos_ == "VERB" and (
        verb.lemma_.lower() not in ENABLING) and any(
        c.i < head.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon")))
        for c in verb.children)


def _generic(subject: Token) -> bool:
    """An indefinite subject with a relative clause states a rule: 'a presidential candidate who
    secures more than 50 percent of the vote is declared the winner'."""
    return subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in subject.children) and any(
        c.dep_ == "relcl" for c in subject.children)


# A year naming the contest a win is about: 'won the 2020 election', 'elected in 2015', 'In 2020, X won …'.
_YEAR_AFTER = re.compile(r"^(?:\W+\w+){0,6}?\W+(?:(?:in|since|during|at|of)\s+(?:the\s+)?)?((?:19|20)\d\d)\b(?!\s*(?:%|percent|per cent))")
_YEAR_FRONTED = re.compile(r"^\s*(?:[^,]{0,30},\s*)?in\s+((?:19|20)\d\d)\s*,", re.IGNORECASE)
# 'On 3 March 2019, when deputies were elected': a date whose 'when' clause holds the term (no clause break after it).
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d)\W{0,3}\s*when\b[^.;:]*$", re.IGNORECASE)


def _other_election(view: ArticleView, span: Span, studied: Collection[int]) -> bool:
    """Is a win about an election the project does not study ('Lukashenko, who first won in 1994, …';
    'In 2015, he was re-elected')? The studied elections are those of ``data/reference/elections.csv``
    (the disputed votes: a win of 2020 in a 2025 text is coded, markers.md §4.1); the year is in the six
    words after the term, fronted at the start of its sentence, or the date of a 'when' clause holding it
    ('on 3 March 2019, when deputies were elected')."""
    first, last = view.sentence_token_span(span.start)[0], view.sentence_token_span(span.end - 1)[1]  # Span.sent
    after = view.token_text(span.end, min(last, span.end + 12))
    before = view.token_text(first, span.start)
    years = [int(m.group(1)) for m in (_YEAR_AFTER.match(" " + after), _YEAR_FRONTED.match(before),
                                       _YEAR_WHEN.search(before)) if m]
    return any(y not in studied for y in years)


def drop_other_elections(view: ArticleView, hits: list[Hit]) -> list[Hit]:
    """Drop legitimising legitimacy terms about an earlier or other election than the studied ones
    (markers.md §4.1: a career fact about an earlier election legitimises nothing)."""
    studied = election_days().keys()
    return [h for h in hits if not (h.lexicon == "legitimacy" and h.polarity > 0 and _other_election(
        view, view.span(h.start, h.end), studied))]


def drop_discredited(view: ArticleView, hits: list[Hit], outlet_says: Callable[[Hit], bool] | None = None) -> list[Hit]:
    """A win is legitimising only when it is asserted without a delegitimising modifier or
    distancing (markers.md §4.1, issue 13 kind 1): drop a legitimising legitimacy term whose
    clause holds a delegitimising term, a pejorative label, a scare quote or a distancing word ('The
    autocrat won a sham election'), that depends on a distancing or delegitimising word ('his claim
    to have won'), or whose predicate a distancing word modifies ('has been allegedly re-elected'); a win
    whose object the outlet itself judges in a relative clause ('won a seventh term in a vote that was
    neither free nor fair'; not a judgement the outlet reports: 'an election that critics claim was unfair'
    keeps the win: ``outlet_says`` tells the outlet's own words); a self-proclamation ('declared himself the
    winner')."""
    if not any(h.lexicon == "legitimacy" and h.polarity > 0 for h in hits):
        return list(hits)  # no win to drop: the doubting terms' clauses need not be found
    negative = [h for h in hits if h.polarity < 0 or h.lexicon == "scare_quote"]
    doubting = negative + [h for h in hits if h.category == "distancing"]
    clauses = {_clause_head(view, i) for h in doubting for i in _token_range(view, h)}
    # a win inside a noun phrase the doubting clause judges: 'the poll in which X was declared the
    # winner was tainted', 'rejected dubious results that gave X a landslide victory'
    above = {i for h in doubting for i in _token_range(view, h)}
    # clauses a delegitimising term in the outlet's own voice belongs to, through relative clauses
    governed = {i for h in negative if h.lexicon == "legitimacy" and (outlet_says is None or outlet_says(h))
                for t in _token_range(view, h) for i in _own_clauses(view.doc[t])}
    # the last word of a distancing term: 'the self-proclaimed winner' however the parser hangs it
    distancing_ends = {h.end for h in doubting if h.category == "distancing"}
    judged = {_clause_head(view, i) for h in negative if h.lexicon in ("legitimacy", "recognition")
              for i in _token_range(view, h)}
    # sentences that delegitimise the vote in anyone's voice: a win the outlet only reports as declared
    # there is not asserted ('dismissed as fraudulent an election that saw X declared the winner')
    disputed = {view.sentence_of_token(i) for h in negative if h.lexicon != "scare_quote" for i in _token_range(view, h)[:1]}
    out = []
    for h in hits:
        if h.lexicon == "legitimacy" and h.polarity > 0:
            root = view.span(h.start, h.end).root
            modifiers = [c for t in (root, root.head) for c in t.children if c.dep_ in ("advmod", "amod")]
            clause = _clause_head(view, root.i)
            if clause in clauses or any(a.i in above for a in [*_governors(root), *modifiers]) or (
                    _in_judged_phrase(root, judged)) or _right_after(view.doc, h.start, distancing_ends) or (
                    clause in governed) or _self_proclaimed(root) or (
                    disputed and _declared(view, root.i, disputed)):
                continue
        out.append(h)
    return out


def _declared(view: ArticleView, i: int, disputed: set[int]) -> bool:
    """Is token ``i`` a win a declaring word shortly before it reports, in a sentence of ``disputed``?
    The outlet then reports a declaration, not a win it asserts (markers.md §4.1, issue 13 session 9:
    'officials declared him the winner of a presidential election that Western governments rejected as a
    sham', 'the declaration of X as the winner, despite claims of unfair and unfree practices'); a win the
    outlet asserts keeps its row ('X won a term in elections labelled a sham by critics')."""
    sentence = view.sentence_of_token(i)
    if sentence not in disputed or view.pos[i] == "ADJ":
        # (a verdict on the vote declared by its judges, 'observers declared the election free and fair', 'the CEC
        # announced that the elections were valid', is theirs, coded in their voice: only a win is a reported result)
        return False
    lemmas, first = view.lemma_lower, view.sentence_tokens[sentence]
    return any(lemmas[j] in DECLARING for j in range(max(first, i - DECLARED_REACH), i))


def _own_clauses(t: Token) -> Iterator[int]:
    """The verbs whose clause ``t`` describes the object of: up through relative clauses that predicate
    of their noun ('a vote that was neither free nor fair', 'a vote widely seen as rigged'), not through
    one with a subject of its own ('an election that critics claim was unfair': the critics' claim)."""
    for g in _governors(t):
        if g.pos_ in ("VERB", "AUX"):
            subject = next((c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if g.dep_ in ("relcl", "acl") and subject is not None and subject.lower_ not in RELATIVES:
                return
            yield g.i


def _self_proclaimed(root: Token) -> bool:
    """'declared himself the winner', 'proclaimed herself president': a verdict of a proclaiming verb
    about its own subject is a self-proclamation, not a result (as 'self-proclaimed')."""
    path = [root]
    while path[-1].dep_ in ("oprd", "attr", "xcomp", "ccomp", "dobj", "acomp") and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
        if path[-1].lemma_.lower() in PROCLAIMING:  # the reflexive may hang on the verb or on the verdict
            return any(c.lower_ in REFLEXIVES for t in path for c in t.children if c.dep_ in ("dobj", "nsubj", "dative"))
    return False


def _right_after(doc: Doc, start: int, ends: set[int]) -> bool:
    """Does a term ending in ``ends`` stand right before ``start``, only quotation marks between?"""
    span = doc.char_span(start, start, alignment_mode="expand")
    i = span.start if span is not None else None
    if i is None:
        return False
    j = i - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    return j >= 0 and doc[j].idx + len(doc[j]) in ends


def _governors(t: Token) -> Iterator[Token]:
    """The tokens ``t`` depends on, up to the first clause merely joined to another ('Y claimed victory
    despite fraud, while X asserted she won': 'won' does not depend on 'claimed'); an 'as' clause is a
    verdict, not a joined clause ('a vote widely seen as rigged')."""
    while t.head.i != t.i and (t.dep_ not in JOINED_CLAUSES or (
            t.dep_ == "advcl" and any(c.lower_ == "as" for c in t.children))):
        t = t.head
        yield t


def _in_judged_phrase(root: Token, judged: set[int]) -> bool:
    """Is ``root`` inside a noun phrase of a clause that a delegitimising or refusing term judges?
    The path up to that clause's verb passes a noun: 'the poll in which X was declared the winner was
    tainted', 'rejected dubious results that gave X a landslide victory' (not 'claimed victory despite
    fraud, while Y asserted she won': a clause joined to the judged one, not inside its noun phrase)."""
    nominal = False
    for t in root.ancestors:
        if t.i in judged:
            return nominal
        nominal = nominal or t.pos_ in ("NOUN", "PROPN")
    return False


def _token_range(view: ArticleView, hit: Hit) -> range:
    """The indices of the tokens ``hit`` covers (its span widened to whole tokens)."""
    span = view.span(hit.start, hit.end)
    return range(span.start, span.end) if span is not None else range(0)
