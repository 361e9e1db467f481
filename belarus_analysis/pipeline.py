"""Run the extractors over a corpus: one parse per article, tables at the edge.

Extractors are registered functions ``extract(doc, article, done) -> Iterator[dict]``
(like spaCy factories): ``doc`` is the parsed article, ``article`` its row of the
articles table as a dict, ``done`` the records the extractors it ``requires`` produced
for the same article. Each record carries ``char_start``, ``char_end``,
``sentence_id`` and ``text == article_text[char_start:char_end]``; :func:`build`
adds ``article_id`` and a row id, checks that invariant, and makes the DataFrames.

>>> import belarus_analysis as ba
>>> sorted(ba.pipeline.EXTRACTORS) == sorted(ba.pipeline.ORDER)
True
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
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
from .readability_scores import record as readability_record

Extract = Callable[[Doc, Mapping, Mapping[str, list[dict]]], Iterator[dict]]


@dataclass(frozen=True)
class Extractor:
    table: str
    func: Extract
    requires: tuple[str, ...] = ()


EXTRACTORS: dict[str, Extractor] = {}
ORDER: list[str] = []  # registration order respects `requires`


def register(table: str, requires: Iterable[str] = ()) -> Callable[[Extract], Extract]:
    """Register ``func`` as the extractor of ``table`` (a table declared in :mod:`schema`)."""
    requires = tuple(requires)

    def deco(func: Extract) -> Extract:
        missing = [r for r in requires if r not in EXTRACTORS]
        if missing:
            raise ValueError(f"{table} requires {missing}, register those first")
        if table not in EXTRACTORS:
            ORDER.append(table)
        EXTRACTORS[table] = Extractor(table, func, requires)
        return func

    return deco


def _needed(tables: Iterable[str]) -> list[str]:
    need: set[str] = set()

    def add(t: str) -> None:
        if t not in EXTRACTORS:
            raise KeyError(f"no extractor for table {t!r}; known: {ORDER}")
        need.add(t)
        for r in EXTRACTORS[t].requires:
            add(r)

    for t in tables:
        add(t)
    return [t for t in ORDER if t in need]


class OffsetError(AssertionError):
    """An extractor produced a row whose text is not the text at its offsets (a bug)."""


def extract_article(doc: Doc, article: Mapping, tables: Iterable[str]) -> dict[str, list[dict]]:
    """Run the extractors for ``tables`` (and what they require) on one parsed article."""
    done: dict[str, list[dict]] = {}
    for t in _needed(tables):
        done[t] = list(EXTRACTORS[t].func(doc, article, done))
    return done


def _finish(records: list[dict], table: str, article_id: str, text: str) -> list[dict]:
    id_col = schema.columns(table)[0]
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
    tables = list(tables) if tables is not None else [*ORDER, "readability"]
    extract = [t for t in tables if t != "readability"]
    nlp = nlp or nlp_mod.load_pipeline()
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
    if len(todo) and extract:
        bar = _progress(todo, progress)
        for aid, doc in nlp_mod.parse(todo, nlp, n_process=n_process, batch_size=batch_size, cache=docs):
            per_article[aid] = {t: _finish(recs, t, aid, doc.text)
                                for t, recs in extract_article(doc, rows[aid], extract).items()}
            if bar is not None:
                bar.update(len(doc))
        if bar is not None:
            bar.close()
    for aid in todo["article_id"]:
        entry = per_article.setdefault(aid, {})
        if "readability" in tables:
            entry["readability"] = [readability_record(aid, rows[aid]["text"])]
        if stored is not None:
            stored.put(rows[aid], tables, entry)
    out = {"articles": articles}
    for t in [*_needed(extract), *(["readability"] if "readability" in tables else [])]:
        out[t] = schema.to_frame((r for aid in rows for r in per_article[aid][t]), t)
    for df in out.values():
        df.attrs["model"] = info
    return out
