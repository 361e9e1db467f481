"""A corpus in one table: a CSV, JSONL or Parquet export (one row per article), or a DataFrame.

One column holds the text, one the article id; every other column is metadata (``outlet``,
``alignment``, ``election``, ``published``… as in ``data/README.md``). Each row's text is the
raw text its ``raw_start``/``raw_end`` offsets refer to; ``sha256`` is the hash of its UTF-8
bytes and ``source_file`` says where it came from (``articles.jsonl:3``: file and line, or
``file: row 3`` for Parquet and DataFrames).

>>> import pandas as pd
>>> df = pd.DataFrame({"url": ["https://x.example/1"], "body": ["Minsk said the vote was fair."],
...                    "outlet": ["Example Daily"]})
>>> arts = from_frame(df, text="body", id="url")
>>> arts.loc[0, ["article_id", "outlet", "source_file"]].tolist()
['https://x.example/1', 'Example Daily', 'row 0']
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..errors import BelarusAnalysisWarning, CorpusError
from .load import (RESERVED, _article_record, _check_reserved, _decode, _delimiter_hint, _frame, _read_bytes,
                   check_columns, check_row, sha256)

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
# Columns the loader computes for a one-file corpus: a metadata column of that name would be
# overwritten, so it is refused (``source_file`` becomes file:line; there is no ``line`` column).
TABULAR_RESERVED = [c for c in RESERVED if c != "line"] + ["source_file"]


def _csv_rows(path: Path, encoding: str) -> tuple[list[str], list[tuple[str, dict]]]:
    text = _decode(_read_bytes(path), path, encoding)
    reader = csv.DictReader(io.StringIO(text.replace("\r\n", "\n")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if len(set(header)) != len(header):
        raise CorpusError(f"{path}:1: duplicated column name(s) in header {header}")
    if hint := _delimiter_hint(header):
        raise CorpusError(f"{path}:1: one column {header}{hint}")
    reader.fieldnames = header
    rows, line = [], 1
    for row in reader:
        start, line = line + 1, reader.line_num  # a quoted text may span several lines
        if None in row:
            raise CorpusError(f"{path}:{start}: more fields than the header has columns")
        if any(v for v in row.values()):
            rows.append((f"{path}:{start}", row))
    return header, rows


def _jsonl_rows(path: Path, encoding: str) -> tuple[list[str], list[tuple[str, dict]]]:
    text = _decode(_read_bytes(path), path, encoding)
    rows, header = [], {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise CorpusError(f"{path}:{n}: not valid JSON ({e.msg}, column {e.colno})") from None
        if not isinstance(row, dict):
            raise CorpusError(f"{path}:{n}: a JSON object per line expected, got {type(row).__name__}")
        header.update(dict.fromkeys(row))
        rows.append((f"{path}:{n}", row))
    return list(header), rows


def _parquet_rows(path: Path) -> tuple[list[str], list[tuple[str, dict]]]:
    _read_bytes(path)  # the same message as other formats for a missing file or a folder
    try:
        df = pd.read_parquet(path)
    except (OSError, ValueError, pa.ArrowException) as e:  # what pyarrow raises for a file that is not Parquet
        raise CorpusError(f"{path}: not a readable Parquet file ({e.__class__.__name__}: {e})") from None
    return [str(c) for c in df.columns], [(f"{path}: row {i + 1}", r) for i, r in enumerate(df.to_dict("records"))]


def read_table(path: Path | str, *, text: str = "text", id: str = "article_id", encoding: str = "utf-8",
               strict: bool = True) -> pd.DataFrame:
    """The articles table of a corpus stored as one CSV, JSONL (``.jsonl``/``.ndjson``) or Parquet file.

    Parameters
    ----------
    path : path
        The file; its suffix says the format.
    text, id : str
        The columns holding each article's text and its unique id.
    encoding : str
        Text encoding of CSV and JSONL files.
    strict : bool
        False skips rows with no or empty text (listed in ``attrs["skipped"]``, with a warning)
        instead of stopping; missing columns and duplicate ids always raise.

    Returns
    -------
    pandas.DataFrame
        The articles table (:data:`belarus_analysis.schema.TABLES` ``["articles"]``), one row per
        article in file order, extra metadata columns after the declared ones.

    Raises
    ------
    CorpusError
        Unknown suffix; missing file; bad encoding or JSON (names the line); no text or id
        column (lists the columns; a ``;``-separated CSV is named as such); empty or
        non-text text, empty or duplicate id, bad metadata values (name the line or row).

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "articles.jsonl"
    >>> _ = p.write_text('{"url": "u1", "body": "Officials said the count was over."}\\n')
    >>> read_table(p, text="body", id="url")[["article_id", "source_file"]].values.tolist()
    [['u1', 'articles.jsonl:1']]
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise CorpusError(f"{path}: not a corpus file; give a folder of .txt files with articles.csv, or one "
                          f"{', '.join(sorted(FORMATS))} file")
    header, rows = (_csv_rows(path, encoding) if kind == "csv" else _jsonl_rows(path, encoding)
                    if kind == "jsonl" else _parquet_rows(path))
    df = _from_rows(header, rows, text=text, id=id, source=path, strict=strict)
    df.attrs["corpus"] = {"source": str(path.resolve()), "format": kind, "bundled": False, "text": text, "id": id}
    return df


def from_frame(df: pd.DataFrame, *, text: str = "text", id: str = "article_id", strict: bool = True) -> pd.DataFrame:
    """The articles table of a DataFrame with one article per row.

    Parameters
    ----------
    df : pandas.DataFrame
        One row per article: a text column, an id column, any metadata columns.
    text, id : str
        The columns holding each article's text and its unique id.
    strict : bool
        As in :func:`read_table`.

    Returns
    -------
    pandas.DataFrame
        The articles table; ``source_file`` is ``row <index label>``.

    Raises
    ------
    CorpusError
        As :func:`read_table`, naming the row by its index label.

    Examples
    --------
    >>> from_frame(pd.DataFrame({"article_id": ["a"], "text": [""]}))
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.CorpusError: row 0: empty text (column 'text')
    """
    rows = [(f"row {label}", row) for label, row in zip(df.index, df.to_dict("records"))]
    out = _from_rows([str(c) for c in df.columns], rows, text=text, id=id, source=None, strict=strict)
    out.attrs["corpus"] = {"source": None, "format": "frame", "bundled": False, "text": text, "id": id}
    return out


def _plain(value: object) -> str:
    """A metadata cell as the string the checks and the articles table expect."""
    if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # election years read as floats next to missing values
    return str(value).strip()


def _from_rows(header: list[str], rows: Iterable[tuple[str, dict]], *, text: str, id: str, source: Path | None,
               strict: bool) -> pd.DataFrame:
    name = str(source) if source is not None else "the DataFrame"
    for col, option in ((text, "text"), (id, "id")):
        if col not in header:
            raise CorpusError(f"{name}: no column {col!r} (the {option} column); columns are {header}; "
                              f"name the right one with {option}=... (--{option}-column){_delimiter_hint(header)}")
    _check_reserved([c for c in header if c not in (text, id)], name, TABULAR_RESERVED)
    rows = list(rows)
    if not rows:
        raise CorpusError(f"{name}: no articles")
    seen: dict[str, str] = {}
    records, skipped, metas = [], [], []
    for where, row in rows:
        aid = _plain(row.get(id))
        if not aid:
            raise CorpusError(f"{where}: empty id (column {id!r})")
        if aid in seen:
            raise CorpusError(f"{where}: duplicate id {aid!r} (column {id!r}), first at {seen[aid]}")
        seen[aid] = where
        short = where if source is None else where.replace(str(source), source.name, 1)
        meta = {k: _plain(v) for k, v in row.items() if k not in (text, id)}
        meta = check_row(meta, where)  # bad metadata stops the load even with strict=False, as for folders
        metas.append(meta)
        body = row.get(text)
        try:
            if not isinstance(body, str):
                kind = "missing" if _plain(body) == "" else f"a {type(body).__name__}"
                raise CorpusError(f"{where}: text (column {text!r}) is {kind}, not a string")
            if not body.strip():
                raise CorpusError(f"{where}: empty text (column {text!r})")
            records.append(_article_record(aid, body, {**meta, "source_file": short,
                                                       "sha256": sha256(body.encode("utf-8"))}))
        except CorpusError as e:
            if strict:
                raise
            warnings.warn(f"skipped: {e}", BelarusAnalysisWarning, stacklevel=3)
            skipped.append({"article_id": aid, "source_file": short, "reason": str(e)})
    check_columns(pd.DataFrame(metas), name)
    df = _frame(records)
    df.attrs["skipped"] = skipped
    return df
