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


def write_tables(tables: dict[str, pd.DataFrame], out: Path | str | None = None) -> dict:
    """Write every table as CSV and Parquet plus ``manifest.json``; return the manifest."""
    out = Path(out or config.PROCESSED)
    for name, df in tables.items():
        outputs.write_table(df, out / name)
    info = manifest(tables["articles"], tables)
    outputs.write_json(info, out / "manifest.json")
    return info


def _fresh(out: Path, articles: pd.DataFrame) -> bool:
    path = out / "manifest.json"
    if not path.exists():
        return False
    old = json.loads(path.read_text())
    now = manifest(articles, {"articles": articles})
    keys = ("package_version", "code_fingerprint", "data_fingerprint", "articles")
    return all(old.get(k) == now[k] for k in keys) and old.get("model", {}).get("model_version") == \
        nlp.model_info(nlp.load_pipeline())["model_version"]


def load_tables(articles: pd.DataFrame | None = None, out: Path | str | None = None,
                rebuild: bool = False) -> dict[str, pd.DataFrame]:
    """The tidy tables for ``articles`` (default: the seed corpus), from disk when fresh."""
    articles = corpus.load_corpus() if articles is None else articles
    out = Path(out or config.PROCESSED)
    if not rebuild and _fresh(out, articles):
        names = json.loads((out / "manifest.json").read_text())["tables"]
        return {name: pd.read_parquet(out / f"{name}.parquet") for name in names}
    tables = pipeline.build(articles, cache=True)
    write_tables(tables, out)
    return tables
