"""On-disk cache of parsed docs, so reruns (notebooks, CLI) skip parsing.

One ``DocBin`` file per text under ``data/processed/cache/<model>-<version>/``,
keyed by the sha256 of spaCy version + model + text: a new model or an edited
text simply misses. Files are written to a temporary name and renamed, so an
interrupted run never leaves half a file. DocBin is msgpack, not pickle; a file
whose text does not hash to its name (tampered, truncated or foreign) raises
:class:`CacheError` instead of being used.

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
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from . import config, outputs
from .nlp import model_info


class CacheError(RuntimeError):
    """A cache file is corrupt or not what its name says."""


class DocCache:
    """Parsed docs for one pipeline, stored under ``root``."""

    def __init__(self, nlp: Language, root: Path | str = config.CACHE):
        self.nlp = nlp
        info = model_info(nlp)
        self.tag = f"{info['package']}-{info['model_version'] or 'blank'}-{info['pipes'].replace(',', '+')}"
        self.salt = f"{info['spacy_version']}|{self.tag}|".encode()
        self.dir = Path(root) / self.tag

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
