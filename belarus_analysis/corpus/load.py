"""Load articles and their metadata into the ``articles`` table.

A corpus is a folder of plain-text articles plus a metadata CSV (one row per
article, see ``data/README.md``). Raw files are never modified: each is read,
checked against its recorded sha256 (``SHA256SUMS`` beside the texts), decoded
and cleaned (:mod:`belarus_analysis.corpus.cleaning`); ``text`` is the cleaned string
that every later ``char_start``/``char_end`` refers to.

Every problem is a :class:`CorpusError` that names the file (and the CSV line);
no article is dropped silently.

>>> import belarus_analysis as ba
>>> arts = ba.from_texts({"a1": "Minsk said the vote was fair."})
>>> arts.loc[0, "article_id"], int(arts.loc[0, "n_words"])
('a1', 6)
"""

from __future__ import annotations

import codecs
import csv
import datetime
import difflib
import hashlib
import io
import json
import os
import re
import stat
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd
import textstat

from .. import config, schema
from ..errors import BelarusAnalysisWarning, CorpusError
from . import alignments
from .cleaning import clean

REQUIRED = ["article_id", "source_file"]
STANDARD = ["outlet", "outlet_type", "alignment", "election", "published", "title"]
# Columns the loader computes (and ``line``, each metadata row's CSV line): a metadata
# column with one of these names would be overwritten or lost, so it is refused.
RESERVED = ["line", "sha256", "text", "cleaning", "n_words", "n_sentences",
            "published_in_text", "republished_from", "byline", "author_footer", "promos"]
# The largest raw article read (bytes); larger files are refused before reading. Parsing
# needs about 3 GB per 1 MB of text with the default model, so this also bounds memory.
MAX_BYTES = 16 * 2**20
# Presidential elections of independent Belarus: the first was in 1994.
FIRST_ELECTION = 1994
# Text with nothing visible: white space and format characters (zero-width spaces and
# joiners, word joiners, BOMs, soft hyphens, bidi marks).
INVISIBLE = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*")
# What stays empty without each metadata column (said in one warning line).
COMPARISONS = {
    "outlet": "per-outlet charts and tables",
    "alignment": "comparisons by alignment group",
    "election": "reported results next to the official ones",
    "published": "the official stage a figure is compared with and year-less dates",
}


# --------------------------------------------------------------------------- metadata

def read_metadata(path: Path | str) -> pd.DataFrame:
    """Read and validate a metadata CSV; the ``line`` column keeps each row's CSV line.

    Raises :class:`CorpusError` for missing required columns, empty ``article_id``
    or ``source_file``, duplicate ids or files, bad ``published`` dates and
    non-integer ``election`` years, naming the file and line.
    """
    path = Path(path)
    raw = _read_bytes(path)
    text = _decode(raw, path, "utf-8", advice="re-save it as UTF-8 (in Excel: Save As, 'CSV UTF-8')")
    reader = csv.DictReader(io.StringIO(text.replace("\r\n", "\n")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    # Excel adds unnamed columns after the last one it saw used; they must stay empty.
    named = len(header)
    while named and not header[named - 1]:
        named -= 1
    blank = [f"\x00{i}" for i in range(named, len(header))]
    header = header[:named] + blank
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CorpusError(f"{path}:1: missing required column(s) {missing}; header is {header[:named]}"
                          f"{_delimiter_hint(header)}")
    if "" in header:
        raise CorpusError(f"{path}:1: column {header.index('') + 1} of the header has no name")
    if len(set(header)) != len(header):
        raise CorpusError(f"{path}:1: duplicated column name(s) in header {header}")
    _check_reserved(header, f"{path}:1")
    reader.fieldnames = header
    rows = []
    for row in reader:
        line = reader.line_num
        if None in row:
            raise CorpusError(f"{path}:{line}: more fields than the header has columns")
        row = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items()}
        if any(row.pop(b) for b in blank):
            raise CorpusError(f"{path}:{line}: a value in a column with no name in the header")
        if not any(row.values()):
            continue  # a blank line is not an article
        for col in REQUIRED:
            if not row.get(col):
                raise CorpusError(f"{path}:{line}: empty required field '{col}'")
        row = check_row(row, f"{path}:{line}")
        rows.append({**row, "line": line})
    if not rows:
        raise CorpusError(f"{path}: no metadata rows")
    meta = pd.DataFrame(rows)
    for col in ("article_id", "source_file"):
        dup = meta[meta[col].duplicated(keep=False)]
        if len(dup):
            where = ", ".join(f"line {ln}: {v}" for ln, v in zip(dup["line"], dup[col]))
            raise CorpusError(f"{path}: duplicate {col} ({where})")
    check_columns(meta, str(path))
    return meta


def _check_reserved(columns: Iterable[str], where: str, reserved: Sequence[str] = RESERVED) -> None:
    clash = [c for c in columns if c in reserved]
    if clash:
        raise CorpusError(f"{where}: column name(s) {clash} are reserved (the loader computes them); rename them. "
                          f"Reserved: {', '.join(reserved)}")


def _delimiter_hint(header: list[str]) -> str:
    """Advice when a header is one field holding another delimiter (a spreadsheet's ';' export)."""
    for sep, name in ((";", "semicolons"), ("\t", "tabs"), ("|", "pipes")):
        if len(header) <= 1 and header and sep in header[0]:
            return (f"; the header is separated by {name} ({sep!r}), not commas: save the file as "
                    "comma-separated CSV (in a spreadsheet: CSV UTF-8, comma delimiter)")
    return ""


def check_row(row: Mapping[str, object], where: str) -> dict:
    """Check one metadata row's standard values; raise :class:`CorpusError` naming ``where``.

    Parameters
    ----------
    row : mapping of column -> str
        Empty strings are missing values.
    where : str
        ``file:line`` (or ``file: row N``) for the message.

    Returns
    -------
    dict
        A copy of ``row`` whose ``published`` is its date, ``YYYY-MM-DD`` (see
        :func:`published_date`).

    Raises
    ------
    CorpusError
        ``published`` is not an ISO 8601 date or timestamp pandas can hold, ``election`` is
        not a plausible election year, or ``alignment`` is not a code of
        ``data/alignments.csv`` (the valid codes are listed).

    Examples
    --------
    >>> check_row({"published": "2020-08-12T23:30:00-04:00"}, "my.csv:3")["published"]
    '2020-08-12'
    >>> check_row({"alignment": "Western government"}, "my.csv:3")
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.CorpusError: my.csv:3: alignment='Western government' is not an alignment code; ...
    """
    row = dict(row)
    if row.get("published"):
        row["published"] = published_date(str(row["published"]), where)
    election = str(row.get("election") or "")
    if election:
        latest = datetime.date.today().year + 10
        if not re.fullmatch(r"\d{4}", election):
            raise CorpusError(f"{where}: election={election!r} is not a year")
        if not FIRST_ELECTION <= int(election) <= latest:
            raise CorpusError(f"{where}: election={election} is not a plausible election year "
                              f"({FIRST_ELECTION}-{latest})")
    code = row.get("alignment")
    if code and code not in (valid := alignments.codes()):
        raise CorpusError(f"{where}: alignment={code!r} is not an alignment code; valid codes: {', '.join(valid)} "
                          f"(add a row to {config.ALIGNMENTS} for a group of your own)")
    return row


def check_columns(meta: pd.DataFrame, where: str) -> None:
    """Warn about metadata the comparisons need but do not have.

    Parameters
    ----------
    meta : DataFrame
        The metadata rows (strings; empty cells are ``""``).
    where : str
        The metadata file, for the messages.

    Warns
    -----
    BelarusAnalysisWarning
        One line naming the missing (or all-empty) ``outlet``/``alignment``/``election``/
        ``published`` columns and which comparisons stay empty; one line naming election years
        the reference results (``config.REFERENCE``) do not cover.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     check_columns(pd.DataFrame({"outlet": ["A"], "alignment": ["independent"], "election": ["2015"],
    ...                                 "published": ["2015-10-11"]}), "my.csv")
    >>> str(w[0].message).split(" (has")[0]
    'my.csv: election 2015 not in .../official_results.csv'
    """
    absent = [c for c in COMPARISONS if c not in meta.columns or not meta[c].astype(str).str.strip().any()]
    if absent:
        warnings.warn(f"{where}: no {', '.join(absent)} given, so these will be empty: "
                      f"{'; '.join(COMPARISONS[c] for c in absent)}", BelarusAnalysisWarning, stacklevel=3)
    if "election" in meta.columns:
        from ..extract.figures import reference  # the extractor's own reader of the results file

        path = reference.reference_path()
        known = {str(y) for y in reference.load_reference(path)["election"].dropna()} if path.exists() else set()
        unknown = sorted({str(y) for y in meta["election"] if str(y).strip()} - known)
        if unknown:
            warnings.warn(f"{where}: election {', '.join(unknown)} not in {path} (has {', '.join(sorted(known))}): "
                          "figures of those articles get no official value", BelarusAnalysisWarning, stacklevel=3)


def published_date(value: str, where: str) -> str:
    """The publication date of a ``published`` value, ``YYYY-MM-DD``.

    Parameters
    ----------
    value : str
        A date ``YYYY-MM-DD`` or an ISO 8601 timestamp, with or without a UTC offset or
        ``Z`` (as JSON-LD ``datePublished`` gives them, or ``Timestamp.isoformat``).
    where : str
        ``file:line`` (or ``file: row N``) for the message.

    Returns
    -------
    str
        The date as written: a timestamp's own (local) date, never converted to another
        time zone, since the outlet's calendar day is what year-less dates and the
        official-result stages are resolved against.

    Raises
    ------
    CorpusError
        ``value`` is not such a date or timestamp, or is out of pandas' date range.

    Examples
    --------
    >>> published_date("2020-08-12T01:00:00+03:00", "my.csv:3")
    '2020-08-12'
    >>> published_date("12/08/2020", "my.csv:3")
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.CorpusError: my.csv:3: published='12/08/2020' is not a YYYY-MM-DD date or an ISO 8601 timestamp
    """
    try:
        day = datetime.datetime.fromisoformat(value).date()
    except ValueError:
        raise CorpusError(f"{where}: published={value!r} is not a YYYY-MM-DD date or an ISO 8601 timestamp") from None
    if not pd.Timestamp.min.date() < day < pd.Timestamp.max.date():
        raise CorpusError(f"{where}: published={value} is out of range (dates from {pd.Timestamp.min.year + 1} "
                          f"to {pd.Timestamp.max.year - 1})")
    return day.isoformat()


# --------------------------------------------------------------------------- raw files

def _read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; a FIFO or device (which could
    block or never end), an oversized or unreadable file is a :class:`CorpusError`."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer before it can be refused.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a directory, not a text file") from None
    except OSError as e:
        raise CorpusError(f"{path}: cannot be read ({e.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise CorpusError(f"{path}: is a directory, not a text file")
        if not stat.S_ISREG(st.st_mode):
            raise CorpusError(f"{path}: not a regular file (a FIFO, socket or device); give a text file")
        if st.st_size > max_bytes:
            raise CorpusError(f"{path}: {st.st_size / 2**20:.1f} MB is over the limit of {max_bytes / 2**20:.0f} MB "
                              "per article (load_corpus(max_bytes=...), CLI --max-article-mb)")
        try:
            return fh.read()
        except OSError as e:
            raise CorpusError(f"{path}: cannot be read ({e.strerror})") from None


ARTICLE_ADVICE = ("give its real encoding (metadata column 'encoding', e.g. cp1251, or load_corpus(encoding=...)) "
                  "or re-save the file as UTF-8")


def _decode(raw: bytes, path: Path, encoding: str, advice: str = ARTICLE_ADVICE) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise CorpusError(f"{path}: unknown encoding {encoding!r} (metadata column 'encoding'); "
                          "use a Python codec name such as utf-8, utf-16, cp1251") from None
    # UTF-16/32 text is full of NUL bytes: decode first, then look for NUL characters.
    wide = codec.startswith(("utf-16", "utf-32"))
    if not wide and b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise CorpusError(f"{path}:{line}: contains NUL bytes; this looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise CorpusError(f"{path}:{line}: not valid {encoding} (byte {raw[e.start]:#04x} at offset {e.start}); "
                          f"{advice}") from None
    if wide and "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise CorpusError(f"{path}:{line}: contains NUL characters; this looks like a binary file, not text")
    return text.removeprefix("\ufeff") if wide else text


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read_checksums(folder: Path) -> dict[str, str] | None:
    """``{relative path: sha256}`` from ``folder/SHA256SUMS``, or None if there is none."""
    path = folder / config.CHECKSUMS
    if not path.exists():
        return None
    sums = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line.strip())
        if not m:
            raise CorpusError(f"{path}:{n}: not a 'sha256  filename' line")
        sums[m[2]] = m[1]
    return sums


def record_checksums(folder: Path | str | None = None) -> Path:
    """(Re)write ``SHA256SUMS`` for every ``.txt`` under ``folder``.

    Run this (``belarus-analysis rehash``) only when you really mean to change a raw file.
    """
    folder = Path(folder or config.SEEDS)
    lines = [f"{sha256(_read_bytes(p))}  {p.relative_to(folder).as_posix()}" for p in text_files(folder)]
    out = folder / config.CHECKSUMS
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def text_files(folder: Path) -> list[Path]:
    """Every ``.txt`` file under ``folder``, whatever the case of the suffix (``.TXT``)."""
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".txt" and not p.is_dir())


def _safe_path(folder: Path, source_file: str, where: str) -> Path:
    """The file ``source_file`` names inside ``folder``; refuses anything leaving it."""
    p = Path(source_file)
    if p.is_absolute() or ".." in p.parts:
        raise CorpusError(f"{where}: source_file {source_file!r} must be a path inside the corpus folder")
    full = folder / p
    if not full.resolve().is_relative_to(folder.resolve()):
        raise CorpusError(f"{where}: source_file {source_file!r} resolves outside the corpus folder (symlink?)")
    return full


# --------------------------------------------------------------------------- tables

def _article_record(article_id: str, raw_text: str, meta: Mapping) -> dict:
    """One row of the articles table from a decoded raw text and its metadata."""
    cleaned = clean(raw_text)
    text = cleaned.text
    where = meta.get("source_file") or article_id
    if INVISIBLE.fullmatch(text):
        raise CorpusError(f"{where}: empty article (no visible text after cleaning)")
    if cleaned.fields.get("published_in_text"):
        published_date(cleaned.fields["published_in_text"], f"{where}: leaked date line")
    rec = {k: (v if v != "" else pd.NA) for k, v in meta.items() if k != "line"}
    rec.update(cleaned.fields)
    rec["article_id"] = article_id
    steps = list(cleaned.steps)
    found = cleaned.fields.get("published_in_text")
    if found:
        if pd.isna(rec.get("published", pd.NA)):
            rec["published"] = found
            steps.append("published: taken from the leaked date line")
        elif rec["published"] != found:
            warnings.warn(f"{rec.get('source_file')}: published={rec['published']} but the text says {found}",
                          BelarusAnalysisWarning, stacklevel=3)
    rec["text"] = text
    rec["raw_map"] = json.dumps(cleaned.raw_map, separators=(",", ":"))
    rec["cleaning"] = "; ".join(steps)
    rec["n_words"] = textstat.lexicon_count(text)
    rec["n_sentences"] = textstat.sentence_count(text)
    return rec


def _frame(records: Iterable[dict]) -> pd.DataFrame:
    df = schema.to_frame(records, "articles", extra=True)
    return df.reset_index(drop=True)


def _load_row(row: dict, file: Path, folder: Path, sums: dict | None, encoding: str, max_bytes: int) -> dict:
    """The articles-table record of one metadata row (raises :class:`CorpusError`)."""
    raw = _read_bytes(file, max_bytes)
    digest = sha256(raw)
    if sums is not None:
        rel = Path(row["source_file"]).as_posix()
        if rel not in sums:
            raise CorpusError(f"{file}: no checksum recorded in {folder / config.CHECKSUMS}; "
                              f"run `belarus-analysis rehash {folder}` to record it")
        if sums[rel] != digest:
            raise CorpusError(f"{file}: raw file changed since its sha256 was recorded; restore it, or run "
                              f"`belarus-analysis rehash {folder}` if the change is intended")
    text = _decode(raw, file, row.get("encoding") or encoding)
    return _article_record(row["article_id"], text, {**row, "sha256": digest})


def load_corpus(
    path: Path | str | None = None,
    metadata: Path | str | None = None,
    *,
    text: str = "text",
    id: str = "article_id",
    encoding: str = "utf-8",
    allow_unlisted: bool = False,
    verify: bool = True,
    strict: bool = True,
    max_bytes: int = MAX_BYTES,
) -> pd.DataFrame:
    """Load a corpus into the articles table: a folder of ``.txt`` articles with its
    metadata, or one CSV / JSONL / Parquet file with a text column.

    ``path=None`` loads the bundled seeds with ``data/articles.csv``. A file ``path``
    (``.csv``, ``.jsonl``, ``.ndjson``, ``.parquet``) holds one article per row: ``text``
    and ``id`` name its text and id columns, every other column is metadata (see
    :func:`belarus_analysis.corpus.tabular.read_table`). Otherwise
    ``path`` is a folder with ``*.txt`` files and (unless ``metadata`` is given)
    an ``articles.csv``. A metadata column ``encoding`` overrides ``encoding``
    per file. ``.txt`` files with no metadata row are an error unless
    ``allow_unlisted=True``, which includes them with empty metadata and a warning.
    With ``verify=True`` and a ``SHA256SUMS`` file beside the texts, a raw file
    whose hash differs from the recorded one is an error. Only regular files of at
    most ``max_bytes`` are read (:data:`MAX_BYTES`, 16 MB, by default).

    ``strict=False`` keeps going past articles that cannot be loaded (missing,
    empty, undecodable, changed or unsafe files): each is skipped with a warning
    and listed (article_id, source_file, reason) in ``articles.attrs["skipped"]``. Problems with
    the metadata table itself (columns, duplicate ids) always raise.

    >>> import belarus_analysis as ba
    >>> ba.load_corpus()["outlet"].tolist()[:2]
    ['RFE/RL', 'The Epoch Times']
    """
    from . import tabular  # it reads rows with this module's helpers

    folder = Path(path) if path is not None else config.SEEDS
    if folder.is_file() or (folder.suffix.lower() in tabular.FORMATS and not folder.is_dir()):
        if metadata is not None:
            raise CorpusError(f"{folder}: a one-file corpus carries its metadata in its columns; "
                              "drop the metadata file (--metadata)")
        return tabular.read_table(folder, text=text, id=id, encoding=encoding, strict=strict)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: corpus folder not found")
    meta_path = Path(metadata) if metadata else (config.METADATA if path is None else folder / config.CORPUS_METADATA)
    meta = read_metadata(meta_path)
    sums = read_checksums(folder) if verify else None

    skipped: list[dict] = []

    def fail(row: dict, error: CorpusError) -> None:
        if strict:
            raise error
        warnings.warn(f"skipped: {error}", BelarusAnalysisWarning, stacklevel=3)
        skipped.append({"article_id": row["article_id"], "source_file": row["source_file"], "reason": str(error)})

    rows, files = meta.to_dict("records"), {}
    for row in rows:
        try:
            files[row["article_id"]] = _safe_path(folder, row["source_file"], f"{meta_path}:{row['line']}")
        except CorpusError as e:
            fail(row, e)
    lines = {row["article_id"]: row["line"] for row in rows}
    by_file: dict[Path, list[str]] = {}
    for aid, f in files.items():
        by_file.setdefault(f.resolve(), []).append(aid)
    for f, aids in by_file.items():
        if len(aids) > 1:
            where = ", ".join(f"line {lines[a]}: {a}" for a in aids)
            raise CorpusError(f"{meta_path}: source_file of several rows names the same file {f} ({where})")
    unlisted = [p for p in text_files(folder) if p.resolve() not in by_file]
    for row in rows:  # a mistyped source_file is about the missing file, not the unlisted one
        file = files.get(row["article_id"])
        if file is not None and not file.exists():
            close = difflib.get_close_matches(row["source_file"], [p.relative_to(folder).as_posix() for p in unlisted], 1)
            fail(row, CorpusError(f"{file}: file not found (source_file of {meta_path}:{row['line']})"
                                  + (f"; did you mean {close[0]!r}?" if close else "")))
            del files[row["article_id"]]
    if unlisted and not allow_unlisted:
        names = ", ".join(p.relative_to(folder).as_posix() for p in unlisted)
        raise CorpusError(f"{meta_path}: no metadata row for {names}; add rows, or include them with empty "
                          "metadata (--allow-unlisted; allow_unlisted=True in Python)")
    for p in unlisted:
        if p.stem in files or p.stem in meta["article_id"].values:
            raise CorpusError(f"{p}: file name repeats the article_id {p.stem!r} of a metadata row")
        row = {"article_id": p.stem, "source_file": p.relative_to(folder).as_posix()}
        try:  # an unlisted symlink must not reach outside the folder either
            files[p.stem] = _safe_path(folder, row["source_file"], str(p))
        except CorpusError as e:
            fail(row, e)
            continue
        warnings.warn(f"{p}: no metadata row; included with empty metadata", BelarusAnalysisWarning, stacklevel=2)
        rows.append(row)

    records = []
    for row in rows:
        if row["article_id"] not in files:
            continue  # its unsafe path was reported above
        try:
            records.append(_load_row(row, files[row["article_id"]], folder, sums, encoding, max_bytes))
        except CorpusError as e:
            fail(row, e)
    df = _frame(records)
    df.attrs["skipped"] = skipped  # plain records: attrs travel into Parquet metadata as JSON
    df.attrs["corpus"] = {"source": str(folder.resolve()), "format": "folder", "bundled": path is None,
                          "metadata": str(meta_path.resolve())}
    return df


def from_texts(texts: Mapping[str, str], metadata: pd.DataFrame | Iterable[Mapping] | None = None) -> pd.DataFrame:
    """The articles table for in-memory texts ``{article_id: text}``.

    ``metadata`` (optional) has one row per article with an ``article_id``
    column; its other columns are copied. Ids in metadata without a text are an error.

    >>> import belarus_analysis as ba
    >>> ba.from_texts({"x": "He said: “No.”"}, [{"article_id": "x", "outlet": "Demo"}])["outlet"][0]
    'Demo'
    """
    ids = [str(aid) for aid in texts]
    dup = sorted(a for a, n in Counter(ids).items() if n > 1)
    if dup:
        raise CorpusError(f"duplicate article_id(s) {dup} among the texts (ids are compared as strings)")
    meta: dict[str, dict] = {}
    if metadata is not None:
        rows = metadata.to_dict("records") if isinstance(metadata, pd.DataFrame) else list(metadata)
        for i, row in enumerate(rows):
            aid = str(row.get("article_id", ""))
            if not aid:
                raise CorpusError(f"metadata row {i}: no article_id")
            if aid in meta:
                raise CorpusError(f"metadata row {i}: duplicate article_id {aid!r}")
            _check_reserved(row, f"metadata row {i}")
            meta[aid] = check_row({k: ("" if pd.isna(v) else str(v)) for k, v in row.items()}, f"metadata row {i}")
        extra = sorted(set(meta) - set(ids))
        if extra:
            raise CorpusError(f"metadata names article(s) with no text: {extra}")
    records = []
    for aid, text in zip(ids, texts.values()):
        if not isinstance(text, str):
            raise CorpusError(f"{aid}: text must be str, got {type(text).__name__}")
        raw = text.encode("utf-8")
        records.append(_article_record(str(aid), text, {**meta.get(aid, {}), "sha256": sha256(raw)}))
    df = _frame(records)
    df.attrs["corpus"] = {"source": None, "format": "texts", "bundled": False}
    return df
