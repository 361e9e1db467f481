"""Writing outputs so that a reader never sees a half-written file or a mixed folder.

:func:`write_atomic` writes one file to a temporary name beside it and ``os.replace``s
it into place (atomic on POSIX). :class:`Transaction` writes a *set* of files (the
tables of a build, the charts of a report) as one unit:

- a lock per output folder (``filelock``) serialises builds into the same folder, so
  two builds of different corpora never interleave their files;
- every file is first written into a temporary sibling folder (``.staging-*``, on the
  same file system), so a full disk or a kill while writing leaves the old files
  untouched;
- only then is the old manifest removed, the files moved in and, last, a manifest
  recording each file's sha256 written; a reader checks the hashes (:func:`verify`), so a
  folder caught mid-swap is refused as incomplete, never loaded as a mix;
- which file contents earlier runs wrote is copied into each staging folder first
  (``.owned.json``), so a run killed at any point passes that on to the next run;
- a file the folder's manifest does not list (a user's own file) is never overwritten
  unless ``force=True``, and files of the previous run that this run did not write
  (a stale ``skipped.csv``), stale staging folders and ``.*.tmp`` leftovers are removed.

>>> import tempfile, pandas as pd
>>> d = Path(tempfile.mkdtemp())
>>> write_table(pd.DataFrame({"a": [1]}), d / "t", formats=("csv",))[0].name
't.csv'
>>> with Transaction(d / "out") as tx:
...     _ = tx.path("x.txt").write_text("hi")
...     sorted(tx.commit({"what": "demo"})["files"])
['x.txt']
>>> sorted(p.name for p in (d / "out").iterdir())
['.belarus-analysis.lock', 'manifest.json', 'x.txt']
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Self, TextIO

import pandas as pd
from filelock import FileLock

from .errors import OutputError

LOCK = ".belarus-analysis.lock"
STAGING = ".staging-"
# Kept in each staging folder: which file contents earlier runs wrote, so a run killed at
# any point (even before its own manifest exists) leaves that knowledge to the next run.
OWNED = ".owned.json"
# Leftovers of write_atomic killed between mkstemp and os.replace.
TMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside ``target``; move it onto ``target`` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    # mkstemp creates 0600; outputs get the usual permissions (0666 minus the umask).
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_atomic(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` and move the result onto ``target``."""
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


# OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell that a spreadsheet would run as a formula prefixed by a
    single quote (OWASP's CSV-injection advice); numbers (``-5.0``) are left alone.

    >>> neutralise_formulas(pd.DataFrame({"a": ["=1+2", "ok", None], "n": [-1, 2, 3]}))["a"].tolist()
    ["'=1+2", 'ok', None]
    """
    text = [c for c in df.columns if df[c].dtype == object or isinstance(df[c].dtype, pd.StringDtype)]
    if not text:
        return df
    out = df.copy()
    for c in text:
        out[c] = df[c].map(lambda v: f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_START) else v,
                           na_action="ignore")
    return out


def write_csv(df: pd.DataFrame, path: Path | TextIO, *, header: bool = True) -> None:
    """CSV with formula-leading text cells neutralised (see :func:`neutralise_formulas`);
    missing values are empty cells (``datapackage.json`` says so for other readers).
    ``path`` may be an open text file (``newline=""``), to append a table part by part."""
    neutralise_formulas(df).to_csv(path, index=False, header=header)


WRITERS: dict[str, Callable[[pd.DataFrame, Path], None]] = {
    "csv": write_csv,
    "parquet": lambda df, p: df.to_parquet(p, index=False),
}


def write_table(df: pd.DataFrame, stem: Path, formats: Iterable[str] = ("csv", "parquet")) -> list[Path]:
    """Write ``df`` as ``stem.<format>`` for each format, atomically."""
    return [write_atomic(Path(f"{stem}.{fmt}"), lambda p, fmt=fmt: WRITERS[fmt](df, p)) for fmt in formats]


def write_json(obj, target: Path) -> Path:
    """Write ``obj`` as pretty, key-sorted JSON, atomically."""
    return write_atomic(target, lambda p: p.write_text(json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n"))


def sha256_file(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_manifest(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def lock(folder: Path) -> FileLock:
    """The lock of an output folder (created if needed): hold it to write or read the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return FileLock(str(folder / LOCK))


def verify(folder: Path, manifest: str = "manifest.json", files: Iterable[str] | None = None) -> dict:
    """The manifest of ``folder`` after checking that ``files`` (default: every file it lists)
    exist with the sha256 it records; call with the folder's :func:`lock` held.

    Raises :class:`~belarus_analysis.errors.OutputError` when the manifest is missing or
    a file is absent or differs: an interrupted or concurrent run, or a file edited by hand.
    """
    folder = Path(folder)
    info = _read_manifest(folder / manifest)
    if info is None or not isinstance(info.get("files"), dict):
        staged = any(folder.glob(f"{STAGING}*"))
        why = "an interrupted run left it incomplete" if staged else "no readable manifest with file hashes"
        raise OutputError(f"{folder / manifest}: {why}; build the folder again")
    for name in info["files"] if files is None else files:
        path = folder / name
        expected = info["files"].get(name)
        if expected is None or not path.is_file() or sha256_file(path) != expected:
            raise OutputError(f"{path}: does not match {folder / manifest} (missing, edited, or left by an "
                              "interrupted or concurrent run); build the folder again")
    return info


class Transaction:
    """Write files into ``folder`` as one unit (see the module docstring).

    Use as a context manager: write each file to :meth:`path`, then call :meth:`commit`
    with the manifest to record. Leaving the block without committing discards what
    was written. ``force=True`` overwrites files the folder's manifest does not list.
    ``adopt=True`` (for the project's own default folders) takes over the files of a folder
    written before manifests recorded file hashes.
    """

    def __init__(self, folder: Path | str, manifest: str = "manifest.json", *, force: bool = False,
                 adopt: bool = False):
        self.folder = Path(folder)
        self.manifest = manifest
        self.force = force
        self.adopt = adopt
        self.staging: Path | None = None
        self.swapping = False

    def __enter__(self) -> Self:
        if self.folder.exists() and not self.folder.is_dir():
            raise OutputError(f"{self.folder}: output folder is a file")
        self._lock = lock(self.folder)
        self._lock.acquire()
        try:
            self.owned = self._owned()
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=self.folder))
            (self.staging / OWNED).write_text(json.dumps({k: sorted(v) for k, v in self.owned.items()}))
            self._remove_leftovers()
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            # A failure after the swap began keeps the staging folder: it records which files
            # are ours for the next run, which removes it.
            if self.staging is not None and self.staging.exists() and not self.swapping:
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._lock.release()

    def path(self, name: str) -> Path:
        """Where to write the file ``name`` (a path relative to the folder)."""
        p = self.staging / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def _owned(self) -> dict[str, set[str]]:
        """file name -> the sha256 values this folder's runs wrote under that name (the
        manifest's, and those of a run killed mid-swap)."""
        owned: dict[str, set[str]] = {}
        manifests = [self.folder / self.manifest]
        for staged in self.folder.glob(f"{STAGING}*"):
            manifests.append(staged / self.manifest)
            for name, digests in (_read_manifest(staged / OWNED) or {}).items():
                owned.setdefault(name, set()).update(digests if isinstance(digests, list) else [])
        for m in manifests:
            info = _read_manifest(m) or {}
            if isinstance(info.get("files"), dict):
                for name, digest in info["files"].items():
                    owned.setdefault(name, set()).add(digest)
            if info:
                owned.setdefault(self.manifest, set()).add("*")
        return owned

    def _ours(self, name: str, new_digest: str | None) -> bool:
        path = self.folder / name
        if not path.exists():
            return True
        if not path.is_file():
            return False
        known = self.owned.get(name, set())
        if "*" in known:
            return True
        digest = sha256_file(path)
        return digest in known or digest == new_digest

    def _remove_leftovers(self) -> None:
        for staged in self.folder.glob(f"{STAGING}*"):
            if staged != self.staging:
                shutil.rmtree(staged, ignore_errors=True)
        # Where this module's writers put files (not deeper: a cache under the folder may be
        # writing its own temporary files right now, under its own lock-free scheme).
        for p in [*self.folder.glob(".*.tmp"), *self.folder.glob("*/.*.tmp")]:
            if TMP.match(p.name) and p.is_file():
                p.unlink()

    def commit(self, manifest: dict) -> dict:
        """Move the written files into the folder, remove the previous run's files this run
        did not write, and record ``manifest`` plus ``files`` (name -> sha256); return it."""
        names = sorted(p.relative_to(self.staging).as_posix() for p in self.staging.rglob("*")
                       if p.is_file() and p.name != OWNED)
        files = {name: sha256_file(self.staging / name) for name in names}
        clash = [n for n in [*names, self.manifest] if not self._ours(n, files.get(n))]
        legacy = self.adopt and not any("*" != d for ds in self.owned.values() for d in ds)
        if clash and not (self.force or legacy):
            raise OutputError(f"{self.folder}: would overwrite {', '.join(clash)}, not written by an earlier run "
                              "into this folder; choose another --out, move the file(s), or pass --force")
        info = {**manifest, "files": files}
        staged_manifest = self.staging / self.manifest
        staged_manifest.write_text(json.dumps(info, indent=2, sort_keys=True, default=str) + "\n")
        self.swapping = True
        old = self.folder / self.manifest
        if old.is_file():  # from here until the new manifest is in place, the folder reads as incomplete
            old.unlink()
        for name in names:
            (self.folder / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.staging / name, self.folder / name)
        for name, digests in self.owned.items():
            path = self.folder / name
            if name not in files and name != self.manifest and path.is_file() and sha256_file(path) in digests:
                path.unlink()
        os.replace(staged_manifest, old)
        shutil.rmtree(self.staging, ignore_errors=True)
        self.swapping = False
        return info
