"""The editable data files (actors, lexicons, reference results, cleaning rules): one reader,
one cache.

Every loader of a data file resolves its path from :mod:`belarus_analysis.config` when
called and caches its parsed value per ``(path, version(path))``, :func:`version` being
a digest of the file's content: editing a file, or pointing ``config`` at another one
inside :func:`belarus_analysis.config.override`, gives the new value at the next call, and
a value computed from one version of a file is never served for another. Lexicons are CSV
with leading ``#`` comment lines; :func:`read_rows` reads them and names the physical
line of a bad row.

>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "x.csv"
>>> _ = p.write_text("# a comment\\nlemma,class\\nsay,neutral\\n")
>>> read_rows(p)
[{'lemma': 'say', 'class': 'neutral'}]
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pandas as pd

from . import config
from .errors import DataFileError

# paths -> (stat signature, content digest): the digest is recomputed only when a stat changes.
_SEEN: dict[tuple, tuple[tuple, str]] = {}


# A path as given (with the working directory, when relative) -> (its resolved path, device, inode).
_RESOLVED: dict[tuple[str, str], tuple[Path, int, int]] = {}


def _resolved_stat(path: Path | str) -> tuple:
    """``(resolved path, mtime, size, inode)`` of ``path`` (``(resolved path, None)`` when missing).

    ``Path.resolve`` walks every component of the path (an ``lstat`` each); a path that still
    leads to the same file (device and inode of one ``stat``, which follows links) keeps the
    resolved path found before.
    """
    given = os.fspath(path)
    try:
        st = os.stat(given)
    except FileNotFoundError:
        return (Path(given).resolve(), None)
    where = (given, "" if os.path.isabs(given) else os.getcwd())
    hit = _RESOLVED.get(where)
    if hit is None or hit[1:] != (st.st_dev, st.st_ino):
        hit = _RESOLVED[where] = (Path(given).resolve(), st.st_dev, st.st_ino)
    return (hit[0], st.st_mtime_ns, st.st_size, st.st_ino)


T = TypeVar("T")

# Inside frozen(): paths as given -> version, each computed once (and per_block's results).
_FROZEN: ContextVar[dict | None] = ContextVar("belarus_analysis_frozen_versions", default=None)


@contextmanager
def frozen(memory: dict | None = None) -> Iterator[None]:
    """Within the block, :func:`version` checks each file once and then answers from memory.

    The extractors ask for the versions of the same data files thousands of times per article
    (each a path resolution and a ``stat``). The build extracts each article inside one such
    block, all of a build's blocks with one ``memory`` (a dict it makes empty and passes to each):
    the files are checked once per build, so every article of a build reads the same versions (an
    edit made during a build is seen by the next build; the record cache's keys, made when a build
    starts, hold the versions of that moment). Without ``memory``, the block starts with its own.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("x")
    >>> with frozen():
    ...     v1 = version(p); _ = p.write_text("yy"); v1 == version(p)
    True
    >>> v1 == version(p)
    False
    """
    if _FROZEN.get() is not None:  # nested: the outer block's memory holds
        yield
        return
    token = _FROZEN.set({} if memory is None else memory)
    try:
        yield
    finally:
        _FROZEN.reset(token)


def per_block(key: tuple, compute: Callable[[], T]) -> T:
    """``compute()``, made once per :func:`frozen` block for ``key`` (every call outside one).

    For the accessors of data-file-backed objects (the actor index, the lexicons) that the
    extractors call thousands of times per article: each call resolves paths, checks that
    the file exists and asks for its version. ``key`` must hold everything the result depends
    on besides the files' contents (the arguments, the ``config`` paths read).

    >>> calls = []
    >>> with frozen():
    ...     [per_block(("x",), lambda: calls.append(1) or len(calls)) for _ in range(3)]
    [1, 1, 1]
    """
    memo = _FROZEN.get()
    if memo is None:
        return compute()
    key = ("per_block", *key)  # apart from the versions' keys (tuples of paths)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def version(*paths: Path | str) -> str:
    """sha256 over the contents of ``paths`` (a missing file counts as absent), recomputed
    only when a file's size, inode or modification time changed.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("x"); v1 = version(p)
    >>> _ = p.write_text("y"); v1 == version(p)
    False
    """
    memo = _FROZEN.get()
    if memo is not None and paths in memo:
        return memo[paths]
    signature = tuple(_resolved_stat(p) for p in paths)
    key = tuple(sig[0] for sig in signature)
    seen = _SEEN.get(key)
    if seen is None or seen[0] != signature:
        h = hashlib.sha256()
        for p in key:
            h.update(str(p).encode() + b"\0")
            h.update(p.read_bytes() if p.is_file() else b"\0absent\0")
        _SEEN[key] = seen = (signature, h.hexdigest())
    if memo is not None:
        memo[paths] = seen[1]
    return seen[1]


def lexicon_path(name: str) -> Path:
    """``config.LEXICONS / name``, resolved when called, so that pointing
    ``config.LEXICONS`` at a copy (see :func:`config.override`) changes every extractor."""
    return data_path(config.LEXICONS, name)


@lru_cache(maxsize=64)
def data_path(folder: Path | str, name: str) -> Path:
    """``Path(folder) / name``, the same object for the same arguments: the loaders ask for their file
    in every :func:`frozen` block and at every call outside one, and a new Path is parsed (and hashed,
    as a key of :func:`version`) each time.

    >>> data_path("data", "actors.csv") is data_path("data", "actors.csv")
    True
    """
    return Path(folder) / name


def _lines(path: Path) -> list[tuple[int, str]]:
    """(physical line number, line) of every non-comment line of ``path``."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(f"{path}: data file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise DataFileError(f"{path}: not UTF-8 ({e.reason} at byte {e.start}); save it as UTF-8") from None
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if not line.startswith("#")]


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a commented CSV as dicts of strings (see :func:`read_numbered` for
    their line numbers).

    Raises
    ------
    DataFileError
        The file is missing or not UTF-8.
    """
    return [row for _, row in read_numbered(path)]


def read_numbered(path: Path) -> list[tuple[int, dict[str, str]]]:
    """``(physical line, row)`` for every row of a commented CSV, so that errors name the
    line a user sees in an editor (comment lines included in the count). Trailing cells a
    row leaves out are empty strings.

    Raises
    ------
    DataFileError
        The file is missing or not UTF-8, or a row has more cells than the header (an
        unquoted comma would shift every later cell of the row into the wrong column).
    """
    return _numbered(path, _lines(path))


def _numbered(path: Path, lines: list[tuple[int, str]]) -> list[tuple[int, dict[str, str]]]:
    if not lines:
        return []
    reader = csv.DictReader((line for _, line in lines), restval="")
    out = []
    for row in reader:
        # DictReader counts the lines it consumed: map that back to the file's numbering.
        line = lines[reader.line_num - 1][0]
        if None in row:
            raise DataFileError(f"{path}:{line}: {len(reader.fieldnames) + len(row[None])} cells, but the header has "
                                f"{len(reader.fieldnames)}; put a cell that holds a comma in double quotes")
        out.append((line, row))
    return out


def read_frame(path: Path) -> pd.DataFrame:
    """The rows of a commented CSV as a DataFrame of strings (empty cells are ""); bad rows
    raise :class:`DataFileError` as in :func:`read_numbered`."""
    lines = _lines(path)
    _numbered(path, lines)  # the row checks, with the line numbers a user sees
    body = "\n".join(line for _, line in lines)
    return pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)
