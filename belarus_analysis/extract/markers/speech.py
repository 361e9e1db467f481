"""Voice: what the statements of an article say, which stretches of text are quoted, and scare quotes."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd
from spacy.tokens import Doc, Span, Token

from .. import actors
from ..intervals import Intervals
from ..syntax import RELATIVES
from ..quotes import DOUBLE, OPENERS, SINGLE
from ..view import ArticleView
from .lexicons import Hit

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
ATTRIBUTIVE = {"amod", "compound", "nmod"}  # modifiers inside a noun phrase
ACCORDING_TO = "according to"  # the cue lemma the statements extractor gives this attribution
# content, X the outlet's own reference (markers.md §3.1, point 3).
NAMING_VERBS = {"call", "name", "describe", "qualify", "characterize", "characterise", "dub", "label", "brand",
                "term", "declare", "accuse", "blame"}
# Their past participles, read from the words where the parser misreads a sentence-initial one ('Dubbed …').
NAMING_PARTICIPLES = {"called", "named", "described", "qualified", "characterized", "characterised", "dubbed",
                      "labelled", "labeled", "branded", "termed", "declared", "accused", "blamed"}
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by"}
SCARE_MAX_WORDS = 4


# --------------------------------------------------------------------------- statements

@dataclass(frozen=True)
class Speech:
    """What the markers need of a statement record."""

    start: int
    end: int
    kind: str
    actor: str | None
    attributed: bool  # a speaker is named (or resolved)
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_lemma: str


def _hit_tokens(hit: Hit, view: ArticleView) -> Span | None:
    """The tokens ``hit`` covers (its span widened to whole tokens), or None when it covers none."""
    span = view.span(hit.start, hit.end)
    return span if span is not None and len(span) else None


def _int(v) -> int | None:
    if type(v) is int:  # an extractor's record: no pd.isna (a microsecond per offset, a dozen per statement)
        return v
    return None if v is None or pd.isna(v) else int(v)


def speech_of(statements: Iterable[Mapping]) -> list[Speech]:
    out = []
    for r in statements:
        s, e = _int(r.get("char_start")), _int(r.get("char_end"))
        if s is None or e is None:
            continue
        actor = r.get("actor_id") if isinstance(r.get("actor_id"), str) and r.get("actor_id") else None
        ss, se = _int(r.get("speaker_start")), _int(r.get("speaker_end"))
        cs, ce = _int(r.get("cue_start")), _int(r.get("cue_end"))
        lemma = r.get("cue_lemma") if isinstance(r.get("cue_lemma"), str) else ""
        out.append(Speech(s, e, str(r.get("kind") or ""), actor, bool(actor) or ss is not None,
                          (ss, se) if ss is not None and se is not None else None,
                          (cs, ce) if cs is not None and ce is not None else None, lemma))
    return out


# The actor an outlet itself is (a government's press office): one rule, shared with the
# statements extractor, in extract/actors.py.
outlet_actor = actors.outlet_actor


# --------------------------------------------------------------------------- voice

class Voice(NamedTuple):
    """A stretch of text said by an actor (``actor`` None: unnamed)."""

    start: int
    end: int
    actor: str | None
    according: bool = False  # attributed by "according to X": the attribution covers the claim, not its epithets


class _ChunkStarts:
    """Noun chunks by first token, found sentence by sentence when asked for: the chunker reads the
    parse, which never crosses a sentence, so the chunks of a sentence are the document's inside it,
    and a naming verb's object needs its own sentence's only (not a pass over the whole document)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.chunks: dict[int, Span] = {}
        self.read: set[int] = set()  # sentences (by first token) whose chunks are in ``chunks``

    def get(self, i: int) -> Span | None:
        """The noun chunk that starts at token ``i``, if any."""
        if not 0 <= i < len(self.doc):
            return None
        sentence = self.doc[i].sent
        if sentence.start not in self.read:
            self.read.add(sentence.start)
            self.chunks.update((s, self.doc[s:e]) for s, e, _ in self.doc.noun_chunks_iterator(sentence))
        return self.chunks.get(i)


def _object_end(span: Span, chunks: _ChunkStarts) -> int:
    """Where the predicate of a small clause starts: after the object X of 'call X Y',
    'accuse X of Y' (an appositive name belongs to X: 'the incumbent, NAME, the winner')."""
    words = [t for t in span if not t.is_punct]
    chunk = chunks.get(words[0].i) if words else None
    if chunk is None:
        return span.start_char  # 'whom … qualify as political prisoners': no object inside
    end = chunk.end
    nxt = chunks.get(end + 1)
    if end < len(span.doc) and span.doc[end].text == "," and nxt is not None and nxt.root.dep_ == "appos" \
            and nxt.root.pos_ == "PROPN":
        end = nxt.end
    return min(span.doc[end].idx if end < len(span.doc) else span.end_char, span.end_char)


def _content_clause(span: Span) -> Token | None:
    """The first word of the content clause of a noun-phrase statement ('surprise [that only 90 percent
    voted …]', 'concern [that the vote was rigged]'): a clause on the noun introduced by the conjunction
    'that' (not a relative clause, whose 'that' is its subject), or None."""
    for c in span.root.children:
        if c.dep_ in ("acl", "ccomp") and c.i < span.end:
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if mark is not None:
                return mark
    return None


def voices_of(doc: Doc, speech: Sequence[Speech], own: str | None, evidential: Sequence[tuple[int, int]]
              ) -> Intervals[Voice]:
    """The stretches of text in quoted voice (markers.md §3.1), with their actor."""
    chunks = _ChunkStarts(doc)
    hedges = Intervals(evidential)
    out = []
    for sp in speech:
        if own and sp.actor == own:
            continue  # a press office's own statements are the outlet's voice
        if sp.speaker and (hedges.overlaps(*sp.speaker) or _evidence(doc, sp.speaker)):
            continue  # "according to official results", "as follows from an exit poll": a hedge, not a speaker
        start = sp.start
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand") if sp.kind == "indirect" else None
        if span is not None and len(span) and span.root.pos_ in NOMINAL:
            content = _content_clause(span)
            if content is not None:  # 'expressed surprise that X': the clause is what was said
                out.append(Voice(max(content.idx, sp.start), sp.end, sp.actor, False))
                continue
            if sp.cue_lemma in NAMING_VERBS:
                start = _object_end(span, chunks)
            elif not _as_clause_cue(doc, sp.cue):
                continue  # noun-phrase object of a speech act: the outlet's description
        out.append(Voice(start, sp.end, sp.actor, sp.kind == "indirect" and sp.cue_lemma == ACCORDING_TO))
    return Intervals(out)


def _as_clause_cue(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """Is the cue the verb of an 'as' clause ('The vote was, as the opposition put it, a travesty')? Its
    content is the predicate the clause interrupts, the speaker's words (statements.md §1.2 'as X put it'),
    not a noun phrase the cue takes as its object."""
    span = doc.char_span(*cue, alignment_mode="expand") if cue else None
    return span is not None and len(span) > 0 and any(
        c.lower_ == "as" and c.dep_ in ("mark", "advmod") and c.i < span[0].i for c in span[0].children)


def _evidence(doc: Doc, speaker: tuple[int, int]) -> bool:
    """The speaker is a body of figures, not someone speaking: 'as follows from an exit poll', 'as the
    preliminary results show' (markers.md §3.1, point 3: published results and polls are the evidential
    hedge of point 4 with any determiner or owner, whatever cue introduces them); not a name of people
    that ends in such a noun ('Opposition figures said …')."""
    span = doc.char_span(*speaker, alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    # a name of people that ends in such a noun speaks: 'opposition figures' (a variant in actors.csv)
    text = span.text
    return not any(a and e == len(text) and text[:s].strip().lower() in ("", "the")
                   for s, e, a, _ in actors.actor_index().mentions(text))


# A dash attribution closing a headline or sentence: 'US Concerned Over "Not Free" Vote - Berg',
# '… a one-man political show - the Foreign Ministry noted.' (group 'tail': the attribution)
DASH_ATTRIBUTION = re.compile(r"[^\S\n]+[-–—][^\S\n]+(?P<tail>[^-–—\n.!?\"“”]{2,60}?)[.!?]?[^\S\n]*(?=\n|$)")


def dash_attributions(doc: Doc, text: str, reporting: frozenset[str]) -> list[Voice]:
    """Stretches in quoted voice by a trailing dash attribution (markers.md §3.1: a fronted clause before
    '…, X said' is the speaker's; a headline's '- X' is the same) or an inverted one closing a line ('Belarus
    election "rigged", says EU', a headline the parser may not read as a sentence). A dash attribution
    names an actor of ``actors.csv`` or ends with a reporting verb, an inverted one does both; the stretch
    runs back to the start of its line or sentence."""
    out = []
    for m in (*_line_closing(DASH_ATTRIBUTION, text, "-–—", spaced=True), *_line_closing(INVERTED_ATTRIBUTION, text, ",")):
        tail = m.group("tail")
        if len(tail.split()) > 6:
            continue
        found = [a for _, _, a, _ in actors.actor_index().mentions(tail) if a]
        inverted = "verb" in m.re.groupindex
        if inverted and not found:
            continue
        if inverted or not found:  # a dash attribution naming an actor needs no verb
            last = doc.char_span(*(m.span("verb") if inverted else m.span("tail")), alignment_mode="expand")
            if not (last is not None and len(last) and last[-1].lemma_.lower() in reporting and last[-1].pos_ == "VERB"):
                continue
        line = text.rfind("\n", 0, m.start()) + 1
        sentence = max((text.rfind(p, line, m.start()) for p in (". ", "! ", "? ")), default=-1)
        start = sentence + 2 if sentence >= line else line
        out.append(Voice(start, m.start(), found[0] if found else None))
    return out


# An inverted attribution closing a line: 'Belarus election "rigged", says EU' (group 'verb': the reporting
# verb, 'tail': the speaker)
INVERTED_ATTRIBUTION = re.compile(r",[\"”’']?[^\S\n]+(?P<verb>[^\W\d]+)[^\S\n]+(?P<tail>[^-–—,\n.!?\"“”]{2,60}?)[.!?]?"
                                  r"[^\S\n]*(?=\n|$)")


def _line_closing(rx: re.Pattern, text: str, marks: str, *, spaced: bool = False) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for an attribution pattern whose match starts at one of ``marks`` (with
    ``spaced``: at the spaces before it) and runs to the end of its line with none of ``marks`` after it:
    only the last mark of a line can start a match, so the pattern is tried there, once per line, not at
    every space or comma of the text."""
    line = 0
    while line <= len(text):
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        at = max(text.rfind(c, line, end) for c in marks)
        while spaced and at > line and text[at - 1] != "\n" and text[at - 1].isspace():
            at -= 1  # the spaces before the mark, as [^\S\n]+ reads them
        if at >= 0 and (m := rx.match(text, at)) is not None:
            yield m
        line = end + 1


def _line_openings(rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose match starts at the start of a line (``^`` under
    ``re.MULTILINE``) and stays inside it: tried once per line, not at every position of the text."""
    line = 0
    while True:
        if (m := rx.match(text, line)) is not None:
            yield m
        line = text.find("\n", line) + 1
        if not line:
            return


# A speaker before a colon opening a line: 'Lukashenko: elections were transparent', 'EU: vote neither free nor
# fair' (the headline form of '…, X said'; group 'speaker': the attribution)
COLON_ATTRIBUTION = re.compile(r"^(?P<speaker>[^\W\d][^:\n]{0,60}?):[^\S\n]+(?=\S)", re.MULTILINE)


def colon_attributions(text: str) -> list[Voice]:
    """Stretches in quoted voice by a speaker's name before a colon at the start of a line (the headline
    form 'X: …' of a trailing attribution, markers.md §3.1): the rest of the line is X's. The prefix must be
    exactly one name of an actor of ``actors.csv`` and no country or capital word ('Belarus: …', 'Minsk: …'
    name a topic or a dateline), so 'Details:', 'Quote:', 'SEE ALSO:' say nothing."""
    out = []
    index = actors.actor_index()
    for m in _line_openings(COLON_ATTRIBUTION, text):
        speaker = m.group("speaker").strip()
        found = [(s, e, a) for s, e, a, kind in index.mentions(speaker) if a and kind == "name"]
        if len(found) != 1 or found[0][:2] != (0, len(speaker)) or speaker.lower() in index.words.countries:
            continue  # a country or capital word used as a name of its government ('Minsk: …') heads a topic
        end = text.find("\n", m.end())
        out.append(Voice(m.end(), len(text) if end < 0 else end, found[0][2]))
    return out


def claimed_content(hit: Hit, view: ArticleView, distancing: Intervals) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` when the hit is the 'of' content of a distancing speech noun ('despite wide
    claims of fraud', 'her allegations of rigging': what the claim says, as the 'that' clause of
    'her claim that the poll was rigged', markers.md §3.1 point 2), the actor being the noun's possessor
    if it names one; else None."""
    span = _hit_tokens(hit, view)
    if span is None:
        return None
    root = span.root
    of = root.head
    if not (root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN"):
        return None
    noun = of.head
    if not distancing.overlaps(noun.idx, noun.idx + len(noun)):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return ("quoted", _actor_of(owner) if owner is not None and owner.pos_ != "PRON" else None)


def running_quote(view: ArticleView) -> list[Voice]:
    """A quotation that opens and never closes (an excerpt cut off inside a statement: '… 2020 - "The
    commission announced …' to the end of the text) is quoted speech with no speaker named. Only the last
    unpaired mark counts, only if it opens (a curly opener or a straight double mark, a letter after it and
    none before it; a straight single mark is too often an apostrophe) and no quotation
    pair starts before it and ends after it."""
    text = view.text
    if not view.quotes.unpaired:
        return []
    at = view.quotes.unpaired[-1]
    if not (text[at] in OPENERS + '"' and at + 1 < len(text) and text[at + 1].isalpha() and (at == 0 or not text[at - 1].isalnum())):
        return []
    if any(q.start <= at < q.end for q in view.quotes.quotes):
        return []
    return [Voice(at + 1, len(text.rstrip()), None)]


def voice_of(hit: Hit, voices: Intervals[Voice]) -> tuple[str, str | None]:
    """Innermost quoted stretch containing the hit, else the outlet; its speaker is the innermost one who is
    named (markers.md §3.1, nesting: 'Kallas: "The election was a farce."' is Kallas's although the quotation
    itself names no one)."""
    inside = voices.innermost(hit.start, hit.end)
    if inside is None:
        return ("outlet", None)
    named = [v for v in voices.overlapping(hit.start, hit.end) if v.actor and v.start <= hit.start and hit.end <= v.end]
    return ("quoted", inside.actor or min(named, key=lambda v: v.end - v.start, default=inside).actor)


def epithet_of_outlet(hit: Hit, view: ArticleView, voices: Intervals[Voice], marks: Intervals) -> bool:
    """An epithet in a claim attributed with "according to X" is the outlet's word (markers.md
    §3.1, point 4): "Veteran dictator P. won a rigged vote, according to a state exit poll" – the
    poll reports the result, not "dictator" or "rigged". Epithets are actor labels and attributive
    modifiers inside a noun phrase; inside quotation marks they stay the source's."""
    inside = voices.innermost(hit.start, hit.end)
    if inside is None or not inside.according or marks.contains(hit.start, hit.end):
        return False
    if hit.lexicon == "actor_label":
        return True
    span = _hit_tokens(hit, view)
    return span is not None and span.root.dep_ in ATTRIBUTIVE and span.root.head.pos_ in NOMINAL


def epithet_in_verdict(hit: Hit, view: ArticleView) -> bool:
    """An epithet inside a prepositional phrase of a declared verdict is the outlet's word (markers.md §3.1,
    point 4, as with "according to"): in "the agency declared Petrov the winner of sham elections" the agency
    declared the winner; "sham" is how the outlet describes the elections the verdict is about. Only an
    attributive modifier of a noun under a preposition of the verdict ('the winner of …'), never the verdict
    itself ('called it a sham vote': "sham" is the speaker's); inside quotation marks the caller keeps it quoted."""
    span = _hit_tokens(hit, view)
    if span is None or span.root.dep_ not in ATTRIBUTIVE or span.root.head.pos_ not in NOMINAL:
        return False
    t, through_preposition = span.root.head, False
    while t.dep_ in ("pobj", "prep", "appos") and t.head.i != t.i:  # the parser may hang 'the winner' on X
        through_preposition = through_preposition or t.dep_ == "prep"
        t = t.head
    # (the parser also reads the small clause 'Petrov the winner' as a verbless clause: a noun as ccomp)
    return through_preposition and (t.dep_ in ("oprd", "attr", "xcomp", "dobj") or t.dep_ == "ccomp" and t.pos_ in NOMINAL) \
        and t.head.lemma_.lower() in DECLARING_VERBS


def voice_around(hit: Hit, voices: Intervals[Voice]) -> tuple[str, str | None]:
    """The voice of the hit one level out: the innermost stretch containing the hit that is longer than its
    innermost one, else the outlet. An epithet of a verdict (:func:`epithet_in_verdict`) is not the declarer's
    word but that of whoever reports the declaration: 'Kallas said the regime declared itself the winner of a
    sham vote' -> Kallas's "sham", with no reporter the outlet's."""
    inside = voices.innermost(hit.start, hit.end)
    if inside is None:
        return ("outlet", None)
    outer = [v for v in voices.overlapping(hit.start, hit.end) if v.start <= hit.start and hit.end <= v.end
             and v.end - v.start > inside.end - inside.start]
    return voice_of(hit, Intervals(outer)) if outer else ("outlet", None)


# Verbs by which a body declares or judges an election: in "X declared/recognised/deemed Y (as) Z"
# the Z is X's verdict (markers.md §3.1, point 3), also where no statement was extracted.
DECLARING_VERBS = NAMING_VERBS | {"recognize", "recognise", "pronounce", "proclaim", "deem", "consider", "praise",
                                  "hail", "assess", "confirm"}
# Verbs whose 'X as Y' makes Y the subject's verdict ('denouncing it as a sham', 'see the vote as rigged'),
# only with 'as': their plain object is the outlet's description ('condemned the sham vote').
AS_VERBS = {"denounce", "dismiss", "condemn", "decry", "slam", "brand", "criticize", "criticise", "reject",
            "portray", "present", "see", "regard", "view", "treat", "characterise", "characterize", "evaluate", "judge",
            "rate", "refer"}
# Verbs of belief: in the passive with no one named as the believer ('elections widely viewed as forged',
# 'regarded by many as the real winner') the verdict is a belief the outlet reports as common ground, not
# anyone's speech (markers.md §3.1, point 3).
BELIEF_VERBS = {"see", "regard", "view", "consider", "deem", "perceive", "treat"}
# Pronoun subjects of a verdict whose antecedent is the subject of a clause above (first and second person
# speak for the outlet or for a quoted speaker, and are left alone).
THIRD_PERSON = {"it", "they", "he", "she"}
# Quantifiers that name no believer: 'by many in the West', 'by some'.
VAGUE_AGENTS = {"many", "some", "most", "others", "few", "all"}
# Heads of a speaker phrase that is a body of figures, not someone speaking (markers.md §3.1, points 3-4).
# A state of affairs as the subject of 'show' is evidence too: 'the current situation shows that the results do
# not correspond to the choices of the electorate' is the outlet's inference, not anyone's speech.
EVIDENCE_NOUNS = {"result", "results", "figure", "figures", "data", "count", "tally", "estimate", "estimates", "poll",
                  "returns", "protocol", "protocols", "situation", "fact", "facts", "evidence"}
# Verbs of saying: published figures as their subject speak ('an exit poll said X was re-elected': quoted, no
# speaker), while with a verb of showing they are evidence ('the results show X won': markers.md §3.1 point 4).
SPEECH_VERBS = {"say", "claim", "declare", "allege", "insist", "state"}
# Relations from a verdict up to its verb: object complement, 'as' phrase, small clause.
VERDICT_PATH = {"oprd", "acomp", "attr", "xcomp", "ccomp", "pobj", "prep", "dobj", "amod", "conj", "appos"}
# Prepositions whose gerund completes the object into a small clause ('praised the EU for refusing to recognize
# the results', 'accused X of rigging': the verdict), unlike a gerund of time or manner ('after refusing …').
VERDICT_GERUND_PREPS = {"for", "of"}


def between(first: Token, last: Token, *, inclusive: bool = False) -> str:
    """The words from ``first`` to ``last`` (without ``last`` unless ``inclusive``), read from the
    tokens: ``Doc.text`` joins the whole document on every call, so slicing it per hit made marker
    extraction quadratic in the article's length."""
    return first.doc[first.i:last.i + inclusive].text


def declared_by(hit: Hit, view: ArticleView, own: str | None) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` when the hit is the verdict of a declaring verb whose subject is someone
    else than the outlet ("CEC of Belarus recognizes presidential elections as valid", "Top CIS
    Observer Praises Belarus Presidential Election As Open, Competitive"), else None. A possessed noun
    that is the verb's direct object is no verdict but the outlet's description of what was declared
    ("the commission declared Petrov's victory", markers.md §3.1: noun-phrase objects of speech-act
    verbs; 'was declared the winner' keeps its verdict)."""
    span = _hit_tokens(hit, view)
    if span is None:
        return None
    if len(span) > 1 and span[0].lemma_.lower() in DECLARING_VERBS:
        span = span[1:]  # a fixed predicate ('declared valid'): the verdict is what was declared
    root = span.root
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "dobj" and any(c.dep_ == "poss" for c in root.children):
        return None
    t, with_as = root, False
    while t.head.i != t.i and t.lemma_.lower() not in DECLARING_VERBS and not (with_as and t.lemma_.lower() in AS_VERBS):
        # 'described the election as massively rigged': the parser may hang the 'as' verdict on as a clause
        # 'called the vote rigged': the parser may hang the small clause's predicate on the object
        if t.dep_ not in VERDICT_PATH and not (t.dep_ == "advcl" and _has_as(t)) and not (
                t.dep_ == "acl" and t.head.dep_ == "dobj" and t.tag_ in ("VBN", "JJ")) and not (
                t.dep_ == "pcomp" and t.head.lower_ in VERDICT_GERUND_PREPS):
            break
        with_as = with_as or _has_as(t) or t.lower_ == "as"
        t = t.head
    verb = t.lemma_.lower()
    if (verb not in DECLARING_VERBS and not (with_as and verb in AS_VERBS)) or t.i in range(span.start, span.end):
        t = _verb_before(span)  # 'Elections recognized valid' as a headline the parser joined to the next line
        if t is None:
            return _misread_verdict(span, own)
    belief = _belief_participle(view, t.i)
    subject = None if belief else _subject(t) or _gerund_controller(t)
    if subject is None:  # passive: "declared the winner by the CEC" (the parser may hang 'by' on the verdict)
        agent = next((c for h in (t, span.root) for c in h.children
                      if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if belief and (subject is None or subject.lower_ in VAGUE_AGENTS):
            return None  # 'widely viewed as forged', 'regarded by many as the winner': no believer is named
        if subject is None and _passive(t):
            return ("quoted", None)  # 'was declared the winner', 'elections recognized valid': an unnamed body's verdict
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in THIRD_PERSON:
        # 'the EU rejects the results, which it considers falsified'; someone else's verdict in any case
        subject = _outer_subject(t)
        if subject is None:
            return ("quoted", None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return _quoted_by(subject, own)


def _gerund_controller(verb: Token) -> Token | None:
    """Who does what a subjectless gerund after 'for'/'of' says: the object of the verb the preposition hangs
    on, else its subject ('commended the Government for describing the inauguration as fraudulent': the
    Government; 'they were praised for calling it a sham': they); None for any other verb."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in VERDICT_GERUND_PREPS:
        return None
    above = verb.head.head
    return next((c for dep in ("dobj", "nsubjpass", "nsubj") for c in above.children if c.dep_ == dep), None)


def _misread_verdict(span: Span, own: str | None) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` for the 'as' verdict of a headline whose verb the parser read as a noun
    ('Observers hail Belarus election as transparent': 'hail' a compound noun): a declaring or judging
    word in the noun phrase before 'as', with words before it as its subject; else None."""
    doc, start = span.doc, span[0].sent.start
    at = span.start - 1
    if at <= start or doc[at].lower_ != "as":
        return None
    for i in range(at - 1, max(start, at - 6), -1):
        word = doc[i]
        if word.pos_ == "NOUN" and word.lemma_.lower() in DECLARING_VERBS | AS_VERBS:
            actor = _actor_of(doc[i - 1])
            return None if own and actor == own else ("quoted", actor)
    return None


def _outer_subject(verb: Token) -> Token | None:
    """The nearest named subject of a clause ``verb`` depends on, the antecedent of a third-person pronoun
    subject in a relative or subordinate clause ('The EU does not recognise the results, which it considers
    falsified': the EU), never the noun the relative clause describes; None when the clauses above name none."""
    t, described = verb, verb.head if verb.dep_ == "relcl" else None
    while t.head.i != t.i:
        t = t.head
        # not the noun the relative clause describes ('the opposition, which they consider illegitimate')
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                        and c != described), None)
        if subject is not None:
            return subject
    return None


def predicative_label(hit: Hit, view: ArticleView) -> bool:
    """The hit (an actor label) is the predicative part of a naming verb, not its object: 'often called
    Europe's last dictator', 'whom critics call a dictator', 'has been branded a dictator' (markers.md §3.1,
    point 3: Y in 'call X Y' is the speaker's content, X the outlet's own reference, as in 'called the
    regime illegitimate')."""
    span = _hit_tokens(hit, view)
    if span is None:
        return False
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if verb.lemma_.lower() not in NAMING_VERBS or verb.i == root.i:
        return False
    if root.dep_ in ("oprd", "attr", "xcomp") or verb.i != root.head.i:  # 'described him as a dictator'
        return True
    # a passive participle's direct object is the name given: 'branded a dictator by critics'
    return root.dep_ == "dobj" and (verb.tag_ == "VBN" or _fronted_participle(verb)) and not any(
        c.dep_ == "nsubj" for c in verb.children)


# What closes a fronted participle clause: its comma, or a sentence's end (no clause of naming then).
_CLAUSE_CLOSERS = {",", ".", "!", "?", ";", ":"}


def fronted_naming(hit: Hit, view: ArticleView) -> bool:
    """The hit is in a participle clause of naming that opens its sentence, before the clause's comma:
    'Dubbed Europe's last dictator, Petrov …', 'Often called Europe's last dictator, …', 'Branded a dictator by
    the West, …' (markers.md §3.1, point 3: the label is someone's naming, no namer named). The parser often
    misreads a sentence-initial participle (as a proper noun, or the label as the main subject), so the clause
    is read from the words: an optional adverb, a naming verb's participle, up to the first comma."""
    span = _hit_tokens(hit, view)
    if span is None:
        return False
    # the sentence of its first token (as Span.sent gives it, also for a span across a full stop), on the arrays
    i, end = view.sentence_token_span(span.start)
    while i < end and (view.is_punct[i] or view.is_space[i]):
        i += 1  # an opening quotation mark or dash
    if i < end - 1 and (view.pos[i] == "ADV" or view.lower[i].endswith("ly")):
        i += 1  # 'Often called …', 'Widely dubbed …'
    if i >= end or view.lower[i] not in NAMING_PARTICIPLES:
        return False
    # the clause's comma, read past the parser's sentence end: it may close a sentence at the label
    # ('Dubbed Europe's last dictator' | ', Petrov has …'), never at a full stop
    stop = next((t for t in range(i + 1, len(view.orth)) if view.orth[t] in _CLAUSE_CLOSERS), None)
    return stop is not None and view.orth[stop] == "," and i < span.start and span.end <= stop


def believed_in_common(hit: Hit, view: ArticleView) -> bool:
    """The hit is the verdict of a passive verb of belief in a clause that describes a noun, with no believer
    named ('the winner of a vote widely seen as a farce', 'an election that is regarded as rigged'): the
    outlet's own description of the noun, reporting a belief as common ground (markers.md §3.1, point 3), also
    inside someone's statement ('the commission declared him the winner of …': the commission declared the
    result, not the belief). A content clause ('X said the vote was widely seen as rigged') is X's."""
    span = _hit_tokens(hit, view)
    if span is None:
        return False
    t = span.root
    while t.head.i != t.i and not _belief_participle(view, t.i):
        if t.dep_ not in VERDICT_PATH:
            return False
        t = t.head
    # a participle with no auxiliary is a reduced relative whatever the parser hung it on ('the winner of
    # elections widely viewed as forged' may come out as a clause of 'declared')
    reduced = not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    if not _belief_participle(view, t.i) or not (t.dep_ in ("acl", "relcl") or reduced) or span.start <= t.i < span.end:
        return False
    agent = next((c for c in t.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    believer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return believer is None or believer.lower_ in VAGUE_AGENTS


def described_in_verdict(hit: Hit, view: ArticleView, voices: Intervals[Voice]) -> bool:
    """The hit is in a relative clause on a noun of a declared verdict, and the verdict is the quoted stretch
    around it: 'officials declared him the winner of a vote that Western governments rejected as a sham' —
    the officials declared the winner, not what anyone made of the vote, so 'rejected' is the outlet's
    description (markers.md §3.1, point 3, as a belief clause there is); 'sham' keeps the voice of its own,
    inner statement, which does not reach back to the noun."""
    span = _hit_tokens(hit, view)
    inside = voices.innermost(hit.start, hit.end)
    if span is None or inside is None:
        return False
    t = span.root
    while t.dep_ != "relcl":
        if t.head.i == t.i or t.dep_ not in VERDICT_PATH:
            return False
        t = t.head
    if t.lemma_.lower() in DECLARING_VERBS | AS_VERBS and not span.start <= t.i < span.end:
        return False  # the relative clause gives a verdict of its own ('the opposition that names her the winner')
    noun = t.head
    if not inside.start <= noun.idx < inside.end:
        return False  # the hit's innermost speech is inside the relative clause: its own speaker's
    while noun.head.i != noun.i and noun.lemma_.lower() not in DECLARING_VERBS:
        if noun.dep_ not in VERDICT_PATH:
            return False
        noun = noun.head
    return noun.lemma_.lower() in DECLARING_VERBS


def _belief_participle(view: ArticleView, i: int) -> bool:
    """Is token ``i`` a participle of a verb of belief ('viewed', 'regarded')? Passive, whatever subject the
    parser gave it; its believer can only be its agent. (Read from the view's arrays: asked at every step
    of the walks up the tree.)"""
    return view.lemma_lower[i] in BELIEF_VERBS and view.tag[i] == "VBN" and not any(
        view.dep[c] == "aux" and view.lemma[c] == "have" for c in view.children[i])


def _quoted_by(speaker: Token | None, own: str | None) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` for words ``speaker`` says, the actor it names (none for a missing or pronoun
    speaker), or None when that actor is the outlet itself (its own words keep the outlet's voice)."""
    actor = _actor_of(speaker) if speaker is not None and speaker.pos_ != "PRON" else None
    return None if own and actor == own else ("quoted", actor)


def _actor_of(subject: Token) -> str | None:
    """The actor a subject names: the one at its head or in its apposition ('EU's chief diplomat, Anna
    Berg' -> Berg, not the EU), else the first it mentions."""
    first = subject.left_edge
    # a noun that is the subject of the clause modifying it ends before that clause ('a statement declaring
    # the elections in Belarus a sham' names no Belarusian speaker)
    clause = next((c for c in subject.rights if c.dep_ in ("acl", "relcl")), None)
    last = subject.doc[max(subject.i, clause.left_edge.i - 1)] if clause is not None else subject.right_edge
    found = [(first.doc[first.i].idx + s, first.doc[first.i].idx + e, a)
             for s, e, a, _ in actors.actor_index().mentions(between(first, last, inclusive=True)) if a]
    heads = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    for h in heads:
        for s, e, a in found:
            if s <= h.idx < e:
                return a
    return found[0][2] if found else None


def _verb_before(span: Span) -> Token | None:
    """A declaring verb right before a verdict adjective ('recognized valid', 'declared as valid'), where
    the parse hangs the adjective elsewhere (a headline without punctuation is parsed with the next line)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "as":
        i -= 1
    if span.root.pos_ != "ADJ" or i < 0:
        return None
    prev = doc[i]
    return prev if prev.lemma_.lower() in DECLARING_VERBS and prev.tag_ in ("VBN", "VBD") else None


def _has_as(t: Token) -> bool:
    return any(c.lower_ == "as" and c.dep_ in ("advmod", "prep", "mark") for c in t.children)


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``, or of the verb a participle clause hangs on ('X criticized …,
    denouncing it as a sham': X), the subject a coordinated verb shares ('X met the press and said …'), or
    the noun a participle or infinitive clause modifies ('a statement declaring …', 'the opposition to
    decry …')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and (verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and (verb.tag_ == "VBG" or any(
            c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)))):  # 'Having called the vote a farce, X …'
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.head.pos_ in NOMINAL and (
            (verb.dep_ == "acl" and verb.tag_ == "VBG") or (verb.dep_ in ("acl", "relcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))):
        # the noun a participle or infinitive clause modifies does the act: 'a statement declaring the vote a
        # sham', 'prompting the opposition to decry him as illegitimate'
        subject = verb.head
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl" and verb.head.pos_ in NOMINAL:
        subject = verb.head  # 'the opposition that has been naming her the winner': the relative's antecedent
    return subject


def _passive(verb: Token) -> bool:
    """A passive verb with no agent: 'was declared the winner'; a headline's bare participle whose
    subject is the thing judged ('Presidential elections in Belarus recognized valid'); a reduced relative
    participle ('Petrov, often called Europe's last dictator, …': its noun is what is named, not who names)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or (
            _fronted_participle(verb)):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and verb.tag_ in ("VBN", "VBD") and any(
        c.dep_ in ("dobj", "oprd", "acomp") and c.pos_ == "ADJ" for c in verb.children) and not any(
        a for _, _, a, _ in actors.actor_index().mentions(between(subject.left_edge, subject.right_edge, inclusive=True)))


def _fronted_participle(verb: Token) -> bool:
    """A past participle opening a clause before its main verb, with no subject or auxiliary of its own:
    'Dubbed Europe's last dictator, Petrov …', 'Labelled a farce, the vote …' (the tagger often calls a
    sentence-initial participle a past tense). Its noun is what is named, not who names; 'Having called
    the vote a farce, the minister …' has an auxiliary and keeps the main clause's subject as the namer."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and verb.i < verb.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def reported_by(hit: Hit, view: ArticleView, own: str | None, reporting: frozenset[str], *,
                evidential: Intervals | None = None, nouns: frozenset[str] = frozenset()
                ) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` when the hit is inside the content clause of a reporting verb that no
    statement row covers ('an election she claimed was rigged', 'saying the poll … was tainted'), else
    None. The speaker is the verb's subject (that of the verb a participle hangs on), when it names an actor.
    A subject that is the source an ``evidential`` hedge names is no speaker ('the preliminary results
    suggest X won': markers.md §3.1 point 4, §4.4). The 'that' clause of a speech noun of ``nouns`` is what
    was said too ('amid accusations that the vote was rigged', markers.md §3.1 point 2), its speaker the
    noun's possessor."""
    span = _hit_tokens(hit, view)
    if span is None:
        return None
    heads, dep, pos, lemma = view.heads, view.dep, view.pos, view.lemma_lower  # the walk reads arrays, not Tokens
    i = span.root.i
    while heads[i] != i:
        h = heads[i]
        if _belief_participle(view, i) and not any(dep[c] == "agent" for c in view.children[i]):
            return None  # 'elections widely viewed as forged': a belief of no one named, not a report
        if dep[i] == "ccomp" and lemma[h] in reporting and pos[h] == "VERB":
            if h and view.doc[h - 1].is_quote:
                return None  # '… – “a farce” says X, …': an inverted cue says the quotation before it, nothing else
            subject = _subject(view.doc[h])
            end = subject.idx + len(subject) if subject is not None else -1
            if evidential is not None and any(e[1] == end for e in evidential.overlapping(end - 1, end)):
                return None  # the subject is the source an evidential hedge names ('reports of X show': X's)
            if subject is not None and subject.lemma_.lower() in EVIDENCE_NOUNS and lemma[h] not in SPEECH_VERBS:
                return None  # 'the preliminary results suggest X won', 'the situation shows that …': evidence
            return _quoted_by(subject, own)
        if dep[i] in ("acl", "ccomp") and pos[h] == "NOUN" and lemma[h] in nouns and any(
                dep[c] == "mark" and view.lower[c] == "that" for c in view.children[i]):
            return _quoted_by(next((view.doc[c] for c in view.children[h] if dep[c] == "poss"), None), own)
        if dep[i] in ("advcl", "parataxis", "relcl"):
            return None  # a clause beside the content clause: no longer reported
        i = h
    return None


def colon_content(hit: Hit, view: ArticleView, own: str | None, reporting: frozenset[str],
                  nouns: frozenset[str]) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` when the hit follows a colon in its sentence and the clause before the colon is
    a speech act or is about one: a reporting verb ('Kallas put it plainly: …'), or a speech noun of ``nouns``
    as its subject, object or head ('The statement was blunt: the vote was …', 'X had a clear message: …').
    What follows is the content, as after 'X said:' (markers.md §3.1 points 1 and 2). The speaker is the
    verb's subject, else the noun's possessor or the name before it, else the subject of the verb whose object the noun is; a
    noun of published figures is evidence, not speech ('The results were clear: …'); else None."""
    span = _hit_tokens(hit, view)
    if span is None:
        return None
    doc, start = view.doc, view.sentence_token_span(span.start)[0]
    # most hits have no colon before them in their sentence: a look at the text, not a Token per word
    if view.text.find(":", view.token_starts[start], view.token_starts[span.start]) < 0:
        return None
    colon = next((doc[i] for i in range(span.start - 1, start - 1, -1) if view.orth[i] == ":"), None)
    if colon is None or colon.i == start:
        return None
    for t in doc[start:colon.i]:
        if not (t.head.i == t.i or not start <= t.head.i < colon.i):
            continue  # only the roots of the clause before the colon
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting:
            return _quoted_by(_subject(t), own)
        for n in (t, *(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))):
            lemma = n.lemma_.lower()
            if n.pos_ != "NOUN" or lemma not in nouns or lemma in EVIDENCE_NOUNS:
                continue
            owner = next((c for c in n.children if c.dep_ == "poss"), None) or next(
                (c for c in n.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"), None)  # 'The OSCE report'
            if owner is None and n.dep_ == "dobj":
                owner = _subject(n.head)
            return _quoted_by(owner, own)
    return None


def gapped_content(hit: Hit, view: ArticleView, own: str | None, reporting: frozenset[str]
                   ) -> tuple[str, str | None] | None:
    """``("quoted", actor)`` when the hit's clause has no subject and starts right after a reporting verb of
    a relative clause that has no complement of its own: 'a vote the OSCE said fell far short of …', 'a
    vote the opposition says was stolen' – the relative's antecedent is the subject of what was said
    (markers.md §3.1 point 2), whatever clause the parser hangs the content on. The speaker is the
    reporting verb's subject; else None."""
    span = _hit_tokens(hit, view)
    if span is None or not _relative_report_before(view, span, reporting):
        return None
    clause = span.root
    while not (clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("aux", "auxpass")) and clause.head.i != clause.i:
        clause = clause.head
    first = clause.left_edge.i
    if first == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    verb = view.doc[first - 1]
    if not (verb.dep_ == "relcl" and verb.pos_ == "VERB" and verb.lemma_.lower() in reporting) or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    return _quoted_by(_subject(verb), own)


def _relative_report_before(view: ArticleView, span: Span, reporting: frozenset[str]) -> bool:
    """Is there a reporting verb heading a relative clause from the token before ``span``'s sentence up to
    ``span``'s last token? The verb :func:`gapped_content` needs stands there (it precedes the left edge of a
    clause above the hit); the token arrays are read, not a Token made per word of the tree walk, for the
    many hits without one."""
    first = max(view.sentence_token_span(span.start)[0] - 1, 0)
    dep, pos, lemma = view.dep, view.pos, view.lemma_lower
    return "relcl" in dep[first:span.end] and any(
        dep[v] == "relcl" and pos[v] == "VERB" and lemma[v] in reporting for v in range(first, span.end))


# --------------------------------------------------------------------------- scare quotes

def _words(s: str) -> list[str]:
    return re.findall(r"\w[\w’'.-]*", s)


def _words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return len(text[lo:hi].split())


def _is_name(words: Sequence[str]) -> bool:
    """Title case marks a name or title in quotes ('“Union State”'), not a scare quote."""
    content = [w for w in words if w[0].isalpha() and w.lower() not in FUNCTION_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def scare_quotes(view: ArticleView, speech: Sequence[Speech], voices: Intervals[Voice],
                 distancing: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    """Short quoted terms that no speaker says (markers.md §4.6). A quote inside a
    speaker's quote counts only when a distancing phrase ('as you say', 'so-called')
    touches it; it is then the speaker's. An article that quotes speech in double marks
    and sets single-marked terms apart uses the single marks as scare quotes."""
    text = view.text
    quotes = sorted((q for q in view.quotes.quotes if q.close), key=lambda q: (q.start, -q.end))
    nested, reach = set(), -1  # a quote is nested when an earlier-opened one closes after it
    for i, q in enumerate(quotes):
        if reach > q.end:
            nested.add(i)
        reach = max(reach, q.end)
    double_speech = any(q.open in DOUBLE for i, q in enumerate(quotes) if i not in nested)
    said = Intervals([(sp.start, sp.end) for sp in speech if sp.attributed])
    near = Intervals(sorted(distancing))
    for i, q in enumerate(quotes):
        words = _words(text[q.start:q.end])
        if not 1 <= len(words) <= SCARE_MAX_WORDS or _is_name(words):
            continue
        hit = Hit(q.start - 1, q.end + 1, "scare_quote", "scare_quote", 0, "")
        if i in nested:
            if _touches(text, hit, near):
                yield hit._replace(voice=("quoted", voice_of(hit, voices)[1]))
        elif (q.open in SINGLE and double_speech) or not said.overlaps(q.start, q.end):
            yield hit._replace(voice=("outlet", None))


def _touches(text: str, hit: Hit, near: Intervals) -> bool:
    """A distancing phrase overlaps the quote or is at most one word before or after it."""
    if near.overlaps(hit.start, hit.end):
        return True
    i = bisect.bisect_right(near.starts, hit.start)  # distancing phrases do not overlap each other
    before = near.items[i - 1] if i else None
    after = near.items[i] if i < len(near.items) else None
    return any(d is not None and _words_between(text, (hit.start, hit.end), d) <= 1 for d in (before, after))
