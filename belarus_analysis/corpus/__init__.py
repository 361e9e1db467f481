"""Reading a corpus: raw texts and their metadata, checked and cleaned.

:func:`load_corpus` reads a folder of ``.txt`` files with its ``articles.csv``;
:func:`from_texts` takes texts in memory. Both return the articles table, whose
``text`` column (cleaned by :mod:`.cleaning`) is what every offset refers to.
"""

from ..errors import CorpusError
from .load import MAX_BYTES, from_texts, load_corpus, read_checksums, read_metadata, record_checksums, sha256

__all__ = ["MAX_BYTES", "CorpusError", "from_texts", "load_corpus", "read_checksums", "read_metadata", "record_checksums", "sha256"]
