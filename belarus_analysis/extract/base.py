"""What an extractor is: a function from one article to plain records, with its declared needs.

Like a spaCy component, an extractor declares what it ``requires`` (tables that must be
extracted first, passed to it in ``done``) and which Doc annotations it ``needs``
(spaCy's ``assigns`` names, e.g. ``"token.dep"``), so that :func:`belarus_analysis.build`
can refuse a pipeline that lacks them *before* parsing anything. An extractor that needs
no annotation runs on the article text alone: its view has ``doc=None`` when nothing else of
the build needs a parse, and nothing is parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from .view import ArticleView

# extract(view, article, done) -> records; ``view.doc`` is None when no extractor of the build needs a parse.
ExtractFunc = Callable[[ArticleView, Mapping, Mapping[str, list[dict]]], Iterator[dict]]


@dataclass(frozen=True)
class Extractor:
    """One registered extractor.

    Attributes
    ----------
    table : str
        The table it yields (declared in :mod:`belarus_analysis.schema`).
    func : callable
        ``func(view, article, done)`` yielding plain records (dicts); ``view`` is the
        article's shared :class:`~belarus_analysis.extract.view.ArticleView`.
    requires : tuple of str
        Tables extracted before it; their records of the same article arrive in ``done``.
    needs : tuple of str
        Doc annotations it reads, as spaCy components declare them in ``assigns``
        (``token.tag``, ``token.dep``, ``token.lemma``, ``doc.ents``, ``doc.sents``);
        empty: it needs no parse.
    spans : bool
        Whether its records are spans of the article (``char_start``/``char_end``/``text``
        checked against the text) rather than one row per article.
    """

    table: str
    func: ExtractFunc
    requires: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    spans: bool = True
