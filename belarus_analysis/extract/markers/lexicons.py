"""The marker vocabularies: lexicon rows, name forms and their compiled matchers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ... import config
from ...errors import DataFileError
from ...resources import data_path, per_block, read_numbered, read_rows, version
from ..prefilter import Prefilter
from ..statements import NOUNS_FILE, VERBS_FILE

# Lexicon name -> file in the lexicon folder; every file has the columns of README.md.
LEXICON_FILES = {"legitimacy": "legitimacy.csv", "recognition": "recognition.csv",
                 "actor_label": "actor_labels.csv", "hedge": "hedges.csv", "frame": "frames.csv"}
NAME_FORMS_FILE = "name_forms.csv"
# The statements lexicon, shared: its rows with class=loaded are the loaded attribution verbs.
MATCH_TYPES = ("lemma", "phrase", "regex")


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
    reporting: frozenset[str] = frozenset()  # every reporting verb of the statements lexicon (voice fallback)
    speech_nouns: frozenset[str] = frozenset()  # nouns whose 'that' clause is what was said ('claims that …')
    documents: frozenset[str] = frozenset()  # nouns of texts that speak ('the statement', 'the report', 'message')
    _compiled: dict = field(default_factory=dict, repr=False)

    @cached_property
    def speaking_nouns(self) -> frozenset[str]:
        """:attr:`speech_nouns` and :attr:`documents`: the nouns before a colon whose clause after it is what
        was said ('The statement was blunt: …'), made once, not per hit."""
        return self.speech_nouns | self.documents

    @cached_property
    def prefilter(self) -> Prefilter:
        """Which regex rows can match a text: most match nothing in most articles."""
        return Prefilter([rx for _, rx in self.regexes])

    @cached_property
    def regex_spans(self) -> tuple[tuple[str | int, ...], ...]:
        """For each of :attr:`regexes`, the groups that mark the span of a match: those named ``span…``,
        one per alternative ('span', 'span2'), else the whole match (group 0)."""
        return tuple(tuple(g for g in rx.groupindex if g.startswith("span")) or (0,) for _, rx in self.regexes)

    def matchers(self, vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
        """``(word matcher, lemma matcher)`` for ``vocab``, compiled once. Keys: ``t<i>``
        = ``terms[i]``, ``n<i>`` = ``names[i]``."""
        return self._compiled_for(vocab)[1:3]

    def matched(self, vocab: Vocab) -> dict[int, tuple[Term | NameForm, tuple[str, ...]]]:
        """The match id of each key of :meth:`matchers` -> its term or name form and, for a lemma row, the
        part of speech of each of its words ('' = any; :func:`lemma_words`), read once, not per match."""
        return self._compiled_for(vocab)[3]

    def _compiled_for(self, vocab: Vocab) -> tuple:
        key = id(vocab)
        if key not in self._compiled:  # the vocab is kept alive with its matchers, so ids stay unique
            self._compiled[key] = (vocab, *_compile(self, vocab))
        return self._compiled[key]


def lemma_words(pattern: str) -> tuple[list[str], list[str]]:
    """Lemmas and parts of speech ('' = any) of a lemma row.

    >>> lemma_words("shrug/VERB off")
    (['shrug', 'off'], ['VERB', ''])
    """
    pairs = [w.partition("/")[::2] for w in pattern.split()]
    return [lemma for lemma, _ in pairs], [pos for _, pos in pairs]


def _compile(lex: Lexicons, vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher, dict]:
    """The matchers of :meth:`Lexicons.matchers` and the table of :meth:`Lexicons.matched`."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer  # phrases split exactly as the texts are
    words, lemmas = PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="LEMMA")
    matched: dict[int, tuple[Term | NameForm, tuple[str, ...]]] = {}
    for i, t in enumerate(lex.terms):
        if t.match == "phrase":
            words.add(f"t{i}", [tokenizer(t.pattern.lower())])
            matched[vocab.strings[f"t{i}"]] = (t, ())
        elif t.match == "lemma":
            ls, pos = lemma_words(t.pattern)
            variants = {tuple(ls), tuple(w.capitalize() for w in ls)}  # lemmas of proper nouns keep their case
            lemmas.add(f"t{i}", [Doc(vocab, words=list(v), lemmas=list(v)) for v in sorted(variants)])
            matched[vocab.strings[f"t{i}"]] = (t, tuple(pos))
    for i, n in enumerate(lex.names):
        words.add(f"n{i}", [tokenizer(n.form)])
        matched[vocab.strings[f"n{i}"]] = (n, ())
    return words, lemmas, matched


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
    # ``stamp`` holds the files' resolved paths with their contents: the folder is resolved (a walk of every
    # component of its path) when its files are read, not at every article's look-up
    folder = folder.resolve()
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
    reporting = frozenset(row["lemma"].strip().lower() for row in read_rows(folder / VERBS_FILE)
                          if row.get("lemma", "").strip() and " " not in row["lemma"].strip())
    nouns = [(row["lemma"].strip().lower(), row.get("role", "").strip()) for row in read_rows(folder / NOUNS_FILE)]
    speech_nouns = frozenset(lemma for lemma, role in nouns if role == "cue")
    documents = frozenset(lemma for lemma, role in nouns if role == "document")
    return Lexicons(folder, tuple(terms), names, regexes, {a: frozenset(f) for a, f in surnames.items()}, reporting,
                    speech_nouns, documents)


def load_lexicons(path: Path | str | None = None) -> Lexicons:
    """The marker lexicons of folder ``path`` (default ``config.LEXICONS``), read once
    and re-read when a file changes.

    >>> lex = load_lexicons()
    >>> sorted({t.lexicon for t in lex.terms})
    ['actor_label', 'attribution_verb', 'frame', 'hedge', 'legitimacy', 'recognition']
    """
    def load() -> Lexicons:
        folder = Path(path) if path is not None else config.LEXICONS
        files = [*LEXICON_FILES.values(), NAME_FORMS_FILE, VERBS_FILE, NOUNS_FILE]  # every file _load reads
        return _load(folder, version(*(data_path(folder, f) for f in files)))

    return per_block(("marker lexicons", path, config.LEXICONS), load)  # once per build (frozen block)


# --------------------------------------------------------------------------- matches

class Hit(NamedTuple):
    """A candidate marker: span, lexicon row, and the target and fixed voice the rules gave it.

    A named tuple, not a frozen dataclass: one is made per lexicon match and again for each target or voice a
    rule sets (``Hit._replace``), and a frozen dataclass sets each of its nine fields through
    ``object.__setattr__`` (three times the cost, ``dataclasses.replace`` four times)."""

    start: int
    end: int
    lexicon: str
    category: str
    polarity: int
    pattern: str
    term: Term | None = None
    target: str | None = None
    voice: tuple[str, str | None] | None = None  # fixed voice (nested scare quotes)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
