"""The processed tables on disk: what the CLI writes and the notebooks read.

``load_tables()`` returns the tables in ``data/processed/`` when they are
up to date (same package version, spaCy model, raw-text hashes, metadata and data
files as recorded in their manifest) and their files are the ones the manifest
records, and otherwise rebuilds and rewrites them, so a notebook never shows stale
or mixed numbers.

A build is written as one transaction (:class:`~belarus_analysis.outputs.Transaction`):
CSV and Parquet per table, ``datapackage.json`` (a Frictionless Table Schema for the
CSVs), ``skipped.csv`` when articles were skipped, and last ``manifest.json`` with
the sha256 of every file, which :func:`read_tables` checks.

>>> t = load_tables()  # doctest: +SKIP
>>> sorted(t)  # doctest: +SKIP
['articles', 'figures', 'markers', 'readability', 'statements']
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from . import __version__, config, corpus, nlp, outputs, pipeline
from .cache import code_fingerprint, data_fingerprint
from .errors import OutputError
from .report import tables as export

SKIPPED = ["article_id", "source_file", "reason"]


def metadata_sha256(articles: pd.DataFrame) -> str:
    """sha256 of the articles table as loaded, without the text (which the raw-file hashes
    and the cleaning rules cover): edited metadata makes older tables stale."""
    meta = articles.drop(columns=["text"], errors="ignore")
    return hashlib.sha256(meta.to_json(orient="split", date_format="iso", index=False).encode()).hexdigest()



def manifest(articles: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict:
    """What a set of tables was built from, for provenance and staleness checks."""
    return {
        "package_version": __version__,
        "model": tables["articles"].attrs.get("model") or nlp.model_info(nlp.load_pipeline()),
        "data_fingerprint": data_fingerprint(),
        "code_fingerprint": code_fingerprint(),
        "articles": dict(zip(articles["article_id"], articles["sha256"])),
        "metadata_sha256": metadata_sha256(articles),
        "tables": {name: len(df) for name, df in tables.items()},
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
                 inputs: Iterable[Path | str] = (), force: bool = False,
                 parts: Iterable[tuple[int, dict[str, pd.DataFrame]]] = ()) -> dict:
    """Write every table (CSV, Parquet), ``datapackage.json``, ``skipped.csv`` (articles the
    load skipped, from ``tables["articles"].attrs["skipped"]``) and ``manifest.json`` into
    ``out`` as one transaction; return the manifest.

    ``parts`` (``(i, tables)`` of each partition of a Dask build, see
    ``build(..., on_partition=...)``) are written in the same transaction as a partitioned
    Parquet dataset, ``OUT/parts/<table>/part.<i>.parquet``: each ``<table>`` folder reads as
    one table in article order (``pd.read_parquet(OUT / "parts" / "statements")`` or
    ``dask.dataframe.read_parquet``), and the parts of an earlier build never mix with these.

    Raises :class:`~belarus_analysis.errors.OutputError` if ``out`` is or holds an input
    (see :func:`check_out`) or holds files an earlier build did not write (unless ``force``).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> import belarus_analysis as ba
    >>> arts = ba.from_texts({"a": "One text.", "b": "Another text."})
    >>> parts = [(1, {"articles": arts.tail(1)}), (0, {"articles": arts.head(1)})]
    >>> _ = write_tables({"articles": arts}, d, parts=parts)
    >>> pd.read_parquet(d / "parts" / "articles")["article_id"].tolist()
    ['a', 'b']
    """
    out = check_out(out or config.PROCESSED, inputs)
    with outputs.Transaction(out, force=force, adopt=out == config.PROCESSED.resolve()) as tx:
        for name, df in tables.items():
            for fmt, write in outputs.WRITERS.items():
                write(df, tx.path(f"{name}.{fmt}"))
        for i, part in parts:
            for name, df in part.items():
                # Zero-padded: readers list a folder's files by name, which keeps article order.
                outputs.WRITERS["parquet"](df, tx.path(f"parts/{name}/part.{i:05d}.parquet"))
        skipped = pd.DataFrame(tables["articles"].attrs.get("skipped", []), columns=SKIPPED)
        csvs = dict(tables)
        if len(skipped):
            outputs.write_csv(skipped, tx.path("skipped.csv"))
            csvs["skipped"] = skipped.astype("string")
        outputs.write_json(export.data_package(csvs), tx.path(export.DATAPACKAGE))
        return tx.commit(manifest(tables["articles"], tables))


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


def _fresh(out: Path, articles: pd.DataFrame) -> bool:
    path = out / "manifest.json"
    if not path.exists():
        return False
    try:
        old = json.loads(path.read_text())
    except ValueError:
        return False
    now = manifest(articles, {"articles": articles})
    keys = ("package_version", "code_fingerprint", "data_fingerprint", "articles", "metadata_sha256")
    return all(old.get(k) == now[k] for k in keys) and old.get("model", {}).get("model_version") == \
        nlp.model_info(nlp.load_pipeline())["model_version"]


def load_tables(articles: pd.DataFrame | None = None, out: Path | str | None = None,
                rebuild: bool = False) -> dict[str, pd.DataFrame]:
    """The tidy tables for ``articles`` (default: the seed corpus), from disk when fresh
    and intact, else rebuilt and rewritten."""
    articles = corpus.load_corpus() if articles is None else articles
    out = Path(out or config.PROCESSED)
    if not rebuild and _fresh(out, articles):
        try:
            return read_tables(out)
        except OutputError:
            pass  # incomplete or mixed: rebuilt below
    tables = pipeline.build(articles, cache=True)
    write_tables(tables, out)
    return tables
