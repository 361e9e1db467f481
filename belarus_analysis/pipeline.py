"""Run the extractors over a corpus: one parse per article, tables at the edge.

Extractors (:mod:`belarus_analysis.extract`) are functions ``extract(doc, article, done)
-> Iterator[dict]``: ``doc`` is the parsed article, ``article`` its row of the articles
table as a dict, ``done`` the records the extractors it ``requires`` produced for the same
article. Span records carry ``char_start``, ``char_end``, ``sentence_id`` and ``text ==
article_text[char_start:char_end]``; :func:`build` adds ``article_id`` and a row id,
checks that invariant, makes the DataFrames, and maps every span to the raw text
(``raw_start``/``raw_end``, from the articles' ``raw_map``; see :mod:`.corpus.offsets`).

>>> import belarus_analysis as ba
>>> list(ba.extract.REGISTRY)
['statements', 'figures', 'markers', 'readability']
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
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
from .corpus.offsets import add_raw_offsets
from .errors import CorpusError, OffsetError, PipelineError
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


def article_records(doc: Doc | None, article: Mapping, tables: Iterable[str]) -> dict[str, list[dict]]:
    """The finished rows of one article: every table's records with ``article_id`` and a row id,
    each span checked against the text. Every build path (one process, spaCy processes,
    Dask workers) makes an article's rows with this one function.

    Parameters
    ----------
    doc : spacy.tokens.Doc or None
        The parsed article (None when no extractor of ``tables`` needs a parse).
    article : Mapping
        The article's row of the articles table (``article_id``, ``text``, metadata).
    tables : iterable of str
        Registered table names.

    Returns
    -------
    dict of str to list of dict
        Table name -> records in offset order; ids are ``<article_id>:<S|F|M><nnn>``.

    Raises
    ------
    OffsetError
        When an extractor yields a span whose text is not the article's text at its offsets.

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> text = "He said: “We won.”"
    >>> rows = article_records(ba.nlp.load_pipeline()(text), {"article_id": "a", "text": text}, ["statements"])
    >>> [(r["statement_id"], r["kind"], r["text"]) for r in rows["statements"]]
    [('a:S000', 'direct', 'We won.')]
    """
    aid, text = article["article_id"], article["text"]
    return {t: _finish(recs, t, aid, text) for t, recs in extract_article(doc, article, tables).items()}


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


# ``n_process="auto"`` uses several processes only from this many words to parse: below it,
# starting each process (which loads the model, ~1-2 s) costs more than it saves. The benchmark
# measured 1.67x with two processes at 100,000 words.
AUTO_PROCESS_MIN_WORDS = 100_000


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity mask, e.g. under ``taskset`` or a
    batch scheduler), not the machine's total."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity masks
        return os.cpu_count() or 1


def resolve_n_process(n_process: int | str, words: int) -> int:
    """The number of spaCy processes for parsing ``words`` words.

    Parameters
    ----------
    n_process : int or "auto"
        A positive number, or ``"auto"``: :func:`available_cores` when ``words`` reaches
        :data:`AUTO_PROCESS_MIN_WORDS`, else 1.
    words : int
        Words still to be parsed (cached articles excluded).

    Returns
    -------
    int

    Raises
    ------
    ValueError
        For anything but a positive integer or ``"auto"``.

    Examples
    --------
    >>> resolve_n_process("auto", 500), resolve_n_process(3, 500)
    (1, 3)
    >>> resolve_n_process("auto", AUTO_PROCESS_MIN_WORDS) == available_cores()
    True
    """
    if n_process == "auto":
        return available_cores() if words >= AUTO_PROCESS_MIN_WORDS else 1
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive integer or 'auto', got {n_process!r}")
    return n_process


def extract_records(articles: pd.DataFrame, tables: list[str], nlp: Language, *, n_process: int | str = 1,
                    batch_size: int = 16, cache: bool | Path | str = False,
                    progress: bool | None = None) -> dict[str, dict[str, list[dict]]]:
    """The finished rows (:func:`article_records`) of every article, from the record cache
    where it has them, else parsed and extracted (and stored when ``cache`` is set).

    This is the loop every build runs: :func:`build` on the whole corpus, and each Dask
    worker on its partition (:mod:`belarus_analysis.cluster`).

    Returns
    -------
    dict
        ``article_id -> {table: records}``; cached articles first, then the parsed ones.
    """
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
    words = int(todo["n_words"].fillna(0).sum()) if "n_words" in todo else 0
    # Parse only when some extractor needs it; then every extractor runs on the parsed article.
    parsed = nlp_mod.parse(todo, nlp, n_process=resolve_n_process(n_process, words), batch_size=batch_size,
                           cache=docs) \
        if any(REGISTRY[t].needs for t in tables) else ((aid, None) for aid in todo["article_id"])
    bar = _progress(todo, progress) if len(todo) else None
    for aid, doc in parsed:
        per_article[aid] = article_records(doc, rows[aid], tables)
        if stored is not None:
            stored.put(rows[aid], tables, per_article[aid])
        if bar is not None:
            bar.update(len(doc) if doc is not None else 0)
    if bar is not None:
        bar.close()
    return per_article


def assemble(articles: pd.DataFrame, tables: list[str], per_article: Mapping[str, Mapping[str, list[dict]]],
             model: Mapping[str, str]) -> dict[str, pd.DataFrame]:
    """The typed tables of ``articles`` (``articles`` itself included) from their finished rows,
    rows in the order of the articles; ``attrs["model"]`` of each is ``model``."""
    out = {"articles": articles}
    for t in tables:
        out[t] = schema.to_frame((r for aid in articles["article_id"].unique() for r in per_article[aid][t]), t)
        if REGISTRY[t].spans:
            out[t] = add_raw_offsets(out[t], articles)
    for df in out.values():
        df.attrs["model"] = dict(model)
    return out


def build(articles: pd.DataFrame, tables: Iterable[str] | None = None, *, nlp: Language | None = None,
          n_process: int | str = 1, batch_size: int = 16, cache: bool | Path | str = False,
          progress: bool | None = None, scheduler=None,
          on_partition: Callable[[int, dict[str, pd.DataFrame]], object] | None = None) -> dict[str, pd.DataFrame]:
    """Compute the tidy tables for ``articles``, parsing each article once.

    Parameters
    ----------
    articles : DataFrame
        The articles table (:func:`~belarus_analysis.load_corpus`, :func:`~belarus_analysis.from_texts`).
    tables : iterable of str, optional
        Tables to build; default every registered extractor (``readability`` included).
    nlp : spacy.language.Language, optional
        The pipeline; default :func:`belarus_analysis.nlp.load_pipeline`.
    n_process : int or "auto", default 1
        spaCy processes for parsing (same tables). ``"auto"``: the available cores when
        more than :data:`AUTO_PROCESS_MIN_WORDS` words need parsing, else 1.
    batch_size : int, default 16
        Articles per ``nlp.pipe`` batch.
    cache : bool or path, default False
        True, or a folder (default ``data/processed/cache/``): reuse parsed docs and each
        article's extracted rows (see :mod:`belarus_analysis.cache`).
    progress : bool, optional
        Show a progress bar; default only for long runs in a terminal.
    scheduler : distributed.Client or str, optional
        Run on Dask (the ``dask`` extra) instead of this process: a ``Client``, a scheduler
        address (``"tcp://host:8786"``) or ``"local:N"`` (a local cluster of N worker
        processes, closed afterwards). Each worker loads the pipeline once and runs the same
        per-article extraction on partitions of the articles; the tables are identical. With
        ``cache``, the folder must be reachable by the workers. See :mod:`belarus_analysis.cluster`.
    on_partition : callable, optional
        Called as ``on_partition(i, part_tables)`` with the tables of each partition of
        articles as it finishes (Dask: in order of completion; one process: once, ``i = 0``,
        with every table); e.g. collect them for ``store.write_tables(..., parts=...)``.

    Returns
    -------
    dict of str to DataFrame
        Table name -> DataFrame (``articles`` included), rows in the order of the articles;
        columns and dtypes as declared in :mod:`belarus_analysis.schema`. Each table's
        ``attrs["model"]`` records the spaCy model that produced it.

    Raises
    ------
    PipelineError
        When ``nlp`` lacks an annotation the extractors need, or a Dask worker runs another
        model, package version or data files than this process.
    OffsetError
        When an extractor yields a span that does not match the text at its offsets.

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> t = ba.build(ba.from_texts({"a": "Turnout was 84.17%, the commission said."}))
    >>> sorted(t)
    ['articles', 'figures', 'markers', 'readability', 'statements']
    >>> f = t["figures"].iloc[0]
    >>> f["text"], float(f["value"]), f["unit"]
    ('84.17%', 84.17, 'percent')
    """
    tables = order(tables if tables is not None else REGISTRY)
    given = nlp
    nlp = nlp or nlp_mod.load_pipeline()
    check_requirements(nlp, tables)
    info = nlp_mod.model_info(nlp)
    check_ids(articles)
    if scheduler is None:
        per_article = extract_records(articles, tables, nlp, n_process=n_process, batch_size=batch_size,
                                      cache=cache, progress=progress)
        out = assemble(articles, tables, per_article, info)
        if on_partition is not None:
            on_partition(0, out)
        return out
    from . import cluster  # Dask is an optional extra: imported only when asked for

    if n_process != 1:
        raise ValueError("n_process applies to one machine; with a Dask scheduler each worker parses in one process")
    per_article = {}
    parts = cluster.partition_records(articles, tables, nlp=given, model=info, scheduler=scheduler,
                                    batch_size=batch_size, cache=cache, progress=progress)
    for i, part in parts:
        per_article.update(part)
        if on_partition is not None:
            on_partition(i, assemble(articles[articles["article_id"].isin(list(part))], tables, part, info))
    return assemble(articles, tables, per_article, info)
