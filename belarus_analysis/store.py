"""The processed tables on disk: what the CLI writes and the notebooks read.

A tables folder holds every table as CSV and Parquet, ``datapackage.json`` (a Frictionless
Table Schema for the CSVs), ``skipped.csv`` when articles were skipped, and last a
``manifest.json`` saying what it was built from — the corpus (source, format, a hash of its
metadata, the raw texts' hashes), every data file used (with its sha256), the code and the
model — and the sha256 of every file, which :func:`read_tables` checks. A build is written
as one transaction (:class:`~belarus_analysis.outputs.Transaction`), so a killed,
concurrent or disk-full build never leaves a folder that reads as mixed.

``load_tables()`` is the bundled example in ``data/processed/``, rebuilt when stale
(package version, code, spaCy model, raw texts, metadata or data files changed), so a
notebook never shows stale numbers. ``load_tables(folder)`` reads what ``belarus-analysis
build --out folder`` wrote; it never rebuilds into a folder that belongs to another corpus.
:func:`notebook_tables` is what notebooks call: the folder named by the environment
variable ``BELARUS_ANALYSIS_TABLES`` (set by ``belarus-analysis notebooks``), else the example.

>>> t = load_tables()  # doctest: +SKIP
>>> sorted(t)  # doctest: +SKIP
['articles', 'figures', 'markers', 'readability', 'statements']
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__, config, corpus, nlp, outputs, pipeline
from .cache import code_fingerprint, data_fingerprint, data_paths
from .errors import BelarusAnalysisWarning, CorpusError, OutputError
from .report import tables as export

SKIPPED = ["article_id", "source_file", "reason"]
ENV_TABLES = "BELARUS_ANALYSIS_TABLES"
ENV_REPORTS = "BELARUS_ANALYSIS_REPORTS"
# The config settings a build reads; recorded so notebooks and reports use the same files.
SETTINGS = ("ACTORS", "SPEAKER_GROUPS", "LEXICONS", "REFERENCE", "ALIGNMENTS", "CLEANING_RULES")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(articles: pd.DataFrame, rows: Mapping[str, int]) -> dict:
    """What a set of tables was built from, for provenance and staleness checks: ``articles``
    (its ``attrs["model"]``: the spaCy model of the build), and ``rows``, each table's number of rows.

    Returns
    -------
    dict
        ``package_version``, ``model``, ``data_fingerprint``, ``code_fingerprint``,
        ``articles`` (article_id -> sha256 of its raw text), ``tables`` (name -> rows),
        ``corpus`` (``source`` path or None, ``format``, ``bundled``, ``metadata_sha256`` over
        every column but the text, ``raw_sha256`` over the articles' raw-text hashes),
        ``data_files`` (path -> sha256 of every data file the build read) and ``settings``
        (the :mod:`config` paths in use, to read the same files again).
    """
    meta = articles.drop(columns=[c for c in ("text", "raw_map") if c in articles.columns])
    meta_json = meta.to_json(orient="records", date_format="iso", default_handler=str)
    bundled = articles.attrs.get("corpus", {}).get("bundled", False)
    # The project's metadata file is a data file of the bundled example only.
    files = [p for p in [*data_paths(), Path(config.ALIGNMENTS)] if bundled or p != Path(config.METADATA)]
    return {
        "package_version": __version__,
        "model": articles.attrs.get("model") or nlp.model_info(nlp.load_pipeline()),
        "data_fingerprint": data_fingerprint(),
        "code_fingerprint": code_fingerprint(),
        "articles": dict(zip(articles["article_id"], articles["sha256"])),
        "tables": dict(rows),
        "corpus": {**articles.attrs.get("corpus", {"source": None, "format": "unknown", "bundled": False}),
                   "metadata_sha256": _sha256(meta_json.encode()),
                   "raw_sha256": _sha256("\n".join(sorted(articles["sha256"].astype(str))).encode())},
        "data_files": {str(Path(p).resolve()): outputs.sha256_file(Path(p)) for p in files if Path(p).is_file()},
        "settings": {k: str(Path(getattr(config, k)).resolve()) for k in SETTINGS},
    }


def check_out(out: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """``out`` if it is a safe output folder: not (and not holding) the project's ``data/``
    or ``seeds/``, nor any of ``inputs`` (the corpus folder, its metadata file).

    >>> check_out(config.DATA)
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.OutputError: --out ... is or contains an input (...data); choose another folder
    """
    target = Path(out).resolve()
    for p in [config.DATA, config.SEEDS, *inputs]:
        src = Path(p).resolve()
        if src == target or src.is_relative_to(target):
            raise OutputError(f"--out {out} is or contains an input ({src}); choose another folder")
    if target.exists() and not target.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder")
    return target


def write_tables(tables: dict[str, pd.DataFrame], out: Path | str | None = None, *,
                 inputs: Iterable[Path | str] = (), force: bool = False) -> dict:
    """Write every table (CSV, Parquet), ``datapackage.json``, ``skipped.csv`` (articles the
    load skipped, from ``tables["articles"].attrs["skipped"]``) and ``manifest.json`` into
    ``out`` as one transaction; return the manifest.

    Raises :class:`~belarus_analysis.errors.OutputError` if ``out`` is or holds an input
    (see :func:`check_out`) or holds files an earlier build did not write (unless ``force``).
    :func:`write_parts` writes the tables of a streaming build instead.
    """
    out = check_out(out or config.PROCESSED, inputs)
    with outputs.Transaction(out, force=force, adopt=out == config.PROCESSED.resolve()) as tx:
        for name, df in tables.items():
            for fmt, write in outputs.WRITERS.items():
                write(df, tx.path(f"{name}.{fmt}"))
        return _commit(tx, tables["articles"], tables, {name: len(df) for name, df in tables.items()})


def write_parts(articles: pd.DataFrame, parts: Iterable[tuple[int, dict[str, pd.DataFrame]]],
                out: Path | str | None = None, *, inputs: Iterable[Path | str] = (), force: bool = False) -> dict:
    """Write the tables of a streaming build (:func:`belarus_analysis.pipeline.stream`) part by
    part as they come, as one transaction; return the manifest.

    Each part ``(i, tables)`` is written at once as ``OUT/parts/<table>/part.<i>.parquet`` (into
    the transaction's staging folder) and released, so memory does not grow with the corpus:
    each ``<table>`` folder reads as one table in article order (``pd.read_parquet(OUT /
    "parts" / "statements")`` or ``dask.dataframe.read_parquet``). At the end each table is
    also written whole, ``<table>.parquet`` and ``<table>.csv``, copied from its parts one part
    at a time (``articles`` from ``articles``, which the build holds anyway), with
    ``datapackage.json``, ``skipped.csv`` and ``manifest.json`` as :func:`write_tables` writes
    them. A build that fails or is killed leaves the folder as it was; the parts of an earlier
    build never mix with these.

    Parameters
    ----------
    articles : DataFrame
        The whole articles table of the build.
    parts : iterable of (int, dict of str to DataFrame)
        Each part's number (its place in article order) and tables, in any order.
    out, inputs, force
        As :func:`write_tables`.

    Returns
    -------
    dict
        The manifest (see :func:`manifest`), ``files`` included.

    Raises
    ------
    OutputError
        As :func:`write_tables`.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> import belarus_analysis as ba
    >>> arts = ba.from_texts({"a": "One text.", "b": "Another text."})
    >>> parts = [(1, {"articles": arts.tail(1)}), (0, {"articles": arts.head(1)})]
    >>> write_parts(arts, parts, d)["tables"]
    {'articles': 2}
    >>> pd.read_parquet(d / "parts" / "articles")["article_id"].tolist()
    ['a', 'b']
    """
    out = check_out(out or config.PROCESSED, inputs)
    with outputs.Transaction(out, force=force, adopt=out == config.PROCESSED.resolve()) as tx:
        rows = {"articles": 0}
        whole = articles.copy(deep=False)  # attrs of its own: the model is set below
        for i, part in parts:
            for name, df in part.items():
                # Zero-padded: readers list a folder's files by name, which keeps article order.
                outputs.WRITERS["parquet"](df, tx.path(f"parts/{name}/part.{i:05d}.parquet"))
                rows[name] = rows.get(name, 0) + len(df)
                if "model" in df.attrs:
                    whole.attrs["model"] = df.attrs["model"]
        frames = {}
        for name in rows:
            if name == "articles":
                frames[name] = whole
                for fmt, write in outputs.WRITERS.items():
                    write(whole, tx.path(f"articles.{fmt}"))
            else:
                frames[name] = _join_parts(tx, name)
        return _commit(tx, whole, frames, {**rows, "articles": len(whole)})


def _join_parts(tx: outputs.Transaction, name: str) -> pd.DataFrame:
    """Write ``<name>.parquet`` and ``<name>.csv`` from the table's staged parts, one part in
    memory at a time; return the table's columns and dtypes (no rows) for ``datapackage.json``."""
    files = sorted(tx.path(f"parts/{name}").glob("part.*.parquet"))
    # Parts agree on every declared column's type; permissive unifying covers a column that
    # is all-missing (type null) in some part.
    schema = pa.unify_schemas([pq.read_schema(f) for f in files], promote_options="permissive")
    with pq.ParquetWriter(tx.path(f"{name}.parquet"), schema) as parquet, \
            open(tx.path(f"{name}.csv"), "w", encoding="utf-8", newline="") as csv:
        for k, f in enumerate(files):
            part = pq.read_table(f).cast(schema)
            parquet.write_table(part)
            outputs.write_csv(part.to_pandas(), csv, header=k == 0)
    return schema.empty_table().to_pandas()


def _commit(tx: outputs.Transaction, articles: pd.DataFrame, frames: dict[str, pd.DataFrame],
            rows: dict[str, int]) -> dict:
    """Write ``skipped.csv`` and ``datapackage.json`` (from ``frames``: each table's columns and
    dtypes), then commit ``tx`` with the manifest; return it."""
    skipped = pd.DataFrame(articles.attrs.get("skipped", []), columns=SKIPPED)
    csvs = dict(frames)
    if len(skipped):
        outputs.write_csv(skipped, tx.path("skipped.csv"))
        csvs["skipped"] = skipped.astype("string")
    outputs.write_json(export.data_package(csvs), tx.path(export.DATAPACKAGE))
    return tx.commit(manifest(articles, rows))


def read_tables(out: Path | str) -> dict[str, pd.DataFrame]:
    """The tables in ``out``, after checking every file against the manifest's sha256.

    Raises :class:`~belarus_analysis.errors.OutputError` when the folder is incomplete,
    mixed (files from different runs) or edited.
    """
    out = Path(out)
    if not out.is_dir():
        raise OutputError(f"{out}: no such folder of tables; build it first (belarus-analysis build --out {out})")
    try:
        lock = outputs.lock(out)
        lock.acquire()
    except OSError:  # a read-only folder: nobody can be writing it
        lock = None
    try:
        info = outputs.verify(out)
        names = list(info["tables"])
        missing = [n for n in names if f"{n}.parquet" not in info["files"]]
        if missing:
            raise OutputError(f"{out / 'manifest.json'}: no file hash for table(s) {missing}; build the folder again")
        return {name: pd.read_parquet(out / f"{name}.parquet") for name in names}
    finally:
        if lock is not None:
            lock.release()


def read_manifest(folder: Path | str) -> dict | None:
    """The manifest of a tables folder, or None when there is none.

    Raises
    ------
    CorpusError
        The manifest is not readable JSON.

    Examples
    --------
    >>> import tempfile
    >>> read_manifest(tempfile.mkdtemp()) is None
    True
    """
    path = Path(folder) / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as e:
        raise CorpusError(f"{path}: not a readable manifest ({e}); rebuild the folder with `belarus-analysis build`") \
            from None


def stale(info: dict) -> list[str]:
    """Why tables with manifest ``info`` no longer match this package and its data files.

    Returns
    -------
    list of str
        One reason each: package version, code, spaCy model, a changed or missing data file
        (its path). Empty when the tables are current.

    Examples
    --------
    >>> stale({"package_version": "0.0.1", "data_files": {"/nowhere/actors.csv": "0" * 64}})[-1]
    '/nowhere/actors.csv changed'
    """
    reasons = [f"package {info.get('package_version')} -> {__version__}"] \
        if info.get("package_version") != __version__ else []
    if info.get("code_fingerprint") != code_fingerprint():
        reasons.append("package code changed")
    if info.get("model", {}).get("model_version") != nlp.model_info(nlp.load_pipeline())["model_version"]:
        reasons.append("spaCy model changed")
    for path, digest in info.get("data_files", {}).items():
        if not Path(path).is_file() or outputs.sha256_file(Path(path)) != digest:
            reasons.append(f"{path} changed")
    return reasons


def _same_corpus(info: dict, articles: pd.DataFrame) -> bool:
    """Whether ``articles`` is the corpus the manifest ``info`` was built from: the same
    source when both have one, else the same article ids."""
    if "corpus" not in info:  # written before manifests named their corpus
        return set(info.get("articles", {})) == set(articles["article_id"])
    old, new = info["corpus"], articles.attrs.get("corpus", {})
    if old.get("bundled") or new.get("bundled"):
        return bool(old.get("bundled")) == bool(new.get("bundled"))
    if old.get("source") and new.get("source"):
        return old["source"] == new["source"]
    return set(info.get("articles", {})) == set(articles["article_id"])


# Build flags of the settings a user can point elsewhere, and their defaults under data/.
FLAGS = {"ACTORS": ("--actors", "actors.csv"), "LEXICONS": ("--lexicons", "lexicons"),
         "REFERENCE": ("--reference", "reference"), "ALIGNMENTS": ("--alignments", "alignments.csv")}


def build_command(info: dict, folder: Path | str) -> str:
    """The ``belarus-analysis build`` command that rebuilds ``folder`` from its manifest ``info``
    (its corpus and the data files it was built with).

    >>> build_command({"corpus": {"source": "/c/a.jsonl", "format": "jsonl", "text": "body", "id": "article_id"},
    ...                "settings": {"ACTORS": "/c/actors.csv"}}, "out")
    'belarus-analysis build --corpus /c/a.jsonl --text-column body --out out --actors /c/actors.csv'
    """
    c = info.get("corpus", {})
    parts = ["belarus-analysis build"]
    if not c.get("bundled"):
        parts.append(f"--corpus {c.get('source') or 'YOUR_CORPUS'}")
    if c.get("text", "text") != "text":
        parts.append(f"--text-column {c['text']}")
    if c.get("id", "article_id") != "article_id":
        parts.append(f"--id-column {c['id']}")
    parts.append(f"--out {folder}")
    for key, (flag, name) in FLAGS.items():
        value = info.get("settings", {}).get(key)
        if value and Path(value) != (config.DATA / name).resolve():
            parts.append(f"{flag} {value}")
    return " ".join(parts)


def _describe(info: dict) -> str:
    c = info.get("corpus", {})
    return "the bundled example" if c.get("bundled") else (c.get("source") or f"an in-memory corpus ({c.get('format')})")


def refuse_other_corpus(folder: Path | str, articles: pd.DataFrame, info: dict | None = None) -> None:
    """Raise :class:`CorpusError` when ``folder`` holds the tables of another corpus than
    ``articles`` (its manifest's source, or its article ids), so neither ``load_tables`` nor
    ``belarus-analysis build`` replaces one corpus's tables with another's."""
    info = read_manifest(folder) if info is None else info
    if info is not None and not _same_corpus(info, articles):
        raise CorpusError(f"{folder}: holds the tables of {_describe(info)}, not of this corpus; "
                          "give another folder (nothing was written)")


def fresh(info: dict | None, articles: pd.DataFrame) -> bool:
    """Whether tables with manifest ``info`` are current for ``articles``: nothing
    :func:`stale`, the same raw texts, data files and metadata (alignment, dates …).

    Examples
    --------
    >>> fresh(None, pd.DataFrame({"article_id": []}))
    False
    """
    if info is None or stale(info):
        return False
    now = manifest(articles, {"articles": len(articles)})
    return all(info.get(k) == now[k] for k in ("articles", "data_fingerprint")) \
        and info.get("corpus", {}).get("metadata_sha256") == now["corpus"]["metadata_sha256"]


def load_tables(folder: Path | str | None = None, *, articles: pd.DataFrame | None = None,
                rebuild: bool = False) -> dict[str, pd.DataFrame]:
    """The tidy tables of a tables folder, or of the bundled example.

    Parameters
    ----------
    folder : path, optional
        A folder written by ``belarus-analysis build --out folder`` (or :func:`write_tables`).
        Default: ``data/processed/``, the bundled example.
    articles : DataFrame, optional
        The corpus the folder is for. Given, a missing or stale folder is (re)built from it;
        a folder that belongs to another corpus is an error, never overwritten. Default: the
        bundled example for the default folder, else whatever corpus the folder holds.
    rebuild : bool
        Rebuild even when the folder is fresh (needs ``articles``, or the default folder).

    Returns
    -------
    dict of str -> DataFrame
        ``articles``, ``statements``, ``figures``, ``markers``, ``readability`` (see
        :mod:`belarus_analysis.schema`).

    Raises
    ------
    CorpusError
        The folder belongs to another corpus than ``articles``, or it has no manifest and
        no ``articles`` were given.
    OutputError
        Without ``articles``: the folder is incomplete, mixed or edited (its files do not
        match the manifest's hashes).

    Examples
    --------
    >>> import tempfile
    >>> load_tables(tempfile.mkdtemp())
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.CorpusError: ...: no manifest.json: not a folder written by `belarus-analysis build --out ...`
    """
    if isinstance(folder, pd.DataFrame):
        raise TypeError("load_tables(folder): the first argument is a tables folder; pass a corpus as articles=...")
    default = folder is None
    folder = Path(config.PROCESSED if default else folder)
    info = read_manifest(folder)
    if articles is None and default:
        articles = corpus.load_corpus()
    if articles is None:
        if info is None:
            raise CorpusError(f"{folder}: no manifest.json: not a folder written by `belarus-analysis build --out ...`")
        if reasons := stale(info):
            warnings.warn(f"{folder}: tables built before {'; '.join(reasons)}; rebuild them with "
                          f"`{build_command(info, folder)}`", BelarusAnalysisWarning, stacklevel=2)
        return read_tables(folder)
    refuse_other_corpus(folder, articles, info)
    if fresh(info, articles) and not rebuild:
        try:
            return read_tables(folder)
        except OutputError:
            pass  # incomplete, mixed or edited: rebuilt below
    cache = config.CACHE if default else folder / "cache"
    tables = pipeline.build(articles, cache=cache)
    write_tables(tables, folder)
    return tables


def use_settings(info: dict) -> None:
    """Point :mod:`config` at the data files a tables folder was built with (its manifest's
    ``settings``), for the rest of the process: a notebook or report on that corpus then reads
    the same actors, lexicons, reference results and alignment groups."""
    for key, value in info.get("settings", {}).items():
        if key in SETTINGS:
            setattr(config, key, Path(value))


def notebook_tables() -> dict[str, pd.DataFrame]:
    """The tables a notebook analyses: the folder in ``$BELARUS_ANALYSIS_TABLES`` (set by
    ``belarus-analysis notebooks --tables OUT``), else the bundled example.

    For a user's folder, the data files it was built with become the configured ones
    (:func:`use_settings`) and charts or tables a notebook saves go to
    ``$BELARUS_ANALYSIS_REPORTS`` (default ``OUT/reports``), never into the project's ``reports/``.

    Returns
    -------
    dict of str -> DataFrame
        As :func:`load_tables`.

    Examples
    --------
    >>> tables = notebook_tables()  # doctest: +SKIP
    """
    folder = os.environ.get(ENV_TABLES)
    if not folder:
        return load_tables()
    tables = load_tables(folder)
    use_settings(read_manifest(folder) or {})
    reports = Path(os.environ.get(ENV_REPORTS) or Path(folder) / "reports")
    config.REPORTS, config.FIGURES, config.TABLES = reports, reports / "figures", reports / "tables"
    return tables
