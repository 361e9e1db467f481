"""The extractors, one module or package per table they yield.

:data:`REGISTRY` lists them explicitly; :func:`belarus_analysis.build` runs the ones a
caller asks for, each after the tables it ``requires``. A user adds an extractor of their
own with :func:`register` (its table must be declared in :mod:`belarus_analysis.schema`).

>>> from belarus_analysis import extract
>>> list(extract.REGISTRY)
['statements', 'figures', 'markers', 'readability']
>>> extract.REGISTRY["markers"].requires
('statements',)
"""

from __future__ import annotations

from .. import schema
from ..errors import PipelineError
from . import figures, markers, readability, statements
from .base import Extractor

REGISTRY: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Add ``extractor`` to :data:`REGISTRY` (replacing one for the same table).

    Raises
    ------
    PipelineError
        If its table is not declared in :mod:`belarus_analysis.schema` or a table it
        requires has no extractor.
    """
    if extractor.table not in schema.TABLES:
        raise PipelineError(f"table {extractor.table!r} is not declared in schema.TABLES")
    missing = [r for r in extractor.requires if r not in REGISTRY]
    if missing:
        raise PipelineError(f"{extractor.table} requires {missing}, register those first")
    REGISTRY[extractor.table] = extractor
    return extractor


def order(tables) -> list[str]:
    """``tables`` plus every table they require, in registry order (requirements first).

    >>> order(["markers"])
    ['statements', 'markers']
    """
    # (a loop, not a recursive closure: that is a reference cycle, made per article, which only the
    # garbage collector frees)
    need: set[str] = set()
    todo = list(tables)[::-1]  # (first table first: an unknown one is named in the order given)
    while todo:
        t = todo.pop()
        if t not in REGISTRY:
            raise PipelineError(f"no extractor for table {t!r}; known: {list(REGISTRY)}")
        if t not in need:
            need.add(t)
            todo += REGISTRY[t].requires
    return [t for t in REGISTRY if t in need]  # registration puts requirements first


for _module in (statements, figures, markers, readability):
    register(_module.EXTRACTOR)
