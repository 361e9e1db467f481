"""Reading the editable data files: CSV with leading ``#`` comment lines.

Every lexicon under ``data/lexicons/`` starts with comment lines that say what
each column means; this is the one reader all extractors use.

>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "x.csv"
>>> _ = p.write_text("# a comment\\nlemma,class\\nsay,neutral\\n")
>>> read_rows(p)
[{'lemma': 'say', 'class': 'neutral'}]
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from . import config
from .errors import DataFileError


def _body(path: Path) -> str:
    path = Path(path)
    if not path.exists():
        raise DataFileError(f"{path}: lexicon file not found")
    text = path.read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def lexicon_path(name: str) -> Path:
    """``config.LEXICONS / name``, resolved when called, so that pointing
    ``config.LEXICONS`` at a copy (see :func:`config.override`) changes every extractor."""
    return Path(config.LEXICONS) / name


def version(*paths: Path) -> tuple[int, ...]:
    """Modification times of ``paths`` (-1 if absent): a cache key that follows edits."""
    return tuple(p.stat().st_mtime_ns if p.exists() else -1 for p in paths)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a commented CSV as dicts of strings."""
    return list(csv.DictReader(io.StringIO(_body(path))))


def read_frame(path: Path) -> pd.DataFrame:
    """The rows of a commented CSV as a DataFrame of strings (empty cells are "")."""
    return pd.read_csv(io.StringIO(_body(path)), dtype=str, keep_default_na=False)
