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
from .corpus import from_frame, from_texts, load_corpus  # noqa: E402
from .errors import BelarusAnalysisError, CorpusError  # noqa: E402
from .extract.readability import readability  # noqa: E402
from .pipeline import build  # noqa: E402
from .report.viewer import view  # noqa: E402
from .store import load_tables, notebook_tables  # noqa: E402


def statements(articles: pd.DataFrame, **build_options) -> pd.DataFrame:
    """The statements table: direct, partial and indirect quotes with speakers and cues.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table (:func:`load_corpus`, :func:`from_texts`).
    **build_options
        Keyword options of :func:`build` (``nlp``, ``n_process``, ``cache``, ``progress``).

    Returns
    -------
    pandas.DataFrame
        One row per statement, ordered by article and offset, with the columns

{columns}

    Raises
    ------
    PipelineError
        The spaCy pipeline lacks an annotation the extractor needs.

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> st = ba.statements(ba.from_texts({"a": "“We won,” the minister said."}))
    >>> st.loc[0, ["kind", "text", "cue"]].tolist()
    ['direct', 'We won,', 'said']
    """
    return build(articles, ["statements"], **build_options)["statements"]


def figures(articles: pd.DataFrame, **build_options) -> pd.DataFrame:
    """The figures table: reported numbers and dates, normalised, with qualifiers and the
    official result of the same measure (``data/reference/official_results.csv``).

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table; ``published`` and ``election`` resolve dates and reference results.
    **build_options
        Keyword options of :func:`build`.

    Returns
    -------
    pandas.DataFrame
        One row per figure, with the columns

{columns}

    Raises
    ------
    PipelineError
        The spaCy pipeline lacks an annotation the extractor needs.

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> arts = ba.from_texts({"a": "Lukashenko won 80.1 percent."}, [{"article_id": "a", "election": "2020"}])
    >>> ba.figures(arts).loc[0, ["text", "unit", "kind", "subject"]].tolist(), float(ba.figures(arts).loc[0, "value"])
    (['80.1 percent', 'percent', 'vote_share', 'lukashenko'], 80.1)
    """
    return build(articles, ["figures"], **build_options)["figures"]


def markers(articles: pd.DataFrame, **build_options) -> pd.DataFrame:
    """The framing-markers table: (de)legitimising vocabulary, actor labels, hedges, loaded
    attribution verbs, scare quotes and name forms, each in the outlet's or a quoted voice.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table.
    **build_options
        Keyword options of :func:`build` (the statements it requires are built too).

    Returns
    -------
    pandas.DataFrame
        One row per marker, with the columns

{columns}

    Raises
    ------
    PipelineError
        The spaCy pipeline lacks an annotation the extractor needs.
    DataFileError
        A lexicon file (``config.LEXICONS``) is missing or malformed.

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> m = ba.markers(ba.from_texts({"a": "The vote was rigged."}))
    >>> m.loc[0, ["text", "lexicon", "voice"]].tolist(), int(m.loc[0, "polarity"])
    (['rigged', 'legitimacy', 'outlet'], -1)
    """
    return build(articles, ["markers"], **build_options)["markers"]


schema.returns("statements")(statements)
schema.returns("figures")(figures)
schema.returns("markers")(markers)

__all__ = [
    "BelarusAnalysisError", "CorpusError", "build", "compare", "config", "errors", "evaluate", "figures", "from_frame",
    "from_texts", "load_corpus", "load_tables", "markers", "nlp", "notebook_tables", "pipeline", "readability", "schema",
    "statements", "view", "__version__",
]
