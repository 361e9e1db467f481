"""Run the extractors over a corpus: one parse per article, tables at the edge.

Extractors (:mod:`belarus_analysis.extract`) are functions ``extract(doc, article, done)
-> Iterator[dict]``: ``doc`` is the parsed article, ``article`` its row of the articles
table as a dict, ``done`` the records the extractors it ``requires`` produced for the same
article. Span records carry ``char_start``, ``char_end``, ``sentence_id`` and ``text ==
article_text[char_start:char_end]``; :func:`build` adds ``article_id`` and a row id,
checks that invariant, and makes the DataFrames.

>>> import belarus_analysis as ba
>>> list(ba.extract.REGISTRY)
['statements', 'figures', 'markers', 'readability']
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc
# Plain tqdm, not tqdm.auto: in Jupyter without ipywidgets, tqdm.auto warns on stderr at import
# (breaking strict nbval), and the bar only shows in a terminal anyway (see _progress).
from tqdm import tqdm

from . import config, schema
from . import nlp as nlp_mod
from .cache import DocCache, RecordCache
from .errors import OffsetError, PipelineError
from .extract import REGISTRY, order
from .extract.view import ArticleView


def check_requirements(nlp: Language, tables: Iterable[str]) -> None:
    """Raise :class:`~belarus_analysis.errors.PipelineError` unless ``nlp`` assigns every
    Doc annotation the extractors of ``tables`` need (checked before anything is parsed).

    >>> import spacy
    >>> check_requirements(spacy.blank("en"), ["readability"])
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.PipelineError: the readability extractor needs doc.sents, token.tag, ...
    >>> check_requirements(spacy.blank("en"), ["figures"])
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.PipelineError: the figures extractor needs doc.ents, doc.sents, token.tag, ...
    """
    assigns = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    for t in order(tables):
        missing = sorted(set(REGISTRY[t].needs) - assigns)
        if missing:
            raise PipelineError(
                f"the {t} extractor needs {', '.join(missing)}, which the spaCy pipeline {nlp.meta.get('name')!r} "
                f"(components: {', '.join(nlp.pipe_names) or 'none'}) does not assign; "
                "use the default model (belarus_analysis.nlp.load_pipeline())")


def extract_article(doc: Doc | None, article: Mapping, tables: Iterable[str]) -> dict[str, list[dict]]:
    """Run the extractors for ``tables`` (and what they require) on one article, all
    reading one shared :class:`~belarus_analysis.extract.view.ArticleView`."""
    view = ArticleView(doc, article["text"])
    done: dict[str, list[dict]] = {}
    for t in order(tables):
        done[t] = list(REGISTRY[t].func(view, article, done))
    return done


def _finish(records: list[dict], table: str, article_id: str, text: str) -> list[dict]:
    id_col = schema.columns(table)[0]
    if not REGISTRY[table].spans:
        return records
    prefix = table[0].upper()
    out = []
    for i, rec in enumerate(sorted(records, key=lambda r: (r["char_start"], r["char_end"]))):
        if text[rec["char_start"]:rec["char_end"]] != rec["text"]:
            raise OffsetError(f"{table} row {rec!r} does not match {article_id} text at its offsets")
        out.append({id_col: f"{article_id}:{prefix}{i:03d}", "article_id": article_id, **rec})
    return out


def _progress(articles: pd.DataFrame, progress: bool | None):
    """A tqdm bar over articles (words/s), or None. ``None`` means: only for long runs
    in a terminal, so tests and notebooks stay silent unless asked."""
    words = int(articles["n_words"].fillna(0).sum()) if "n_words" in articles else 0
    if progress is None:
        progress = sys.stderr.isatty() and words > 200_000
    return tqdm(total=words, unit="word", unit_scale=True, desc="parsing") if progress else None


def build(articles: pd.DataFrame, tables: Iterable[str] | None = None, *, nlp: Language | None = None,
          n_process: int = 1, batch_size: int = 16, cache: bool | Path | str = False,
          progress: bool | None = None) -> dict[str, pd.DataFrame]:
    """Compute the tidy tables for ``articles``, parsing each article once.

    ``tables`` defaults to every registered extractor plus ``readability``; the
    result maps table name to DataFrame (``articles`` included), rows ordered as
    the articles are. ``n_process`` > 1 parses in parallel (same tables).
    ``cache`` (True, or a folder; default ``data/processed/cache/``) reuses parsed
    docs and each article's extracted rows (see :mod:`belarus_analysis.cache`).
    Each table's ``attrs["model"]`` records the spaCy model that produced it.
    """
    tables = order(tables if tables is not None else REGISTRY)
    nlp = nlp or nlp_mod.load_pipeline()
    check_requirements(nlp, tables)
    info = nlp_mod.model_info(nlp)
    rows = {r["article_id"]: r for r in articles.to_dict("records")}
    docs = DocCache(nlp, config.CACHE if cache is True else cache) if cache else None
    stored = RecordCache(docs) if docs else None
    per_article: dict[str, dict[str, list[dict]]] = {}
    if stored is not None:
        for aid, row in rows.items():
            if (hit := stored.get(row, tables)) is not None:
                per_article[aid] = hit
    todo = articles[~articles["article_id"].isin(per_article)]
    # Parse only when some extractor needs it; then every extractor runs on the parsed article.
    parsed = nlp_mod.parse(todo, nlp, n_process=n_process, batch_size=batch_size, cache=docs) \
        if any(REGISTRY[t].needs for t in tables) else ((aid, None) for aid in todo["article_id"])
    bar = _progress(todo, progress) if len(todo) else None
    for aid, doc in parsed:
        per_article[aid] = {t: _finish(recs, t, aid, rows[aid]["text"])
                            for t, recs in extract_article(doc, rows[aid], tables).items()}
        if stored is not None:
            stored.put(rows[aid], tables, per_article[aid])
        if bar is not None:
            bar.update(len(doc) if doc is not None else 0)
    if bar is not None:
        bar.close()
    out = {"articles": articles}
    for t in tables:
        out[t] = schema.to_frame((r for aid in rows for r in per_article[aid][t]), t)
    for df in out.values():
        df.attrs["model"] = info
    return out

