"""Official election results (``data/reference/official_results.csv``) and how outlets reported them.

The extractor of :mod:`belarus_analysis.extract.figures` gives every vote-share, turnout,
against-all and electorate figure the official value of the same measure announced by the
article's publication date (:func:`lookup`); figures from another source (an exit poll, an
opinion poll, an independent count: ``source_kind``) are not compared; :func:`reported_results` lays the reported figures next to the
official ones, one row per article × measure × subject.

>>> ref = load_reference()
>>> lookup(ref, 2025, pd.Timestamp("2025-01-27"), "vote_share", "lukashenko")
(86.82, 'preliminary')
>>> lookup(ref, 2020, None, "turnout")  # no publication date: the final result
(84.28, 'final')
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ... import config
from ...errors import DataFileError
from ...resources import data_path, read_numbered, read_rows, version

# File names inside the reference folder (config.REFERENCE, resolved when read).
RESULTS_FILE = "official_results.csv"
ELECTIONS_FILE = "elections.csv"

# A figure's (kind, unit) -> the measure of the reference table it is compared with.
MEASURES = {
    ("vote_share", "percent"): "vote_share",
    ("vote_share", "votes"): "votes",  # a candidate's number of votes ('4,652,000 people voted for X')
    ("against_all", "percent"): "against_all",
    ("turnout", "percent"): "turnout",
    ("turnout", "people"): "voters",
    ("electorate", "people"): "electorate",
}

REPORTED_COLUMNS = {
    "article_id": "string", "outlet": "string", "alignment": "string", "measure": "string",
    "subject": "string", "reported": "string", "value": "Float64", "qualifier": "string",
    "qualifier_class": "string", "precision": "Int64", "official_value": "Float64",
    "stage": "string", "difference": "Float64", "mentions": "Int64",
}


def reference_path() -> Path:
    """``config.REFERENCE / official_results.csv``, resolved when called."""
    return data_path(config.REFERENCE, RESULTS_FILE)


def load_reference(path: Path | str | None = None) -> pd.DataFrame:
    """The reference results (default :func:`reference_path`), typed: ``election`` Int64,
    ``date`` datetime, ``value`` Float64; cached per file content.

    ``path`` defaults to ``config.REFERENCE / "official_results.csv"``, resolved when called
    (so ``config.override(REFERENCE=...)`` applies); the file is re-read when it changes.

    >>> load_reference().groupby("election")["stage"].unique().to_dict()[2020].tolist()
    ['preliminary', 'final']
    """
    path = Path(path) if path else reference_path()
    if not path.is_file():
        raise DataFileError(f"{path}: reference results file not found")
    return _load_reference(path, version(path))


@lru_cache(maxsize=4)
def _load_reference(path: Path, stamp: str) -> pd.DataFrame:
    rows = read_numbered(path)
    for line, row in rows:  # a bad cell names its physical line instead of failing inside pandas
        for column, ok in (("election", r"\d{4}"), ("date", r"\d{4}-\d{2}-\d{2}"), ("value", r"-?\d+(?:\.\d+)?")):
            if not re.fullmatch(ok, (row.get(column) or "").strip()):
                raise DataFileError(f"{path}:{line}: {column}={row.get(column)!r} is not a valid {column}")
    df = pd.DataFrame([row for _, row in rows], columns=list(rows[0][1]) if rows else ["election", "date", "value",
                                                                                        "actor_id", "measure", "stage"])
    df = df.astype("string")
    df["election"] = pd.to_numeric(df["election"]).astype("Int64")
    df["date"] = pd.to_datetime(df["date"])
    df["value"] = pd.to_numeric(df["value"]).astype("Float64")
    df["actor_id"] = df["actor_id"].fillna("").replace("", pd.NA)
    return df


def election_days(path: Path | None = None) -> dict[int, date]:
    """Polling day of each election (``data/reference/elections.csv``), for dates written
    without a year that name the vote ("on 9 August" in a text of 2021).

    >>> election_days()[2020]
    datetime.date(2020, 8, 9)
    """
    path = Path(path) if path else data_path(config.REFERENCE, ELECTIONS_FILE)
    return _election_days(path, version(path))


@lru_cache(maxsize=4)
def _election_days(path: Path, stamp: str) -> dict[int, date]:
    return {int(r["election"]): date.fromisoformat(r["polling_day"]) for r in read_rows(path)}


def measure_of(kind: object, unit: object) -> str | None:
    """The reference measure a figure of this kind and unit reports, or None.

    >>> measure_of("turnout", "percent"), measure_of("count", "people")
    ('turnout', None)
    """
    return MEASURES.get((kind, unit)) if isinstance(kind, str) and isinstance(unit, str) else None


def lookup(ref: pd.DataFrame, election: object, published: object, measure: str,
           actor_id: str | None = None, *, stage: str | None = None) -> tuple[float, str] | None:
    """``(value, stage)`` of ``measure`` (for ``actor_id``) in ``election``, or None.

    A report is compared only with a result already announced when it was published:
    among the stages announced on or before ``published``, the latest wins (an article
    of 11 August 2020 is compared with the preliminary result, one of November with the
    final one); an article published before any stage has no reference. Without a
    publication date, the latest (final) stage. ``stage`` (named by the text: "according
    to preliminary results") restricts the comparison to that stage.

    >>> ref = load_reference()
    >>> lookup(ref, 2020, pd.Timestamp("2020-08-12"), "voters") is None  # announced with the final result
    True
    >>> lookup(ref, 2020, pd.Timestamp("2020-09-01"), "vote_share", "lukashenko", stage="preliminary")
    (80.23, 'preliminary')
    """
    if pd.isna(election):
        return None
    rows = ref[(ref["election"] == int(election)) & (ref["measure"] == measure)]
    if stage:
        rows = rows[rows["stage"] == stage]
    rows = rows[rows["actor_id"] == actor_id] if actor_id else rows[rows["actor_id"].isna()]
    if published is not None and not pd.isna(published):
        rows = rows[rows["date"] <= pd.Timestamp(published)]
    if rows.empty:
        return None
    best = rows.loc[rows["date"].idxmax()]
    return float(best["value"]), str(best["stage"])


def precision(text: str) -> int | None:
    """Decimal places of the first numeral in ``text`` as written (words: 0).

    >>> precision("86.82 percent"), precision("almost 87 percent"), precision("5,818,955"), precision("80,1%")
    (2, 0, 0, 1)
    """
    m = re.search(r"\d+(?:[.,]\d+)*", text)
    if not m:
        return 0 if text.strip() else None
    num = m.group(0)
    if "." in num:
        return len(num.rsplit(".", 1)[1])
    european = re.fullmatch(r"\d+,(\d{1,2})", num)  # 80,1 is a decimal comma; 5,818 a thousands one
    return len(european.group(1)) if european else 0


def reported_results(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Reported results next to the official ones: one row per article × measure × subject.

    ``figures`` is the figures table; every figure with a reference measure
    (vote share, turnout, against all, electorate, voters) is kept, the first
    mention in each article standing for the article (``mentions`` counts them).
    ``difference`` = reported value − official value.
    """
    cols = list(REPORTED_COLUMNS)
    if figures.empty:
        return pd.DataFrame(columns=cols).astype(REPORTED_COLUMNS)
    fig = figures.assign(measure=[measure_of(k, u) for k, u in zip(figures["kind"], figures["unit"])])
    fig = fig[fig["measure"].notna()].sort_values(["article_id", "char_start"])
    keys = ["article_id", "measure", "subject"]
    fig = fig.assign(subject=fig["subject"].fillna(""))
    mentions = fig.groupby(keys)["text"].transform("size")
    fig = fig.assign(mentions=mentions).drop_duplicates(keys)
    meta = articles[[c for c in ("article_id", "outlet", "alignment") if c in articles.columns]]
    out = fig.merge(meta, on="article_id", how="left")
    out = out.assign(
        subject=out["subject"].replace("", pd.NA),
        reported=out["text"],
        precision=[precision(t) for t in out["text"]],
        official_value=out["reference_value"],
        stage=out.get("reference_stage", pd.Series(pd.NA, index=out.index)),
        difference=out["deviation"],
    )
    for c in cols:
        if c not in out.columns:
            out[c] = pd.NA
    return out[cols].astype(REPORTED_COLUMNS).reset_index(drop=True)
