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
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

# Plain tqdm, not tqdm.auto: in Jupyter without ipywidgets, tqdm.auto warns on stderr at import
# (breaking strict nbval), and the bar only shows in a terminal anyway (see _progress).
from tqdm import tqdm

from . import cache as cache_mod
from . import config, schema
from . import nlp as nlp_mod
from .cache import DocCache, RecordCache
from .errors import CorpusError, OffsetError, PipelineError
from .extract import REGISTRY, order
from .extract.view import ArticleView


def check_requirements(nlp: Language, tables: Iterable[str]) -> None:
    """Raise :class:`~belarus_analysis.errors.PipelineError` unless ``nlp`` assigns every
    Doc annotation the extractors of ``tables`` need (checked before anything is parsed).

    >>> import spacy
    >>> check_requirements(spacy.blank("en"), ["readability"])
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


def check_ids(articles: pd.DataFrame) -> None:
    """Raise :class:`~belarus_analysis.errors.CorpusError` unless every article has a
    non-empty ``article_id`` that no other article has (compared as strings: 1 and "1"
    are the same id in every table).

    >>> check_ids(pd.DataFrame({"article_id": [1, "1"]}))
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.CorpusError: duplicate article_id(s) ['1'] (rows 0, 1): ids must be unique
    """
    ids = articles["article_id"].map(lambda v: "" if pd.isna(v) else str(v))
    if (ids == "").any():
        raise CorpusError(f"empty article_id in row(s) {', '.join(map(str, ids.index[ids == ''].tolist()))}")
    dup = ids[ids.duplicated(keep=False)]
    if len(dup):
        raise CorpusError(f"duplicate article_id(s) {sorted(set(dup))} (rows {', '.join(map(str, dup.index))}): "
                          "ids must be unique")


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

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table (:func:`~belarus_analysis.load_corpus`, :func:`~belarus_analysis.from_texts`).
    tables : iterable of str, optional
        Tables to extract (default: every registered extractor); the tables they require
        are extracted too.
    nlp : spacy.Language, optional
        The pipeline (default :func:`belarus_analysis.nlp.load_pipeline`). It must assign
        every annotation the extractors need; this is checked before anything is parsed.
    n_process, batch_size : int
        spaCy's ``nlp.pipe`` options; ``n_process > 1`` parses in parallel (same tables).
    cache : bool or path
        ``True`` (``config.CACHE``) or a folder: reuse parsed Docs and each article's
        extracted rows (see :mod:`belarus_analysis.cache`).
    progress : bool, optional
        A progress bar; by default only for long runs in a terminal.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``"articles"`` plus one table per extracted name, rows in article order and then by
        offset, typed as declared in :mod:`belarus_analysis.schema` (docs/tables.md). Each
        table's ``attrs["model"]`` records the spaCy model that produced it.

    Raises
    ------
    PipelineError
        An unknown table, or ``nlp`` lacks an annotation an extractor needs.
    OffsetError
        An extractor produced a row whose text is not the text at its offsets (a bug).

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> t = ba.build(ba.from_texts({"a": "“We won,” he said."}), ["statements"])
    >>> sorted(t), len(t["statements"])
    (['articles', 'statements'], 1)
    """
    tables = order(tables if tables is not None else REGISTRY)
    nlp = nlp or nlp_mod.load_pipeline()
    check_requirements(nlp, tables)
    info = nlp_mod.model_info(nlp)
    check_ids(articles)
    rows = {r["article_id"]: r for r in articles.to_dict("records")}
    docs = DocCache(nlp, config.CACHE if cache is True else cache) if cache else None
    stored = RecordCache(docs) if docs else None
    per_article: dict[str, dict[str, list[dict]]] = {}
    if stored is not None:
        spans = {t: REGISTRY[t].spans for t in tables}
        for aid, row in rows.items():
            if (hit := stored.get(row, tables, spans)) is not None:
                per_article[aid] = hit
    todo = articles[~articles["article_id"].isin(per_article)]
    changed = cache_mod.note_extraction() if len(todo) else []
    if changed and stored is not None:
        stored.writable = False
        warnings.warn(f"{changed[0]} (and {len(changed) - 1} more) changed since this process first ran the "
                      "extractors, which may still hold the old contents: new rows are not cached; restart Python "
                      "(the notebook kernel) to cache again", cache_mod.CacheWarning, stacklevel=2)
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

