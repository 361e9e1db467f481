"""Every error the package raises on purpose, under one base class.

The command line catches :class:`BelarusAnalysisError` in one place and prints its
message as one line (exit status 2); ``--debug`` shows the traceback. Each class
also derives from the built-in exception a caller would expect (``ValueError`` for
bad input, ``RuntimeError`` for a broken environment), so ``except ValueError``
keeps working.

>>> from belarus_analysis.errors import BelarusAnalysisError, CorpusError
>>> issubclass(CorpusError, BelarusAnalysisError) and issubclass(CorpusError, ValueError)
True
"""

from __future__ import annotations


class BelarusAnalysisError(Exception):
    """Base class: a problem the user can act on; the message says what and where."""


class CorpusError(BelarusAnalysisError, ValueError):
    """Bad corpus input: names the file (and line or row) and says what to do."""


class DataFileError(BelarusAnalysisError, ValueError):
    """An editable data file (actors, lexicon, reference results, cleaning rules) is
    missing or malformed: names the file and its physical line."""


class GoldError(DataFileError):
    """A gold row cannot be located in its article (names the file and row)."""


class SchemaError(BelarusAnalysisError, ValueError):
    """Records do not fit a table's declared columns (an unknown or misspelled column)."""


class PipelineError(BelarusAnalysisError, ValueError):
    """An unknown table, or a spaCy pipeline that lacks what an extractor requires."""


class ModelNotFound(BelarusAnalysisError, RuntimeError):
    """No English spaCy model is installed."""


class CacheError(BelarusAnalysisError, RuntimeError):
    """A cache cannot be used at all (a damaged entry is not an error: see CacheWarning)."""


class CacheWarning(UserWarning):
    """A cache entry was damaged, edited or foreign: ignored (a cache miss) and rebuilt."""


class ExtractionError(BelarusAnalysisError, RuntimeError):
    """An extractor failed on one article (a bug): names the article and the table, and chains the
    original exception; the tables of articles already built are kept by the record cache."""


class OffsetError(BelarusAnalysisError, AssertionError):
    """An extractor produced a row whose text is not the text at its offsets (a bug)."""


class OutputError(BelarusAnalysisError, RuntimeError):
    """An output folder cannot be written or read safely: it is (or holds) an input, holds
    files an earlier run did not write, or does not match its manifest."""


class NotebookError(BelarusAnalysisError, RuntimeError):
    """A notebook cell failed while running on a corpus (names the notebook, the error and
    where the notebook, executed as far as it got, was written)."""


class BelarusAnalysisWarning(UserWarning):
    """Something a user should know that does not stop the run (a metadata column the
    comparisons need is missing, an election with no reference results). The command line
    prints each as one line, ``belarus-analysis: warning: ...``."""


class ViewError(BelarusAnalysisError, ValueError):
    """The article viewer cannot show what was asked (an unknown article, layer or table), or a
    page would replace a file the viewer did not write."""
