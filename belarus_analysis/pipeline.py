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

import gc
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

# Plain tqdm, not tqdm.auto: in Jupyter without ipywidgets, tqdm.auto warns on stderr at import
# (breaking strict nbval), and the bar only shows in a terminal anyway (see _progress).
from tqdm import tqdm

from . import cache as cache_mod
from . import config, resources, schema
from . import nlp as nlp_mod
from .cache import DocCache, RecordCache
from .corpus.offsets import add_raw_offsets
from .errors import BelarusAnalysisError, CorpusError, ExtractionError, OffsetError, PipelineError
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
    reading one shared :class:`~belarus_analysis.extract.view.ArticleView`.

    Raises
    ------
    ExtractionError
        An extractor failed on this article (its id and the table named; the cause chained): one
        article's bug stops a corpus build with a message that says which article to report.
    """
    with resources.frozen(), _collection_paused():  # the data files' versions checked once (per build in a
        # build: its loop holds an outer block); the view, and all an extractor made with it, is freed before
        # the collector resumes (see _collection_paused)
        return _extract(ArticleView(doc, article["text"]), article, order(tables))


def _extract(view: ArticleView, article: Mapping, tables: list[str]) -> dict[str, list[dict]]:
    done: dict[str, list[dict]] = {}
    for t in tables:
        try:
            done[t] = list(REGISTRY[t].func(view, article, done))
        except BelarusAnalysisError:
            raise
        except Exception as exc:
            raise ExtractionError(f"article {article.get('article_id')!r}: the {t} extractor failed "
                                  f"({type(exc).__name__}: {exc}); this is a bug, please report it "
                                  "with the article's text") from exc
    return done


# A short text every extractor has work on (a quotation, a reporting verb, a name, a date, a figure).
WARM_UP_TEXT = "“The vote was held,” Lukashenko said on 9 August 2020; turnout was 84%."


def warm_up(nlp: Language) -> None:
    """Run every registered extractor once on :data:`WARM_UP_TEXT`, so that this process has read
    the data files (lexicons, actors, rules) and compiled their patterns before its first article.

    That first run costs about a second, once per process: a Dask worker makes it when it starts
    (:class:`~belarus_analysis.cluster.LoadPipeline`), not in the middle of its first partition.
    The data files are those of the current :mod:`~belarus_analysis.config` settings.

    >>> import belarus_analysis as ba
    >>> warm_up(ba.nlp.load_pipeline())
    """
    tables = order(REGISTRY)
    check_requirements(nlp, tables)
    extract_article(nlp(WARM_UP_TEXT), {"article_id": "warm-up", "text": WARM_UP_TEXT}, tables)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while one article's rows are extracted.

    Extraction makes many short-lived objects (spaCy tokens and spans) and keeps some per article;
    full collections in the middle traverse all of them, so on one long article their cost grew
    faster than its length (measured on 400,000 characters: 1.64 → 1.29 CPU s, ×5.3 → ×4.2 the cost
    of 100,000). The rows hold no reference cycles; whatever cycles the article made are collected
    by the next automatic collection after it. A collector the caller disabled stays disabled.

    The extractors make no reference cycles, and the article's view is freed inside the block: so
    what the article made is freed by reference counting before the collector resumes, and the
    collection that follows walks only the rows (a view left alive, or held by a cycle, made that
    collection walk all of it: about 0.06 CPU s per 100,000 words)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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


def iter_records(articles: pd.DataFrame, tables: list[str], nlp: Language, *, n_process: int | str = 1,
                 batch_size: int = 16, cache: bool | Path | str = False,
                 progress: bool | None = None) -> Iterator[tuple[str, dict[str, list[dict]]]]:
    """Yield ``(article_id, {table: records})`` — the finished rows (:func:`article_records`) —
    for each article in the order of ``articles``, as it finishes: from the record cache where
    it has them, else parsed and extracted (and stored at once when ``cache`` is set, so a
    build killed half-way resumes from the articles it finished).

    This is the loop every build runs: :func:`build` and :func:`stream` on the whole corpus,
    and each Dask worker on its partition (:mod:`belarus_analysis.cluster`). Nothing is held
    beyond the article in hand.
    """
    rows = articles.to_dict("records")
    docs = DocCache(nlp, config.CACHE if cache is True else cache) if cache else None
    stored = RecordCache(docs) if docs else None
    spans = {t: REGISTRY[t].spans for t in tables}
    # A cheap look (index and file) decides what to parse; entries are verified when read.
    hits = {r["article_id"] for r in rows if stored.has(r, tables)} if stored is not None else set()
    todo = articles[~articles["article_id"].isin(hits)]
    changed = cache_mod.note_extraction() if len(todo) else []
    if changed and stored is not None:
        stored.writable = False
        warnings.warn(f"{changed[0]} (and {len(changed) - 1} more) changed since this process first ran the "
                      "extractors, which may still hold the old contents: new rows are not cached; restart Python "
                      "(the notebook kernel) to cache again", cache_mod.CacheWarning, stacklevel=2)
    words = int(todo["n_words"].fillna(0).sum()) if "n_words" in todo else 0
    needs_parse = any(REGISTRY[t].needs for t in tables)

    def parse(part: pd.DataFrame, n: int) -> Iterator[tuple[str, Doc | None]]:
        # Parse only when some extractor needs it; then every extractor runs on the parsed article.
        if needs_parse:
            return nlp_mod.parse(part, nlp, n_process=n, batch_size=batch_size, cache=docs)
        return ((aid, None) for aid in part["article_id"])

    parsed = parse(todo, resolve_n_process(n_process, words))
    bar = _progress(todo, progress) if len(todo) else None
    # The data files' versions and what is made from them, checked once for all the articles (see
    # resources.frozen), not once per article; a block per article, so none is open while a row is yielded.
    versions: dict = {}
    try:
        for row in rows:
            aid = row["article_id"]
            if aid in hits:
                if (hit := stored.get(row, tables, spans)) is not None:
                    yield aid, hit
                    continue
                # Damaged since the look above (the miss warned): parse this article alone.
                _, doc = next(parse(articles[articles["article_id"] == aid], 1))
            else:
                got, doc = next(parsed)
                assert got == aid, (got, aid)  # nlp.parse keeps the articles' order
            with resources.frozen(versions):
                records = article_records(doc, row, tables)
            if stored is not None:
                stored.put(row, tables, records)
            if bar is not None:
                bar.update(len(doc) if doc is not None else 0)
            yield aid, records
    finally:
        if bar is not None:
            bar.close()


def extract_records(articles: pd.DataFrame, tables: list[str], nlp: Language, *, n_process: int | str = 1,
                    batch_size: int = 16, cache: bool | Path | str = False,
                    progress: bool | None = None) -> dict[str, dict[str, list[dict]]]:
    """``article_id -> {table: records}`` of every article, in article order (:func:`iter_records`)."""
    return dict(iter_records(articles, tables, nlp, n_process=n_process, batch_size=batch_size, cache=cache,
                             progress=progress))


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


# A part of the streaming build (:func:`stream`) closes once its articles reach this many
# words: its rows are a few MB, and a 10^8-word corpus makes about a thousand files per table.
PART_WORDS = 100_000


def _parts(articles: pd.DataFrame, tables: list[str], nlp: Language, *, given: Language | None, model: dict,
           n_process: int | str, batch_size: int, cache: bool | Path | str, progress: bool | None, scheduler,
           part_words: int | None) -> Iterator[tuple[int, pd.DataFrame, dict[str, dict[str, list[dict]]]]]:
    """``(i, articles of part i, their records)`` as parts finish: in one process, runs of
    consecutive articles of about ``part_words`` words (None: one part) in order; on Dask,
    the partitions as workers finish them."""
    if scheduler is not None:
        from . import cluster  # Dask is an optional extra: imported only when asked for

        if n_process != 1:
            raise ValueError("n_process applies to one machine; with a Dask scheduler each worker parses in one process")
        for i, part in cluster.partition_records(articles, tables, nlp=given, model=model, scheduler=scheduler,
                                                 batch_size=batch_size, cache=cache, progress=progress):
            yield i, articles[articles["article_id"].isin(list(part))], part
        return
    words = articles["n_words"].fillna(0).astype(int).tolist() if "n_words" in articles else [0] * len(articles)
    part: dict[str, dict[str, list[dict]]] = {}
    i = start = size = 0
    for aid, records in iter_records(articles, tables, nlp, n_process=n_process, batch_size=batch_size,
                                     cache=cache, progress=progress):
        part[aid] = records
        size += words[start + len(part) - 1]
        if part_words is not None and size >= part_words:
            yield i, articles.iloc[start:start + len(part)], part
            i, start, size, part = i + 1, start + len(part), 0, {}
    if part or i == 0:  # the last run; an empty corpus still has its (empty) tables
        yield i, articles.iloc[start:], part


def _prepare(articles: pd.DataFrame, tables: Iterable[str] | None, nlp: Language | None
             ) -> tuple[list[str], Language, dict]:
    """The checks every build makes before parsing anything: tables, pipeline, ids."""
    tables = order(tables if tables is not None else REGISTRY)
    nlp = nlp or nlp_mod.load_pipeline()
    check_requirements(nlp, tables)
    check_ids(articles)
    return tables, nlp, nlp_mod.model_info(nlp)


def stream(articles: pd.DataFrame, tables: Iterable[str] | None = None, *, nlp: Language | None = None,
           n_process: int | str = 1, batch_size: int = 16, cache: bool | Path | str = False,
           progress: bool | None = None, scheduler=None,
           part_words: int = PART_WORDS) -> Iterator[tuple[int, dict[str, pd.DataFrame]]]:
    """Compute the tidy tables part by part, yielding each part's tables as its articles finish,
    so a caller can write them away and memory does not grow with the corpus.

    ``belarus-analysis build`` writes them with :func:`belarus_analysis.store.write_parts`.
    The parts, joined in the order of ``i``, are the tables :func:`build` returns.

    Parameters
    ----------
    articles, tables, nlp, n_process, batch_size, cache, progress, scheduler
        As :func:`build`. With ``cache``, each article's rows are stored as soon as it is
        extracted: a build killed half-way and started again extracts only the rest.
    part_words : int, default :data:`PART_WORDS`
        In one process, a part is a run of consecutive articles closed once it holds this
        many words (at least one article). With ``scheduler``, a part is a Dask partition.

    Yields
    ------
    (int, dict of str to DataFrame)
        The part's number (article order; Dask partitions arrive in order of completion) and
        its tables, ``articles`` included, typed as in :func:`build`.

    Raises
    ------
    PipelineError, OffsetError
        As :func:`build` (when the first part is asked for, before anything is parsed).

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> arts = ba.from_texts({"a": "Turnout was 84%.", "b": "Turnout was 41%.", "c": "No figure."})
    >>> [(i, t["figures"]["text"].tolist()) for i, t in stream(arts, ["figures"], part_words=1)]
    [(0, ['84%']), (1, ['41%']), (2, [])]
    """
    tables, full, info = _prepare(articles, tables, nlp)
    for i, part_articles, part in _parts(articles, tables, full, given=nlp, model=info, n_process=n_process,
                                         batch_size=batch_size, cache=cache, progress=progress,
                                         scheduler=scheduler, part_words=part_words):
        yield i, assemble(part_articles, tables, part, info)


def build(articles: pd.DataFrame, tables: Iterable[str] | None = None, *, nlp: Language | None = None,
          n_process: int | str = 1, batch_size: int = 16, cache: bool | Path | str = False,
          progress: bool | None = None, scheduler=None) -> dict[str, pd.DataFrame]:
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
    tables, full, info = _prepare(articles, tables, nlp)
    per_article: dict[str, dict[str, list[dict]]] = {}
    for _, _, part in _parts(articles, tables, full, given=nlp, model=info, n_process=n_process,
                             batch_size=batch_size, cache=cache, progress=progress, scheduler=scheduler,
                             part_words=None):
        per_article.update(part)
    return assemble(articles, tables, per_article, info)
