"""Reading a corpus: raw texts and their metadata, checked and cleaned.

:func:`load_corpus` reads a folder of ``.txt`` files with its ``articles.csv``, or one
CSV / JSONL / Parquet file with a text column; :func:`from_texts` takes texts in memory
and :func:`from_frame` a DataFrame. All return the articles table, whose ``text`` column
(cleaned by :mod:`.cleaning`) is what every ``char_start``/``char_end`` refers to;
``raw_start``/``raw_end`` refer to the raw text (:mod:`.offsets`).
"""

from ..errors import CorpusError
from .load import MAX_BYTES, from_texts, load_corpus, read_checksums, read_metadata, record_checksums, sha256
from .tabular import from_frame, read_table

__all__ = ["MAX_BYTES", "CorpusError", "from_frame", "from_texts", "load_corpus", "read_checksums", "read_metadata",
           "read_table", "record_checksums", "sha256"]
