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
import hashlib
import io
import os
import re
import stat
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import textstat

from .. import config, schema
from ..errors import CorpusError
from .cleaning import clean

REQUIRED = ["article_id", "source_file"]
STANDARD = ["outlet", "outlet_type", "alignment", "election", "published", "title"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
        raise CorpusError(f"{path}:1: missing required column(s) {missing}; header is {header[:named]}")
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
        _check_values(row, f"{path}:{line}")
        rows.append({**row, "line": line})
    if not rows:
        raise CorpusError(f"{path}: no metadata rows")
    meta = pd.DataFrame(rows)
    for col in ("article_id", "source_file"):
        dup = meta[meta[col].duplicated(keep=False)]
        if len(dup):
            where = ", ".join(f"line {ln}: {v}" for ln, v in zip(dup["line"], dup[col]))
            raise CorpusError(f"{path}: duplicate {col} ({where})")
    absent = [c for c in STANDARD if c not in meta.columns]
    if absent:
        warnings.warn(f"{path}: no column(s) {absent}; they will be empty", stacklevel=2)
    return meta


def _check_reserved(columns: Iterable[str], where: str) -> None:
    clash = [c for c in columns if c in RESERVED]
    if clash:
        raise CorpusError(f"{where}: column name(s) {clash} are reserved (the loader computes them); rename them. "
                          f"Reserved: {', '.join(RESERVED)}")


def _check_values(row: Mapping[str, str], where: str, *, iso: bool = True) -> None:
    """Refuse a ``published`` date that is not a real date pandas can hold (``iso``: written
    YYYY-MM-DD) and an ``election`` that is not a plausible year."""
    if row.get("published"):
        _check_date(row["published"], where, iso=iso)
    election = row.get("election")
    if election:
        latest = datetime.date.today().year + 10
        if not re.fullmatch(r"\d{4}", election):
            raise CorpusError(f"{where}: election={election!r} is not a year")
        if not FIRST_ELECTION <= int(election) <= latest:
            raise CorpusError(f"{where}: election={election} is not a plausible election year "
                              f"({FIRST_ELECTION}-{latest})")


def _check_date(value: str, where: str, *, iso: bool = True) -> None:
    if iso and not DATE.match(value):
        raise CorpusError(f"{where}: published={value!r} is not a YYYY-MM-DD date")
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        raise CorpusError(f"{where}: published={value!r} is not a YYYY-MM-DD date") from None
    if not pd.Timestamp.min.date() < day < pd.Timestamp.max.date():
        raise CorpusError(f"{where}: published={value} is out of range (dates from {pd.Timestamp.min.year + 1} "
                          f"to {pd.Timestamp.max.year - 1})")


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
        _check_date(cleaned.fields["published_in_text"], f"{where}: leaked date line")
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
                          stacklevel=3)
    rec["text"] = text
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
                              "run `belarus-analysis rehash` to record it")
        if sums[rel] != digest:
            raise CorpusError(f"{file}: raw file changed since its sha256 was recorded; restore it, or run "
                              "`belarus-analysis rehash` if the change is intended")
    text = _decode(raw, file, row.get("encoding") or encoding)
    return _article_record(row["article_id"], text, {**row, "sha256": digest})


def load_corpus(
    path: Path | str | None = None,
    metadata: Path | str | None = None,
    *,
    encoding: str = "utf-8",
    allow_unlisted: bool = False,
    verify: bool = True,
    strict: bool = True,
    max_bytes: int = MAX_BYTES,
) -> pd.DataFrame:
    """Load a folder of ``.txt`` articles and its metadata into the articles table.

    ``path=None`` loads the bundled seeds with ``data/articles.csv``; otherwise
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
    folder = Path(path) if path is not None else config.SEEDS
    if not folder.is_dir():
        raise CorpusError(f"{folder}: corpus folder not found")
    meta_path = Path(metadata) if metadata else (config.METADATA if path is None else folder / config.CORPUS_METADATA)
    meta = read_metadata(meta_path)
    sums = read_checksums(folder) if verify else None

    skipped: list[dict] = []

    def fail(row: dict, error: CorpusError) -> None:
        if strict:
            raise error
        warnings.warn(f"skipped: {error}", stacklevel=3)
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
    if unlisted and not allow_unlisted:
        names = ", ".join(p.relative_to(folder).as_posix() for p in unlisted)
        raise CorpusError(f"{meta_path}: no metadata row for {names}; add rows, or pass allow_unlisted=True")
    for p in unlisted:
        if p.stem in files or p.stem in meta["article_id"].values:
            raise CorpusError(f"{p}: file name repeats the article_id {p.stem!r} of a metadata row")
        row = {"article_id": p.stem, "source_file": p.relative_to(folder).as_posix()}
        try:  # an unlisted symlink must not reach outside the folder either
            files[p.stem] = _safe_path(folder, row["source_file"], str(p))
        except CorpusError as e:
            fail(row, e)
            continue
        warnings.warn(f"{p}: no metadata row; included with empty metadata", stacklevel=2)
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
            meta[aid] = {k: ("" if pd.isna(v) else str(v)) for k, v in row.items()}
            _check_values(meta[aid], f"metadata row {i}", iso=False)
        extra = sorted(set(meta) - set(ids))
        if extra:
            raise CorpusError(f"metadata names article(s) with no text: {extra}")
    records = []
    for aid, text in zip(ids, texts.values()):
        if not isinstance(text, str):
            raise CorpusError(f"{aid}: text must be str, got {type(text).__name__}")
        raw = text.encode("utf-8")
        records.append(_article_record(aid, text, {**meta.get(aid, {}), "sha256": sha256(raw)}))
    return _frame(records)
