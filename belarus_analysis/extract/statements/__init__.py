"""Statements: who says what, with exact character offsets.

Three kinds, as defined by the coding guide ``data/gold/statements.md``: ``direct``
quotations (quotation marks, ``X said:`` blocks, embedded posts), ``partial`` quoted
fragments inside the reporter's sentence, and ``indirect`` reported content
(``X said (that) …``, ``according to X``, ``X called for …``).

How it works, after the Gender Gap Tracker (Asr et al. 2021, PLoS ONE 16(1)):

1. quotation marks are paired from the characters (:func:`find_quotes`), so odd or
   mismatched marks never break anything and apostrophes are not quotes;
2. a reporting cue (``data/lexicons/attribution_verbs.csv``) gives, through the
   dependency parse, its speaker (subject, ``by``-agent, possessor, antecedent of
   ``who``/``which``, or the subject it shares with a verb it is coordinated with)
   and its content (clause, noun phrase, ``X to …``/``X as Y`` small clause);
3. a quote is attributed to the cue whose content it is, else to a cue next to it in
   its sentence, else it continues the previous quote (same paragraph: same cue;
   next paragraph: empty cue), else it is an orphan with no speaker;
4. speakers are resolved to ``data/actors.csv``: names and descriptions by the
   actor index, pronouns and "the ministry"-style descriptions to the nearest
   compatible earlier subject, documents ("the joint statement") to their issuer,
   coordinated speakers to a collective actor.

Vocabulary lives in ``data/lexicons/`` and names in ``data/actors.csv``; the rules
here are general English and never raise on odd text.

>>> import belarus_analysis as ba
>>> from belarus_analysis import pipeline
>>> arts = ba.from_texts({"a": '"We won," Lukashenko said. He added that the vote was fair.'})
>>> rows = pipeline.build(arts, ["statements"])["statements"]
>>> rows[["kind", "text", "speaker", "actor_id", "cue_lemma"]].values.tolist()
[['direct', 'We won,', 'Lukashenko', 'lukashenko', 'say'], ['indirect', 'the vote was fair', 'He', 'lukashenko', 'add']]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ...resources import lexicon_path, read_frame, version
from .. import spans
from ..base import Extractor
from ..actors import ActorIndex, actor_index, load_actors
from ..quotes import MARKS, Quote
from ..view import ArticleView

# File names inside the lexicon folder (config.LEXICONS, read when the extractor runs).
VERBS_FILE = "attribution_verbs.csv"
NOUNS_FILE = "speech_nouns.csv"

# ------------------------------------------------------------------ closed-class English
# Grammar words, not vocabulary: pronouns, modals and the like.

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = {"they", "them", "their", "we", "us", "our", "some", "many", "others", "most", "several", "both",
                  "all"}
THING_PRONOUNS = {"it", "its"}
AUTHOR_PRONOUNS = {"i", "me", "you"}  # outside quotes: the writer or the reader, never a source
RELATIVES = {"who", "whom", "which", "that"}
COMPLEMENTIZERS = {"that", "whether", "if"}
MODALS = {"will", "would", "shall", "should", "may", "might", "can", "could", "must"}
# Heads that make a reporting verb under them unreal: "plans to announce", "refused to acknowledge".
IRREALIS = {"plan", "intend", "expect", "want", "hope", "refuse", "decline", "fail", "aim", "seek", "try",
            "prepare", "threaten", "wish"}
# Prepositions that complete an object: accuse X of, describe X as, credit X for, condition X on/by.
OBJECT_PREPS = {"of", "as", "for", "on", "upon", "by"}
# Time adjuncts that belong to the reporting event, not the reported content.
TIME_PREPS = {"during", "after", "before", "ahead", "amid", "following", "since", "until", "at", "on", "in"}
TIME_ENTS = {"DATE", "TIME"}
CLAUSE_DEPS = {"ccomp", "xcomp", "oprd"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


COORDINATION = re.compile(r",?\s+(?:and|or|as well as|&)\s+|,\s+", re.I)
BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")
TWEET = re.compile(
    r"(?P<body>.*?\S)\s+[—–-]{1,2}\s*(?P<name>[^\n()—–]{2,80}?)\s*\(@\w{1,30}\)\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$")


# ------------------------------------------------------------------ lexicons

@dataclass(frozen=True)
class CueWord:
    """One row of the attribution lexicon: ``frame`` is clause | np | both and
    ``condition`` is '' | speech-object | document-subject (see data/lexicons/README.md)."""

    lemma: str
    cls: str
    frame: str
    condition: str = ""


@dataclass(frozen=True)
class Lexicon:
    single: dict[str, CueWord]
    multi: dict[str, tuple[tuple[str, CueWord], ...]]  # first word -> (second word, entry)
    noun_cues: dict[str, CueWord]
    documents: dict[str, str]  # document noun -> related verb lemma ('' if none)
    speech_objects: frozenset[str]


def lexicon(verbs: Path | None = None, nouns: Path | None = None) -> Lexicon:
    """The cue lexicons (default: those of ``config.LEXICONS``), read once per file version.

    >>> lex = lexicon()
    >>> lex.single["say"].cls, dict(lex.multi["call"])["for"].lemma, lex.documents["announcement"]
    ('neutral', 'call for', 'announce')
    """
    verbs, nouns = Path(verbs or lexicon_path(VERBS_FILE)), Path(nouns or lexicon_path(NOUNS_FILE))
    return _lexicon(verbs, nouns, version(verbs, nouns))


@lru_cache(maxsize=8)
def _lexicon(verbs: Path, nouns: Path, stamp: tuple[int, ...]) -> Lexicon:
    single: dict[str, CueWord] = {}
    multi: dict[str, list[tuple[str, CueWord]]] = {}
    for row in read_frame(verbs).to_dict("records"):
        frame, _, condition = row["frame"].partition("+")
        entry = CueWord(row["lemma"], row["class"], frame, condition)
        first, _, rest = row["lemma"].partition(" ")
        if rest:
            multi.setdefault(first, []).append((rest, entry))
        else:
            single[first] = entry
    table = read_frame(nouns)
    noun_cues = {r["lemma"]: CueWord(r["lemma"], r["class"] or "neutral", "clause")
                 for r in table[table.role == "cue"].to_dict("records")}
    documents = dict(zip(table.lemma[table.role == "document"], table.verb[table.role == "document"]))
    objects = frozenset(table.lemma[table.role == "object"])
    return Lexicon(single, {k: tuple(v) for k, v in multi.items()}, noun_cues, documents, objects)


# ------------------------------------------------------------------ document context

@dataclass
class Speaker:
    start: int
    end: int
    head: Token | None  # head word of the speaker NP (None for a tweet signature)
    verb: Token | None = None  # the verb it is the subject of (for 'on behalf of')


@dataclass
class Cue:
    words: tuple[Token, ...]
    entry: CueWord
    kind: str  # verb | prep | noun
    speaker: Speaker | None = None
    agentless: bool = False  # "it was announced that …"
    content: tuple[int, int] | None = None

    @property
    def head(self) -> Token:
        return self.words[0]

    @property
    def text_span(self) -> tuple[int, int]:
        """The cue as written: all its words if contiguous ('called for'), else the
        noun of a prepositional cue ('words' in 'In X's words') or the verb ('made')."""
        a, b = self.words[0], self.words[-1]
        if b.i == a.i + len(self.words) - 1:
            return a.idx, _end(b)
        w = b if self.kind == "prep" else a
        return w.idx, _end(w)


@dataclass
class Found:
    """A statement before actor resolution."""

    kind: str
    start: int
    end: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    marks: str | None = None
    via: str = ""  # '' or 'previous' (continuation) or 'shared'
    actor: str | None = None
    resolution: str = "none"


@dataclass
class Ctx:
    """The shared article view plus what the statements rules add to it."""

    view: ArticleView
    lex: Lexicon
    idx: ActorIndex
    headlines: list[tuple[int, int]] = field(default_factory=list)
    blocked: bytearray = field(default_factory=bytearray)  # 1 = inside a quote, post or headline
    quoted: bytearray = field(default_factory=bytearray)  # 1 = between a pair of marks

    @property
    def doc(self) -> Doc:
        return self.view.doc

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def paras(self) -> list[tuple[int, int]]:
        return self.view.paragraphs

    @property
    def quotes(self) -> list[Quote]:
        return self.view.quotes.quotes

    def block(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark text that is someone's words (or a headline): no reporting cues there."""
        for a, b in spans:
            self.blocked[a:b] = b"\x01" * (b - a)

    def is_blocked(self, char: int) -> bool:
        return 0 <= char < len(self.blocked) and self.blocked[char] == 1


def _end(t: Token) -> int:
    return t.idx + len(t.text)


def _is_headline(line: str) -> bool:
    """A short title-case line without final punctuation (subheading, 'Notes to Editors')."""
    core = line.strip().rstrip(MARKS + " ")
    if not core or core[-1] in ".!?:;,…" or len(core.split()) > 12:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", core) if len(w) > 1]
    caps = [w for w in words if w[0].isupper()]
    return bool(words) and len(caps) >= 0.6 * len(words)


def _sentence_bounds(ctx: Ctx, char: int) -> tuple[int, int]:
    """The parser's sentence around ``char``, cut to its paragraph."""
    lo, hi = ctx.view.para(char)
    t = ctx.view.token_at(char)
    if t is None or not ctx.doc.has_annotation("SENT_START"):
        return lo, hi
    return max(lo, t.sent.start_char), min(hi, t.sent.end_char)


# ------------------------------------------------------------------ cues

def _verbal(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or any(c.dep_ == "ccomp" for c in t.children)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


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
            if kind == "prep" and (t.dep_ != "prep" and t.pos_ != "ADP"):
                continue
            if kind == "verb" and not _verbal(t):
                continue
            if p.pos_ in ("NOUN", "PROPN") and p.dep_ == "dobj" and not any(
                    c.dep_ in ("acl", "ccomp") for c in p.children):
                continue  # 'express confidence' needs the clause; plain 'express' takes over
            return Cue((t, p), entry, kind)
    if lemma in lex.single and _verbal(t) and t.dep_ not in ("amod", "compound"):
        return Cue((t,), lex.single[lemma], "verb")
    if t.pos_ == "NOUN" and lemma in lex.noun_cues and any(
            c.dep_ in ("acl", "ccomp") and _has_that(c) for c in t.children):
        return Cue((t,), lex.noun_cues[lemma], "noun")
    return None


def _unreal(t: Token) -> bool:
    """Negated, modal or planned speech is not a statement ('has not reported', 'plans to announce')."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in t.children):
        return True
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in IRREALIS


def _find_cues(ctx: Ctx) -> list[Cue]:
    """Every reporting cue outside quotes and headlines, with speaker and content."""
    cues = []
    for t in ctx.doc:
        if t.is_space or ctx.is_blocked(t.idx):
            continue
        cue = _match_cue(t, ctx.lex)
        if cue is None or (cue.kind == "verb" and _unreal(t)):
            continue
        cues.append(cue)
    by_token = {c.head.i: c for c in cues}
    for cue in cues:
        _attach_speaker(ctx, cue, by_token)
    for cue in cues:
        cue.content = _content(ctx, cue)
    for cue in cues:
        cue.content = _cut(ctx, cue, cues)
    return cues


# ------------------------------------------------------------------ speakers

def _np_span(t: Token, ctx: Ctx) -> tuple[int, int]:
    """The speaker expression headed by ``t``: determiners, titles and coordination kept;
    relative clauses, adjuncts, 'including …' and appositions after a name left out."""
    named = t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or ctx.idx.resolve(t.text) is not None

    def keep(c: Token) -> bool:
        if c.dep_ in ("relcl", "acl", "advcl", "dep"):
            return False
        if c.dep_ == "prep":
            return c.lower_ == "of" and c.i > t.i
        if c.dep_ == "appos":  # kept: '(CEC)', 'The CEC Chairman, Ihar Karpenka', 'Canada, the EU and Britain'
            inside_parens = c.i > 0 and c.doc[c.i - 1].text == "("
            return inside_parens or not named or any(g.dep_ == "conj" for g in c.children)
        return True

    toks = {t.i}
    stack = [t]
    while stack:
        h = stack.pop()
        for c in h.children:
            if keep(c) if h is t else c.dep_ not in ("relcl", "acl", "advcl", "appos"):
                toks.add(c.i)
                stack.append(c)
    doc = t.doc
    lo, hi = t.i, t.i
    while lo - 1 in toks:
        lo -= 1
    while hi + 1 in toks:
        hi += 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi].is_punct and doc[hi].text not in ")" or doc[hi].is_space):
        hi -= 1
    lo = _list_start(doc, lo)
    a, b = ctx.view.para(t.idx)
    start, end = max(doc[lo].idx, a), min(_end(doc[hi]), b)
    return (start, end) if start < end else (t.idx, _end(t))


def _list_start(doc: Doc, lo: int) -> int:
    """If ``doc[lo]`` is the last item of a comma list of names the parser attached
    elsewhere ('…, Canada, New Zealand, and Britain issued'), where the list starts."""
    j = lo - 1
    if j < 0 or doc[j].lower_ not in ("and", "or"):
        return lo
    commas = 0
    while j >= 0 and (doc[j].pos_ == "PROPN" or doc[j].lower_ in ("and", "or", "the", ",")):
        commas += doc[j].text == ","
        j -= 1
    start = j + 1
    while start < lo and doc[start].text in (",", "and", "or"):
        start += 1
    return start if commas >= 2 else lo


def _speaker_of(ctx: Ctx, t: Token, verb: Token | None) -> Speaker:
    """A speaker NP headed by ``t``; a relative pronoun stands for its antecedent."""
    if t.lower_ in RELATIVES and t.tag_ in ("WP", "WDT", "IN") and verb is not None:
        rel = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        if rel is not None:
            t = rel.head
    s, e = _np_span(t, ctx)
    return Speaker(s, e, t, verb)


def _explicit_subject(ctx: Ctx, v: Token, passive_ok: bool = False) -> tuple[Speaker | None, bool]:
    """(speaker, agentless) from ``v``'s own subject or ``by``-agent; a passive subject
    speaks only for a participle that inherits it ('X was quoted as saying')."""
    kids = list(v.children)
    agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return _speaker_of(ctx, agent, v), False
    subj = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or ctx.view.para(subj.idx) != ctx.view.para(v.idx):
        return None, False
    if subj.dep_ == "nsubjpass" and not passive_ok:
        expletive = subj.lower_ == "it" and any(c.dep_ == "ccomp" for c in kids)
        return None, expletive
    # 'After meeting X, Czech Prime Minister Andrej Babis has called': a fronted phrase glued to the subject.
    appos = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < v.i
             and not any(g.dep_ == "conj" for g in c.children)]
    if appos and any(x.text == "," for x in v.doc[subj.i:appos[-1].left_edge.i]) and not any(
            x.text == "," for x in v.doc[appos[-1].i + 1:v.i]):
        subj = appos[-1]
    return _speaker_of(ctx, subj, v), False


def _left_subject(ctx: Ctx, v: Token) -> Token | None:
    """Fallback when the parse gives a finite reporting verb no subject: the noun phrase
    just before it, skipping auxiliaries, adverbs, a relative clause and an adjunct PP."""
    doc, lo = v.doc, ctx.view.para(v.idx)[0]
    j = v.i - 1
    while j >= 0 and doc[j].idx >= lo:
        t = doc[j]
        if t.is_space or t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.tag_ in ("MD", "RB"):
            j -= 1
            continue
        if t.text == ",":
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


def _possessor(t: Token, prep: str) -> Token | None:
    """The possessor of ``t`` ('X's claim') or the object of its ``prep`` phrase ('the claim by X')."""
    return next((c for c in t.children if c.dep_ == "poss"), None) or next(
        (g for c in t.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"), None)


def _first_token_at(ctx: Ctx, char: int) -> int:
    """Index of the first token at or after ``char``."""
    return bisect_left(ctx.view.token_starts, char)


def _attach_speaker(ctx: Ctx, cue: Cue, by_token: Mapping[int, Cue], depth: int = 0) -> None:
    """Fill ``cue.speaker`` (or ``agentless``)."""
    if cue.speaker is not None or cue.agentless or depth > 8:
        return
    t = cue.head
    if cue.kind in ("prep", "noun"):
        holder = cue.words[-1]
        if holder.lower_ == "to":  # according to X
            src = next((c for c in holder.children if c.dep_ == "pobj"), None)
        else:  # in X's words / in the words of X; X's claim / the claim by X
            src = _possessor(holder, "of" if cue.kind == "prep" else "by")
        cue.speaker = _speaker_of(ctx, src, None) if src is not None else None
        return
    cue.speaker, cue.agentless = _explicit_subject(ctx, t)
    if cue.speaker is not None or cue.agentless:
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
        cue.speaker = _speaker_of(ctx, subj, t) if subj is not None else None


def _finite(t: Token) -> bool:
    """A verb that needs a subject of its own (not a participle or an infinitive)."""
    if t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in t.children):
        return True
    return t.tag_ == "VBN" and t.dep_ in ("advcl", "conj", "ROOT") and not any(c.dep_ == "auxpass" for c in t.children)


def _donor(ctx: Ctx, t: Token, by_token: Mapping[int, Cue]) -> Cue | Token | None:
    """Where a subjectless cue gets its speaker: the cue or verb it shares a subject with,
    or the noun a participle modifies ('demonstrators calling for …')."""
    participle = t.tag_ == "VBG"
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
    if t.dep_ == "conj":
        head = t.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT":
            return head  # 'Tikhanovskaya, who …, called for … but insisted …'
        if _in_quote(ctx, head.idx):  # attached to a verb inside a quote: use the reporter's cue
            return _previous_cue(t, by_token)
        return by_token.get(head.i) or (head if _verbal(head) else None)
    if participle and t.dep_ == "acl":
        noun = t.head
        if noun.lemma_.lower() in ctx.lex.documents and _verbal(noun.head) and noun.head is not noun:
            return by_token.get(noun.head.i) or noun.head
        return noun
    if participle or (infinitive and t.dep_ == "xcomp"):
        return _ancestor_donor(t, by_token)
    return None


def _ancestor_donor(t: Token, by_token: Mapping[int, Cue]) -> Cue | Token | None:
    """The nearest verb above ``t`` with a (non-expletive) subject. A participle after a
    comma inside a reported clause ('X wrote that Y, adding: …') shares the reporting
    verb's subject instead."""
    if t.head.lower_ == "as" and t.head.dep_ == "prep":  # 'TASS quoted X as saying': X speaks
        obj = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    near: Token | None = None
    chain: list[Token] = []
    for a in t.ancestors:
        if a.i in by_token:
            after_comma = t.i > 0 and t.doc[t.i - 1].text == ","
            if near is None or after_comma and all(x.dep_ in ("ccomp", "conj") for x in chain):
                return by_token[a.i]
            break
        chain.append(a)
        if near is None and _verbal(a) and any(
                c.dep_ in SUBJECT_DEPS | {"agent"} and c.lower_ not in ("it", "there") for c in a.children):
            near = a
    return near


def _previous_cue(t: Token, by_token: Mapping[int, Cue]) -> Cue | None:
    prev = [c for i, c in by_token.items() if i < t.i and t.sent.start <= i]
    return prev[-1] if prev else None


# ------------------------------------------------------------------ content

def _object_complements(v: Token, obj: Token | None, clausal: bool) -> list[Token]:
    """PPs completing the object: accuse X *of* Y, describe X *as* Y, condition X *by* Y
    (the parser may hang them on the object; 'of' there only without a that-clause)."""
    if obj is None:
        return []
    on_verb = [c for c in v.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i > v.i]
    on_obj = [] if clausal else [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "as", "for")
                                 and c.i > obj.i and obj.dep_ == "dobj"]
    return [c for c in on_verb + on_obj if not any(g.ent_type_ in TIME_ENTS for g in c.children)]


def _parts(ctx: Ctx, cue: Cue) -> list[Token]:
    """The dependents of a verb cue that make up its content, by the cue's frame."""
    v, words = cue.head, set(w.i for w in cue.words)
    p = cue.words[1] if len(cue.words) > 1 else None
    kids = [c for c in (*v.children, *(p.children if p is not None else ())) if c.i not in words]
    if p is not None and p.dep_ == "mark":  # 'called for elections to be held': 'for' marks the clause
        return [p.head]
    if p is not None and p.dep_ == "dobj":  # 'expressed confidence (that) …'
        return [c for c in p.children if c.dep_ in ("acl", "ccomp")]
    clause = [c for c in kids if c.dep_ in CLAUSE_DEPS or (
        c.dep_ in ("advcl", "acl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))]
    if p is not None and p.dep_ in ("ccomp", "oprd", "acomp", "xcomp"):  # 'made X clear': X is said
        clause += [c for c in p.children if c.dep_ in ("nsubj", "ccomp")]
    if not clause:  # 'said in a statement that …': the parser hangs the clause on the noun
        clause = [k for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                  for k in g.children if k.dep_ in ("acl", "ccomp") and _has_that(k)]
    expletive = any(c.dep_ == "ccomp" for c in kids)  # 'made it clear that …'
    objects = [c for c in kids if c.dep_ in ("dobj", "pobj", "pcomp") and not (expletive and c.lower_ == "it")]
    if any(c.dep_ == "agent" for c in kids):  # 'the results were announced by the CEC'
        objects += [c for c in kids if c.dep_ == "nsubjpass" and c.lower_ != "it"]
    obj = max(objects, key=lambda c: len(list(c.subtree)), default=None)
    comps = _object_complements(v, obj, any(c.dep_ == "ccomp" for c in clause))
    predicative = [c for c in clause if c.dep_ in ("xcomp", "oprd", "advcl", "acl")]
    frame = cue.entry.frame
    if clause or comps:
        small = objects if obj is not None and (predicative or comps) else []
        clausal = clause + comps + small
        if frame in ("clause", "both") and (clause or small):
            return clausal
    if frame in ("np", "both") and obj is not None and not (obj.pos_ == "PRON" and obj.n_lefts + obj.n_rights == 0):
        if cue.entry.condition == "speech-object" and not comps and obj.lemma_.lower() not in ctx.lex.speech_objects:
            return []  # 'dismissed the minister', 'denied entry'; but 'dismissed the protests as …'
        return objects + comps
    return []


def _np_end(obj: Token) -> int:
    """Right edge of an object NP, leaving out a trailing time adjunct ('… during a meeting')."""
    trailing = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i]
    for c in sorted(trailing, key=lambda c: c.i):
        if c.lower_ in TIME_PREPS and (c.lower_ not in ("on", "in", "at") or any(
                g.ent_type_ in TIME_ENTS for g in c.children)) and c.right_edge.i == obj.right_edge.i:
            return c.i - 1
    return obj.right_edge.i


def _content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """Character span of what the cue reports (before cutting at other cues)."""
    doc, v = ctx.doc, cue.head
    if cue.kind == "prep":
        return _prep_content(ctx, cue)
    if cue.kind == "noun":
        clause = [c for c in v.children if c.dep_ in ("acl", "ccomp")]
        return _trim(ctx, (clause[0].left_edge.i, clause[-1].right_edge.i), v) if clause else None
    parts = _parts(ctx, cue)
    right = [c for c in parts if c.i > v.i]
    side = right or [c for c in parts if c.i < v.i]
    if not side:
        return _inverted_content(ctx, cue) or _quoted_complement(ctx, cue)
    lo = min(c.left_edge.i for c in side)
    hi = max(_np_end(c) if c.dep_ in ("dobj", "pobj") else c.right_edge.i for c in side)
    if right:
        words = {w.i for w in cue.words}
        lo = max(lo, v.i + 1)
        while lo in words:
            lo += 1
        hi = _extend_list(doc, hi, v)
        inner = [w for w in cue.words[1:] if lo <= w.i <= hi]
        if inner:  # 'made X (emphatically) clear': the content stops before the cue's last word
            hi = inner[0].i - 1
            while hi >= lo and doc[hi].head.i == inner[0].i and doc[hi].dep_ == "advmod":
                hi -= 1
    return _trim(ctx, (lo, hi), v)


def _quoted_complement(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """A cue followed directly by a quotation the parser left unattached
    ('crediting “[t]hanks to …” and …'): the rest of the sentence from the mark."""
    last = cue.words[-1]
    nxt = last.i + 1
    if nxt >= len(ctx.doc) or not any(q.start - 1 == ctx.doc[nxt].idx for q in ctx.quotes):
        return None
    _, e = _sentence_bounds(ctx, ctx.doc[nxt].idx)
    return _trim(ctx, (nxt, _first_token_at(ctx, e) - 1), last)


def _inverted_content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """'CLAUSE, X said' parsed with the cue under the clause: the clause before it."""
    v = cue.head
    if v.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or v.head.i > v.i or not any(
            c.dep_ in SUBJECT_DEPS for c in v.children):
        return None
    start = v.left_edge.i
    if start == 0 or v.doc[start - 1].text not in (",", "”", '"', "’", "'"):
        return None
    return _trim(ctx, (v.head.left_edge.i, start - 1), v)


def _extend_list(doc: Doc, hi: int, v: Token) -> int:
    """Carry on through a list of bare verbs the parser hung elsewhere
    ('calls on X to hold elections, end the violence, release …')."""
    sent_end = v.sent.end
    while hi + 2 < sent_end and doc[hi + 1].text in (",", "and", "or"):
        k = hi + 2
        while k < sent_end and (doc[k].text in ("and", "or", ",") or doc[k].tag_ == "RB"):
            k += 1
        t = doc[k] if k < sent_end else None
        if t is None or t.tag_ not in ("VB", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in t.children) \
                or t.is_ancestor(v) or t.head.i == v.i and t.dep_ == "conj":
            break
        hi = max(hi, t.right_edge.i)
    return hi


def _prep_content(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """The clause an 'according to X' / 'in X's words' phrase attaches to."""
    doc, pp = ctx.doc, cue.head
    pp_lo, pp_hi = pp.left_edge.i, pp.right_edge.i
    h = pp.head
    if not _verbal(h):
        s, e = _sentence_bounds(ctx, pp.idx)
        first = ctx.view.token_at(s)
        if first is not None and first.i >= pp_lo:  # sentence-initial: the rest of the sentence
            return _trim(ctx, (pp_hi + 1, _first_token_at(ctx, e) - 1), pp)
        return _trim(ctx, (_first_token_at(ctx, s), pp_lo - 1), pp)
    if pp_lo > h.i:
        # 'Protests began after the vote, which X won, according to Y': the adjacent relative clause
        j = pp_lo - 1
        while j > h.i and (doc[j].is_punct or doc[j].is_space):
            j -= 1
        rel = next((a for a in [doc[j], *doc[j].ancestors] if a.dep_ == "relcl" and a.i > h.i), None)
        if rel is not None:
            return _trim(ctx, (rel.left_edge.i, j), pp)
        return _trim(ctx, (h.left_edge.i, pp_lo - 1), pp)
    if pp_hi < h.left_edge.i or pp_lo <= h.left_edge.i:
        return _trim(ctx, (pp_hi + 1, h.right_edge.i), pp)
    return _trim(ctx, (h.left_edge.i, h.right_edge.i), pp)


def _separator(t: Token) -> bool:
    """Sentence punctuation (not '%', brackets or quotation marks)."""
    return all(ch in ".,;:!?—–-…" for ch in t.text)


def _lead_junk(t: Token, lo: int) -> bool:
    """Tokens a content span does not start with: punctuation, conjunctions,
    complementizers ('that', 'whether') and relative pronouns."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    demonstrative = t.tag_ == "DT" and nxt is not None and nxt.pos_ in ("VERB", "AUX")  # 'said that was wrong'
    return (t.idx < lo or t.is_space or _separator(t) or t.dep_ == "cc"
            or t.lower_ in COMPLEMENTIZERS and not demonstrative
            or t.lower_ in RELATIVES and t.tag_ in ("WDT", "WP") and t.head.dep_ == "relcl")


def _tail_junk(t: Token, hi: int) -> bool:
    return _end(t) > hi or t.is_space or t.dep_ == "cc" or _separator(t)


def _trim(ctx: Ctx, span: tuple[int, int], anchor: Token) -> tuple[int, int] | None:
    """Token span -> character span inside the anchor's paragraph, without leading
    complementizers or relative pronouns and without trailing punctuation."""
    doc = ctx.doc
    lo, hi = span
    a, b = ctx.view.para(anchor.idx)
    while lo <= hi and _lead_junk(doc[lo], a):
        lo += 1
    while hi >= lo and _tail_junk(doc[hi], b):
        hi -= 1
    if lo > hi:
        return None
    return _balance(ctx, doc[lo].idx, _end(doc[hi]))


def _balance(ctx: Ctx, s: int, e: int) -> tuple[int, int] | None:
    """Never cut a quote in two: a span starting inside a quote starts at its opening
    mark, one ending inside it ends at its closing mark; then drop trailing punctuation
    and stray marks outside any pair."""
    text = ctx.text
    for q in ctx.quotes:
        o, c = q.start - 1, q.end  # the marks' offsets
        if o < s < c:
            s = o
        if s <= o < e <= c and q.close:
            e = c + 1
    opens = {q.start - 1 for q in ctx.quotes}
    closes = {q.end for q in ctx.quotes if q.close}
    while e > s and (text[e - 1] in " .,;:" or text[e - 1] in MARKS and e - 1 not in closes):
        e -= 1
    while s < e and (text[s].isspace() or text[s] in MARKS and s not in opens):
        s += 1
    return (s, e) if e > s else None


def _cut(ctx: Ctx, cue: Cue, cues: Sequence[Cue]) -> tuple[int, int] | None:
    """End a content span where another cue takes over: a cue whose speaker is not
    inside the span (', adding …', 'and expressed confidence …'), or the subject of a
    later cue that the parser swallowed into the span."""
    if cue.content is None:
        return None
    s, e = cue.content
    stops = [o.head.i for o in cues if o is not cue and s < o.head.idx < e and cue.head.idx < o.head.idx
             and o.speaker is not None and not s <= o.speaker.start < e]
    stops += [ctx.view.token_at(o.speaker.start).i for o in cues if o.speaker is not None
              and s < o.speaker.start < e <= o.head.idx and cue.head.idx < o.speaker.start]
    if not stops:
        return cue.content
    doc = ctx.doc
    j = min(stops) - 1
    while j >= 0 and doc[j].idx > s and (doc[j].is_punct or doc[j].dep_ in ("cc", "aux", "advmod") or doc[j].is_space):
        j -= 1
    tok = ctx.view.token_at(s)
    return _trim(ctx, (tok.i, j), cue.head) if tok is not None and j >= tok.i else None


# ------------------------------------------------------------------ quotes -> statements

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
        indirect = re.search(r"\bthat\s*:$", line, re.I) is not None
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


def _in_quote(ctx: Ctx, char: int) -> bool:
    return 0 <= char < len(ctx.quoted) and ctx.quoted[char] == 1


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


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


# ------------------------------------------------------------------ actors

@dataclass
class Mention:
    start: int
    end: int
    head: Token | None
    actor: str | None
    person: bool | None
    plural: bool


class Resolver:
    """Speaker expressions -> actor ids, with the document's earlier subjects as
    antecedents for pronouns and descriptions."""

    WINDOW = 4  # sentences an antecedent may lie back

    def __init__(self, ctx: Ctx, subjects: Iterable[Speaker]):
        self.ctx = ctx
        actors = load_actors()
        self.kind = dict(zip(actors["actor_id"], actors["kind"]))
        self.collective = {}
        for aid, kind, group in zip(actors["actor_id"], actors["kind"], actors["group"]):
            if kind == "collective":
                self.collective.setdefault(group, aid)
        self.gender: dict[str, str] = {}
        self.sent_starts = ctx.view.sentence_starts
        self.memo: dict[tuple[int, int], tuple[str | None, str]] = {}
        self.mentions: list[Mention] = []
        seen: set[int] = set()
        for sp in sorted(subjects, key=lambda s: s.start):
            if sp.start not in seen and not _in_quote(ctx, sp.start):
                seen.add(sp.start)
                self.mentions.append(self._mention(sp))
        self.statements: list[tuple[int, str, str | None]] = []  # (position, cue lemma, actor)
        self.documents: dict[str, list[Token]] = {}  # document nouns of the text, by lemma
        for t in ctx.doc:
            if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.lex.documents:
                self.documents.setdefault(t.lemma_.lower(), []).append(t)

    def _mention(self, sp: Speaker) -> Mention:
        """An antecedent candidate: its actor, whether it is a person, whether plural."""
        actor, _ = self._resolve(sp, documents=False)
        h = sp.head
        plural = h is not None and (h.tag_ in ("NNS", "NNPS") or h.lower_ in GROUP_PRONOUNS
                                    or any(c.dep_ == "conj" for c in h.children))
        if actor is not None:
            person = self.kind.get(actor) == "person" and not plural
        elif h is not None and (h.ent_type_ == "PERSON" or h.lower_ in PERSON_PRONOUNS):
            person = not plural
        elif plural or (h is not None and h.ent_type_ in ("ORG", "GPE", "NORP")):
            person = False
        else:
            person = None
        return Mention(sp.start, sp.end, h, actor, person, plural)

    def resolve(self, sp: Speaker, on_behalf: str | None = None) -> tuple[str | None, str]:
        """(actor_id, how) for a speaker: how is name | description | pronoun | none."""
        key = (sp.start, sp.end)
        if key not in self.memo:
            self.memo[key] = (on_behalf, "name") if on_behalf else self._resolve(sp)
        return self.memo[key]

    def _resolve(self, sp: Speaker, documents: bool = True) -> tuple[str | None, str]:
        text = self.ctx.text[sp.start:sp.end].strip()
        low = text.lower()
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in THING_PRONOUNS:
            return self._antecedent(sp.start, low)
        h = sp.head
        aid = self._coordination(text)
        if aid:
            return aid, "name"
        idx = self.ctx.idx
        aid = idx.resolve(text)
        if aid:
            named = any(kind == "name" for *_, kind in idx.mentions(text))
            return aid, "name" if named else "description"
        if documents and h is not None and h.lemma_.lower() in self.ctx.lex.documents:
            return self._document(h, sp.start)
        if h is not None and h.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "that") for c in h.children):
            return self._description(h, sp.start)
        return None, "none"

    def _coordination(self, text: str) -> str | None:
        """Several speakers ('Canada, the EU and Britain'): their common actor if all are
        one, else the collective actor of the group most of the known ones belong to
        (the first collective row of that group in actors.csv)."""
        idx = self.ctx.idx
        if not re.search(r"\s(?:and|or|as well as|&)\s", text) or any(
                e - s >= 0.9 * len(text) for s, e, *_ in idx.mentions(text)):
            return None
        parts = [p for p in COORDINATION.split(text) if p.strip()]
        known = [a for p in parts if (a := idx.resolve(p))]
        if not known:
            return None
        if len(set(known)) == 1 and len(known) == len(parts):
            return known[0]
        groups = Counter(idx.group(a) for a in known)
        ranked = sorted(groups, key=lambda g: (-groups[g], g not in self.collective))
        return self.collective.get(ranked[0])

    def _sentence(self, char: int) -> int:
        return spans.sentence_of(self.sent_starts, char)

    def _antecedent(self, pos: int, pronoun: str) -> tuple[str | None, str]:
        """The nearest earlier subject compatible with the pronoun: a person for
        he/she (not one already called by the other pronoun), a group or institution
        for they/we/some…, an institution for it. Beyond the window: unresolved."""
        gender = PERSON_PRONOUNS.get(pronoun)
        limit = self._sentence(pos) - self.WINDOW
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            if self._sentence(m.start) < limit:
                break
            if gender:
                other = m.head is not None and PERSON_PRONOUNS.get(m.head.lower_, gender) != gender
                if m.person and not other and (not m.actor or self.gender.setdefault(m.actor, gender) == gender):
                    return m.actor, "pronoun"
            elif pronoun in THING_PRONOUNS:
                if m.person is False and not m.plural and m.actor:
                    return m.actor, "pronoun"
            elif m.plural or m.person is False:
                return m.actor, "pronoun"
        return None, "none"

    def _document(self, h: Token, pos: int) -> tuple[str | None, str]:
        """'The joint statement', 'This announcement', 'an independent report': the
        issuer of the same document mentioned before (or named after), or the speaker
        of the latest statement made with the matching verb."""
        lemma = h.lemma_.lower()
        verb = self.ctx.lex.documents.get(lemma, "")
        best: tuple[int, str] | None = None
        for t in self.documents.get(lemma, ()):
            if t.i == h.i:
                continue
            owner = self._owner(t)
            if owner and t.idx < pos:
                best = (t.idx, owner)
            elif owner and best is None and t.idx > pos:
                best = (-1, owner)
                break
        for where, cue_lemma, actor in self.statements:
            if verb and cue_lemma == verb and where < pos and actor and (best is None or where > best[0]):
                best = (where, actor)
        return (best[1], "description") if best else (None, "none")

    def _owner(self, t: Token) -> str | None:
        """Who issued the document noun ``t``: a name inside its NP, else the subject
        of the verb it is the object of ('X issued a joint statement')."""
        lo = t.left_edge.i
        own = self.ctx.idx.resolve(t.doc[lo:t.i + 1].text)
        if own:
            return own
        v = t.head.head if t.dep_ == "pobj" else t.head  # 'X issued a statement', 'X said in a statement'
        in_speech = t.dep_ == "pobj" and t.head.lower_ == "in" and v.lemma_.lower() in self.ctx.lex.single
        if (t.dep_ == "dobj" or in_speech) and _verbal(v):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self.resolve(_speaker_of(self.ctx, subj, v))[0]
        return None

    def _description(self, h: Token, pos: int) -> tuple[str | None, str]:
        """'the ministry' -> the nearest earlier subject whose expression has that noun."""
        word = h.lemma_.lower()
        for m in reversed(self.mentions):
            if m.start < pos and m.actor and word in self.ctx.text[m.start:m.end].lower():
                return m.actor, "description"
        return None, "none"


def _on_behalf(sp: Speaker, ctx: Ctx) -> str | None:
    """'X and Y issued a declaration on behalf of the EU' -> the EU."""
    kids = sp.verb.children if sp.verb is not None else ()
    objs = [o for c in kids if c.dep_ == "prep" and c.lower_ == "on" for b in c.children if b.lower_ == "behalf"
            for of in b.children for o in of.children if o.dep_ == "pobj"]
    return ctx.idx.resolve(ctx.doc[objs[0].left_edge.i:objs[0].right_edge.i + 1].text) if objs else None


# ------------------------------------------------------------------ assembly

def _context(view: ArticleView) -> Ctx:
    text = view.text
    ctx = Ctx(view, lexicon(), actor_index())
    ctx.quoted = bytearray(len(text))
    for q in ctx.quotes:
        ctx.quoted[q.start:q.end] = b"\x01" * (q.end - q.start)
    ctx.headlines = [(a, b) for a, b in ctx.paras if _is_headline(text[a:b])]
    ctx.blocked = bytearray(len(text))
    ctx.block(ctx.headlines)
    return ctx


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


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """Statement records of one parsed article (see the module docstring)."""
    text = view.text
    if not text.strip():
        return
    starts = view.sentence_starts
    ctx = _context(view)
    seen = set()
    for f in _statements(ctx, article):
        key = (f.kind, f.start, f.end, f.speaker.start if f.speaker else None)
        if key not in seen and f.end > f.start:
            seen.add(key)
            yield _record(text, starts, f, ctx.idx)


EXTRACTOR = Extractor("statements", extract, needs=("token.tag", "token.dep", "token.lemma", "doc.ents"))
