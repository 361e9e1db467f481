"""The processed tables on disk: what the CLI writes and the notebooks read.

``load_tables()`` returns the tables in ``data/processed/`` when they are
up to date (same package version, spaCy model, raw-text hashes and data files
as recorded in their manifest), and otherwise rebuilds and rewrites them, so a
notebook never shows stale numbers.

>>> t = load_tables()  # doctest: +SKIP
>>> sorted(t)  # doctest: +SKIP
['articles', 'figures', 'markers', 'readability', 'statements']
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from . import __version__, config, corpus, nlp, outputs, pipeline
from .cache import code_fingerprint, data_fingerprint


def manifest(articles: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict:
    """What a set of tables was built from, for provenance and staleness checks."""
    return {
        "package_version": __version__,
        "model": tables["articles"].attrs.get("model") or nlp.model_info(nlp.load_pipeline()),
        "data_fingerprint": data_fingerprint(),
        "code_fingerprint": code_fingerprint(),
        "articles": dict(zip(articles["article_id"], articles["sha256"])),
        "tables": {name: len(df) for name, df in tables.items()},
    }


def write_tables(tables: dict[str, pd.DataFrame], out: Path = config.PROCESSED) -> dict:
    """Write every table as CSV and Parquet plus ``manifest.json``; return the manifest."""
    out = Path(out)
    for name, df in tables.items():
        outputs.write_table(df, out / name)
    info = manifest(tables["articles"], tables)
    outputs.write_json(info, out / "manifest.json")
    return info


@contextmanager
def write_parts(out: Path) -> Iterator[Callable[[int, dict[str, pd.DataFrame]], None]]:
    """Write the tables as a partitioned Parquet dataset, ``OUT/parts/<table>/part.<i>.parquet``,
    one file per table and partition, as the partitions of a build finish.

    Yields ``write(i, tables)`` (pass it as ``build(..., on_partition=write)``). Files go to a
    hidden staging folder in ``out``; when the ``with`` block ends without error the staging
    folder replaces ``OUT/parts`` whole, so a reader never sees parts of two builds (a
    previous build with more partitions leaves none behind). On error it is removed and the
    previous dataset stays. Each ``<table>`` folder reads as one table, rows in article order:
    ``pd.read_parquet(OUT / "parts" / "statements")``, or ``dask.dataframe.read_parquet``.

    Parameters
    ----------
    out : path
        The build's output folder (created if missing).

    Yields
    ------
    callable
        ``write(i, tables)``: write ``tables[name]`` (DataFrames) as partition ``i`` of each table.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> with write_parts(d) as write:
    ...     write(1, {"t": pd.DataFrame({"a": [3]})})
    ...     write(0, {"t": pd.DataFrame({"a": [1, 2]})})
    >>> pd.read_parquet(d / "parts" / "t")["a"].tolist()
    [1, 2, 3]
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".parts.", suffix=".tmp", dir=out))

    def write(i: int, tables: dict[str, pd.DataFrame]) -> None:
        for name, df in tables.items():
            # Zero-padded so that readers, which list a folder's files by name, keep article order.
            outputs.write_table(df, staging / name / f"part.{i:05d}", formats=("parquet",))

    try:
        yield write
        final, old = out / "parts", staging.with_suffix(".old")
        if final.exists():
            os.replace(final, old)
        os.replace(staging, final)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fresh(out: Path, articles: pd.DataFrame) -> bool:
    path = out / "manifest.json"
    if not path.exists():
        return False
    old = json.loads(path.read_text())
    now = manifest(articles, {"articles": articles})
    keys = ("package_version", "code_fingerprint", "data_fingerprint", "articles")
    return all(old.get(k) == now[k] for k in keys) and old.get("model", {}).get("model_version") == \
        nlp.model_info(nlp.load_pipeline())["model_version"]


def load_tables(articles: pd.DataFrame | None = None, out: Path = config.PROCESSED,
                rebuild: bool = False) -> dict[str, pd.DataFrame]:
    """The tidy tables for ``articles`` (default: the seed corpus), from disk when fresh."""
    articles = corpus.load_corpus() if articles is None else articles
    out = Path(out)
    if not rebuild and _fresh(out, articles):
        names = json.loads((out / "manifest.json").read_text())["tables"]
        return {name: pd.read_parquet(out / f"{name}.parquet") for name in names}
    tables = pipeline.build(articles, cache=True)
    write_tables(tables, out)
    return tables
