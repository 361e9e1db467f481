"""belarus_analysis: how news outlets frame the legitimacy of Belarus's elections.

Turn news articles into tidy pandas tables (statements, figures, framing
markers, readability), each row traceable to character offsets in its article.

>>> import belarus_analysis as ba
>>> articles = ba.load_corpus()
>>> len(articles)
5
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("belarus_analysis")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"

from . import config, evaluate, nlp, pipeline, schema  # noqa: E402
from .corpus import CorpusError, from_texts, load_corpus  # noqa: E402
from .pipeline import build  # noqa: E402
from .readability import readability  # noqa: E402
from .store import load_tables  # noqa: E402

__all__ = [
    "CorpusError", "build", "config", "evaluate", "from_texts", "load_corpus", "load_tables", "nlp",
    "pipeline", "readability", "schema", "__version__",
]
