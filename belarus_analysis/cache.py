"""On-disk caches, so reruns (notebooks, CLI) skip parsing and extraction.

:class:`DocCache`: one ``DocBin`` file per text under
``data/processed/cache/<model>-<version>/``, keyed by the sha256 of spaCy version +
model + text: a new model or an edited text simply misses. DocBin is msgpack, not
pickle; a file whose text does not hash to its name (tampered, truncated or
foreign) raises :class:`CacheError` instead of being used.

:class:`RecordCache`: the extracted rows of one article as JSON, keyed by the doc
key plus the article's metadata and a fingerprint of the package source and the
data files (lexicons, actors, reference, cleaning): editing any rule misses.

Files are written to a temporary name and renamed, so an interrupted run never
leaves half a file.

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
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from . import config, outputs
from .errors import CacheError
from .nlp import model_info


class DocCache:
    """Parsed docs for one pipeline, stored under ``root``."""

    def __init__(self, nlp: Language, root: Path | str | None = None):
        self.nlp = nlp
        info = model_info(nlp)
        self.tag = f"{info['package']}-{info['model_version'] or 'blank'}-{info['pipes'].replace(',', '+')}"
        self.salt = f"{info['spacy_version']}|{self.tag}|".encode()
        self.dir = Path(root or config.CACHE) / self.tag

    def key(self, text: str) -> str:
        return hashlib.sha256(self.salt + text.encode("utf-8")).hexdigest()

    def path(self, text: str) -> Path:
        k = self.key(text)
        return self.dir / k[:2] / f"{k}.spacy"

    def get(self, text: str) -> Doc | None:
        """The cached doc for ``text``, or None when it was never parsed."""
        path = self.path(text)
        if not path.exists():
            return None
        try:
            docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(self.nlp.vocab))
        except Exception as e:  # msgpack/zlib errors for truncated or foreign bytes
            raise CacheError(f"{path}: unreadable cache file ({e.__class__.__name__}); delete it to re-parse") from None
        if len(docs) != 1 or docs[0].text != text:
            raise CacheError(f"{path}: cache file does not hold the text its name says (tampered or foreign); "
                             "delete it to re-parse")
        return docs[0]

    def put(self, doc: Doc) -> Path:
        """Store ``doc`` (atomically)."""
        data = DocBin(docs=[doc], store_user_data=False).to_bytes()
        return outputs.write_atomic(self.path(doc.text), lambda p: p.write_bytes(data))




def _digest(paths, root: Path) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update((p.relative_to(root) if p.is_relative_to(root) else p).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def data_paths() -> list[Path]:
    """The data files whose edits change what the extractors produce, wherever the
    settings in :mod:`config` point now (a user's lexicons or actors included)."""
    folders = [p for d in (config.LEXICONS, config.REFERENCE) for p in sorted(Path(d).glob("**/*.csv"))]
    singles = [Path(p) for p in (config.ACTORS, config.METADATA, config.CLEANING_RULES)]
    return [p for p in singles if p.exists()] + folders


def data_fingerprint() -> str:
    """sha256 over the data files that define the rules and vocabularies."""
    return _digest(data_paths(), config.DATA)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over every file of the installed package, subpackages and style files included
    (read once per process)."""
    files = (p for p in config.PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return _digest(sorted(files), config.PACKAGE_DIR)


class RecordCache:
    """Extracted rows per article, stored beside the doc cache of the same pipeline."""

    def __init__(self, docs: DocCache):
        self.docs = docs
        self.dir = docs.dir.parent / f"{docs.dir.name}-records"
        self.salt = f"{code_fingerprint()}|{data_fingerprint()}|".encode()

    def path(self, article: Mapping, tables: list[str]) -> Path:
        meta = json.dumps({k: v for k, v in article.items() if k != "text"}, sort_keys=True, default=str)
        h = hashlib.sha256(self.salt + f"{sorted(tables)}|{meta}|{self.docs.key(article['text'])}".encode())
        k = h.hexdigest()
        return self.dir / k[:2] / f"{k}.json"

    def get(self, article: Mapping, tables: list[str]) -> dict[str, list[dict]] | None:
        """The rows stored for this article and tables, or None."""
        path = self.path(article, tables)
        if not path.exists():
            return None
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            raise CacheError(f"{path}: unreadable cache file ({e.__class__.__name__}); delete it to rebuild") from None
        if stored.get("text_sha256") != hashlib.sha256(article["text"].encode()).hexdigest():
            raise CacheError(f"{path}: cache file is not for this article's text (tampered or foreign)")
        return stored["tables"]

    def put(self, article: Mapping, tables: list[str], rows: dict[str, list[dict]]) -> Path:
        data = json.dumps({"text_sha256": hashlib.sha256(article["text"].encode()).hexdigest(), "tables": rows},
                          default=_plain)
        return outputs.write_atomic(self.path(article, tables), lambda p: p.write_text(data, encoding="utf-8"))


def _plain(value):
    """JSON for the few non-builtin values extractors may yield (numpy scalars)."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot cache a {type(value).__name__}")
