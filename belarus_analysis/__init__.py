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

import pandas as pd  # noqa: E402

from . import config, errors, nlp, pipeline, schema  # noqa: E402
from . import extract  # noqa: E402,F401  (registers the extractors)
from .analysis import compare, evaluate  # noqa: E402
from .corpus import from_texts, load_corpus  # noqa: E402
from .errors import BelarusAnalysisError, CorpusError  # noqa: E402
from .extract.readability import readability  # noqa: E402
from .pipeline import build  # noqa: E402
from .report.viewer import view  # noqa: E402
from .store import load_tables  # noqa: E402


def statements(articles: pd.DataFrame, **build_options) -> pd.DataFrame:
    """The statements table (direct, partial and indirect quotes with speakers and cues).

    >>> import belarus_analysis as ba
    >>> st = ba.statements(ba.from_texts({"a": "“We won,” the minister said."}))
    >>> st.loc[0, ["kind", "text", "cue"]].tolist()
    ['direct', 'We won,', 'said']
    """
    return build(articles, ["statements"], **build_options)["statements"]


def figures(articles: pd.DataFrame, **build_options) -> pd.DataFrame:
    """The figures table (reported numbers, normalised, with qualifiers and reference values)."""
    return build(articles, ["figures"], **build_options)["figures"]


def markers(articles: pd.DataFrame, **build_options) -> pd.DataFrame:
    """The framing-markers table (lexicon matches, name forms, scare quotes, with voice)."""
    return build(articles, ["markers"], **build_options)["markers"]

__all__ = [
    "BelarusAnalysisError", "CorpusError", "build", "compare", "config", "errors", "evaluate", "figures", "from_texts", "load_corpus", "load_tables",
    "markers", "nlp", "pipeline", "readability", "schema", "statements", "view", "__version__",
]
