"""On-disk caches, so reruns (notebooks, CLI) skip parsing and extraction.

:class:`DocCache`: one ``DocBin`` file per text under
``data/processed/cache/<format>-<model>-<version>/``, keyed by the sha256 of spaCy
version + model + text: a new model or an edited text simply misses.

:class:`RecordCache`: the extracted rows of one article as JSON, keyed by the doc
key plus the article's metadata and a fingerprint of the package source and the
data files (lexicons, actors, reference, cleaning): editing any rule misses.

Nothing is trusted blindly: each cache folder keeps an index (``index.jsonl``, one
``{"key", "sha256"}`` line appended per file written) and a file is used only when
its bytes hash to the indexed value, it decodes, it holds the text its key says and
(records) every row's offsets still select the row's text. Anything else — an edited,
truncated, emptied or foreign file — is a cache miss with one :class:`CacheWarning`,
and the entry is written again. Files are written to a temporary name and renamed.

>>> import tempfile, belarus_analysis as ba
>>> nlp = ba.nlp.load_pipeline(blank=True)
>>> c = DocCache(nlp, tempfile.mkdtemp())
>>> c.get("Hello.") is None
True
>>> _ = c.put(nlp("Hello."))
>>> c.get("Hello.").text
'Hello.'
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from . import config, outputs
from .errors import CacheWarning
from .nlp import model_info

# Part of every cache folder's name: entries of an older layout (no index) are never read.
FORMAT = "v2"


class Index:
    """The ``key -> sha256`` index of one cache folder: an append-only ``index.jsonl``
    (appends of one short line are atomic, so parallel builds can share it)."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / "index.jsonl"
        self.entries: dict[str, str] = {}
        self._offset = 0  # bytes of the index already read: later reads take only what was appended

    def _read(self) -> None:
        try:
            with open(self.path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size < self._offset:  # the index was deleted and started again
                    self._offset = 0
                fh.seek(self._offset)
                data = fh.read()
        except FileNotFoundError:
            return
        end = data.rfind(b"\n") + 1  # a line still being appended is read next time
        self._offset += end
        for line in data[:end].splitlines():
            try:
                entry = json.loads(line)
                self.entries[str(entry["key"])] = str(entry["sha256"])
            except (ValueError, TypeError, KeyError):
                continue  # a line cut short by a kill: its file reads as unindexed

    def get(self, key: str) -> str | None:
        """The recorded sha256 of ``key`` (re-reading the index once for entries other
        processes added since)."""
        if key not in self.entries:
            self._read()
        return self.entries.get(key)

    def add(self, key: str, digest: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = (json.dumps({"key": key, "sha256": digest}) + "\n").encode()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
        self.entries[key] = digest


def _checked_bytes(index: Index, key: str, path: Path) -> bytes | None:
    """The bytes of ``path`` if it exists and hashes to its index entry; else None (with a
    warning when the file exists but is not the one the index recorded)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        return _miss(path, f"unreadable ({e.__class__.__name__})")
    expected = index.get(key)
    if expected is None:
        return _miss(path, "not in the cache index (foreign)")
    if hashlib.sha256(data).hexdigest() != expected:
        return _miss(path, "does not match its hash in the cache index (edited, truncated or damaged)")
    return data


def _miss(path: Path, why: str) -> None:
    """Warn that the entry at ``path`` is not used (callers ``return _miss(...)``: a miss is None)."""
    warnings.warn(f"{path}: cache entry {why}; ignored and rebuilt", CacheWarning, stacklevel=4)


def _indexed(index: Index, key: str, path: Path) -> bool:
    """Whether ``key`` has an index entry and its file exists: a cheap look before the
    streaming build decides what to parse; the entry is verified when it is read."""
    return index.get(key) is not None and path.is_file()


def _put(index: Index, key: str, path: Path, data: bytes) -> Path:
    outputs.write_atomic(path, lambda p: p.write_bytes(data))
    index.add(key, hashlib.sha256(data).hexdigest())
    return path


class DocCache:
    """Parsed docs for one pipeline, stored under ``root``."""

    def __init__(self, nlp: Language, root: Path | str | None = None):
        self.nlp = nlp
        info = model_info(nlp)
        self.tag = f"{info['package']}-{info['model_version'] or 'blank'}-{info['pipes'].replace(',', '+')}"
        self.salt = f"{info['spacy_version']}|{self.tag}|".encode()
        self.dir = Path(root or config.CACHE) / f"{FORMAT}-{self.tag}"
        self.index = Index(self.dir)

    def key(self, text: str) -> str:
        return hashlib.sha256(self.salt + text.encode("utf-8")).hexdigest()

    def path(self, text: str) -> Path:
        k = self.key(text)
        return self.dir / k[:2] / f"{k}.spacy"

    def has(self, text: str) -> bool:
        """Whether ``text`` has an entry (not yet verified: :meth:`get` may still miss)."""
        return _indexed(self.index, self.key(text), self.path(text))

    def get(self, text: str) -> Doc | None:
        """The cached doc for ``text``, or None when it was never parsed or its entry is not
        intact (see the module docstring)."""
        path = self.path(text)
        data = _checked_bytes(self.index, self.key(text), path)
        if data is None:
            return None
        try:
            docs = list(DocBin().from_bytes(data).get_docs(self.nlp.vocab))
        except Exception as e:  # noqa: BLE001 (msgpack/zlib/spaCy raise many types for bytes that are not a DocBin)
            return _miss(path, f"unreadable ({e.__class__.__name__})")
        if len(docs) != 1 or docs[0].text != text:
            return _miss(path, "does not hold the text its name says (foreign)")
        return docs[0]

    def put(self, doc: Doc) -> Path:
        """Store ``doc`` (atomically) and index it."""
        data = DocBin(docs=[doc], store_user_data=False).to_bytes()
        return _put(self.index, self.key(doc.text), self.path(doc.text), data)


def data_paths() -> list[Path]:
    """The data files whose edits change what the extractors produce, wherever the
    settings in :mod:`config` point now (a user's lexicons or actors included)."""
    folders = [p for d in (config.LEXICONS, config.REFERENCE) for p in sorted(Path(d).glob("**/*.csv"))]
    singles = [Path(p) for p in (config.ACTORS, config.SPEAKER_GROUPS, config.METADATA, config.CLEANING_RULES)]
    return [p for p in singles if p.exists()] + folders


def data_versions() -> dict[str, str]:
    """``{resolved path: sha256 of its bytes}`` of :func:`data_paths`: the content version of
    each data file as it is now."""
    return {str(p.resolve()): outputs.sha256_file(p) for p in data_paths()}


def _name(path: str, root: Path) -> str:
    p = Path(path)
    return p.relative_to(root.resolve()).as_posix() if p.is_relative_to(root.resolve()) else p.as_posix()


def data_fingerprint() -> str:
    """sha256 over the data files that define the rules and vocabularies (names relative
    to ``data/`` and contents)."""
    items = sorted((_name(p, config.DATA), h) for p, h in data_versions().items())
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over every file of the installed package, subpackages and style files included
    (read once per process)."""
    h = hashlib.sha256()
    for p in sorted(p for p in config.PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(p.relative_to(config.PACKAGE_DIR).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


# Content versions of the data files the extractors of this process have run with.
# Extractors keep what they read from data files in in-process caches; once a file was
# seen with two contents, rows computed now may come from the older copy, so they are
# not written into the record cache under the new fingerprint (see RecordCache.put).
_SEEN: dict[str, str] = {}


def note_extraction() -> list[str]:
    """Record the data files' versions before extractors run; return the files whose content
    changed since extractors of this process last ran (their in-process copies may be stale)."""
    changed = []
    for path, digest in data_versions().items():
        if _SEEN.setdefault(path, digest) != digest:
            changed.append(path)
    return changed


class RecordCache:
    """Extracted rows per article, stored beside the doc cache of the same pipeline.

    ``writable=False`` (data files changed within this process, see :func:`note_extraction`)
    reads entries but stores nothing.
    """

    def __init__(self, docs: DocCache, *, writable: bool = True):
        self.docs = docs
        self.dir = docs.dir.parent / f"{docs.dir.name}-records"
        self.index = Index(self.dir)
        self.salt = f"{code_fingerprint()}|{data_fingerprint()}|".encode()
        self.writable = writable

    def key(self, article: Mapping, tables: list[str]) -> str:
        meta = json.dumps({k: v for k, v in article.items() if k != "text"}, sort_keys=True, default=str)
        return hashlib.sha256(self.salt + f"{sorted(tables)}|{meta}|{self.docs.key(article['text'])}".encode()
                              ).hexdigest()

    def path(self, article: Mapping, tables: list[str]) -> Path:
        k = self.key(article, tables)
        return self.dir / k[:2] / f"{k}.json"

    def has(self, article: Mapping, tables: list[str]) -> bool:
        """Whether this article has stored rows (not yet verified: :meth:`get` may still miss)."""
        return _indexed(self.index, self.key(article, tables), self.path(article, tables))

    def get(self, article: Mapping, tables: list[str], spans: Mapping[str, bool] | None = None
            ) -> dict[str, list[dict]] | None:
        """The rows stored for this article and tables, or None. ``spans`` names the tables
        whose rows carry offsets; each such row must still have ``text == article text at its
        offsets`` and the article's id, or the entry is a miss."""
        path = self.path(article, tables)
        data = _checked_bytes(self.index, self.key(article, tables), path)
        if data is None:
            return None
        text = article["text"]
        try:
            stored = json.loads(data.decode("utf-8"))
            rows = stored["tables"]
            if stored["text_sha256"] != hashlib.sha256(text.encode()).hexdigest():
                return _miss(path, "is not for this article's text (foreign)")
            if sorted(rows) != sorted(tables) or not all(isinstance(r, dict) for t in rows for r in rows[t]):
                return _miss(path, "does not hold the tables its name says")
            for t, is_span in (spans or {}).items():
                for r in rows.get(t, []) if is_span else []:
                    if r["article_id"] != article["article_id"] or text[r["char_start"]:r["char_end"]] != r["text"]:
                        return _miss(path, f"has a {t} row whose offsets do not select its text")
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            return _miss(path, f"unreadable ({e.__class__.__name__})")
        return rows

    def put(self, article: Mapping, tables: list[str], rows: dict[str, list[dict]]) -> Path | None:
        """Store the rows (atomically) and index them; None when not :attr:`writable`."""
        if not self.writable:
            return None
        data = json.dumps({"text_sha256": hashlib.sha256(article["text"].encode()).hexdigest(), "tables": rows},
                          default=_plain).encode("utf-8")
        return _put(self.index, self.key(article, tables), self.path(article, tables), data)


def _plain(value):
    """JSON for the few non-builtin values extractors may yield (numpy scalars)."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot cache a {type(value).__name__}")
