"""Framing markers: the ``markers`` table.

A marker is a span that frames the election or its actors: legitimacy vocabulary,
acts of (non-)recognition, labels and titles of the contested leader, hedges and
distancing, loaded attribution verbs, scare quotes, the transliteration system of a
Belarusian name, and issue frames. What counts, the span, the voice, the target and
the polarity follow the coding guide ``data/gold/markers.md``; the vocabulary is data
in ``data/lexicons/`` (one CSV per lexicon, documented in its README), so a student
adds a term by adding a row.

How markers are found:

1. lexicon rows are compiled once per process and vocabulary: lemma rows into a spaCy
   ``PhraseMatcher`` on lemmas (a part of speech is checked on the match), phrase rows
   and name forms into a ``PhraseMatcher`` on lower-case words, regex rows into Python
   regular expressions;
2. each match is checked in context (markers.md §3.4, §4.1–4.5): negated legitimacy and
   recognition terms, legitimising terms embedded under a delegitimising or refusing
   predicate, words inside proper names, titles of other office-holders, and reporting
   verbs that are not the cue of a statement are dropped; inside one lexicon the
   longest match wins;
3. short quoted terms that no speaker in the text says are scare quotes (§4.6);
4. voice comes from the ``statements`` of the same article (§3.1): a marker inside what
   a speaker said (a quotation, a content clause, the predicate of a naming or accusing
   verb) is ``quoted``, with that statement's actor; everything else is ``outlet``,
   including noun-phrase objects of speech-act verbs ("condemned the sham vote"), the
   object X of "call X Y", "according to (official) results", and the statements of an
   outlet that is itself an actor (a government press release).

>>> import belarus_analysis as ba
>>> arts = ba.from_texts({"a": "Tsikhanouskaya said the vote was rigged. The regime insisted the count was fair."})
>>> m = ba.pipeline.build(arts, ["markers"])["markers"]
>>> for r in m.itertuples():
...     print(r.text, r.lexicon, r.category, r.voice, r.speaker_actor_id)
Tsikhanouskaya name_form belarusian outlet <NA>
rigged legitimacy delegitimising quoted tsikhanouskaya
regime actor_label pejorative_label outlet <NA>
insisted attribution_verb loaded outlet <NA>
fair legitimacy legitimising quoted belarus_government
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .. import config
from ..errors import DataFileError
from ..nlp import NAME_ENTS
from ..resources import read_numbered, read_rows, version
from . import actors, spans
from .base import Extractor
from .view import ArticleView
from .quotes import DOUBLE, SINGLE
from .statements import VERBS_FILE

# Lexicon name -> file in the lexicon folder; every file has the columns of README.md.
LEXICON_FILES = {"legitimacy": "legitimacy.csv", "recognition": "recognition.csv",
                 "actor_label": "actor_labels.csv", "hedge": "hedges.csv", "frame": "frames.csv"}
NAME_FORMS_FILE = "name_forms.csv"
# The statements lexicon, shared: its rows with class=loaded are the loaded attribution verbs.
MATCH_TYPES = ("lemma", "phrase", "regex")

# Closed-class English, not vocabulary.
NEGATIONS = {"not", "n't", "never", "no"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
PREDICATIVE = {"acomp", "attr", "oprd", "xcomp"}  # "was not fair": the negation sits on the copula
# Relations inside a predicate's object: "refused to acknowledge him as … legitimate leader".
OBJECT_PATH = {"dobj", "pobj", "prep", "amod", "compound", "poss", "attr", "oprd", "acomp", "xcomp", "appos",
               "conj", "nmod", "dative"}
# Naming and accusing predicates: in "call X Y", "accuse X of Y" the Y is the speaker's
# content, X the outlet's own reference (markers.md §3.1, point 3).
NAMING_VERBS = {"call", "name", "describe", "qualify", "characterize", "characterise", "dub", "label", "brand",
                "term", "declare", "accuse", "blame"}
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by"}
SCARE_MAX_WORDS = 4


# --------------------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class Term:
    """One lexicon row. ``scope='cue'``: only where the word is a statement's reporting cue."""

    lexicon: str
    pattern: str
    match: str
    category: str
    polarity: int
    refers_to: str = ""
    scope: str = ""


@dataclass(frozen=True)
class NameForm:
    """One row of ``name_forms.csv``; a given name counts only before the same actor's surname."""

    actor_id: str
    form: str
    system: str
    given: bool


@dataclass(frozen=True, eq=False)
class Lexicons:
    """All marker vocabulary of one lexicon folder; matchers are built once per vocab."""

    folder: Path
    terms: tuple[Term, ...]
    names: tuple[NameForm, ...]
    regexes: tuple[tuple[int, re.Pattern], ...]  # (term index, compiled pattern)
    surnames: Mapping[str, frozenset[str]]  # actor -> lower-case surname forms
    _compiled: dict = field(default_factory=dict, repr=False)

    def matchers(self, vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
        """``(word matcher, lemma matcher)`` for ``vocab``, compiled once. Keys: ``t<i>``
        = ``terms[i]``, ``n<i>`` = ``names[i]``."""
        key = id(vocab)
        if key not in self._compiled:  # the vocab is kept alive with its matchers, so ids stay unique
            self._compiled[key] = (vocab, *_compile(self, vocab))
        return self._compiled[key][1:]


def _lemma_words(pattern: str) -> tuple[list[str], list[str]]:
    """Lemmas and parts of speech ('' = any) of a lemma row.

    >>> _lemma_words("shrug/VERB off")
    (['shrug', 'off'], ['VERB', ''])
    """
    pairs = [w.partition("/")[::2] for w in pattern.split()]
    return [lemma for lemma, _ in pairs], [pos for _, pos in pairs]


def _compile(lex: Lexicons, vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer  # phrases split exactly as the texts are
    words, lemmas = PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="LEMMA")
    for i, t in enumerate(lex.terms):
        if t.match == "phrase":
            words.add(f"t{i}", [tokenizer(t.pattern.lower())])
        elif t.match == "lemma":
            ls = _lemma_words(t.pattern)[0]
            variants = {tuple(ls), tuple(w.capitalize() for w in ls)}  # lemmas of proper nouns keep their case
            lemmas.add(f"t{i}", [Doc(vocab, words=list(v), lemmas=list(v)) for v in sorted(variants)])
    for i, n in enumerate(lex.names):
        words.add(f"n{i}", [tokenizer(n.form)])
    return words, lemmas


def _term(lexicon: str, row: Mapping[str, str], where: str) -> Term:
    match = (row.get("match") or "").strip()
    if match not in MATCH_TYPES:
        raise DataFileError(f"{where}: match must be one of {MATCH_TYPES}, got {match!r}")
    if not (row.get("pattern") or "").strip() or not (row.get("category") or "").strip():
        raise DataFileError(f"{where}: empty pattern or category")
    try:
        polarity = int(row.get("polarity") or 0)
        if match == "regex":
            re.compile(row["pattern"])
    except ValueError:
        raise DataFileError(f"{where}: polarity must be -1, 0 or 1, got {row['polarity']!r}") from None
    except re.error as e:
        raise DataFileError(f"{where}: bad regex {row['pattern']!r}: {e}") from None
    return Term(lexicon, row["pattern"].strip(), match, row["category"].strip(), polarity,
                (row.get("refers_to") or "").strip(), (row.get("scope") or "").strip())


def _verb_terms(path: Path) -> list[Term]:
    """The loaded attribution verbs; they count only as cues of statements."""
    return [Term("attribution_verb", row["lemma"].strip(), "lemma", "loaded", 0, scope="cue")
            for row in read_rows(path) if row.get("class", "").strip() == "loaded"]


@lru_cache(maxsize=8)
def _load(folder: Path, stamp: str) -> Lexicons:
    terms: list[Term] = []
    for lexicon, file in LEXICON_FILES.items():
        for line, row in read_numbered(folder / file):
            terms.append(_term(lexicon, row, f"{folder / file}:{line}"))
    terms += _verb_terms(folder / VERBS_FILE)
    regexes = tuple((i, re.compile(t.pattern, re.IGNORECASE)) for i, t in enumerate(terms) if t.match == "regex")
    names = tuple(NameForm(r["actor_id"].strip(), r["form"].strip(), r["system"].strip(),
                           r.get("part", "").strip() == "given") for r in read_rows(folder / NAME_FORMS_FILE))
    surnames: dict[str, set[str]] = {}
    for n in names:
        if not n.given:
            surnames.setdefault(n.actor_id, set()).add(n.form.lower())
    return Lexicons(folder, tuple(terms), names, regexes, {a: frozenset(f) for a, f in surnames.items()})


def load_lexicons(path: Path | str | None = None) -> Lexicons:
    """The marker lexicons of folder ``path`` (default ``config.LEXICONS``), read once
    and re-read when a file changes.

    >>> lex = load_lexicons()
    >>> sorted({t.lexicon for t in lex.terms})
    ['actor_label', 'attribution_verb', 'frame', 'hedge', 'legitimacy', 'recognition']
    """
    folder = Path(path) if path is not None else config.LEXICONS
    files = [*LEXICON_FILES.values(), NAME_FORMS_FILE, VERBS_FILE]
    return _load(folder.resolve(), version(*(folder / f for f in files)))


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


def _int(v) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


def _speech(statements: Iterable[Mapping]) -> list[Speech]:
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


# --------------------------------------------------------------------------- matching

@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    lexicon: str
    category: str
    polarity: int
    pattern: str
    term: Term | None = None
    target: str | None = None
    voice: tuple[str, str | None] | None = None  # fixed voice (nested scare quotes)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _hit(term: Term, s: int, e: int) -> Hit:
    return Hit(s, e, term.lexicon, term.category, term.polarity, term.pattern, term)


def _raw_hits(doc: Doc, text: str, lex: Lexicons) -> Iterator[Hit]:
    """Every match of every lexicon row and name form, before the context rules."""
    words, lemmas = lex.matchers(doc.vocab)
    found = list(words(doc)) + (list(lemmas(doc)) if doc.has_annotation("LEMMA") else [])
    for match_id, s, e in found:
        key = doc.vocab.strings[match_id]
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if key[0] == "n":
            n = lex.names[int(key[1:])]
            if not n.given or (e < len(doc) and doc[e].lower_ in lex.surnames.get(n.actor_id, ())):
                yield Hit(start, end, "name_form", n.system, 0, n.form, target=n.actor_id)
            continue
        term = lex.terms[int(key[1:])]
        if term.match == "lemma" and any(p and p != t.pos_ for p, t in zip(_lemma_words(term.pattern)[1], doc[s:e])):
            continue
        yield _hit(term, start, end)
    for i, rx in lex.regexes:
        group = "span" if "span" in rx.groupindex else 0
        for m in rx.finditer(text):
            if m.end(group) > m.start(group):
                yield _hit(lex.terms[i], m.start(group), m.end(group))


def _in_name(span: Span) -> bool:
    """A capitalised match inside a longer proper name: 'Human Rights' in an office's
    name or in 'Human Rights Watch' (titles are exempt: they are capitalised anyway)."""
    if not any(t.text[:1].isupper() and not t.is_sent_start for t in span):
        return False
    doc = span.doc
    if any(e.label_ in NAME_ENTS and e.start < span.end and span.start < e.end for e in doc.ents):
        return True
    return span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper()


def _negated(span: Span) -> bool:
    """A negation outside the match governs it: 'was not fair', 'Recognize … or not'."""
    root = span.root
    heads = [root, root.head] if root.dep_ in PREDICATIVE else [root]
    return any(c.lower_ in NEGATIONS and not span.start <= c.i < span.end for h in heads for c in h.children)


def _attached_name(text: str, end: int) -> str | None:
    """The actor named right after a label or title (apposition or compound)."""
    for s, _, actor, kind in actors.actor_index().mentions(text[end:end + 80]):
        return actor if kind == "name" and not text[end:end + s].strip(" ,") else None
    return None


def _refers(description: str) -> str | None:
    # Not cached here: actor_index() is cached per actors-file content, so an override
    # of config.ACTORS changes the targets too.
    return actors.actor_index().resolve(description) if description else None


def _label_target(hit: Hit, text: str) -> Hit | None:
    """Target of an actor label; a title of anyone but the contested office-holder is dropped."""
    default = _refers(hit.term.refers_to)
    target = _attached_name(text, hit.end) or default
    if hit.category == "official_title" and target != default:
        return None
    return replace(hit, target=target)


def _mandate_target(hit: Hit, doc: Doc, voices: Sequence[Voice]) -> Hit:
    """Legitimacy is about the possessor when there is one: 'her rightful victory' in
    her own claim -> the speaker; 'Lukashenko's victory' -> lukashenko."""
    target = _refers(hit.term.refers_to)
    for c in doc.char_span(hit.start, hit.end, alignment_mode="expand").root.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            target = actors.actor_index().resolve(c.text) or target
        elif c.dep_ == "poss" and c.pos_ == "PRON":
            target = _voice_of(hit, voices)[1] or target
    return replace(hit, target=target)


def _longest(hits: Iterable[Hit]) -> list[Hit]:
    """Inside one lexicon spans never overlap: the longest match wins (then the earliest)."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(k.lexicon == h.lexicon and _overlaps((k.start, k.end), (h.start, h.end)) for k in kept):
            kept.append(h)
    return kept


def _reports_in_quote(span: Span, quoted: Sequence[tuple[int, int]]) -> bool:
    """A reporting verb with a subject inside a quotation ('it has exposed the fraud'):
    nested reporting is no statement of its own, but the verb is still the speaker's."""
    return any(a <= span.start_char and span.end_char <= b for a, b in quoted) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children)


def _term_hits(doc: Doc, text: str, lex: Lexicons, speech: Sequence[Speech], own: str | None) -> list[Hit]:
    """Lexicon and name matches that pass the context rules of markers.md."""
    cues = {sp.cue: sp.actor for sp in speech if sp.cue and not (own and sp.actor == own)}
    quoted = [(sp.start, sp.end) for sp in speech if sp.kind in ("direct", "partial")]
    kept = []
    for h in _raw_hits(doc, text, lex):
        if h.lexicon == "name_form":
            kept.append(h)
            continue
        span = doc.char_span(h.start, h.end, alignment_mode="expand")
        if span is None or len(span) == 0 or (h.lexicon != "actor_label" and _in_name(span)):
            continue
        if h.lexicon in ("legitimacy", "recognition") and _negated(span):
            continue
        if h.term.scope == "cue":
            cue = next((c for c in cues if _overlaps(c, (h.start, h.end))), None)
            if cue is not None:
                h = replace(h, target=cues[cue] if h.lexicon == "attribution_verb" else None)
            elif not (h.lexicon == "attribution_verb" and _reports_in_quote(span, quoted)):
                continue
        if h.lexicon == "actor_label":
            h = _label_target(h, text)
            if h is None:
                continue
        kept.append(h)
    return _resolve_lexicons(doc, _longest(kept))


def _embedded(root: Token, blocked: set[int]) -> bool:
    """Is ``root`` inside the object of a blocked predicate ('engineered his reelection')?"""
    t = root
    while t.dep_ in OBJECT_PATH and t.head.i != t.i:
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


def _resolve_lexicons(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Rules across lexicons (markers.md §3.4, §4.4, §4.5): legitimising terms in the object
    of a delegitimising or refusing predicate are not coded; a reporting verb that is part
    of a legitimacy, recognition or weakened-attribution span is not coded again; a noun
    used as a reporting verb (the noun `claim` in 'critics … claim was unfair', a verb
    the tagger misread) is no distancing noun."""
    negative = [h for h in hits if h.lexicon in ("legitimacy", "recognition") and h.polarity < 0]
    blocked = {t.i for h in negative for t in doc.char_span(h.start, h.end, alignment_mode="expand") or ()}
    stronger = [(h.start, h.end) for h in hits
                if h.lexicon in ("legitimacy", "recognition") or (h.lexicon == "hedge" and h.term.scope == "cue")]
    out = []
    for h in hits:
        span = doc.char_span(h.start, h.end, alignment_mode="expand")
        if h.lexicon in ("legitimacy", "recognition") and h.polarity > 0 and _embedded(span.root, blocked):
            continue
        if h.lexicon == "attribution_verb" and (
                not _verbal(span) or any(_overlaps(s, (h.start, h.end)) for s in stronger)):
            continue
        if h.lexicon == "hedge" and h.term.scope != "cue" and span.root.pos_ in NOMINAL and _verbal(span):
            continue  # a reporting verb read as a noun is not a distancing noun
        out.append(h)
    return out


# --------------------------------------------------------------------------- voice

Voice = tuple[int, int, "str | None"]  # a stretch of text said by an actor (None: unnamed)


def _object_end(span: Span, chunks: Mapping[int, Span]) -> int:
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


def _voices(doc: Doc, speech: Sequence[Speech], own: str | None, evidential: Sequence[tuple[int, int]]) -> list[Voice]:
    """The stretches of text in quoted voice (markers.md §3.1), with their actor."""
    chunks = {c.start: c for c in doc.noun_chunks}
    out = []
    for sp in speech:
        if own and sp.actor == own:
            continue  # a press office's own statements are the outlet's voice
        if sp.speaker and any(_overlaps(sp.speaker, h) for h in evidential):
            continue  # "according to official results" is a hedge, not a speaker
        start = sp.start
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand") if sp.kind == "indirect" else None
        if span is not None and len(span) and span.root.pos_ in NOMINAL:
            if sp.cue_lemma not in NAMING_VERBS:
                continue  # noun-phrase object of a speech act: the outlet's description
            start = _object_end(span, chunks)
        out.append((start, sp.end, sp.actor))
    return out


def _voice_of(hit: Hit, voices: Sequence[Voice]) -> tuple[str, str | None]:
    """Innermost quoted stretch containing the hit, else the outlet."""
    inside = [v for v in voices if v[0] <= hit.start and hit.end <= v[1]]
    if not inside:
        return "outlet", None
    return "quoted", min(inside, key=lambda v: v[1] - v[0])[2]


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


def _scare_quotes(view: ArticleView, speech: Sequence[Speech], voices: Sequence[Voice],
                  distancing: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    """Short quoted terms that no speaker says (markers.md §4.6). A quote inside a
    speaker's quote counts only when a distancing phrase ('as you say', 'so-called')
    touches it; it is then the speaker's. An article that quotes speech in double marks
    and sets single-marked terms apart uses the single marks as scare quotes."""
    text = view.text
    quotes = [q for q in view.quotes.quotes if q.close]
    top = [q for q in quotes if not any(o.start < q.start and q.end < o.end for o in quotes)]
    double_speech = any(q.open in DOUBLE for q in top)
    said = [(sp.start, sp.end) for sp in speech if sp.attributed]
    for q in quotes:
        words = _words(text[q.start:q.end])
        if not 1 <= len(words) <= SCARE_MAX_WORDS or _is_name(words):
            continue
        hit = Hit(q.start - 1, q.end + 1, "scare_quote", "scare_quote", 0, "")
        if q not in top:
            if any(_words_between(text, (hit.start, hit.end), d) <= 1 for d in distancing):
                yield replace(hit, voice=("quoted", _voice_of(hit, voices)[1]))
        elif (q.open in SINGLE and double_speech) or not any(_overlaps(s, (q.start, q.end)) for s in said):
            yield replace(hit, voice=("outlet", None))


# --------------------------------------------------------------------------- records

def markers_of(view: ArticleView, article: Mapping, statements: Iterable[Mapping], lexicons: Lexicons) -> Iterator[dict]:
    """Marker records of one parsed article, given its statement records.

    >>> import belarus_analysis as ba
    >>> view = ArticleView(ba.nlp.load_pipeline()("The vote was rigged."))
    >>> [(r["text"], r["voice"]) for r in markers_of(view, {}, [], load_lexicons())]
    [('rigged', 'outlet')]
    """
    doc, text = view.doc, view.text
    if not text.strip():
        return
    parsed = doc.has_annotation("DEP")
    speech = _speech(statements)
    own = outlet_actor(article)
    hits = _term_hits(doc, text, lexicons, speech, own)
    evidential = [(h.start, h.end) for h in hits if h.lexicon == "hedge" and h.category == "hedge"]
    voices = _voices(doc, speech, own, evidential) if parsed else []
    distancing = [(h.start, h.end) for h in hits if h.category == "distancing"]
    hits += _scare_quotes(view, speech, voices, distancing)
    starts = view.sentence_starts
    for h in sorted(hits, key=lambda h: (h.start, h.end, h.lexicon)):
        if h.lexicon in ("legitimacy", "recognition"):
            h = _mandate_target(h, doc, voices) if parsed else replace(h, target=_refers(h.term.refers_to))
        voice, speaker = h.voice or _voice_of(h, voices)
        yield spans.record(text, starts, h.start, h.end, lexicon=h.lexicon, category=h.category,
                           polarity=h.polarity, voice=voice, speaker_actor_id=speaker, target_actor_id=h.target,
                           pattern=h.pattern)


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """Marker records of one parsed article (see the module docstring)."""
    yield from markers_of(view, article, done.get("statements", ()), load_lexicons())


EXTRACTOR = Extractor("markers", extract, requires=("statements",),
                      needs=("token.tag", "token.dep", "token.lemma", "doc.ents"))
