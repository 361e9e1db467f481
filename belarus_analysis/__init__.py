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

import pandas as pd

from . import config, nlp, pipeline, schema
from .corpus import CorpusError, from_texts, load_corpus
from .pipeline import build
from .readability import readability

try:
    __version__ = version("belarus_analysis")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"


def _table(name: str):
    def run(articles: pd.DataFrame, **kwargs) -> pd.DataFrame:
        return build(articles, [name], **kwargs)[name]

    run.__name__ = name
    run.__doc__ = f"The ``{name}`` table of ``articles`` (see :mod:`belarus_analysis.schema`)."
    return run


__all__ = [
    "CorpusError", "build", "config", "from_texts", "load_corpus", "nlp", "pipeline",
    "readability", "schema", "__version__",
]
